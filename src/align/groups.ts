import { containment, type SparseVector, type Vocabulary } from '../text/vectors.js';
import type { PairScorer } from './score.js';

/** A link under construction: upper and lower item indices. */
export interface Group {
  upper: number[];
  lower: number[];
}

/** For each item of each plan, the items of the other plan it may be linked with. */
export interface Candidates {
  upper: number[][];
  lower: number[][];
}

/** What the steps of {@link growGroups} share: the links so far and which items they use. */
interface GrowContext {
  groups: Group[];
  scorer: PairScorer;
  score: (u: number, l: number) => number;
  candidates: Candidates;
  upperUsed: Set<number>;
  lowerUsed: Set<number>;
  options: GroupOptions;
}

/** Thresholds for splits and merges. */
export interface GroupOptions {
  /** Share of an extra item's text that must lie inside the item it joins. */
  partContainment: number;
  /** Minimum pair score of the extra item with the item it joins. */
  partScore: number;
  /** How much more of the joined item the group must cover once the extra item is added. */
  coverageGain: number;
  /** Share of a sentence of one item that must lie inside an item of the other plan to tie them. */
  sentenceContainment: number;
  /** How much better a sentence's best container must hold it than the next best. */
  sentenceMargin: number;
  /** Pair score at which a free item joins the link of its best match (a part left out by one-to-one assignment). */
  leftoverScore: number;
  /** How much better that match must be than the free item's next best. */
  leftoverMargin: number;
}

/** Pair score above which a 1:1 link is a near copy, and its items are not searched for parts. */
const NEAR_COPY = 0.95;

export const DEFAULT_GROUP_OPTIONS: GroupOptions = {
  partContainment: 0.6,
  partScore: 0.2,
  coverageGain: 0.08,
  sentenceContainment: 0.5,
  sentenceMargin: 0.05,
  leftoverScore: 0.25,
  leftoverMargin: 0.1,
};

/**
 * Extends one-to-one links into splits and merges. An unlinked lower item whose text lies mostly
 * inside a linked upper item, and that covers part of it the current partners do not, joins that
 * link (one requirement spread over several items: 台儿庄 splits 辽中's epidemic item into three);
 * symmetrically an unlinked upper item joins the lower item that absorbed it (a merge). An item
 * never joins two links.
 */
export function growGroups(
  groups: Group[],
  scorer: PairScorer,
  score: (u: number, l: number) => number,
  candidates: Candidates,
  options: GroupOptions = DEFAULT_GROUP_OPTIONS,
): Group[] {
  const upperUsed = new Set(groups.flatMap((g) => g.upper));
  const lowerUsed = new Set(groups.flatMap((g) => g.lower));
  const ctx: GrowContext = { groups, scorer, score, candidates, upperUsed, lowerUsed, options };
  // splits first (free lower items inside a linked upper item), then merges
  attachContained('lower', ctx);
  attachContained('upper', ctx);
  attachStrongLeftovers(ctx);
  attachBySentence('upper', ctx);
  attachBySentence('lower', ctx);
  for (const g of groups) {
    g.upper.sort((a, b) => a - b);
    g.lower.sort((a, b) => a - b);
  }
  return groups;
}

/**
 * Free items whose text lies mostly inside an item of the other plan that is already linked alone,
 * and that cover part of it its partners do not, join its link: a split when `side` is 'lower',
 * a merge when it is 'upper'.
 */
function attachContained(side: 'upper' | 'lower', ctx: GrowContext): void {
  const { groups, scorer, score, candidates, upperUsed, lowerUsed, options } = ctx;
  const other = side === 'lower' ? 'upper' : 'lower';
  const vec = (s: 'upper' | 'lower', i: number) => charsOf(scorer, s, i);
  const used = side === 'lower' ? lowerUsed : upperUsed;
  const groupOf = new Map<number, Group>();
  for (const g of groups) if (g[other].length === 1) groupOf.set(g[other][0]!, g);
  const pairScore = (i: number, j: number) => (side === 'lower' ? score(j, i) : score(i, j));
  const found: { i: number; g: Group; c: number }[] = [];
  (side === 'lower' ? scorer.lower : scorer.upper).items.forEach((_, i) => {
    if (used.has(i)) return;
    let best: { g: Group; c: number } | null = null;
    for (const j of candidates[side][i] ?? []) {
      const g = groupOf.get(j);
      if (!g) continue;
      const c = containment(vec(side, i), vec(other, j), scorer.chars);
      if (c >= options.partContainment && pairScore(i, j) >= options.partScore && (!best || c > best.c)) best = { g, c };
    }
    if (best) found.push({ i, ...best });
  });
  found.sort((a, b) => b.c - a.c || a.i - b.i);
  for (const { i, g } of found) {
    if (g[other].length !== 1) continue;
    const whole = vec(other, g[other][0]!);
    if (gain(whole, g[side].map((k) => vec(side, k)), vec(side, i), scorer.chars) < options.coverageGain) continue;
    g[side].push(i);
    used.add(i);
  }
}

/**
 * Items left out only because the assignment is one-to-one. A free item whose best match is an
 * item already linked, scoring at least `leftoverScore` with it (and clearly more than with any
 * other), and covering part of that item its partners do not, is another part of that
 * requirement: it joins the link as a split or merge.
 */
function attachStrongLeftovers(ctx: GrowContext): void {
  const { groups, scorer, score, candidates, upperUsed, lowerUsed, options } = ctx;
  const groupOfUpper = new Map<number, Group>();
  const groupOfLower = new Map<number, Group>();
  for (const g of groups) {
    for (const u of g.upper) groupOfUpper.set(u, g);
    for (const l of g.lower) groupOfLower.set(l, g);
  }
  const best = (scores: [number, number][]): { i: number; s: number; second: number } | null => {
    const sorted = scores.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return sorted[0] ? { i: sorted[0][0], s: sorted[0][1], second: sorted[1]?.[1] ?? 0 } : null;
  };
  const additions: [Group, 'upper' | 'lower', number][] = [];
  scorer.lower.items.forEach((_, l) => {
    if (lowerUsed.has(l)) return;
    const b = best((candidates.lower[l] ?? []).map((u) => [u, score(u, l)]));
    const g = b && groupOfUpper.get(b.i);
    if (g && g.upper.length === 1 && b.s >= options.leftoverScore && b.s - b.second >= options.leftoverMargin) additions.push([g, 'lower', l]);
  });
  scorer.upper.items.forEach((_, u) => {
    if (upperUsed.has(u)) return;
    const b = best((candidates.upper[u] ?? []).map((l) => [l, score(u, l)]));
    const g = b && groupOfLower.get(b.i);
    if (g && g.lower.length === 1 && b.s >= options.leftoverScore && b.s - b.second >= options.leftoverMargin) additions.push([g, 'upper', u]);
  });
  const vec = (side: 'upper' | 'lower', i: number) => charsOf(scorer, side, i);
  for (const [g, side, i] of additions) {
    // a link grows on one side only: a split or a merge, never both at once
    const other = side === 'upper' ? 'lower' : 'upper';
    if (g[other].length > 1) continue;
    // a part must bring something of the held item its partners do not already cover
    if (gain(vec(other, g[other][0]!), g[side].map((k) => vec(side, k)), vec(side, i), scorer.chars) < options.coverageGain) continue;
    g[side].push(i);
    (side === 'upper' ? upperUsed : lowerUsed).add(i);
  }
}

/**
 * Sentence-level evidence for splits and merges. A requirement spread over several items of the
 * other plan shows up sentence by sentence: each sentence of the item lies almost whole inside a
 * different item there (辽中's 加强疫情防控信息公开 → 台儿庄 （四）1, 2, 3). Each sentence's best
 * container, when free and clearly holding it, joins the item's link (or starts one).
 */
function attachBySentence(side: 'upper' | 'lower', ctx: GrowContext): void {
  const { groups, scorer, candidates, upperUsed, lowerUsed, options } = ctx;
  const own = side === 'upper' ? scorer.upper : scorer.lower;
  const otherVecs = side === 'upper' ? scorer.lowerVec : scorer.upperVec;
  const ownUsed = side === 'upper' ? upperUsed : lowerUsed;
  const otherUsed = side === 'upper' ? lowerUsed : upperUsed;
  const groupOf = new Map<number, Group>();
  for (const g of groups) for (const i of g[side]) groupOf.set(i, g);
  own.items.forEach((f, i) => {
    if (f.sentences.length < 2) return;
    const g = groupOf.get(i);
    if (g && g[side].length > 1) return;
    // an item linked to a near copy holds no sentence of another requirement
    if (g && g.upper.length === 1 && g.lower.length === 1 && ctx.score(g.upper[0]!, g.lower[0]!) >= NEAR_COPY) return;
    const cands = candidates[side][i] ?? [];
    const found: number[] = [];
    for (let k = 0; k < f.sentences.length; k++) {
      if (f.sentences[k]!.length < 8) continue;
      const vec = scorer.sentenceVector(side, i, k);
      let best = -1;
      let bestC = 0;
      let second = 0;
      for (const j of cands) {
        const c = containment(vec, otherVecs[j]!.chars, scorer.chars);
        if (c > bestC) [best, bestC, second] = [j, c, bestC];
        else if (c > second) second = c;
      }
      if (best >= 0 && bestC >= options.sentenceContainment && bestC - second >= options.sentenceMargin && !otherUsed.has(best) && !found.includes(best)) found.push(best);
    }
    if (found.length === 0) return;
    const other = side === 'upper' ? 'lower' : 'upper';
    const target = g ?? { upper: [], lower: [] };
    if (!g) {
      target[side].push(i);
      ownUsed.add(i);
      groups.push(target);
    }
    for (const j of found) {
      target[other].push(j);
      otherUsed.add(j);
    }
  });
}

/** The character-bigram vector of an item of either plan. */
function charsOf(scorer: PairScorer, side: 'upper' | 'lower', i: number): SparseVector {
  return (side === 'upper' ? scorer.upperVec : scorer.lowerVec)[i]!.chars;
}

/** How much more of `whole` the parts cover once `extra` is added (IDF-weighted bigram coverage). */
function gain(whole: SparseVector, parts: SparseVector[], extra: SparseVector, vocab: Vocabulary): number {
  const covered = (vs: SparseVector[]): number => {
    const ids = new Set<number>();
    for (const v of vs) for (const id of v.ids) ids.add(id);
    let total = 0;
    let hit = 0;
    for (const id of whole.ids) {
      const w = vocab.idf(id);
      total += w;
      if (ids.has(id)) hit += w;
    }
    return total ? hit / total : 0;
  };
  return covered([...parts, extra]) - covered(parts);
}
