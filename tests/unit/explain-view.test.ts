// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderPopup } from '../../components/popup-view';
import { explainPage } from '../../core/notice/explain-page';
import { resolvePage } from '../../core/notice/resolve-page';
import { miniPolicy, telegramRule } from './support';

describe("the popup's details: why does this page warn?", () => {
  const policy = miniPolicy({ modeByRule: { telegram: 'acknowledge' }, extraRules: [telegramRule] });
  const render = (url: string) => {
    const root = document.createElement('div');
    renderPopup(root, {
      lookup: policy.lookup,
      config: policy.view,
      url,
      model: resolvePage(policy, url),
      explanation: explainPage(policy, url),
      openPage: () => undefined,
    });
    return root;
  };

  it('names the rule, host pattern, path, profile and mode with their origins, and the sources', () => {
    const why = render('https://web.telegram.org/k/').querySelector('details#why')!;
    expect(why.querySelector('summary')!.textContent).toBe('Warum warnt diese Seite?');
    const cell = (key: string) => why.querySelector(`[data-why="${key}"] td`)!.textContent;
    expect(cell('rule')).toBe('Telegram (telegram) – Telegram (organisation-rule), Organisation');
    expect(cell('host')).toBe('telegram.org');
    expect(cell('path')).toBe('ganzer Host');
    expect(cell('profile')).toBe('general (mitgeliefert)');
    expect(cell('mode')).toBe('acknowledge (modeByRule, Organisation)');
    expect(why.querySelector('[data-why="sources"]')!.textContent).toContain('Telegram');
  });

  it('has no such details where nothing applies', () => {
    expect(render('https://example.org/').querySelector('details#why')).toBeNull();
  });
});
