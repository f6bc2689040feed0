import { readFileSync } from 'node:fs';
import type { CliIo } from '../../src/cli/io.js';
import type { Plan } from '../../src/model/plan.js';
import { planItems } from '../../src/model/walk.js';
import { parsePlan } from '../../src/parse/index.js';
import { fixturePath } from '../helpers.js';

/** The SYNTHETIC three-level fixture (see test/fixtures/synthetic/README.md). */
export const SYNTHETIC = {
  province: fixturePath('synthetic', 'province.txt'),
  city: fixturePath('synthetic', 'city.txt'),
  district: fixturePath('synthetic', 'district.txt'),
} as const;

const cache = new Map<string, Plan>();
/** Parses a synthetic fixture once per test file. */
export function syntheticPlan(level: keyof typeof SYNTHETIC): Plan {
  let plan = cache.get(level);
  if (!plan) {
    plan = parsePlan(readFileSync(SYNTHETIC[level]), { source: `synthetic/${level}.txt` });
    cache.set(level, plan);
  }
  return plan;
}

/** The id of the item whose heading is `heading`. */
export function idOf(plan: Plan, heading: string): string {
  const item = planItems(plan).find((i) => i.heading === heading);
  if (!item) throw new Error(`no item "${heading}" in ${plan.title}`);
  return item.id;
}

/** A CliIo that keeps what a command writes. */
export function memoryIo(): { io: CliIo; out: { stdout: string; stderr: string } } {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), stdoutIsTTY: false, stderrIsTTY: false },
  };
}
