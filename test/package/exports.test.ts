import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/align/compare.js';
import { parsePlan } from '../../src/parse/index.js';
import { renderHtml } from '../../src/report/comparison/html.js';
import { ROOT, seedPath, SEEDS } from '../helpers.js';
import { RUNTIME_EXPORTS } from './exports-list.js';

/**
 * The package as a user loads it: `npm test` builds first, and these run in a plain Node process
 * that resolves 'policy-lineage' through package.json "exports" (a package may name itself), so
 * nothing here goes through src/, a path alias or the test runner's resolver.
 */
function node(args: string[], input?: string): string {
  return execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
}
const esm = (code: string, input?: string) => node(['--input-type=module', '-e', code], input);
const cjs = (code: string, input?: string) => node(['--input-type=commonjs', '-e', code], input);

const ENTRIES = Object.keys(RUNTIME_EXPORTS) as (keyof typeof RUNTIME_EXPORTS)[];
const specifier = (entry: string) => (entry === '.' ? 'policy-lineage' : `policy-lineage/${entry.slice(2)}`);

describe.each(ENTRIES)('policy-lineage%s from dist/', (entry) => {
  const pinned = [...RUNTIME_EXPORTS[entry]].sort();

  it('by ESM import exports exactly the pinned names', () => {
    const keys = JSON.parse(esm(`const m = await import(${JSON.stringify(specifier(entry))}); console.log(JSON.stringify(Object.keys(m)));`));
    expect(keys.sort()).toEqual(pinned);
  });

  it('by require exports exactly the pinned names', () => {
    const code = `const { createRequire } = require('node:module'); const r = createRequire(${JSON.stringify(`${ROOT}/package.json`)}); console.log(JSON.stringify(Object.keys(r(${JSON.stringify(specifier(entry))}))));`;
    expect(JSON.parse(cjs(code)).sort()).toEqual(pinned);
  });
});

describe('the built package', () => {
  const upper = readFileSync(seedPath(SEEDS.shenyang2022), 'utf8');
  const lower = readFileSync(seedPath(SEEDS.liaozhong2022), 'utf8');
  const input = JSON.stringify([upper, lower]);
  const smoke = (load: string) => `${load}
    const [a, b] = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    const comparison = lib.comparePlans(lib.parsePlan(a, { source: 'upper.txt' }), lib.parsePlan(b, { source: 'lower.txt' }));
    console.log(JSON.stringify({ summary: comparison.summary, links: comparison.links.length, html: lib.renderHtml(comparison) }));`;
  const inSrc = comparePlans(parsePlan(upper, { source: 'upper.txt' }), parsePlan(lower, { source: 'lower.txt' }));
  const expected = { summary: inSrc.summary, links: inSrc.links.length, html: renderHtml(inSrc) };

  it('parses, compares and renders HTML from dist/index.js as src does', () => {
    const out = JSON.parse(esm(smoke(`import * as lib from 'policy-lineage'; import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);`), input));
    expect(out).toEqual(expected);
    expect(out.html).toMatch(/^<!doctype html>/i);
  });

  it('parses, compares and renders HTML from dist/index.cjs as src does', () => {
    const out = JSON.parse(cjs(smoke(`const lib = require('policy-lineage');`), input));
    expect(out).toEqual(expected);
  });

  it('shares one error class between the root and the subpaths, in both formats', () => {
    const check = (load: string) => `${load}
      try { lineage.orderPlans([]); console.log('no error'); } catch (e) { console.log(e instanceof root.BadOptionError && e instanceof root.PolicyLineageError ? e.code : 'other class: ' + e); }`;
    expect(esm(check(`import * as root from 'policy-lineage'; import * as lineage from 'policy-lineage/lineage';`)).trim()).toBe('BAD_OPTION');
    expect(cjs(check(`const root = require('policy-lineage'); const lineage = require('policy-lineage/lineage');`)).trim()).toBe('BAD_OPTION');
  });
});
