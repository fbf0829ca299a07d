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
  // One card per item: seven columns do not fit a page, a list of facts reads well and aloud.
  const stored = el(
    'div',
    { attrs: { id: 'stored-items' } },
    sheet.items.map((item, i) =>
      el('article', { class: 'data-item', attrs: { 'data-key': item.key, 'aria-labelledby': `item-${i}` } }, [
        el('h3', { attrs: { id: `item-${i}` } }, [el('code', { text: item.key })]),
        el('dl', { class: 'lp-facts' }, [
          el('dt', { text: c.area }),
          el('dd', { text: item.area }),
          el('dt', { text: c.personal }),
          el('dd', { text: item.personal }),
          el('dt', { text: c.what }),
          el('dd', { text: item.what }),
          el('dt', { text: c.fields }),
          el('dd', {}, item.fields.length > 0 ? [el('code', { text: item.fields.join(', ') })] : ['—']),
          el('dt', { text: c.retention }),
          el('dd', { text: item.retention }),
          el('dt', { text: c.readers }),
          el('dd', { text: item.readers }),
        ]),
      ]),
    ),
  );
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
    stored,
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
