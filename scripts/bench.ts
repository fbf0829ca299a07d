/**
 * `npm run bench`: what the extension costs, measured in one run.
 * 1. unrelated pages: load time with vs without the extension (A/B, real Chromium) and proof
 *    that no script of the extension exists there;
 * 2. concerned pages: when the banner is in the DOM, next to DOMContentLoaded and first paint;
 * 3. the matcher against a naive scan, for 10 to 100 000 rules;
 * 4. sizes against the budgets that tests/unit/bundle-budget.test.ts enforces;
 * 5. memory of the content script and the service worker;
 * 6. the largest policy the schema allows (1 000 rules × 100 hosts), in Chromium and Firefox ESR:
 *    browser start to policy in effect, and the service worker's heap with it
 *    (scripts/bench/policy-scale.ts).
 * Builds its own copy of the extension (.output-bench) so it never disturbs another build,
 * takes the machine-wide browser lock, and contacts nothing outside this machine.
 * Prints a summary and writes docs/benchmarks.md. Not part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtExtensionDir, measureBuild } from './bench/budgets';
import { benchBrowser } from './bench/browser-bench';
import { describeMachine, load1 } from './bench/machine';
import { benchMatcher } from './bench/matcher';
import {
  benchPolicyScale,
  benchPolicyScaleFirefox,
  type PolicyScaleResult,
  renderPolicyScale,
} from './bench/policy-scale';
import { startBenchSite } from './bench/site';
import {
  consoleSummary,
  MAX_OVERHEAD_GROWTH,
  matcherGrowth,
  renderReport,
  type RunResults,
} from './bench/report';

const root = resolve(import.meta.dirname, '..');
const OUT_DIR = '.output-bench';
/** Hard stop: the whole run takes about five minutes on two cores (the largest policy takes two). */
const WATCHDOG_MS = 20 * 60_000;

// The e2e launcher loads the extension from here; set before it is imported.
process.env.LEITPLANKE_OUTPUT_DIR = OUT_DIR;

const log = (line: string) => console.log(`bench: ${line}`);

/** A bench site for the length of `fn`. */
async function withSite<T>(fn: (port: number) => Promise<T>): Promise<T> {
  const site = await startBenchSite();
  try {
    return await fn(site.port);
  } finally {
    await site.close();
  }
}

function buildBenchCopy(): string {
  log(`building the extension into ${OUT_DIR}/ …`);
  try {
    // Firefox's build too: the largest policy is measured in both browsers.
    for (const args of [['build'], ['build', '-b', 'firefox']])
      execFileSync(join(root, 'node_modules/.bin/wxt'), args, {
        cwd: root,
        env: { ...process.env, WXT_OUT_DIR: OUT_DIR },
        stdio: 'pipe',
      });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    console.error(`${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`);
    throw new Error('the benchmark build failed');
  }
  return builtExtensionDir(OUT_DIR);
}

/** Size of the folder as a zip archive, as it would be uploaded to a store; undefined without `zip`. */
function zipSize(dir: string): number | undefined {
  const tmp = mkdtempSync(join(tmpdir(), 'leitplanke-bench-zip-'));
  try {
    const archive = join(tmp, 'extension.zip');
    execFileSync('zip', ['-r', '-X', '-q', archive, '.'], { cwd: dir, stdio: 'ignore' });
    return existsSync(archive) ? statSync(archive).size : undefined;
  } catch {
    return undefined;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    console.error(`bench: gave up after ${WATCHDOG_MS / 60_000} minutes`);
    process.exit(2);
  }, WATCHDOG_MS);
  watchdog.unref();

  const started = new Date();
  const loadAtStart = load1();
  const dir = buildBenchCopy();
  const sizes = { ...measureBuild(dir), zipBytes: zipSize(dir) };
  log('matcher: 10, 1 000 and 100 000 rules against a naive scan …');
  const matcher = benchMatcher();
  const browser = await benchBrowser(log);
  // A failing section must not lose the others' figures: it is reported in the document instead.
  let policyScale: PolicyScaleResult[] = [];
  let policyScaleError: string | undefined;
  try {
    policyScale = await withSite(async (port) => [
      ...(await benchPolicyScale(port, log)),
      ...(await benchPolicyScaleFirefox(port, log)),
    ]);
  } catch (error) {
    policyScaleError = error instanceof Error ? error.message : String(error);
    log(`policy scale failed: ${policyScaleError}`);
    process.exitCode = 1;
  }

  const results: RunResults & { policyScale: PolicyScaleResult[] } = {
    machine: describeMachine(browser.chromiumVersion, started),
    load1: { start: loadAtStart, end: load1() },
    durationS: (Date.now() - started.getTime()) / 1000,
    sizes,
    matcher,
    browser,
    policyScale,
  };
  const docPath = join(root, 'docs/benchmarks.md');
  const scaleSection = policyScaleError
    ? `\n## 6. The largest policy the schema allows\n\nThis run's measurement of the largest policy (1 000 rules × 100 hosts) failed: ${policyScaleError}.\n`
    : renderPolicyScale(policyScale);
  writeFileSync(docPath, `${renderReport(results)}${scaleSection}`);
  // Every sample, for whoever wants to look further (artifacts/ is not in git).
  mkdirSync(join(root, 'artifacts'), { recursive: true });
  writeFileSync(join(root, 'artifacts/benchmark-raw.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${consoleSummary(results)}\n\nbench: wrote ${docPath}`);

  const { overhead } = matcherGrowth(matcher);
  if (overhead > MAX_OVERHEAD_GROWTH) {
    console.error(
      `bench: the matcher's cost per lookup, relative to one Map.get, grew ${overhead.toFixed(2)}× from 10 to 100 000 rules (limit ${MAX_OVERHEAD_GROWTH}×)`,
    );
    process.exitCode = 1;
  }
  clearTimeout(watchdog);
}

/** `npm run bench -- --report-only`: render docs/benchmarks.md again from the last run's samples (after changing the report's text). */
function reportOnly(): void {
  const results = JSON.parse(
    readFileSync(join(root, 'artifacts/benchmark-raw.json'), 'utf8'),
  ) as RunResults & {
    policyScale?: PolicyScaleResult[];
  };
  writeFileSync(
    join(root, 'docs/benchmarks.md'),
    `${renderReport(results)}${renderPolicyScale(results.policyScale)}`,
  );
  console.log('bench: rendered docs/benchmarks.md from artifacts/benchmark-raw.json');
}

(process.argv.includes('--report-only') ? Promise.resolve(reportOnly()) : main()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
