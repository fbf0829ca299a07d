import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCatalogue, PolicyError, type PolicyFiles } from '../../core/catalogue/compile-catalogue';
import { readPolicyFiles } from '../../scripts/load-policy';

const fixture = resolve(import.meta.dirname, '../fixtures/mini-policy');

/** A fresh, valid set of policy files to break one field at a time. */
function files(): PolicyFiles {
  return structuredClone(readPolicyFiles(fixture));
}

function problemsOf(f: PolicyFiles): string[] {
  try {
    compileCatalogue(f);
  } catch (error) {
    if (error instanceof PolicyError) return error.message.split('\n');
    throw error;
  }
  return [];
}

/** Policy files are untyped YAML until compiled; tests break them field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately untyped, as YAML is
type Loose = any;
const chatapp = (f: PolicyFiles): Loose => f.tools.find((t) => t.file.endsWith('chatapp.yaml'))!.data;

describe('compileCatalogue', () => {
  it('accepts a valid policy and sorts tools by id', () => {
    const catalogue = compileCatalogue(files());
    expect(catalogue.tools.map((t) => t.id)).toEqual(['chatapp', 'meet']);
    expect(catalogue.meta).toEqual({ version: '2026.1.1', stand: '2026-01-15', reviewBy: '2027-01-15' });
  });

  it('names file, field and reason for a wrong type', () => {
    const f = files();
    chatapp(f).category = 'chat';
    expect(problemsOf(f)).toEqual([
      expect.stringMatching(
        /^mini-policy\/tools\/chatapp\.yaml: category: Invalid option: expected one of "messenger"/,
      ),
    ]);
  });

  it('rejects a point citing a source that is not in the registry', () => {
    const f = files();
    chatapp(f).verdicts.bund.points[0].source = 'made-up';
    expect(problemsOf(f)).toEqual([
      'mini-policy/tools/chatapp.yaml: verdicts.bund.points[0].source: unknown source "made-up" (see sources.yaml)',
    ]);
  });

  it('rejects a later event citing an unknown source', () => {
    const f = files();
    chatapp(f).verdicts.general.points[0].laterEvents[0].source = 'nope';
    expect(problemsOf(f)).toEqual([
      'mini-policy/tools/chatapp.yaml: verdicts.general.points[0].laterEvents[0].source: unknown source "nope" (see sources.yaml)',
    ]);
  });

  it('rejects an unknown alternative', () => {
    const f = files();
    chatapp(f).verdicts.general.alternatives = [{ id: 'ghost-chat' }];
    expect(problemsOf(f)).toEqual([
      'mini-policy/tools/chatapp.yaml: verdicts.general.alternatives[0].id: unknown alternative "ghost-chat" (see alternatives.yaml)',
    ]);
  });

  it('requires a general verdict', () => {
    const f = files();
    delete chatapp(f).verdicts.general;
    expect(problemsOf(f)).toEqual([
      'mini-policy/tools/chatapp.yaml: verdicts: a tool needs a "general" verdict',
    ]);
  });

  it('requires at least one cited point', () => {
    const f = files();
    chatapp(f).verdicts.bund.points = [];
    expect(problemsOf(f)).toEqual([
      'mini-policy/tools/chatapp.yaml: verdicts.bund.points: a verdict needs at least one cited point',
    ]);
  });

  it.each([
    ['a wildcard', '*.chatapp.example'],
    ['a scheme', 'https://chatapp.example'],
    ['upper case', 'ChatApp.example'],
    ['a path', 'chatapp.example/x'],
    ['a single label', 'localhost'],
  ])('rejects a host with %s', (_what, host) => {
    const f = files();
    chatapp(f).parts[0].hosts = [host];
    expect(problemsOf(f)[0]).toMatch(/chatapp\.yaml: parts\[0\]\.hosts\[0\]: expected a lower-case hostname/);
  });

  it('rejects non-https links', () => {
    const f = files();
    (f.alternatives.data as Loose).alternatives[0].url = 'javascript:alert(1)';
    expect(problemsOf(f)[0]).toMatch(/alternatives\.yaml: alternatives\[0\]\.url: /);
    (f.alternatives.data as Loose).alternatives[0].url = 'http://good-chat.example.org';
    expect(problemsOf(f)).toEqual([
      'mini-policy/alternatives.yaml: alternatives[0].url: only https: links are allowed',
    ]);
  });

  it('rejects unknown fields, so typos do not pass silently', () => {
    const f = files();
    chatapp(f).verdicts.general.sumary = { de: 'x', en: 'y' };
    expect(problemsOf(f)[0]).toMatch(/chatapp\.yaml: verdicts\.general: Unrecognized key: "sumary"/);
  });

  it('rejects a missing English text', () => {
    const f = files();
    delete chatapp(f).verdicts.general.summary.en;
    expect(problemsOf(f)[0]).toMatch(/chatapp\.yaml: verdicts\.general\.summary\.en: /);
  });

  it('rejects duplicate tool ids', () => {
    const f = files();
    f.tools.push({ file: 'mini-policy/tools/copy.yaml', data: structuredClone(chatapp(f)) });
    const problems = problemsOf(f);
    expect(problems).toContain('mini-policy/tools/copy.yaml: id: duplicate tool id "chatapp"');
  });

  it('rejects a host claimed by two tools', () => {
    const f = files();
    const copy = structuredClone(chatapp(f));
    copy.id = 'other';
    f.tools.push({ file: 'mini-policy/tools/other.yaml', data: copy });
    expect(problemsOf(f)).toContain(
      'mini-policy/tools/other.yaml: parts: host "web.chatapp.example" is claimed by chatapp and other without distinct paths',
    );
  });

  it('rejects an approved alternative whose host would warn', () => {
    const f = files();
    (f.alternatives.data as Loose).alternatives[0].hosts = ['chat.web.chatapp.example'];
    expect(problemsOf(f)).toEqual([
      'mini-policy/alternatives.yaml: alternatives[0].hosts[0]: approved alternative host "chat.web.chatapp.example" would trigger the warning of chatapp',
    ]);
  });

  it('requires every profile', () => {
    const f = files();
    (f.profiles.data as Loose).profiles.pop();
    expect(problemsOf(f)).toEqual(['mini-policy/profiles.yaml: profiles: profile "koeln" is missing']);
  });

  it('reports a date that is not a calendar date', () => {
    const f = files();
    (f.catalogue.data as Loose).stand = '2026-13-45';
    expect(problemsOf(f)).toEqual(['mini-policy/catalogue.yaml: stand: not a calendar date']);
  });
});
