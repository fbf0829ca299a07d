import '@/components/page.css';
import { renderDiagnostics } from '@/components/diagnostics-view';
import type { DiagnosticsReport } from '@/core/settings/diagnostics';
import { loadEffectivePolicy } from '@/services/load-effective-policy';

const root = document.getElementById('app')!;
// `?url=…` opens the page with that address explained ("why does this page warn?").
const asked = new URLSearchParams(location.search).get('url') ?? undefined;
const policy = await loadEffectivePolicy();

/** The background knows when it last read the policy and what the browser enforces; the page asks it. */
async function show(url: string | undefined): Promise<void> {
  const report = (await browser.runtime.sendMessage({ type: 'diagnostics', url })) as DiagnosticsReport;
  renderDiagnostics(root, report, policy.view.language, (next) => void show(next));
}
await show(asked);
