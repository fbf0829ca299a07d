import '@/components/page.css';
import { renderRecord } from '@/components/record-view';
import { retentionDays } from '@/core/notice/user-decisions';
import { uiText } from '@/core/ui-text';
import { deleteDecisions, readDecisions } from '@/services/decision-store';
import { loadEffectivePolicy } from '@/services/load-effective-policy';

const policy = await loadEffectivePolicy();
const days = retentionDays(policy.settings);
const lang = policy.view.language;

/** Export: a file the browser saves; nothing leaves the device unless the user sends it on. */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

await renderRecord(document.getElementById('app')!, {
  lang,
  retentionDays: days,
  retentionSetBy:
    policy.settings.reasonRetentionDays === undefined
      ? undefined
      : (policy.settings.organisation?.name ?? uiText(lang).optionsYourOrganisation),
  load: async () => {
    const { kept, session } = await readDecisions(days);
    return [...kept, ...session];
  },
  remove: deleteDecisions,
  copy: (text) => navigator.clipboard.writeText(text),
  download,
  now: () => Date.now(),
  dataSheetUrl: browser.runtime.getURL('/data-sheet.html'),
});
