/** Small statistics for benchmark samples: medians and ranges, never means (one slow outlier must not move the figure). */

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
}

export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('no samples to summarise');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { n: sorted.length, median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** `12.3 (10.1–15.0)`: median with the full range, in the given precision; `−5.0 (−9.1 to 2.0)` when negative. */
export function formatSummary(s: Summary, digits = 1, unit = ''): string {
  const f = (x: number) => x.toFixed(digits).replace(/^-/, '−');
  const to = s.min < 0 ? ' to ' : '–';
  return `${f(s.median)}${unit} (${f(s.min)}${to}${f(s.max)})`;
}

/** Ratio of medians, e.g. with-extension over baseline. */
export function ratioOfMedians(a: Summary, b: Summary): number {
  return a.median / b.median;
}

export function count<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.reduce((n, item) => (predicate(item) ? n + 1 : n), 0);
}

/**
 * 95 % bootstrap interval of the median: how far the median could move with
 * other samples of the same noise. Deterministic (fixed seed), 2 000 resamples.
 */
export function medianInterval(samples: readonly number[]): [number, number] {
  let seed = 0x9e3779b9;
  const next = () => {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return seed / 4294967296;
  };
  const medians = Array.from(
    { length: 2_000 },
    () => summarise(Array.from(samples, () => samples[Math.floor(next() * samples.length)]!)).median,
  ).sort((a, b) => a - b);
  return [medians[Math.floor(medians.length * 0.025)]!, medians[Math.floor(medians.length * 0.975)]!];
}
