// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderBanner } from '../../components/banner';
import { resolveBanner } from '../../core/notice/resolve-banner';
import { miniLookup } from './support';

const model = resolveBanner(
  miniLookup(),
  { profile: 'bund', language: 'de' },
  'https://web.chatapp.example/',
)!;
const noop = { onDismiss: () => {}, onLearnMore: () => {} };

describe('the "changed" marker (issue 12)', () => {
  it('names the change in the inform strip itself, and says what changed first in "Warum?", as text', () => {
    const root = renderBanner({ ...model, changes: ['Neue Stellungnahme: <b>X</b>, 2026.'] }, noop);
    const changed = root.querySelector('.lp-changed')!;
    expect(changed.getAttribute('role')).toBe('note');
    expect(changed.querySelector('.lp-changed-heading')!.textContent).toBe(
      'Die Bewertung hat sich geändert:',
    );
    expect([...changed.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Neue Stellungnahme: <b>X</b>, 2026.',
    ]);
    expect(changed.querySelector('b')).toBeNull();
    expect(root.querySelector('.lp-strip .lp-changed-badge')!.textContent).toContain(
      'Die Bewertung hat sich geändert',
    );
    const why = root.querySelector('#lp-panel-why')!;
    expect(why.firstElementChild).toBe(changed);
  });

  it('says what changed right under the title of a covering notice', () => {
    const root = renderBanner({ ...model, mode: 'acknowledge', changes: ['Neuer Modus.'] }, noop);
    const changed = root.querySelector('.lp-changed')!;
    expect(changed.previousElementSibling?.classList.contains('lp-title')).toBe(true);
    expect(changed.textContent).toContain('Neuer Modus.');
  });

  it('is absent when nothing changed', () => {
    const root = renderBanner(model, noop);
    expect(root.querySelector('.lp-changed')).toBeNull();
    expect(root.querySelector('.lp-changed-badge')).toBeNull();
  });
});
