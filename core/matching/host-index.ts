/**
 * Hostname → rule lookup, on label boundaries only.
 *
 * A rule for `zoom.us` covers `zoom.us` and `x.zoom.us`, never `notzoom.us` or
 * `zoom.us.example.net`. Lookup walks up the labels of the visited host and
 * asks a `Map` at each step, so its cost depends on the number of labels, not
 * on the number of rules (IT departments add hundreds).
 */
import type { Tool } from '../catalogue/policy-schema';

/** What the index needs of a tool: a catalogue tool, or the banner script's slimmer copy. */
export interface IndexableTool {
  id: string;
  parts: ReadonlyArray<{ hosts: readonly string[]; paths?: readonly string[] | undefined }>;
}

export interface HostRule<T extends IndexableTool = Tool> {
  tool: T;
  part: T['parts'][number];
}

export interface HostConflict {
  host: string;
  toolIds: [string, string];
}

export interface HostIndex<T extends IndexableTool = Tool> {
  /** The most specific rule for this host and path, if any. */
  lookup(hostname: string, pathname: string): HostRule<T> | undefined;
  /** Every indexed host, for content-script match patterns. */
  hosts(): string[];
  /** Hosts claimed twice without distinguishing paths (reported by the compiler). */
  conflicts: HostConflict[];
}

/** `www.` is the same site as its parent for every rule we know of. */
export function ruleHost(host: string): string {
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** `/join` matches `/join`, `/join/` and `/join/x`, not `/joined`. */
export function pathMatches(prefix: string, pathname: string): boolean {
  if (prefix === '/' || pathname === prefix) return true;
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
  return pathname.startsWith(base);
}

function partCovers(part: IndexableTool['parts'][number], pathname: string): boolean {
  return !part.paths || part.paths.some((p) => pathMatches(p, pathname));
}

/** True when the host or one of its parents (on label boundaries) is in the set. */
export function inHostTree(hosts: ReadonlySet<string>, hostname: string): boolean {
  for (let host = hostname; ;) {
    if (hosts.has(host)) return true;
    const dot = host.indexOf('.');
    if (dot < 0) return false;
    host = host.slice(dot + 1);
  }
}

export function buildHostIndex<T extends IndexableTool = Tool>(tools: readonly T[]): HostIndex<T> {
  const byHost = new Map<string, HostRule<T>[]>();
  const conflicts: HostConflict[] = [];
  for (const tool of tools) {
    for (const part of tool.parts) {
      for (const rawHost of part.hosts) {
        const host = ruleHost(rawHost);
        const rules = byHost.get(host) ?? [];
        const clash = rules.find((r) => !r.part.paths || !part.paths);
        if (clash && clash.tool.id !== tool.id) conflicts.push({ host, toolIds: [clash.tool.id, tool.id] });
        // Path-scoped rules first: they are more specific than a whole-host rule.
        if (part.paths) rules.unshift({ tool, part });
        else rules.push({ tool, part });
        byHost.set(host, rules);
      }
    }
  }

  return {
    conflicts,
    hosts: () => [...byHost.keys()],
    lookup(hostname, pathname) {
      let host = hostname;
      for (;;) {
        const hit = byHost.get(host)?.find((r) => partCovers(r.part, pathname));
        if (hit) return hit;
        const dot = host.indexOf('.');
        if (dot < 0) return undefined;
        host = host.slice(dot + 1);
      }
    },
  };
}
