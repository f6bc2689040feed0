import { describe, expect, it } from 'vitest';
import { maxWeightMatching } from '../../src/align/matching.js';
import { topK } from '../../src/align/candidates.js';
import { prng } from '../../scripts/lib/prng.js';

/** Exhaustive optimum of a small instance. */
function bruteForce(weights: number[][]): number {
  const rows = weights.length;
  const cols = weights[0]?.length ?? 0;
  let best = 0;
  const visit = (r: number, used: Set<number>, total: number): void => {
    if (r === rows) {
      best = Math.max(best, total);
      return;
    }
    visit(r + 1, used, total);
    for (let c = 0; c < cols; c++) {
      if (used.has(c) || weights[r]![c]! <= 0) continue;
      used.add(c);
      visit(r + 1, used, total + weights[r]![c]!);
      used.delete(c);
    }
  };
  visit(0, new Set(), 0);
  return best;
}

describe('maximum-weight matching', () => {
  it('finds the global optimum, not the greedy one', () => {
    // greedy takes (0,0)=0.9 and is left with 0.1; the optimum pairs (0,1)+(1,0) = 1.6
    const match = maxWeightMatching(2, 2, [
      { row: 0, col: 0, weight: 0.9 },
      { row: 0, col: 1, weight: 0.8 },
      { row: 1, col: 0, weight: 0.8 },
      { row: 1, col: 1, weight: 0.1 },
    ]);
    expect(match).toEqual([1, 0]);
  });

  it('matches the exhaustive optimum on 2,000 random sparse instances', () => {
    const rnd = prng(42);
    for (let t = 0; t < 2000; t++) {
      const rows = 1 + Math.floor(rnd() * 6);
      const cols = 1 + Math.floor(rnd() * 6);
      const weights = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (rnd() < 0.5 ? Math.round(rnd() * 100) / 100 : 0)));
      const edges = weights.flatMap((row, r) => row.flatMap((weight, c) => (weight > 0 ? [{ row: r, col: c, weight }] : [])));
      const match = maxWeightMatching(rows, cols, edges);
      const used = match.filter((c) => c >= 0);
      expect(new Set(used).size).toBe(used.length);
      const total = match.reduce((s, c, r) => s + (c >= 0 ? weights[r]![c]! : 0), 0);
      expect(total).toBeCloseTo(bruteForce(weights), 9);
    }
  });

  it('leaves rows unmatched rather than use non-positive edges', () => {
    expect(maxWeightMatching(2, 1, [{ row: 0, col: 0, weight: 0 }, { row: 1, col: 0, weight: -1 }])).toEqual([-1, -1]);
  });
});

describe('top-k selection', () => {
  it('returns the k best in order, ties by index', () => {
    const score = Float64Array.from([0.1, 0.5, 0.5, 0.9, 0.2]);
    expect(topK([0, 1, 2, 3, 4], score, 3)).toEqual([3, 1, 2]);
    expect(topK([4, 0], score, 3)).toEqual([4, 0]);
  });
});
