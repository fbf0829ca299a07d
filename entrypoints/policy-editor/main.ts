import '@/components/page.css';
import './policy-editor.css';
import { renderPolicyEditor } from '@/components/policy-editor';
import { languageFromLocale } from '@/core/ui-text';
import { bundledCatalogue } from '@/services/bundled-catalogue';

// No extension API here: the page also works opened as a file (see docs/admin.md).
renderPolicyEditor(document.getElementById('app')!, {
  catalogue: bundledCatalogue,
  lang: languageFromLocale(navigator.language),
  today: new Date().toISOString().slice(0, 10),
  randomUuid: () => crypto.randomUUID(),
  download(fileName, mimeType, content) {
    const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
    const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
    document.body.append(link);
    link.click();
    link.remove();
    // The download has its own copy once click() returned.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  },
});
