/** The data sheet as an extension page (the same content as docs/data-sheet.md). */
import { dataSheet } from '../core/data-sheet/data-sheet';
import { type Language, uiText } from '../core/ui-text';
import { el, fill } from './dom';

export function renderDataSheet(root: HTMLElement, lang: Language, recordUrl: string): void {
  const sheet = dataSheet(lang);
  const c = sheet.columns;
  document.documentElement.lang = lang;
  document.title = `${sheet.title} – ${uiText(lang).productName}`;
  const header = (cells: string[]) =>
    el('thead', {}, [
      el(
        'tr',
        {},
        cells.map((text) => el('th', { text, attrs: { scope: 'col' } })),
      ),
    ]);
  const stored = el('table', { class: 'diag-table', attrs: { id: 'stored-items' } }, [
    header([c.key, c.area, c.personal, c.what, c.fields, c.retention, c.readers]),
    el(
      'tbody',
      {},
      sheet.items.map((item) =>
        el('tr', { attrs: { 'data-key': item.key } }, [
          el('th', { attrs: { scope: 'row' } }, [el('code', { text: item.key })]),
          el('td', { text: item.area }),
          el('td', { text: item.personal }),
          el('td', { text: item.what }),
          el('td', {}, item.fields.length > 0 ? [el('code', { text: item.fields.join(', ') })] : ['—']),
          el('td', { text: item.retention }),
          el('td', { text: item.readers }),
        ]),
      ),
    ),
  ]);
  const permissions = el('table', { class: 'diag-table', attrs: { id: 'permissions' } }, [
    header([sheet.permissionColumns.permission, sheet.permissionColumns.why]),
    el(
      'tbody',
      {},
      sheet.permissions.map((p) =>
        el('tr', {}, [
          el('th', { attrs: { scope: 'row' } }, [el('code', { text: p.permission })]),
          el('td', { text: p.why }),
        ]),
      ),
    ),
  ]);
  fill(root, [
    el('h1', { text: sheet.title }),
    el('p', { text: sheet.intro }),
    el('p', {}, [el('a', { text: sheet.userRights, attrs: { href: recordUrl, id: 'record-link' } })]),
    el('h2', { text: sheet.storedHeading }),
    el('div', { class: 'table-scroll' }, [stored]),
    el('p', { class: 'muted', text: sheet.deviceNote }),
    el('h2', { text: sheet.otherHeading }),
    el(
      'ul',
      {},
      sheet.other.map((text) => el('li', { text })),
    ),
    el('h2', { text: sheet.neverHeading }),
    el(
      'ul',
      { attrs: { id: 'never-collected' } },
      sheet.never.map((text) => el('li', { text })),
    ),
    el('h2', { text: sheet.permissionsHeading }),
    permissions,
  ]);
}
