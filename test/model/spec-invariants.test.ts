import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/align/compare.js';
import type { Comparison } from '../../src/model/comparison.js';
import { planItems } from '../../src/model/walk.js';
import { seedPlan, SEEDS } from '../helpers.js';

/** The invariants docs/spec.md states for the parts of a link, checked on the seed pairs. */
const PAIRS = [
  ['Shenyang → Liaozhong', SEEDS.shenyang2022, SEEDS.liaozhong2022],
  ['Shenyang → Chaoyang', SEEDS.shenyang2022, SEEDS.chaoyang2022],
  ['Liaozhong → Tai’erzhuang', SEEDS.liaozhong2022, SEEDS.taierzhuang2022],
  ['Shenyang 2018 → 2022', SEEDS.shenyang2018, SEEDS.shenyang2022],
] as const;

function violations(c: Comparison): string[] {
  const upper = new Map(planItems(c.upper).map((i) => [i.id, i.text]));
  const lower = new Map(planItems(c.lower).map((i) => [i.id, i.text]));
  const out: string[] = [];
  for (const l of c.links) {
    const name = `${l.status} ${l.upper.join('+')}→${l.lower.join('+')}`;
    const unlinked = l.status === 'added' || l.status === 'dropped';
    if ((l.components === null) !== (l.score === null)) out.push(`${name}: components and score disagree on null`);
    if ((l.status === 'modified') !== !!l.extent) out.push(`${name}: extent on a link that is not modified, or missing`);
    if (unlinked !== !!l.explanation) out.push(`${name}: explanation on a linked item, or missing`);
    if (l.status === 'modified' && !l.changes.text) out.push(`${name}: modified without a text change`);
    const text = l.changes.text;
    if (text) {
      if (text.spans.map((s) => s.upper).join('') !== l.upper.map((id) => upper.get(id)).join('')) out.push(`${name}: upper pieces are not the upper text`);
      if (text.spans.map((s) => s.lower).join('') !== l.lower.map((id) => lower.get(id)).join('')) out.push(`${name}: lower pieces are not the lower text`);
    }
    const ob = l.changes.obligation;
    if (ob) {
      const directions = new Set(ob.clauses.map((x) => x.direction));
      if ((ob.direction === 'mixed') !== directions.size > 1) out.push(`${name}: mixed is not "clauses both ways"`);
      if (ob.direction !== 'mixed' && !directions.has(ob.direction)) out.push(`${name}: direction ${ob.direction} not in its clauses`);
    }
    const e = l.extent;
    if (e && [e.score, e.upperCovered, e.lowerCovered, ...(e.parts ?? []).map((p) => p.covered)].some((v) => !(v >= 0 && v <= 1))) out.push(`${name}: extent outside 0..1`);
  }
  return out;
}

describe('the invariants of docs/spec.md', () => {
  it.each(PAIRS)('hold for %s', (_, a, b) => {
    const c = comparePlans(seedPlan(a), seedPlan(b));
    expect(c.links.some((l) => l.status === 'modified')).toBe(true);
    expect(violations(c)).toEqual([]);
  });

  it('are checked: a broken comparison is caught', () => {
    const c = comparePlans(seedPlan(SEEDS.shenyang2022), seedPlan(SEEDS.liaozhong2022));
    const modified = c.links.find((l) => l.status === 'modified')!;
    delete modified.extent;
    modified.changes.text!.spans[0]!.upper += '多';
    expect(violations(c)).toHaveLength(2);
  });
});
