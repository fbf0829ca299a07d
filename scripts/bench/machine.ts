/** What the figures were measured on: they mean little without it. */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { resolve } from 'node:path';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  os: string;
  chromium: string;
  node: string;
  playwright: string;
  wxt: string;
  date: string;
}

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    return `${pretty ?? process.platform}, kernel ${release()}`;
  } catch {
    return `${process.platform} ${release()}`;
  }
}

function packageVersion(name: string): string {
  const path = resolve(import.meta.dirname, '../../node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}

export function describeMachine(chromium: string, date: Date): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: osName(),
    chromium,
    node: process.version,
    playwright: packageVersion('playwright-core'),
    wxt: packageVersion('wxt'),
    date: date.toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

/** The 1-minute load average: other work on a shared machine shows up here. */
export function load1(): number {
  return loadavg()[0] ?? 0;
}
