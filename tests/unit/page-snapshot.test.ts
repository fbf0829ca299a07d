import { describe, expect, it } from 'vitest';
import { matchSnapshot } from '../../core/matching/match-snapshot';
import { buildPageSnapshot } from '../../core/notice/page-snapshot';
import { inPageModel, resolvePage } from '../../core/notice/resolve-page';
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

describe('a page in block mode that loads all the same', () => {
  const policy = miniPolicy({ mode: 'block', allowContinue: true });
  const url = 'https://web.chatapp.example/';

  it('shows the dismissible inform strip as a reminder, not the block page over the page', () => {
    const blocked = resolvePage(policy, url)!;
    expect(blocked.mode).toBe('block');
    expect(inPageModel(policy, blocked)).toEqual({ ...blocked, mode: 'inform', dismissible: true });
    const { index, models } = buildPageSnapshot(policy);
    const key = matchSnapshot(index, url)!;
    expect({ ...models[key]!, pageUrl: url }).toEqual(inPageModel(policy, blocked));
  });

  it('is not dismissible where the organisation allows no dismissal', () => {
    const strict = miniPolicy({ mode: 'block', dismissal: { allowed: false } });
    expect(inPageModel(strict, resolvePage(strict, url)!)).toMatchObject({
      mode: 'inform',
      dismissible: false,
    });
  });

  it('leaves every other mode as it is', () => {
    const acknowledge = miniPolicy({ mode: 'acknowledge' });
    const model = resolvePage(acknowledge, url)!;
    expect(inPageModel(acknowledge, model)).toBe(model);
  });
});
