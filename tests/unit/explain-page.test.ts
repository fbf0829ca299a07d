import { describe, expect, it } from 'vitest';
import { explainPage } from '../../core/notice/explain-page';
import { miniPolicy, telegramRule } from './support';

describe('why does this page warn?', () => {
  it('names the bundled rule, host pattern, path, profile and mode with their origins, and the sources', () => {
    const policy = miniPolicy({ modeByStatus: { caution: 'acknowledge' } }, { profile: 'nrw' });
    const meet = policy.lookup.catalogue.tools.find((t) => t.id === 'meet')!;
    const part = meet.parts.find((p) => p.paths)!;
    const host = part.hosts[0]!;
    const explanation = explainPage(policy, `https://${host}${part.paths![0]}/123`);
    expect(explanation).toMatchObject({
      outcome: 'warns',
      rule: { toolId: 'meet', partId: part.id, hostPattern: host, path: part.paths![0], origin: 'bundled' },
      profile: { id: 'nrw', origin: 'user' },
    });
    expect(explanation.mode?.origin).toBe(
      explanation.mode?.decidedBy === 'default' ? 'bundled' : 'organisation',
    );
    expect(explanation.sources.length).toBeGreaterThan(0);
  });

  it("names the organisation's rule and the setting that decided the mode", () => {
    const policy = miniPolicy({
      mode: 'inform',
      modeByRule: { telegram: 'block' },
      extraRules: [telegramRule],
    });
    expect(explainPage(policy, 'https://web.telegram.org/k/')).toMatchObject({
      outcome: 'warns',
      rule: { toolId: 'telegram', hostPattern: 'telegram.org', origin: 'organisation' },
      profile: { id: 'general', origin: 'bundled' },
      mode: { value: 'block', decidedBy: 'modeByRule', origin: 'organisation' },
      sources: [expect.objectContaining({ title: 'Telegram' })],
    });
  });

  it('names the exception that keeps a page quiet, and says when no rule matches', () => {
    const policy = miniPolicy({ exceptions: { hosts: ['chatapp.example'] } });
    expect(explainPage(policy, 'https://web.chatapp.example/')).toMatchObject({
      outcome: 'exception',
      exception: 'chatapp.example',
    });
    expect(explainPage(policy, 'https://example.org/').outcome).toBe('no-rule');
  });
});
