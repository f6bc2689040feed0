import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ROOT, fixturePath, seedPath, SEEDS } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');
/** The CLI in English (a C locale), without colours. */
const run = (...args: string[]) => spawnSync('node', [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });
const tmp = mkdtempSync(join(tmpdir(), 'pl-cli-'));

const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schema', 'plan.schema.json'), 'utf8')), 'plan.schema.json');
const validatePlan = ajv.getSchema('plan.schema.json')!;
const validateComparison = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'comparison.schema.json'), 'utf8')));

describe('policy-lineage parse', () => {
  it('prints a readable outline with units, deadlines and warnings', () => {
    const r = run('parse', seedPath(SEEDS.shenyang2022));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('沈阳市2022年政务公开工作要点');
    expect(r.stdout).toContain('1. 加强推进结构调整“三篇大文章”信息公开');
    expect(r.stdout).toContain('牵头: 市工业和信息化局');
    expect(r.stdout).toMatch(/warning\(s\):[\s\S]*line 179/);
  });

  it.each(Object.values(SEEDS))('prints a Plan of %s that validates against schema/plan.schema.json', (file) => {
    const r = run('parse', seedPath(file), '--json');
    expect(r.status).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(validatePlan(plan), JSON.stringify(validatePlan.errors)).toBe(true);
    expect(plan.schema).toBe('policy-lineage/plan@1');
  });
});

describe('policy-lineage compare', () => {
  it('prints a summary of the seed pair', () => {
    const r = run('compare', seedPath(SEEDS.shenyang2022), seedPath(SEEDS.liaozhong2022));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/inherited\s+14/);
    expect(r.stdout).toMatch(/dropped\s+3/);
    expect(r.stdout).not.toContain('\x1b['); // no colours when not a terminal
  });

  it('prints a Comparison that validates against schema/comparison.schema.json and embeds both plans', () => {
    const r = run('compare', seedPath(SEEDS.shenyang2022), seedPath(SEEDS.liaozhong2022), '--json');
    expect(r.status).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(validateComparison(c), JSON.stringify(validateComparison.errors?.slice(0, 3))).toBe(true);
    expect(c.upper.title).toBe('沈阳市2022年政务公开工作要点');
    expect(c.lower.title).toBe('沈阳市辽中区2022年政务公开工作要点');
  });

  it('accepts Plan JSON written by parse --json as input', () => {
    const planJson = join(tmp, 'liaozhong.json');
    expect(run('parse', seedPath(SEEDS.liaozhong2022), '--json', '--out', planJson).status).toBe(0);
    const fromText = JSON.parse(run('compare', seedPath(SEEDS.shenyang2022), seedPath(SEEDS.liaozhong2022), '--json').stdout);
    const fromJson = JSON.parse(run('compare', seedPath(SEEDS.shenyang2022), planJson, '--json').stdout);
    expect(fromJson.links).toEqual(fromText.links);
  });

  it('writes every format to --out, byte for byte what it prints without --out', () => {
    const firstBytes: string[] = [];
    for (const [format, ext] of [['text', 'txt'], ['json', 'json'], ['md', 'md'], ['html', 'html'], ['csv', 'csv']]) {
      const out = join(tmp, `every.${ext}`);
      const r = run('compare', seedPath(SEEDS.shenyang2022), seedPath(SEEDS.liaozhong2022), '--format', format!, '--out', out);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain(`wrote ${out}`);
      const printed = run('compare', seedPath(SEEDS.shenyang2022), seedPath(SEEDS.liaozhong2022), '--format', format!);
      expect(printed.status).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
      firstBytes.push(printed.stdout.slice(0, 20));
    }
    // five different formats, not one written five times
    expect(new Set(firstBytes).size).toBe(5);
  });

  it('documents every option with an example', () => {
    const r = run('compare', '--help');
    expect(r.status).toBe(0);
    for (const option of ['--format', '--out', '--link-threshold', '--min-score', '--margin', '--tokenizer', '--relation', '--no-color', 'Examples:']) expect(r.stdout).toContain(option);
  });
});

describe('bad input: one clear line on stderr, exit 1, no stack trace', () => {
  mkdirSync(join(tmp, 'a-directory'), { recursive: true });
  writeFileSync(join(tmp, 'empty.txt'), '');
  writeFileSync(join(tmp, 'prose.txt'), '这是一段普通的文字。\n\n没有任何条目。');
  writeFileSync(join(tmp, 'bad.json'), '{"schema":"policy-lineage/plan@1","title":"x","jurisdiction":{"name":null,"level":null},"children":[{"kind":"item","id":"1","text":7}]}');

  it.each([
    ['a missing file', ['parse', join(tmp, 'missing.txt')], /missing\.txt: no such file/],
    ['a directory', ['parse', join(tmp, 'a-directory')], /is a directory, expected a plan file/],
    ['an empty file', ['parse', join(tmp, 'empty.txt')], /empty\.txt: the file is empty/],
    ['a binary file', ['parse', fixturePath('encodings', 'binary.bin')], /binary\.bin: the file looks binary/],
    ['a document without structure', ['parse', join(tmp, 'prose.txt')], /prose\.txt: no plan structure found/],
    ['a bad Plan JSON', ['compare', join(tmp, 'bad.json'), seedPath(SEEDS.liaozhong2022)], /bad\.json: \$\.children\[0\]\.text: expected a string, got 7/],
    ['an unknown option', ['compare', '--colour'], /Unknown option '--colour'/],
    ['an option out of range', ['compare', seedPath(SEEDS.shenyang2022), seedPath(SEEDS.liaozhong2022), '--min-score', '3'], /--min-score must be a number between 0 and 1/],
    ['an unknown format', ['compare', seedPath(SEEDS.shenyang2022), seedPath(SEEDS.liaozhong2022), '--format', 'pdf'], /--format must be one of text, json, md, html, csv/],
    ['an unknown command', ['diff'], /unknown command "diff"/],
  ])('%s', (_, args, message) => {
    const r = run(...args);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
