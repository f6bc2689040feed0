import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/align/compare.js';
import type { Comparison } from '../../src/model/comparison.js';
import { linkSides } from '../../src/report/comparison/diff-sides.js';
import { displayText, indexComparison } from '../../src/report/comparison/lookup.js';
import { SEEDS, seedPlan } from '../helpers.js';
import { hostileComparison, seedComparison } from './fixtures.js';

function expectSidesSpellItems(c: Comparison): number {
  const idx = indexComparison(c);
  let multi = 0;
  for (const link of c.links) {
    const sides = linkSides(link, idx);
    expect(sides.diffed).toBe(Boolean(link.changes.text && !link.changes.text.truncated));
    expect(sides.upper.map((v) => v.item.id)).toEqual(link.upper);
    expect(sides.lower.map((v) => v.item.id)).toEqual(link.lower);
    for (const v of [...sides.upper, ...sides.lower]) expect(v.pieces.map((p) => p.text).join('')).toBe(displayText(v.item));
    if (sides.diffed && link.upper.length + link.lower.length > 2) multi++;
  }
  return multi;
}

describe('linkSides', () => {
  it('cuts every diff of the seed comparison back into its items, text intact', () => {
    expectSidesSpellItems(seedComparison());
  });

  it('gives each item of a split or merge its own share of the diff', () => {
    const multi = expectSidesSpellItems(comparePlans(seedPlan(SEEDS.liaozhong2022), seedPlan(SEEDS.taierzhuang2022)));
    expect(multi).toBeGreaterThan(0);
    expectSidesSpellItems(hostileComparison());
  });

  it('keeps the whitespace of changed text', () => {
    const c = hostileComparison();
    const link = c.links.find((l) => l.status === 'modified')!;
    const changed = linkSides(link, indexComparison(c)).lower[0]!.pieces.filter((p) => p.kind === 'changed').map((p) => p.text).join('');
    expect(changed).toContain('img src=x onerror=');
  });

  it('marks only the characters that differ in format and adaptation spans', () => {
    const c = seedComparison();
    const link = c.links.find((l) => l.upper[0] === '1.1.3')!;
    const lower = linkSides(link, indexComparison(c)).lower[0]!.pieces;
    const quiet = lower.filter((p) => p.kind === 'format' || p.kind === 'adaptation');
    expect(quiet.length).toBeGreaterThan(0);
    for (const p of quiet) {
      expect(p.text).not.toBe(p.other);
      expect(p.text.length).toBeLessThanOrEqual(3);
    }
    expect(quiet.map((p) => p.text)).toContain('，');
  });
});
