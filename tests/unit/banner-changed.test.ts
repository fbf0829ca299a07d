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
  it('says the assessment changed and what, as text, right under the title', () => {
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
    expect(changed.previousElementSibling?.classList.contains('lp-title')).toBe(true);
  });

  it('is absent when nothing changed', () => {
    expect(renderBanner(model, noop).querySelector('.lp-changed')).toBeNull();
  });
});
