import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, ROOT, seedPath, SEEDS } from '../helpers.js';

/** The command line on files of every office format and on bad ones (runs the built dist/cli.js). */
const CLI = join(ROOT, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync('node', [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const read = (name: string) => fixturePath('read', name);
const tmp = mkdtempSync(join(tmpdir(), 'pl-read-cli-'));

describe('bad input: one line naming the file and what was expected, exit 1', () => {
  const fifo = join(tmp, 'pipe.txt');
  spawnSync('mkfifo', [fifo]);
  it.each([
    ['a cut zip', ['parse', read('corrupt.docx')], /corrupt\.docx: a damaged or truncated zip file .*expected a \.docx or \.odt document/],
    ['a password-protected Word file', ['parse', read('encrypted.docx')], /encrypted\.docx: an encrypted \(password-protected\) Office document/],
    ['a file that is no document', ['compare', seedPath(SEEDS.shenyang2022), fixturePath('encodings', 'binary.bin')], /binary\.bin: the file looks binary/],
    ['a FIFO', ['parse', fifo], /pipe\.txt: is a FIFO \(named pipe\), expected a regular plan file/],
    ['a file over --max-bytes', ['parse', read('liaozhong-2022.docx'), '--max-bytes', '1000'], /liaozhong-2022\.docx: the file is \d+ bytes, over the limit of 1000 bytes/],
    ['a bad --max-bytes', ['parse', read('liaozhong-2022.docx'), '--max-bytes', 'lots'], /--max-bytes must be a whole number/],
  ])('%s', (_, args, message) => {
    const r = run(...(args as string[]));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('files named for another format', () => {
  it('reads a .docx named .txt as Word, and says so', () => {
    const r = run('parse', read('docx-named.txt'));
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('沈阳市辽中区2022年政务公开工作要点');
    expect(r.stdout).toContain('named like plain text but holds a Word document (.docx)');
  });

  it('reads a text named .pdf as text', () => {
    const r = run('parse', read('text-named.pdf'), '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe('沈阳市辽中区2022年政务公开工作要点');
  });
});

describe('every command reads every format', () => {
  it('compares a .docx with a .doc', () => {
    const r = run('compare', read('shenyang-2022.docx'), read('liaozhong-2022.doc'), '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary).toEqual({ inherited: 14, modified: 12, added: 0, dropped: 3 });
  });

  it('traces a lineage from an .odt and a .docx', () => {
    const r = run('lineage', read('liaozhong-2022.odt'), read('shenyang-2022.docx'), '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).plans.map((p: { title: string }) => p.title)).toEqual(['沈阳市2022年政务公开工作要点', '沈阳市辽中区2022年政务公开工作要点']);
  });

  it('runs a corpus over a folder that mixes formats', () => {
    const dir = join(tmp, 'districts');
    mkdirSync(dir);
    for (const f of ['liaozhong-2022.docx', 'liaozhong-2022.doc', 'liaozhong-2022.odt']) copyFileSync(read(f), join(dir, f));
    copyFileSync(seedPath(SEEDS.liaozhong2022), join(dir, 'liaozhong-2022.txt'));
    const r = run('corpus', read('shenyang-2022.odt'), dir, '--json', '--workers', '0');
    expect(r.status).toBe(0);
    const plans = JSON.parse(r.stdout).plans as { source: string; counts: Record<string, number> }[];
    expect(plans.map((p) => p.source.replace(/^.*\//, ''))).toEqual(['liaozhong-2022.doc', 'liaozhong-2022.docx', 'liaozhong-2022.odt', 'liaozhong-2022.txt']);
    for (const p of plans) expect(p.counts).toMatchObject({ inherited: 14, modified: 12, added: 0, dropped: 3 });
  });
});
