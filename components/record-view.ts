/**
 * "Meine Hinweise und Begründungen": every decision this device keeps, with
 * copy, export and delete per entry and for all. The user's own words are
 * shown as text only; every action is a button with a name that says which
 * entry it acts on, and the outcome is announced in a status line.
 */
import type { Decision } from '../core/notice/user-decisions';
import {
  entryFacts,
  entryText,
  exportFileName,
  formatTime,
  type RecordEntry,
  recordEntries,
  recordText,
} from '../core/record/record-entries';
import { type Language, uiText } from '../core/ui-text';
import { el, fill } from './dom';

export interface RecordInput {
  lang: Language;
  retentionDays: number;
  /** Set when the organisation fixed the retention: its name, or undefined for the default. */
  retentionSetBy: string | undefined;
  load(): Promise<Decision[]>;
  remove(ids: ReadonlySet<string> | 'all'): Promise<void>;
  copy(text: string): Promise<void>;
  download(fileName: string, text: string): void;
  now(): number;
  dataSheetUrl: string;
}

export async function renderRecord(root: HTMLElement, input: RecordInput): Promise<void> {
  const { lang } = input;
  const t = uiText(lang);
  document.documentElement.lang = lang;
  document.title = `${t.recordTitle} – ${t.productName}`;

  const status = el('p', { class: 'muted', attrs: { role: 'status', id: 'record-status' } });
  const list = el('ul', { class: 'record-list', attrs: { id: 'record', 'aria-labelledby': 'record-count' } });
  const count = el('h2', { attrs: { id: 'record-count', tabindex: '-1' } });
  const exportAll = el('button', { text: t.recordExportAll, attrs: { type: 'button', id: 'export-all' } });
  const deleteAll = el('button', { text: t.recordDeleteAll, attrs: { type: 'button', id: 'delete-all' } });
  const confirmYes = el('button', {
    class: 'primary',
    text: t.recordDeleteAllYes,
    attrs: { type: 'button', id: 'delete-all-yes' },
  });
  const confirmNo = el('button', { text: t.recordCancel, attrs: { type: 'button', id: 'delete-all-no' } });
  const confirmBox = el('div', { class: 'record-confirm', attrs: { id: 'delete-all-confirm', hidden: '' } }, [
    el('p', { text: t.recordDeleteAllConfirm, attrs: { id: 'delete-all-question' } }),
    el('div', { class: 'record-actions' }, [confirmYes, confirmNo]),
  ]);
  confirmYes.setAttribute('aria-describedby', 'delete-all-question');
  let entries: RecordEntry[] = [];

  const say = (text: string) => {
    status.textContent = text;
  };

  async function refresh(focusIndex?: number): Promise<void> {
    entries = recordEntries(await input.load(), input.now(), input.retentionDays);
    count.textContent = entries.length > 0 ? t.recordCount(entries.length) : t.recordEmpty;
    fill(
      list,
      entries.map((entry, i) => entryItem(entry, i)),
    );
    list.hidden = entries.length === 0;
    exportAll.disabled = entries.length === 0;
    deleteAll.disabled = entries.length === 0;
    if (focusIndex !== undefined) {
      // Keep keyboard users where they were: the next entry, else the count.
      const next =
        list.querySelectorAll<HTMLElement>('.record-entry h3')[Math.min(focusIndex, entries.length - 1)];
      (next ?? count).focus();
    }
  }

  function entryItem(entry: RecordEntry, i: number): HTMLElement {
    const titleId = `entry-${i}-title`;
    const label = t.recordEntryLabel(entry.toolName, formatTime(entry.at, lang));
    const action = (text: string, name: string, run: () => Promise<void> | void) => {
      const button = el('button', {
        text,
        attrs: { type: 'button', 'data-action': name, 'aria-label': `${text}: ${label}` },
      });
      button.addEventListener('click', () => void run());
      return button;
    };
    return el('li', { class: 'record-entry', attrs: { 'data-entry': entry.id, 'data-kind': entry.kind } }, [
      el('article', { attrs: { 'aria-labelledby': titleId } }, [
        el('h3', { text: `${entry.toolName} – ${entry.host}`, attrs: { id: titleId, tabindex: '-1' } }),
        el(
          'dl',
          { class: 'lp-facts' },
          entryFacts(entry, lang).flatMap(([name, value]) => [
            el('dt', { text: name }),
            el('dd', { text: value }),
          ]),
        ),
        entry.reason !== undefined &&
          el('div', { class: 'record-reason' }, [
            el('p', { class: 'record-reason-label', text: `${t.recordReason}:` }),
            el('blockquote', { text: entry.reason }),
          ]),
        el('div', { class: 'record-actions' }, [
          action(t.recordCopy, 'copy', async () => {
            try {
              await input.copy(entryText(entry, lang));
              say(t.recordCopied);
            } catch {
              say(t.recordCopyFailed);
            }
          }),
          action(t.recordExport, 'export', () => {
            input.download(exportFileName(t.recordFileName, entry.at), entryText(entry, lang));
            say(t.recordExported);
          }),
          action(t.recordDelete, 'delete', async () => {
            await input.remove(new Set([entry.id]));
            await refresh(i);
            say(t.recordDeleted);
          }),
        ]),
      ]),
    ]);
  }

  exportAll.addEventListener('click', () => {
    const now = input.now();
    input.download(exportFileName(t.recordFileNameAll, now), recordText(entries, lang, now));
    say(t.recordExported);
  });
  deleteAll.addEventListener('click', () => {
    confirmBox.hidden = false;
    confirmNo.focus();
  });
  confirmNo.addEventListener('click', () => {
    confirmBox.hidden = true;
    deleteAll.focus();
  });
  confirmYes.addEventListener('click', () => {
    void (async () => {
      await input.remove('all');
      confirmBox.hidden = true;
      await refresh();
      count.focus();
      say(t.recordAllDeleted);
    })();
  });

  const retention =
    input.retentionSetBy !== undefined
      ? t.recordRetention(input.retentionDays, input.retentionSetBy)
      : t.recordRetentionDefault(input.retentionDays);
  fill(root, [
    el('h1', { text: t.recordTitle }),
    el('p', { text: t.recordIntro }),
    el('p', { attrs: { id: 'retention' }, text: retention }),
    el('p', { class: 'muted', text: t.recordDeleteNote }),
    el('div', { class: 'record-actions' }, [exportAll, deleteAll]),
    confirmBox,
    status,
    count,
    list,
    el('p', {}, [
      el('a', { text: t.recordDataSheetLink, attrs: { href: input.dataSheetUrl, id: 'data-sheet-link' } }),
    ]),
  ]);
  await refresh();
}
