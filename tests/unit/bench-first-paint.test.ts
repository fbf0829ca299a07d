import { describe, expect, it } from 'vitest';
import { hostInFirstPaint } from '../../scripts/bench/measure';

describe("the bench's reading of first contentful paint", () => {
  // Samples: [requestAnimationFrame time, the host's area then].
  const frames = [
    [10, 0],
    [26, 0],
    [43, 71680],
  ] as const;

  it('takes the state of the last frame that began at or before the paint', () => {
    expect(hostInFirstPaint(frames, 30)).toBe(false);
    expect(hostInFirstPaint(frames, 43)).toBe(true);
    expect(hostInFirstPaint(frames, 60)).toBe(true);
  });

  it('knows nothing when no frame began before the paint', () => {
    expect(hostInFirstPaint(frames, 5)).toBeUndefined();
  });
});
