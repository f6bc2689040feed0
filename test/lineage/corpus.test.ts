import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/align/compare.js';
import { preparePlan } from '../../src/align/prepare.js';
import { main } from '../../src/cli/main.js';
import { CorpusAggregator, compareForCorpus, corpusPlanResultOf, corpusStatusAt } from '../../src/lineage/corpus.js';
import type { CorpusPlanResult } from '../../src/model/lineage.js';
import { planItems } from '../../src/model/walk.js';
import { renderCorpusCsv } from '../../src/report/corpus/csv.js';
import { renderCorpusHtml } from '../../src/report/corpus/html.js';
import { renderCorpusText } from '../../src/report/corpus/text.js';
import { ROOT, SEEDS, fixturePath, seedPath, seedPlan } from '../helpers.js';
import { idOf, memoryIo, syntheticPlan } from './helpers.js';

const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schema', name), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(schema('plan.schema.json'), 'plan.schema.json');
const validateCorpus = ajv.compile(schema('corpus.schema.json'));

/** A hand-built result for the 8-item synthetic province plan. */
const result = (index: number, statuses: string, added = 0): CorpusPlanResult => {
  const count = (l: string) => [...statuses].filter((s) => s === l).length;
  return {
    index,
    source: `plan-${index}.txt`,
    title: `plan ${index}`,
    jurisdiction: { name: `区${index}`, level: 'district', parent: null },
    year: 2022,
    relation: 'hierarchy',
    items: count('i') + count('m') + added,
    counts: { inherited: count('i'), modified: count('m'), dropped: count('d'), added },
    inheritanceRate: (count('i') + count('m')) / statuses.length,
    statuses,
  };
};

describe('CorpusAggregator', () => {
  const upper = syntheticPlan('province');

  it('counts, per upper item, how many plans inherited, modified or dropped it', () => {
    const agg = new CorpusAggregator(upper);
    // added out of order, as worker threads finish
    agg.add(result(2, 'iiiiiiii', 3));
    agg.add(result(0, 'iimddddd'));
    agg.add(result(1, 'imdiiiii', 1));
    agg.fail({ index: 3, source: 'bad.bin', code: 'ENCODING', message: 'bad.bin: binary' });
    const r = agg.result();
    expect(r.schema).toBe('policy-lineage/corpus@1');
    expect(r.plans.map((p) => p.index)).toEqual([0, 1, 2]);
    expect(r.items.map((i) => [i.inherited, i.modified, i.dropped])).toEqual([
      [3, 0, 0],
      [2, 1, 0],
      [1, 1, 1],
      [2, 0, 1],
      [2, 0, 1],
      [2, 0, 1],
      [2, 0, 1],
      [2, 0, 1],
    ]);
    expect(r.items[0]).toMatchObject({ id: '1.1', heading: '加强助企纾困信息公开', adoptionRate: 1 });
    expect(r.items[2]!.adoptionRate).toBe(0.667);
    // rates 0.375, 0.875 and 1
    expect(r.summary).toEqual({ plans: 3, failed: 1, meanInheritanceRate: 0.75, medianInheritanceRate: 0.875, inherited: 16, modified: 2, dropped: 6, added: 4 });
    expect(r.failures).toEqual([{ index: 3, source: 'bad.bin', code: 'ENCODING', message: 'bad.bin: binary' }]);
    expect(validateCorpus(JSON.parse(JSON.stringify(r))), JSON.stringify(validateCorpus.errors?.slice(0, 3))).toBe(true);
  });

  it('refuses a result made against another upper plan', () => {
    expect(() => new CorpusAggregator(upper).add(result(0, 'iii'))).toThrow(/3 statuses, the upper plan 8 items/);
  });

  it('gives zero rates for an empty corpus', () => {
    expect(new CorpusAggregator(upper).result().summary).toMatchObject({ plans: 0, meanInheritanceRate: 0, medianInheritanceRate: 0 });
  });
});

describe('corpus plan results', () => {
  it('reduces the Shenyang → Liaozhong comparison to counts and one letter per upper item', () => {
    const shenyang = seedPlan(SEEDS.shenyang2022);
    const r = compareForCorpus(preparePlan(shenyang), seedPlan(SEEDS.liaozhong2022), { index: 0, source: '000.txt' });
    expect(r.counts).toEqual({ inherited: 14, modified: 12, dropped: 3, added: 0 });
    expect(r.inheritanceRate).toBe(0.897);
    expect(r.statuses).toHaveLength(planItems(shenyang).length);
    const ipv6 = planItems(shenyang).findIndex((i) => i.id === idOf(shenyang, '完成互联网公开平台IPv6改造'));
    expect(corpusStatusAt(r, ipv6)).toBe('dropped');
    expect(r).toMatchObject({ source: '000.txt', title: '沈阳市辽中区2022年政务公开工作要点', relation: 'hierarchy', items: 26 });
  });

  it('counts the lower items of a split once each as added only when unlinked', () => {
    const c = comparePlans(syntheticPlan('city'), syntheticPlan('district'));
    const r = corpusPlanResultOf(c, { index: 4 });
    expect(r.counts.added).toBe(c.summary.added);
    expect(r.source).toBe('synthetic/district.txt');
  });
});

describe('corpus renderers', () => {
  const agg = new CorpusAggregator(syntheticPlan('province'));
  agg.add(result(0, 'iimddddd'));
  agg.add({ ...result(1, 'imdiiiii'), source: '=cmd|x.txt', title: '<b>区</b>' });
  const r = agg.result();

  it('writes the per-plan CSV with a status column per upper item, and the per-item CSV', () => {
    const plans: Record<string, string>[] = parseCsv(renderCorpusCsv(r), { bom: true, columns: true });
    expect(plans).toHaveLength(2);
    expect(plans[1]!.source).toBe("'=cmd|x.txt");
    expect(plans[0]!['1.3 加强疫情防控信息公开']).toBe('modified');
    expect(plans[0]!['inheritance rate']).toBe('0.375');
    const items: Record<string, string>[] = parseCsv(renderCorpusCsv(r, { table: 'items' }), { bom: true, columns: true });
    expect(items.map((i) => i['upper id'])).toEqual(planItems(syntheticPlan('province')).map((i) => i.id));
    expect(items[1]).toMatchObject({ 'descendants inherited': '1', 'descendants modified': '1', 'descendants dropped': '0', 'descendants adoption rate': '1', 'descendants plans': '2' });
    const diffusion = renderCorpusCsv(r, { table: 'diffusion' });
    expect(diffusion).toBe(renderCorpusCsv(r, { table: 'items' }));
  });

  it('keeps descendants, peers and other years apart', () => {
    const mixed = new CorpusAggregator(syntheticPlan('province'));
    mixed.add(result(0, 'iiiiiiii'));
    mixed.add(result(1, 'iiiidddd'));
    // another province (a peer) and the same province a year later: neither is a descendant
    mixed.add({ ...result(2, 'dddddddd'), relation: 'peer', jurisdiction: { name: '乙省', level: 'province', parent: null } });
    mixed.add({ ...result(3, 'mmmmmmmm'), relation: 'revision', year: 2023 });
    const rows: Record<string, string>[] = parseCsv(renderCorpusCsv(mixed.result(), { table: 'diffusion' }), { bom: true, columns: true });
    // item 1.1: inherited by both descendants, dropped by the peer, modified by the later version
    expect(rows[0]).toMatchObject({
      'descendants plans': '2', 'descendants inherited': '2', 'descendants adoption rate': '1',
      'peers plans': '1', 'peers dropped': '1', 'peers adoption rate': '0',
      'versions plans': '1', 'versions modified': '1',
    });
    // item 1.8: one descendant of two took it up
    expect(rows[7]).toMatchObject({ 'descendants inherited': '1', 'descendants dropped': '1', 'descendants adoption rate': '0.5' });
    const text = renderCorpusText(mixed.result());
    expect(text).toMatch(/descendants: 2 plans, inheritance rate mean 0\.750, median 0\.750/);
    expect(text).toMatch(/peers: 1 plan, inheritance rate mean 0\.000/);
    const plans: Record<string, string>[] = parseCsv(renderCorpusCsv(mixed.result()), { bom: true, columns: true });
    expect(plans.map((p) => p.group)).toEqual(['descendants', 'descendants', 'peers', 'versions']);
  });

  it('gives every heatmap column a label of its own', () => {
    const twins = new CorpusAggregator(syntheticPlan('province'));
    twins.add({ ...result(0, 'iiiiiiii'), source: 'a/x.txt' });
    twins.add({ ...result(1, 'iiiiiiii'), source: 'b/y.txt', jurisdiction: { name: '区0', level: 'district', parent: null } });
    const html = renderCorpusHtml(twins.result());
    const labels = [...html.matchAll(/<th class="p"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(labels).toEqual(['区0 2022 · x.txt', '区0 2022 · y.txt']);
  });

  it('writes a self-contained, escaped HTML heatmap with one cell per upper item and plan', () => {
    const html = renderCorpusHtml(r);
    expect((html.match(/<td class="c [imd]"/g) ?? []).length).toBe(8 * 2);
    expect(html).not.toContain('<b>区</b>');
    expect(html).toContain('&lt;b&gt;区&lt;/b&gt;');
    expect(html).not.toMatch(/\s(src|href)="(?!data:)|https?:\/\//);
    expect(html).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('writes a text diffusion table', () => {
    const text = renderCorpusText(r, { plans: true });
    expect(text).toContain('against 2 plans');
    expect(text).toMatch(/1\.1 加强助企纾困信息公开\s+2\s+0\s+0\s+100%/);
    expect(text.split('\n')[0]).toMatch(/^ 0\.375 {2}i {2}2 {2}m {2}1 {2}d {2}5 {2}\+0 {2}plan-0\.txt {2}区0 2022$/);
  });
});

/** A folder of lower plans: three seeds, a binary file, an empty file and a hidden file. */
function corpusDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pl-corpus-'));
  copyFileSync(seedPath(SEEDS.liaozhong2022), join(dir, 'a-liaozhong.txt'));
  copyFileSync(seedPath(SEEDS.chaoyang2022), join(dir, 'b-chaoyang.txt'));
  copyFileSync(fixturePath('encodings', 'binary.bin'), join(dir, 'c-binary.bin'));
  copyFileSync(seedPath(SEEDS.taierzhuang2022), join(dir, 'd-taierzhuang.txt'));
  writeFileSync(join(dir, 'e-empty.txt'), '');
  writeFileSync(join(dir, '.hidden'), 'not a plan');
  mkdirSync(join(dir, 'subfolder'));
  return dir;
}

describe('policy-lineage corpus in process (--workers 0)', () => {
  const dir = corpusDir();
  const upper = seedPath(SEEDS.shenyang2022);

  it('compares every visible file, skips the bad ones with one line each, and exits 0', async () => {
    const { io, out } = memoryIo();
    const code = await main(['corpus', upper, dir, '--workers', '0', '--format', 'json'], io);
    expect(code).toBe(0);
    const r = JSON.parse(out.stdout);
    expect(validateCorpus(r), JSON.stringify(validateCorpus.errors?.slice(0, 3))).toBe(true);
    expect(r.plans.map((p: CorpusPlanResult) => p.source)).toEqual(['a-liaozhong.txt', 'b-chaoyang.txt', 'd-taierzhuang.txt'].map((f) => join(dir, f)));
    expect(r.plans[0].counts).toEqual({ inherited: 14, modified: 12, dropped: 3, added: 0 });
    expect(r.failures.map((f: { code: string }) => f.code)).toEqual(['ENCODING', 'EMPTY']);
    // the other lines are the plans' parser warnings
    const lines = out.stderr.trim().split('\n').filter((l) => l.startsWith('policy-lineage'));
    expect(lines).toEqual([
      expect.stringMatching(/^policy-lineage corpus: skipped .*c-binary\.bin: the file looks binary/),
      expect.stringMatching(/^policy-lineage corpus: skipped .*e-empty\.txt: the file is empty$/),
    ]);
  });

  it('streams one text line per plan in input order, then the diffusion table', async () => {
    const { io, out } = memoryIo();
    expect(await main(['corpus', upper, join(dir, 'd-taierzhuang.txt'), join(dir, 'a-liaozhong.txt'), '--workers', '0'], io)).toBe(0);
    const lines = out.stdout.split('\n');
    // the order given on the command line, not the order of the names
    expect(lines[0]).toMatch(/d-taierzhuang\.txt {2}台儿庄区 2022( {2}⚠ \d+)?$/);
    expect(lines[1]).toMatch(/^ 0\.897 .*a-liaozhong\.txt {2}辽中区 2022 {2}⚠ \d+$/);
    expect(out.stdout).toContain('Diffusion per upper item');
  });

  it('reports a missing file given by name and goes on', async () => {
    const { io, out } = memoryIo();
    expect(await main(['corpus', upper, join(dir, 'nope.txt'), join(dir, 'a-liaozhong.txt'), '--workers', '0', '--format', 'csv'], io)).toBe(0);
    expect(out.stderr).toMatch(/skipped .*nope\.txt: no such file\n/);
    expect(parseCsv(out.stdout, { bom: true, columns: true })).toHaveLength(1);
  });

  it('exits 1 when no plan could be compared', async () => {
    const { io, out } = memoryIo();
    expect(await main(['corpus', upper, join(dir, 'c-binary.bin'), join(dir, 'e-empty.txt'), '--workers', '0'], io)).toBe(1);
    expect(out.stderr).toContain('no plan could be compared (2 file(s) skipped)');
    expect(out.stdout).toBe('');
  });

  it('exits 1 with one line for a bad upper plan or bad options', async () => {
    for (const args of [
      ['corpus', join(dir, 'e-empty.txt'), dir],
      ['corpus', upper, dir, '--workers', '-1'],
      ['corpus', upper, dir, '--format', 'md'],
      ['corpus', upper, join(dir, 'subfolder')],
    ]) {
      const { io, out } = memoryIo();
      expect(await main(args, io)).toBe(1);
      expect(out.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('writes the HTML heatmap with --out', async () => {
    const { io, out } = memoryIo();
    const file = join(mkdtempSync(join(tmpdir(), 'pl-corpus-out-')), 'heat.html');
    expect(await main(['corpus', upper, dir, '--workers', '0', '--format', 'html', '--out', file], io)).toBe(0);
    expect(out.stdout).toBe('');
    const html = readFileSync(file, 'utf8');
    expect((html.match(/<td class="c [imd]"/g) ?? []).length).toBe(29 * 3);
    expect(html).toContain('c-binary.bin');
  });

  it('does not compare the upper plan with itself when it sits in the folder', async () => {
    const { io, out } = memoryIo();
    expect(await main(['corpus', join(dir, 'a-liaozhong.txt'), dir, '--workers', '0', '--json'], io)).toBe(0);
    expect(out.stderr).toContain('not comparing');
    expect(JSON.parse(out.stdout).plans).toHaveLength(2);
  });

  it('draws a progress bar only when stderr is a terminal', async () => {
    const { io, out } = memoryIo();
    io.stderrIsTTY = true;
    expect(await main(['corpus', upper, join(dir, 'a-liaozhong.txt'), join(dir, 'b-chaoyang.txt'), '--workers', '0', '--json'], io)).toBe(0);
    expect(out.stderr).toContain('2/2 plans');
    expect(out.stderr).toContain('\r\x1b[K');
    const quiet = memoryIo();
    quiet.io.stderrIsTTY = true;
    await main(['corpus', upper, join(dir, 'a-liaozhong.txt'), '--workers', '0', '--json', '--no-progress'], quiet.io);
    expect(quiet.out.stderr).not.toContain('\r\x1b[K');
    const q = memoryIo();
    q.io.stderrIsTTY = true;
    await main(['corpus', upper, join(dir, 'a-liaozhong.txt'), '--workers', '0', '--json', '--quiet'], q.io);
    expect(q.out.stderr).not.toContain('\r\x1b[K');
    expect(q.out.stderr).not.toContain('plans ·');
    const piped = memoryIo();
    await main(['corpus', upper, join(dir, 'a-liaozhong.txt'), '--workers', '0', '--json'], piped.io);
    expect(piped.out.stderr).not.toContain('\r\x1b[K');
  });
});

describe('policy-lineage corpus with worker threads (built CLI)', () => {
  const CLI = join(ROOT, 'dist', 'cli.js');
  const dir = corpusDir();
  const run = (...args: string[]) => spawnSync('node', [CLI, 'corpus', seedPath(SEEDS.shenyang2022), dir, ...args], { cwd: ROOT, encoding: 'utf8' });

  it.skipIf(!existsSync(join(ROOT, 'dist', 'corpus-worker.js')))('gives the same result as in process, in input order, bad files skipped', async () => {
    const threaded = run('--workers', '2', '--format', 'json');
    expect(threaded.status, threaded.stderr).toBe(0);
    expect(threaded.stderr.match(/corpus: skipped/g)).toHaveLength(2);
    const { io, out } = memoryIo();
    await main(['corpus', seedPath(SEEDS.shenyang2022), dir, '--workers', '0', '--json'], io);
    expect(JSON.parse(threaded.stdout)).toEqual(JSON.parse(out.stdout));
  });

  it.skipIf(!existsSync(join(ROOT, 'dist', 'corpus-worker.js')))('writes CSV with --out using the default number of workers', () => {
    const out = mkdtempSync(join(tmpdir(), 'pl-corpus-out-'));
    const r = run('--format', 'csv', '--out', join(out, 'plans.csv'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`wrote ${join(out, 'plans.csv')}`);
    const rows: Record<string, string>[] = parseCsv(readFileSync(join(out, 'plans.csv'), 'utf8'), { bom: true, columns: true });
    expect(rows.map((row) => row.place)).toEqual(['辽中区', '朝阳市', '台儿庄区']);
  });
});
