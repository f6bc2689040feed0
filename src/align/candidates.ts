import type { SparseVector, Vocabulary } from '../text/vectors.js';
import type { PairScorer } from './score.js';

/** Longest posting list walked: features in more items than this say little about which item is which. */
const MAX_POSTINGS = 200;

const EMPTY: SparseVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

/** Above this many pairs, candidates are pruned through an inverted index instead of scoring all pairs. */
const ALL_PAIRS_LIMIT = 40_000;

/**
 * For each query vector, the `k` indexed vectors with the largest partial dot product over
 * features rarer than `maxDf` (features in many items say little about which item is which).
 */
function nearest(indexed: SparseVector[], queries: SparseVector[], vocab: Vocabulary, maxDf: number, k: number): number[][] {
  const postings = new Map<number, { i: number; w: number }[]>();
  indexed.forEach((v, i) => {
    v.ids.forEach((id, n) => {
      if ((vocab.df[id] ?? 0) > maxDf) return;
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push({ i, w: v.weights[n]! });
    });
  });
  const acc = new Float64Array(indexed.length);
  const seen: number[] = [];
  return queries.map((q) => {
    q.ids.forEach((id, n) => {
      const list = postings.get(id);
      if (!list) return;
      const w = q.weights[n]!;
      for (const p of list) {
        if (acc[p.i] === 0) seen.push(p.i);
        acc[p.i]! += p.w * w;
      }
    });
    const top = topK(seen, acc, k);
    for (const i of seen) acc[i] = 0;
    seen.length = 0;
    return top;
  });
}

/** The k indices with the largest scores (ties by index), by insertion into a short sorted list. */
export function topK(indices: number[], score: Float64Array, k: number): number[] {
  const top: number[] = [];
  const better = (a: number, b: number) => score[a]! > score[b]! || (score[a] === score[b] && a < b);
  for (const i of indices) {
    if (top.length === k && !better(i, top[k - 1]!)) continue;
    let at = top.length === k ? k - 1 : top.length;
    top[at] = i;
    while (at > 0 && better(top[at]!, top[at - 1]!)) {
      [top[at], top[at - 1]] = [top[at - 1]!, top[at]!];
      at--;
    }
  }
  return top;
}

/**
 * Pairs worth scoring. Small comparisons score every pair. Large ones (thousands of items a side)
 * keep, for each item of either plan, the `perItem` items of the other plan that share the most
 * weight of its rarer character bigrams, so that the cost grows with the number of items rather
 * than its square.
 */
export function candidatePairs(scorer: PairScorer, perItem = 12, paired: { upper: Set<number>; lower: Set<number> } = { upper: new Set(), lower: new Set() }): [number, number][] {
  // a pair of two items already paired as copies needs no score; a copied item still meets the free ones
  const wanted = (u: number, l: number) => !paired.upper.has(u) || !paired.lower.has(l);
  const upper = scorer.upperVec.map((v) => v.chars);
  const lower = scorer.lowerVec.map((v) => v.chars);
  const nl = lower.length;
  if (upper.length * nl <= ALL_PAIRS_LIMIT) {
    const out: [number, number][] = [];
    for (let u = 0; u < upper.length; u++) for (let l = 0; l < nl; l++) if (wanted(u, l)) out.push([u, l]);
    return out;
  }
  // a fixed cap on the postings walked per feature keeps the cost linear in the number of items
  const maxDf = Math.min(MAX_POSTINGS, Math.max(20, Math.floor(scorer.chars.documents * 0.05)));
  const keys = new Set<number>();
  const freeUpper = paired.upper.size < upper.length;
  const freeLower = paired.lower.size < nl;
  // queries only for items that can still meet a free item on the other side
  const lowerQueries = lower.map((v, l) => (!paired.lower.has(l) || freeUpper ? v : EMPTY));
  const upperQueries = upper.map((v, u) => (!paired.upper.has(u) || freeLower ? v : EMPTY));
  nearest(upper, lowerQueries, scorer.chars, maxDf, perItem).forEach((us, l) => us.forEach((u) => wanted(u, l) && keys.add(u * nl + l)));
  nearest(lower, upperQueries, scorer.chars, maxDf, perItem).forEach((ls, u) => ls.forEach((l) => wanted(u, l) && keys.add(u * nl + l)));
  return [...keys].sort((a, b) => a - b).map((key) => [Math.floor(key / nl), key % nl]);
}
