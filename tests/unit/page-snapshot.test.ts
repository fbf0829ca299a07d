import { describe, expect, it } from 'vitest';
import { matchSnapshot } from '../../core/matching/match-snapshot';
import { buildPageSnapshot } from '../../core/notice/page-snapshot';
import { resolvePage } from '../../core/notice/resolve-page';
import { miniPolicy, telegramRule } from './support';

describe('the page snapshot', () => {
  const policy = miniPolicy({
    mode: 'acknowledge',
    exceptions: { hosts: ['x.web.chatapp.example'] },
    extraRules: [telegramRule],
  });
  const { index, models } = buildPageSnapshot(policy);

  it.each([
    'https://web.chatapp.example/',
    'https://chatapp.example/about',
    'https://meet.example/j/1',
    'https://meet.example/pricing',
    'https://web.telegram.org/k/',
    'https://x.web.chatapp.example/',
    'https://chatapp.example.org/',
    'https://example.org/',
  ])('shows on %s exactly what the background would', (url) => {
    const key = matchSnapshot(index, url);
    const expected = resolvePage(policy, url);
    expect(key === undefined ? undefined : { ...models[key]!, pageUrl: url }).toEqual(expected);
  });

  it('survives storage as plain JSON', () => {
    expect(JSON.parse(JSON.stringify({ index, models }))).toEqual({ index, models });
  });
});
