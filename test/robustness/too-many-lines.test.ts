import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputTooLargeError } from '../../src/errors.js';
import { planItems } from '../../src/model/walk.js';
import { parsePlan } from '../../src/parse/index.js';
import { ROOT, seedPath, seedPlan, SEEDS } from '../helpers.js';

/** Issue 15: parsing costs in proportion to the lines, so a document of far more lines than any plan is refused up front. */
const markerLines = (n: number) => ['某市2022年政务公开工作要点', '一、重点任务', ...Array.from({ length: n }, (_, i) => `${i + 1}. 加强第${i + 1}项工作。`)].join('\n');

describe('the line bound', () => {
  it('refuses a document of more than 200,000 lines, naming the count and how to raise the bound', () => {
    let error: unknown;
    try {
      parsePlan(markerLines(200_000), { source: 'huge.txt' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputTooLargeError);
    const e = error as InputTooLargeError;
    expect(e.code).toBe('TOO_LARGE');
    expect(e.limit).toBe(200_000);
    // the title, the section and 200,000 items
    expect(e.message).toBe('huge.txt: the document has 200002 lines, over the limit of 200000 (a work plan has a few thousand; raise it with maxLines, on the command line --max-lines)');
  });

  it('reads a document at the bound, and beyond it when the bound is raised', () => {
    expect(planItems(parsePlan(markerLines(1_000), { maxLines: 1_002 }))).toHaveLength(1_000);
    expect(() => parsePlan(markerLines(1_000), { maxLines: 1_001 })).toThrow(InputTooLargeError);
  });

  it('leaves every seed plan far below the default', () => {
    for (const file of Object.values(SEEDS)) expect(planItems(seedPlan(file)).length).toBeGreaterThan(20);
  });
});

describe('--max-lines', () => {
  const CLI = join(ROOT, 'dist', 'cli.js');
  const run = (...args: string[]) => spawnSync('node', [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '' } });

  it('lowers the bound: the Shenyang plan refused in one line, exit 1', () => {
    const r = run('parse', seedPath(SEEDS.shenyang2022), '--max-lines', '50');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/lines, over the limit of 50/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a bound that is not a whole number', () => {
    const r = run('parse', seedPath(SEEDS.shenyang2022), '--max-lines', '');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--max-lines must be a whole number of lines ≥ 1, got ""');
  });

  it('raises it again: a file of 1,002 lines refused under --max-lines 1000, read under 2000', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pl-lines-')), 'plan.txt');
    writeFileSync(file, markerLines(1_000));
    expect(run('parse', file, '--max-lines', '1000').stderr).toContain('the document has 1002 lines, over the limit of 1000');
    const r = run('parse', file, '--max-lines', '2000', '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).children[0].children).toHaveLength(1_000);
  });
});
