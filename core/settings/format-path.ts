/** `['points', 0, 'source']` → `points[0].source`: how problems name a field. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`))
    .join('');
}
