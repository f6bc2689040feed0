import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ROOT, SEEDS, seedPath } from '../helpers.js';
import { SYNTHETIC, memoryIo } from './helpers.js';

const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schema', name), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(schema('plan.schema.json'), 'plan.schema.json');
ajv.addSchema(schema('comparison.schema.json'), 'comparison.schema.json');
const validateLineage = ajv.compile(schema('lineage.schema.json'));

const lineage = async (...args: string[]) => {
  const { io, out } = memoryIo();
  const code = await main(['lineage', ...args], io);
  return { code, ...out };
};

describe('policy-lineage lineage', () => {
  it('orders the three Shenyang-related seeds given shuffled, and says why on stderr and in the report', async () => {
    const r = await lineage(seedPath(SEEDS.shenyang2018), seedPath(SEEDS.liaozhong2022), seedPath(SEEDS.shenyang2022));
    expect(r.code).toBe(0);
    const err = r.stderr.split('\n');
    expect(err[0]).toBe('chain: 沈阳市 (city) → 辽中区 (district)');
    expect(err[1]).toContain('it cites 沈政公领发〔2022〕1号, the 文号 of 沈阳市2022年政务公开工作要点');
    expect(r.stderr).toContain('沈阳市2018年政务公开重点工作安排 (沈阳市, city, 2018) is an earlier plan of 沈阳市: set aside as another version');
    expect(r.stdout).toContain('Why this order');
    expect(r.stdout).toContain('L1 沈阳市 (city)');
    expect(r.stdout).toMatch(/L2 辽中区\s+14\s+12\s+3/);
  });

  it('writes lineage JSON that validates and records the other version', async () => {
    const r = await lineage(seedPath(SEEDS.liaozhong2022), seedPath(SEEDS.shenyang2018), seedPath(SEEDS.shenyang2022), '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(validateLineage(json), JSON.stringify(validateLineage.errors?.slice(0, 3))).toBe(true);
    expect(json.plans.map((p: { title: string }) => p.title)).toEqual(['沈阳市2022年政务公开工作要点', '沈阳市辽中区2022年政务公开工作要点']);
    expect(json.order.otherVersions).toEqual([expect.objectContaining({ title: '沈阳市2018年政务公开重点工作安排', year: 2018, supersededBy: 0 })]);
  });

  it('traces the synthetic three levels into CSV and HTML files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-lineage-'));
    const files = [SYNTHETIC.district, SYNTHETIC.province, SYNTHETIC.city];
    expect((await lineage(...files, '--format', 'csv', '--out', join(dir, 'chains.csv'))).code).toBe(0);
    const rows: Record<string, string>[] = parseCsv(readFileSync(join(dir, 'chains.csv'), 'utf8'), { bom: true, columns: true });
    expect(rows.filter((row) => row['L3 铁东区 note']?.includes('skip from 辽宁省'))).toHaveLength(2);
    const html = await lineage(...files, '--format', 'html', '--out', join(dir, 'lineage.html'));
    expect(html.code).toBe(0);
    expect(html.stderr).toContain(`wrote ${join(dir, 'lineage.html')}`);
    expect(readFileSync(join(dir, 'lineage.html'), 'utf8')).toContain('<h1>Lineage: 辽宁省 → 鞍山市 → 铁东区</h1>');
  });

  it('takes the order given with --ordered, and refuses it bottom-up', async () => {
    const ok = await lineage(SYNTHETIC.province, SYNTHETIC.district, '--ordered');
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/^chain as given \(--ordered\): 辽宁省2022年政务公开工作要点/);
    const bad = await lineage(SYNTHETIC.district, SYNTHETIC.province, '--ordered');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/ordered from the highest level down/);
  });

  it.each([
    ['peers', [SEEDS.shenyang2022, SEEDS.chaoyang2022], /same level \(peers\)/],
    ['two districts of different cities', [SEEDS.liaozhong2022, SEEDS.taierzhuang2022], /same level \(peers\)/],
    ['two years of one place', [SEEDS.shenyang2018, SEEDS.shenyang2022], /all 2 plans are of .*place: compare versions with "policy-lineage compare OLD NEW"/],
  ])('refuses %s with one line and exit 1', async (_, seeds, message) => {
    const r = await lineage(...seeds.map(seedPath));
    expect(r.code).toBe(1);
    const errorLines = r.stderr.split('\n').filter((l) => l.startsWith('policy-lineage:'));
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('explains its options with examples, and wants two plans', async () => {
    const help = await lineage('--help');
    expect(help.code).toBe(0);
    for (const option of ['--format', '--out', '--ordered', '--skip-margin', '--min-score', '--tokenizer', 'Examples:']) expect(help.stdout).toContain(option);
    const one = await lineage(seedPath(SEEDS.shenyang2022));
    expect(one.code).toBe(1);
    expect(one.stderr).toContain('expected at least two plans');
    expect((await lineage(seedPath(SEEDS.shenyang2022), seedPath(SEEDS.liaozhong2022), '--skip-margin', '3')).code).toBe(1);
  });
});
