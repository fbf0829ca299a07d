import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha1Hex } from '../../core/admin/sha1';

describe('sha1Hex', () => {
  it.each([
    '',
    'abc',
    'leitplanke:profile:ofapcmbjgkbgblbbdghfmmfofbgjeoif',
    'ä€😀',
    'x'.repeat(55),
    'y'.repeat(64),
    'z'.repeat(1000),
  ])('matches node:crypto for %j', (text) => {
    expect(sha1Hex(text)).toBe(createHash('sha1').update(text).digest('hex'));
  });
});
