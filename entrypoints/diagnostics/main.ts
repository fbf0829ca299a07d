import '@/components/page.css';
import { renderDiagnostics } from '@/components/diagnostics-view';
import type { DiagnosticsReport } from '@/core/settings/diagnostics';
import { loadEffectivePolicy } from '@/services/load-effective-policy';

// The background knows when it last read the policy; the page asks it.
const [report, policy] = await Promise.all([
  browser.runtime.sendMessage({ type: 'diagnostics' }) as Promise<DiagnosticsReport>,
  loadEffectivePolicy(),
]);
renderDiagnostics(document.getElementById('app')!, report, policy.view.language);
