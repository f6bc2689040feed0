import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { seedPath, SEEDS } from '../helpers.js';
import { memoryIo } from '../lineage/helpers.js';

const run = async (...args: string[]) => {
  const { io, out } = memoryIo();
  const code = await main(args, io);
  return { code, ...out };
};

describe('a corpus folder with hostile entries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pl-walk-'));
  const folder = join(dir, 'districts');
  let server: Server;

  beforeAll(async () => {
    mkdirSync(folder);
    copyFileSync(seedPath(SEEDS.liaozhong2022), join(folder, 'a-liaozhong.txt'));
    copyFileSync(seedPath(SEEDS.chaoyang2022), join(folder, 'b-chaoyang.txt'));
    symlinkSync('c-loop', join(folder, 'c-loop')); // a link to itself
    symlinkSync('does-not-exist.txt', join(folder, 'd-dangling.txt'));
    execFileSync('mkfifo', [join(folder, 'e-fifo.txt')]);
    server = createServer();
    await new Promise<void>((ok) => server.listen(join(folder, 'f-socket'), ok));
    mkdirSync(join(folder, 'g-subfolder'));
    symlinkSync('..', join(folder, 'h-parent')); // a folder loop for a recursive walk; passed over here
    copyFileSync(seedPath(SEEDS.taierzhuang2022), join(folder, 'i-taierzhuang.txt'));
  });

  afterAll(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('compares every plan and lists each other entry as skipped with its reason, in one line each', async () => {
    const r = await run('corpus', seedPath(SEEDS.shenyang2022), folder, '--json', '--workers', '0');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.plans.map((p: { source: string }) => p.source.split('/').pop())).toEqual(['a-liaozhong.txt', 'b-chaoyang.txt', 'i-taierzhuang.txt']);
    const skipped = Object.fromEntries(json.failures.map((f: { source: string; message: string }) => [f.source.split('/').pop(), f.message]));
    expect(Object.keys(skipped).sort()).toEqual(['c-loop', 'd-dangling.txt', 'e-fifo.txt', 'f-socket']);
    expect(skipped['c-loop']).toMatch(/symbolic link loop/);
    expect(skipped['d-dangling.txt']).toMatch(/dangling symbolic link/);
    expect(skipped['e-fifo.txt']).toMatch(/FIFO/);
    expect(skipped['f-socket']).toMatch(/socket/);
    const lines = r.stderr.trim().split('\n').filter((l) => l.startsWith('policy-lineage corpus: skipped'));
    expect(lines).toHaveLength(4);
    expect(r.stderr).not.toMatch(/internal error|ELOOP …|\n\s+at /);
  });

  it('reports a file that vanished between the listing and its turn, and compares the rest', async () => {
    const vanishing = join(folder, 'z-vanishes.txt');
    copyFileSync(seedPath(SEEDS.liaozhong2022), vanishing);
    // named on the command line, then removed before its turn (as a concurrent clean-up would)
    rmSync(vanishing);
    const r = await run('corpus', seedPath(SEEDS.shenyang2022), join(folder, 'a-liaozhong.txt'), vanishing, '--json', '--workers', '0');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.plans).toHaveLength(1);
    expect(json.failures[0].message).toMatch(/z-vanishes\.txt: no such file/);
  });

  it('says "no such directory" for a missing folder', async () => {
    const r = await run('corpus', seedPath(SEEDS.shenyang2022), join(dir, 'no-such-folder/'), '--workers', '0');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no-such-folder\/: no such directory/);
    expect(r.stderr).not.toMatch(/no plan files/);
  });

  it('caps --workers at the cores available, with a note', async () => {
    const r = await run('corpus', seedPath(SEEDS.shenyang2022), join(folder, 'a-liaozhong.txt'), join(folder, 'b-chaoyang.txt'), '--workers', '1000', '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`--workers 1000 capped to ${Math.max(1, availableParallelism())}`);
    expect(JSON.parse(r.stdout).plans).toHaveLength(2);
  });
});

describe('option values', () => {
  it.each([
    ['--link-threshold', ''],
    ['--link-threshold', 'abc'],
    ['--link-threshold', ' '],
    ['--min-score', '1.5'],
    ['--max-bytes', ''],
  ])('rejects %s "%s" in one line', async (option, value) => {
    const r = await run('compare', seedPath(SEEDS.shenyang2022), seedPath(SEEDS.liaozhong2022), option, value);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(option);
  });

  it('rejects --workers "" in one line', async () => {
    const r = await run('corpus', seedPath(SEEDS.shenyang2022), seedPath(SEEDS.liaozhong2022), '--workers', '');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('output files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pl-out-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are written under a temporary name and renamed: the folder holds only finished reports', async () => {
    const out = join(dir, 'report.json');
    const r = await run('compare', seedPath(SEEDS.shenyang2022), seedPath(SEEDS.liaozhong2022), '--json', '--out', out);
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['report.json']);
    expect(JSON.parse(readFileSync(out, 'utf8')).schema).toBe('policy-lineage/comparison@1');
  });

  it('appear all or none when one of several cannot be written', () => {
    writeFileSync(join(dir, 'a-file'), 'x');
    const { io } = memoryIo();
    expect(() =>
      writeOutputs(
        [
          { path: join(dir, 'first.parquet'), content: 'complete' },
          { path: join(dir, 'a-file', 'second.parquet'), content: 'cannot: its folder is a file' },
        ],
        io,
      ),
    ).toThrow(/second\.parquet: cannot write/);
    expect(existsSync(join(dir, 'first.parquet'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });
});
