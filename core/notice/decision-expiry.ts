/**
 * Whether a stored decision (dismissal, confirmation) still holds for a host:
 * `map` is `host → until when (ms)`. No imports: the banner script uses it too.
 */
export function decisionHolds(map: unknown, host: string, now: number): boolean {
  const until = (map as Record<string, unknown> | null | undefined)?.[host];
  return typeof until === 'number' && until > now;
}
