import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/align/compare.js';
import type { Item, Plan, Section } from '../../src/model/plan.js';
import { planItems, planSections, sectionPaths } from '../../src/model/walk.js';
import { renderCsv, renderHtml, renderJson, renderMarkdown, renderText } from '../../src/index.js';
import { stringifyJson } from '../../src/model/json-text.js';
import { pathLabel } from '../../src/report/comparison/link-sections.js';
import { sanitizeDeep } from '../../src/report/common/sanitize.js';
import { plan } from '../report/fixtures.js';

const DEPTH = Number(process.env.DEEP_PLAN_DEPTH ?? 3000);

/** A plan of `depth` nested sections, each with one item beside the next section; built in memory. */
function deepPlan(depth: number, title: string, wording: (d: number) => string): Plan {
  let children: Section[] = [];
  for (let d = depth; d >= 1; d--) {
    const item: Item = { kind: 'item', id: `${d}.i`, marker: '1.', heading: '', text: wording(d), leads: ['市政府办公室'], partners: [], deadline: null, tasks: [], line: d * 2 + 1 };
    const section: Section = { kind: 'section', id: `${d}`, marker: '一、', title: `第${d}层工作`, intro: '', children: [item, ...children], line: d * 2 };
    children = [section];
  }
  return plan(title, '', 'district', children, { jurisdiction: { name: null, level: null, parent: null }, year: 2024, date: null });
}

const upper = deepPlan(DEPTH, '某省2024年政务公开工作要点', (d) => `推进第${d}项政务公开工作，做好信息发布。`);
// the same items at every level, but the deepest one says more
const lower = deepPlan(DEPTH, '某市2024年政务公开工作要点', (d) => `推进第${d}项政务公开工作，做好信息发布。${d === DEPTH ? '同步做好政策解读和回应关切，每季度通报一次。' : ''}`);

describe(`a plan ${DEPTH} sections deep, built in memory`, () => {
  it('is walked without recursion: every item and section, in document order', () => {
    const items = planItems(upper);
    expect(items.length).toBe(DEPTH);
    expect(items[0]!.id).toBe('1.i');
    expect(items[DEPTH - 1]!.id).toBe(`${DEPTH}.i`);
    expect(planSections(upper).map((s) => s.id).slice(0, 3)).toEqual(['1', '2', '3']);
    const path = sectionPaths(upper).get(`${DEPTH}.i`)!;
    expect(path.length).toBe(DEPTH);
    expect(path[0]!.id).toBe('1');
  });

  it('compares and renders in every format without a stack overflow', async () => {
    const c = comparePlans(upper, lower);
    // each item linked to its own level: inherited, the deepest modified
    expect(c.links.length).toBe(DEPTH);
    expect(c.links.every((l) => l.upper.length === 1 && l.lower.length === 1 && l.upper[0] === l.lower[0])).toBe(true);
    expect(c.links.filter((l) => l.status !== 'inherited').map((l) => [l.upper[0], l.status])).toEqual([[`${DEPTH}.i`, 'modified']]);

    expect(JSON.parse(renderJson(c)).links.length).toBe(c.links.length);
    expect(renderText(c)).toContain('同步做好政策解读和回应关切');
    expect(renderMarkdown(c)).toContain('同步做好政策解读和回应关切');
    expect(renderHtml(c)).toContain('同步做好政策解读和回应关切');
    expect(renderCsv(c).split('\n').filter((l) => l.trim()).length).toBeGreaterThan(DEPTH);
  });
});

describe('the walks under the reports, on data deeper than the call stack', () => {
  /** [[[…['x']…]]] nested `depth` arrays deep */
  const nested = (depth: number, leaf: unknown) => {
    let v: unknown = leaf;
    for (let d = 0; d < depth; d++) v = [v];
    return v;
  };

  it('stringifyJson writes what JSON.stringify writes, and past its depth the same data', () => {
    const small = { a: [1, 'x', null, undefined, { b: true, c: undefined }], d: {}, e: [], f: Number.NaN };
    expect(stringifyJson(small, 2)).toBe(JSON.stringify(small, null, 2));
    expect(stringifyJson(small)).toBe(JSON.stringify(small));
    expect(() => JSON.stringify(nested(20_000, 'x'))).toThrow(RangeError);
    const text = stringifyJson(nested(20_000, 'x'));
    expect(text).toBe(`${'['.repeat(20_000)}"x"${']'.repeat(20_000)}`);
    // indented: the indentation stops growing after 64 levels, so the text stays linear in size
    const indented = stringifyJson(nested(20_000, 'x'), 2);
    expect(indented.length).toBeLessThan(20_000 * 2 * (2 * 64 + 2));
    expect(indented.replace(/\s+/g, '')).toBe(text);
  });

  it('sanitizeDeep reaches a control character 20,000 levels down, copying only the spine', () => {
    const clean = sanitizeDeep(nested(20_000, 'a\u001b[2Jb')) as unknown[];
    let v: unknown = clean;
    for (let d = 0; d < 20_000; d++) v = (v as unknown[])[0];
    expect(v).toBe('a␛[2Jb');
    const untouched = nested(20_000, 'plain');
    expect(sanitizeDeep(untouched)).toBe(untouched);
  });

  it('names at most 8 sections of a path: the outer 4, …, the inner 4', () => {
    const path = Array.from({ length: 10 }, (_, i) => ({ kind: 'section' as const, id: `${i + 1}`, marker: `${i + 1}.`, title: `第${i + 1}层`, intro: '', children: [], line: 1 }));
    expect(pathLabel(path)).toBe('1.第1层 › 2.第2层 › 3.第3层 › 4.第4层 › … › 7.第7层 › 8.第8层 › 9.第9层 › 10.第10层');
    expect(pathLabel(path.slice(0, 8))).toBe('1.第1层 › 2.第2层 › 3.第3层 › 4.第4层 › 5.第5层 › 6.第6层 › 7.第7层 › 8.第8层');
  });
});
