import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../src/parse/index.js';
import type { Plan } from '../src/model/plan.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEEDS = {
  liaozhong2022: '000_69cf3694f199daec.txt',
  shenyang2018: '001_9d5918fb5c505e81.txt',
  chaoyang2022: '002_5f755d274c664f4a.txt',
  shenyang2022: '003_c25a0eff93a0bef6.txt',
  taierzhuang2022: '004_0e95c71143a3993b.txt',
} as const;
export type SeedName = keyof typeof SEEDS;

export function seedPath(file: string): string {
  return join(ROOT, 'seeds', file);
}

export function fixturePath(...parts: string[]): string {
  return join(ROOT, 'test', 'fixtures', ...parts);
}

const cache = new Map<string, Plan>();
/** Parses a seed once per test run (plans are treated as read-only by tests). */
export function seedPlan(file: string): Plan {
  let plan = cache.get(file);
  if (!plan) {
    plan = parsePlan(readFileSync(seedPath(file)), { source: file });
    cache.set(file, plan);
  }
  return plan;
}

/** The comparison form readings and gold files use: NFKC, no whitespace. */
export function nfkcCompact(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

/** UTF-16LE bytes with a byte-order mark, as Windows Notepad saves "Unicode" text. */
export function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[2 + i * 2] = s.charCodeAt(i) & 0xff;
    out[3 + i * 2] = s.charCodeAt(i) >> 8;
  }
  return out;
}
