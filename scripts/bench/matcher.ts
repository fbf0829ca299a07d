/**
 * The matcher's promise: its cost per lookup depends on the labels of the
 * visited host, not on how many rules IT adds. Measured against a naive
 * linear suffix scan over the same generated catalogues and the same
 * lookups, in the same run.
 */
import { buildHostIndex } from '../../core/matching/host-index';
import type { Tool } from '../../core/catalogue/policy-schema';
import { type Summary, summarise } from './stats';

export const CATALOGUE_SIZES = [10, 1_000, 100_000] as const;
const LOOKUPS = 4_096;
const ROUND_MS = 40;
const ROUNDS = 11;

export interface MatcherResult {
  rules: number;
  buildMs: number;
  /** JS heap taken by the generated catalogue and its index (approximate: no forced GC). */
  heapMB: number;
  index: Summary;
  /** One `Map.get` per lookup in a Map of the same size: the least any hash-based index pays. */
  floor: Summary;
  naive: Summary;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same hosts. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function label(next: () => number, length = 4 + Math.floor(next() * 8)): string {
  let s = '';
  for (let i = 0; i < length; i++) s += 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(next() * 36)];
  return s;
}

const TLDS = ['com', 'de', 'net', 'io', 'us', 'org'];

/** A rule host: a registrable domain, or one subdomain of it (`app.x.de`). */
function ruleHost(next: () => number, i: number): string {
  const domain = `${label(next)}${i}.${TLDS[i % TLDS.length]}`;
  return next() < 0.5 ? domain : `${label(next, 3)}.${domain}`;
}

/** A complete catalogue entry, as the compiler would produce it; the index reads only id and parts. */
function generatedTool(i: number, host: string): Tool {
  const text = { de: `Dienst ${i}`, en: `Service ${i}` };
  return {
    id: `tool-${i}`,
    name: `Tool ${i}`,
    category: 'messenger',
    description: text,
    parts: [{ id: 'app', label: text, level: 'warn', hosts: [host] }],
    verdicts: {
      general: {
        status: 'not-approved',
        summary: text,
        points: [
          {
            text,
            source: 'generated',
            names: [],
            quoteBy: 'issuer',
            quote: 'ein generiertes Zitat für den Benchmark',
            laterEvents: [],
          },
        ],
        alternatives: [],
      },
    },
  };
}

export function generatedCatalogue(size: number): { tools: Tool[]; hosts: string[] } {
  const next = random(size);
  const hosts = Array.from({ length: size }, (_, i) => ruleHost(next, i));
  return { tools: hosts.map((h, i) => generatedTool(i, h)), hosts };
}

interface Query {
  host: string;
  /** The key a single probe would ask for: the rule host for a hit, the host itself for a miss. */
  probe: string;
}

/** Half hits (a rule host, sometimes with subdomains in front), half unrelated hosts of 2–4 labels. */
function queries(ruleHosts: readonly string[]): Query[] {
  const next = random(42);
  return Array.from({ length: LOOKUPS }, (_, i) => {
    if (i % 2 === 0) {
      const host = ruleHosts[Math.floor(next() * ruleHosts.length)]!;
      const prefix = Array.from({ length: Math.floor(next() * 3) }, () => `${label(next, 3)}.`).join('');
      // A copy, not the Map's own key object.
      return { host: prefix + host, probe: [...host].join('') };
    }
    const labels = 2 + Math.floor(next() * 3);
    const host = [...Array.from({ length: labels - 1 }, () => label(next)), TLDS[i % TLDS.length]].join('.');
    return { host, probe: host };
  });
}

/** The obvious implementation: test every rule, keep the most specific (longest) match. */
function naiveMatcher(tools: readonly Tool[]) {
  const rules = tools.flatMap((tool) =>
    tool.parts.flatMap((part) => part.hosts.map((host) => ({ host, dotted: `.${host}`, tool }))),
  );
  return (hostname: string): Tool | undefined => {
    let best: (typeof rules)[number] | undefined;
    for (const rule of rules) {
      if (
        (hostname === rule.host || hostname.endsWith(rule.dotted)) &&
        (!best || rule.host.length > best.host.length)
      )
        best = rule;
    }
    return best?.tool;
  };
}

/** A timed loop over the lookups; the checksum keeps the work from being optimised away. */
function timer(lookup: (host: string) => Tool | undefined, hosts: readonly string[]) {
  let sink = 0;
  const run = (n: number) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) sink += lookup(hosts[i % hosts.length]!)?.id.length ?? 1;
    if (sink === 0) throw new Error('unreachable: lookups produced nothing');
    return Number(process.hrtime.bigint() - start);
  };
  // As many lookups per round as take ROUND_MS; the calibration doubles as warm-up.
  let perRound = 16;
  while (run(perRound) < ROUND_MS * 1e6) perRound *= 2;
  return () => run(perRound) / perRound;
}

interface Contender {
  rules: number;
  buildMs: number;
  heapMB: number;
  index: () => number;
  floor: () => number;
  naive: () => number;
}

function contender(size: number): Contender {
  const heapBefore = process.memoryUsage().heapUsed;
  const { tools, hosts } = generatedCatalogue(size);
  const buildStart = process.hrtime.bigint();
  const index = buildHostIndex(tools);
  const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;
  const naive = naiveMatcher(tools);
  const byHost = new Map(tools.map((t) => [t.parts[0]!.hosts[0]!, t]));
  const lookups = queries(hosts);
  // Both implementations must agree before their speed means anything.
  for (const { host } of lookups) {
    if (index.lookup(host, '/')?.tool.id !== naive(host)?.id)
      throw new Error(`index and naive scan disagree on ${host}`);
  }
  const hostnames = lookups.map((q) => q.host);
  return {
    rules: size,
    buildMs,
    heapMB: (process.memoryUsage().heapUsed - heapBefore) / 1e6,
    index: timer((h) => index.lookup(h, '/')?.tool, hostnames),
    floor: timer(
      (key) => byHost.get(key),
      lookups.map((q) => q.probe),
    ),
    naive: timer(naive, hostnames),
  };
}

/**
 * ns per lookup, ROUNDS rounds each. The rounds of all sizes and both
 * implementations are interleaved, so other work on the machine slows all
 * of them alike instead of whichever size happened to run at that moment.
 */
export function benchMatcher(): MatcherResult[] {
  const contenders = CATALOGUE_SIZES.map(contender);
  const samples = contenders.map(() => ({
    index: [] as number[],
    floor: [] as number[],
    naive: [] as number[],
  }));
  for (let round = 0; round < ROUNDS; round++) {
    contenders.forEach((c, i) => {
      samples[i]!.index.push(c.index());
      samples[i]!.floor.push(c.floor());
      samples[i]!.naive.push(c.naive());
    });
  }
  return contenders.map((c, i) => ({
    rules: c.rules,
    buildMs: c.buildMs,
    heapMB: c.heapMB,
    index: summarise(samples[i]!.index),
    floor: summarise(samples[i]!.floor),
    naive: summarise(samples[i]!.naive),
  }));
}
