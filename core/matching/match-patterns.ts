/**
 * Content-script match patterns for a set of rule hosts. `*://*.zoom.us/*`
 * covers `zoom.us` and its subdomains — the same label-boundary semantics as
 * the matcher — and never a catch-all. Hosts already covered by a parent are
 * left out.
 */
export function matchPatternsForHosts(hosts: readonly string[]): string[] {
  const all = new Set(hosts);
  const covered = (host: string) => {
    for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
      if (all.has(host.slice(dot + 1))) return true;
    }
    return false;
  };
  return [...all]
    .filter((host) => !covered(host))
    .sort()
    .map((host) => `*://*.${host}/*`);
}
