import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { orderPlans } from '../../src/lineage/order.js';
import { traceLineage } from '../../src/lineage/trace.js';
import type { Item, Node, Plan } from '../../src/model/plan.js';
import { csvCell, csvDocument } from '../../src/report/common/csv.js';
import { escapeHtml } from '../../src/report/common/html.js';
import { renderLineageCsv } from '../../src/report/lineage/csv.js';
import { renderLineageHtml } from '../../src/report/lineage/html.js';
import { renderLineageJson } from '../../src/report/lineage/json.js';
import { renderLineageText } from '../../src/report/lineage/text.js';
import { ROOT } from '../helpers.js';
import { syntheticPlan } from './helpers.js';

const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schema', name), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(schema('plan.schema.json'), 'plan.schema.json');
ajv.addSchema(schema('comparison.schema.json'), 'comparison.schema.json');
const validateLineage = ajv.compile(schema('lineage.schema.json'));

const order = orderPlans([syntheticPlan('province'), syntheticPlan('city'), syntheticPlan('district')]);
const lineage = traceLineage(order.chain, { order });

/** A deep copy of a plan whose first item says something hostile. */
function hostile(plan: Plan, text: string): Plan {
  const copy: Plan = structuredClone(plan);
  const first = (nodes: Node[]): Item => {
    for (const n of nodes) {
      if (n.kind === 'item') return n;
      return first(n.children);
    }
    throw new Error('no item');
  };
  const item = first(copy.children);
  item.heading = text;
  item.text = `${text}${item.text}`;
  copy.title = `${text}${copy.title}`;
  return copy;
}

describe('renderLineageJson', () => {
  it('writes policy-lineage/lineage@1 JSON that validates against schema/lineage.schema.json', () => {
    const json = JSON.parse(renderLineageJson(lineage));
    expect(validateLineage(json), JSON.stringify(validateLineage.errors?.slice(0, 3))).toBe(true);
    expect(json.schema).toBe('policy-lineage/lineage@1');
    expect(json.plans.map((p: Plan) => p.title)).toEqual(['辽宁省2022年政务公开工作要点', '鞍山市2022年政务公开工作要点', '鞍山市铁东区2022年政务公开工作要点']);
    expect(json.order.reasons[0]).toContain('chain:');
    // every hop can be audited: status, ids and score of each link
    expect(json.hops[0].links[0]).toMatchObject({ status: 'inherited', upper: ['1.1'], lower: ['1.1'], score: expect.any(Number) });
  });

  it('rejects a lineage with a bad cell status (the schema checks something)', () => {
    const json = JSON.parse(renderLineageJson(lineage));
    json.chains[0].cells[1].status = 'kept';
    expect(validateLineage(json)).toBe(false);
  });
});

describe('renderLineageCsv', () => {
  const csv = renderLineageCsv(lineage);
  const rows: Record<string, string>[] = parseCsv(csv, { bom: true, columns: true });

  it('starts with a byte order mark and uses CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n').length).toBe(lineage.chains.length + 2);
  });

  it('has one row per requirement chain and one column group per level', () => {
    expect(rows).toHaveLength(lineage.chains.length);
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining(['chain', 'origin id', 'L1 辽宁省 status', 'L2 鞍山市 status', 'L3 铁东区 status', 'L3 铁东区 text', 'L3 铁东区 note']),
    );
  });

  it('shows where a requirement is dropped and where it reappears through a skip', () => {
    const row = rows.find((r) => r['L1 辽宁省 text']!.startsWith('做好乡村振兴信息公开'))!;
    expect(row['L2 鞍山市 status']).toBe('dropped');
    expect(row['L3 铁东区 status']).toBe('inherited');
    expect(row['L3 铁东区 note']).toBe('reappears; skip from 辽宁省 (not in 鞍山市)');
    expect(row['dropped at']).toBe('鞍山市');
    expect(row['reappears at']).toBe('铁东区');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const evil = traceLineage([hostile(syntheticPlan('province'), '=HYPERLINK("http://x","y")'), syntheticPlan('city')]);
    const parsed: string[][] = parseCsv(renderLineageCsv(evil), { bom: true });
    const cell = parsed.flat().find((c) => c.includes('HYPERLINK'))!;
    expect(cell.startsWith("'=")).toBe(true);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+86', "'+86"],
    ['-x', "'-x"],
    ['@a', "'@a"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('writes the cell %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('leaves numbers alone', () => {
    expect(csvDocument([[-0.5, 1, null, true]])).toBe('\uFEFF-0.5,1,,true\r\n');
  });
});

describe('renderLineageHtml', () => {
  const html = renderLineageHtml(lineage);

  it('is one self-contained page: no external scripts, styles, images or links', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<(img|iframe)\b/);
    // the one link is the empty data: favicon that keeps a browser from asking for one
    expect(html.match(/<link\b[^>]*>/g)).toEqual(['<link rel="icon" href="data:,">']);
    expect(html).not.toMatch(/\s(src|href)="(?!data:)/);
    expect(html).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('default-src &#39;none&#39;');
  });

  it('has one column per level and shows drops and skips', () => {
    expect(html).toContain('<th>L1 辽宁省<br><small>辽宁省2022年政务公开工作要点</small></th>');
    expect(html).toContain('<th>L3 铁东区<br>');
    expect((html.match(/<td class="dropped">/g) ?? []).length).toBe(3);
    expect(html).toContain('reappears; skip from 辽宁省 (not in 鞍山市)');
    expect((html.match(/class="inherited skip"/g) ?? []).length).toBe(2);
  });

  it('escapes plan text', () => {
    const evil = renderLineageHtml(traceLineage([hostile(syntheticPlan('province'), '<script>alert("x")</script>&'), syntheticPlan('city')]));
    expect(evil).not.toContain('<script>alert');
    expect(evil).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;');
    expect((evil.match(/<script>/g) ?? []).length).toBe(1); // only the page's own filter script
  });

  it('escapeHtml escapes the five characters', () => {
    expect(escapeHtml(`<a href='x'>"&"</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;');
  });
});

describe('renderLineageText', () => {
  it('says which chain, why, the fates per level and the skip-level items', () => {
    const text = renderLineageText(lineage);
    expect(text).toContain('L1 辽宁省 (province)');
    expect(text).toContain('- chain: 辽宁省 (province) → 鞍山市 (city) → 铁东区 (district)');
    expect(text).toMatch(/辽宁省 → 铁东区 \(skip-level check\)/);
    expect(text).toMatch(/L3 铁东区\s+6\s+0\s+1\s+1\s+1/);
    expect(text).toContain('Skip-level inheritance (2)');
    expect(text).toMatch(/铁东区 1\.3 做好乡村振兴信息公开 ← 辽宁省 1\.4 inherited 0\.\d\d \(not in 鞍山市\)/);
    expect(text).toContain('✗ dropped here');
    expect(text).not.toContain('\x1b[');
  });

  it('lists unchanged chains only with all', () => {
    const short = renderLineageText(lineage);
    const all = renderLineageText(lineage, { all: true });
    expect(short).toContain('3 chains inherited unchanged at every level not listed');
    expect(all).toContain('1.1 加强助企纾困信息公开');
    expect(short).not.toContain('1.1 加强助企纾困信息公开');
    expect(renderLineageText(lineage, { color: true })).toContain('\x1b[');
  });
});
