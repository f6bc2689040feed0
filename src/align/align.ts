import { BadOptionError } from '../errors.js';
import type { Plan } from '../model/plan.js';
import { segmentitTokenizer, type Tokenizer } from '../text/segmenter.js';
import { candidatePairs } from './candidates.js';
import type { Genre } from './genre.js';
import { DEFAULT_GROUP_OPTIONS, growGroups, type Candidates, type GroupOptions } from './groups.js';
import { maxWeightMatching } from './matching.js';
import { ensurePrepared, isPrepared, type PreparedPlan } from './prepare.js';
import { DEFAULT_WEIGHTS, PairScorer, type ScoreComponents, type ScoreWeights } from './score.js';
import { alignSections, structureScore, type SectionAlignment } from './sections.js';

/** Options of {@link alignPlans}; every threshold has a default tuned on the phenomena, not on one pair. */
export interface AlignOptions {
  /** Combined score at which two items are linked without further evidence (default 0.4). */
  linkThreshold?: number;
  /**
   * Lowest score at which a pair can still be linked when it is clearly the best choice of both
   * items — each prefers the other by at least `margin` over any alternative (default 0.16).
   */
  minScore?: number;
  /** Margin for {@link AlignOptions.minScore} (default 0.02). */
  margin?: number;
  /**
   * Text a pair admitted below `linkThreshold` must share beyond its heading, section and
   * position: its character-bigram cosine or containment at least this (default 0.1). Two items
   * that share only a heading pattern and the plan's topic words (做好…民生…信息公开) are a dropped
   * and an added requirement, not one rewritten.
   */
  textFloor?: number;
  /** Weights of the score components. */
  weights?: Partial<ScoreWeights>;
  /** Thresholds of split and merge detection. */
  groups?: Partial<GroupOptions>;
  /** Word tokenizer (default: segmentit). Pass e.g. `(t) => jieba.cut(t)` to use @node-rs/jieba. */
  tokenizer?: Tokenizer;
  /** Extra documents (token lists) to fit IDF on, e.g. a corpus of plans of the same kind. */
  corpus?: string[][];
  /**
   * What plans of this kind say year after year ({@link learnGenre} over plans of at least 8
   * years): words and bigrams used in most years weigh less, so that genre wording
   * (加强…信息公开, 做好…工作) does not link two requirements. Without it, only the pair's own IDF
   * discounts them.
   */
  genre?: Genre;
}

/** Default of {@link AlignOptions.linkThreshold}. */
export const DEFAULT_LINK_THRESHOLD = 0.4;
/** Default of {@link AlignOptions.minScore}. */
export const DEFAULT_MIN_SCORE = 0.16;
/** Default of {@link AlignOptions.margin}. */
export const DEFAULT_MARGIN = 0.02;
/** Default of {@link AlignOptions.textFloor}. */
export const DEFAULT_TEXT_FLOOR = 0.1;

/** Items of the two plans that express one requirement, by index into the prepared plans' items. */
export interface AlignedGroup {
  upper: number[];
  lower: number[];
  /** Best pair score inside the group. */
  score: number;
  components: ScoreComponents;
}

/** The result of aligning two plans, before classification. */
export interface Alignment {
  upper: PreparedPlan;
  lower: PreparedPlan;
  groups: AlignedGroup[];
  sections: SectionAlignment;
  /** For each item of each plan, its best-scoring item of the other plan (null when none shares its words). */
  nearest?: { upper: (NearestPair | null)[]; lower: (NearestPair | null)[] };
  /** The admission thresholds the alignment used, to explain what was left unlinked. */
  admission?: Admission;
}

/** An item's best candidate on the other side, by index into the other prepared plan. */
export interface NearestPair {
  other: number;
  score: number;
  components: ScoreComponents;
  /** The best score of the other item with any item but this one (how contested the candidate is). */
  margin: number;
  /** Whether the two headings overlap only in wording most headings of the pair use (做好…信息公开). */
  genreHeadings?: boolean;
}

/**
 * Aligns the items of two plans: scores candidate pairs, finds the globally optimal one-to-one
 * assignment (twice: the first pass tells which sections correspond, the second rewards items
 * under corresponding sections), then grows links into splits and merges. Items in no group are
 * added or dropped.
 * @example
 * const alignment = alignPlans(parsePlan(cityText), parsePlan(districtText));
 * alignment.groups.length; // linked requirements
 */
export function alignPlans(upperPlan: Plan | PreparedPlan, lowerPlan: Plan | PreparedPlan, options: AlignOptions = {}): Alignment {
  const tokenizer = options.tokenizer ?? (isPrepared(upperPlan) ? upperPlan.tokenizer : segmentitTokenizer);
  const upper = ensurePrepared(upperPlan, tokenizer);
  const lower = ensurePrepared(lowerPlan, tokenizer);
  const admission: Admission = {
    threshold: checkUnit('linkThreshold', options.linkThreshold ?? DEFAULT_LINK_THRESHOLD),
    minScore: checkUnit('minScore', options.minScore ?? DEFAULT_MIN_SCORE),
    margin: checkUnit('margin', options.margin ?? DEFAULT_MARGIN),
    textFloor: checkUnit('textFloor', options.textFloor ?? DEFAULT_TEXT_FLOOR),
  };
  const groupOptions = { ...DEFAULT_GROUP_OPTIONS, ...options.groups };
  const scorer = new PairScorer(upper, lower, { ...DEFAULT_WEIGHTS, ...options.weights }, options.corpus, options.genre);

  // the same text on both sides is the same requirement: pair copies first, in document order,
  // so repeated texts, empty items and whole identical plans pair one to one without search
  const exact = exactPairs(upper, lower);
  const matchedUpper = new Set(exact.map(([u]) => u));
  const matchedLower = new Set(exact.map(([, l]) => l));
  const exactKeys = new Set(exact.map(([u, l]) => u * lower.items.length + l));

  // score candidate pairs on their text: every pair with a free item (a free item may still be a
  // part of a copied one), plus the copies themselves
  const topicOf = (u: number, l: number) => scorer.headingsShareTopic(u, l);
  const pairs = [...candidatePairs(scorer, 12, { upper: matchedUpper, lower: matchedLower }), ...exact].map(([u, l]) => ({ u, l, components: scorer.components(u, l), score: 0 }));
  for (const p of pairs) p.score = scorer.combine(p.components);
  const exactScored = pairs.filter((p) => exactKeys.has(p.u * lower.items.length + p.l));
  const free = pairs.filter((p) => !matchedUpper.has(p.u) && !matchedLower.has(p.l));
  const assign = (candidates: ScoredPair[]) => [...exactScored, ...assignFree(candidates, upper.items.length, lower.items.length, admission, topicOf)];

  // first pass without structure, to learn which sections correspond; second pass with it
  const first = assign(free);
  const sections = alignSections(upper, lower, first);
  for (const p of pairs) {
    p.components.structure = structureScore(upper.items[p.u]!.sections, lower.items[p.l]!.sections, sections);
    p.score = scorer.combine(p.components);
  }
  const second = assign(free);

  const nl = lower.items.length;
  const pairIndex = new Map(pairs.map((p) => [p.u * nl + p.l, p]));
  const scoreOf = (u: number, l: number): number => pairIndex.get(u * nl + l)?.score ?? 0;
  // candidate partners of each item on the other side, for sentence-level split/merge evidence
  const candidates = candidatesOf(pairs, upper.items.length, lower.items.length, groupOptions.partScore);
  const groups = growGroups(
    second.map((p) => ({ upper: [p.u], lower: [p.l] })),
    scorer,
    scoreOf,
    candidates,
    groupOptions,
  );
  return {
    upper,
    lower,
    sections,
    admission,
    nearest: withGenreHeadings(nearestPairs(pairs, upper.items.length, lower.items.length), topicOf),
    groups: groups.map((g) => {
      const best = g.upper
        .flatMap((u) => g.lower.map((l) => pairIndex.get(u * nl + l)))
        .filter((p): p is ScoredPair => !!p)
        .sort((a, b) => b.score - a.score)[0] ?? { score: 0, components: scorer.components(g.upper[0]!, g.lower[0]!) };
      return { upper: g.upper, lower: g.lower, score: best.score, components: best.components };
    }),
  };
}


type ScoredPair = { u: number; l: number; components: ScoreComponents; score: number };

/** Each item's candidate partners on the other side: the pairs scoring at least `partScore`. */
function candidatesOf(pairs: ScoredPair[], rows: number, cols: number, partScore: number): Candidates {
  const candidates: Candidates = { upper: Array.from({ length: rows }, () => []), lower: Array.from({ length: cols }, () => []) };
  for (const p of pairs) {
    if (p.score < partScore) continue;
    candidates.upper[p.u]!.push(p.l);
    candidates.lower[p.l]!.push(p.u);
  }
  return candidates;
}

/** Each item's best pair, with the margin by which it beats the item's second best. */
function nearestPairs(pairs: ScoredPair[], rows: number, cols: number): { upper: (NearestPair | null)[]; lower: (NearestPair | null)[] } {
  const top = (n: number) => Array.from({ length: n }, () => ({ best: null as ScoredPair | null, second: 0 }));
  const up = top(rows);
  const low = top(cols);
  const push = (t: { best: ScoredPair | null; second: number }, p: ScoredPair) => {
    if (!t.best || p.score > t.best.score) {
      t.second = t.best?.score ?? 0;
      t.best = p;
    } else if (p.score > t.second) t.second = p.score;
  };
  for (const p of pairs) {
    push(up[p.u]!, p);
    push(low[p.l]!, p);
  }
  return {
    upper: up.map((t) => (t.best && t.best.score > 0 ? { other: t.best.l, score: t.best.score, components: t.best.components, margin: t.best.score - t.second } : null)),
    lower: low.map((t) => (t.best && t.best.score > 0 ? { other: t.best.u, score: t.best.score, components: t.best.components, margin: t.best.score - t.second } : null)),
  };
}

/** Marks the nearest pairs whose headings share only the genre's wording (see {@link NearestPair.genreHeadings}). */
function withGenreHeadings(nearest: ReturnType<typeof nearestPairs>, topicOf: (u: number, l: number) => boolean | null): ReturnType<typeof nearestPairs> {
  nearest.upper.forEach((n, u) => n && topicOf(u, n.other) === false && (n.genreHeadings = true));
  nearest.lower.forEach((n, l) => n && topicOf(n.other, l) === false && (n.genreHeadings = true));
  return nearest;
}

/** The thresholds a pair must pass to be linked (see {@link AlignOptions}). */
export interface Admission {
  threshold: number;
  minScore: number;
  margin: number;
  textFloor: number;
}

function checkUnit(name: string, value: number): number {
  if (!(value >= 0 && value <= 1)) throw new BadOptionError(`${name} must be a number between 0 and 1, got ${value}`);
  return value;
}

/**
 * Pairs that may be linked: those scoring at least the threshold, and weaker ones (down to
 * `minScore`) that both items prefer by a clear margin over every alternative and whose texts
 * share something beyond the heading, and whose headings, if they overlap, share more than the
 * genre's wording — rewritten requirements score low in absolute terms but still stand out from
 * their neighbours.
 */
function admissible(pairs: ScoredPair[], rows: number, cols: number, a: Admission, topicOf: (u: number, l: number) => boolean | null): ScoredPair[] {
  const best = (n: number) => Array.from({ length: n }, () => [0, 0] as [number, number]); // top two scores
  const rowTop = best(rows);
  const colTop = best(cols);
  const push = (top: [number, number], s: number) => {
    if (s > top[0]) [top[0], top[1]] = [s, top[0]];
    else if (s > top[1]) top[1] = s;
  };
  for (const p of pairs) {
    push(rowTop[p.u]!, p.score);
    push(colTop[p.l]!, p.score);
  }
  const other = (top: [number, number], s: number) => (s >= top[0] ? top[1] : top[0]);
  return pairs.filter(
    (p) =>
      p.score >= a.threshold ||
      (p.score >= a.minScore &&
        Math.max(p.components.chars, p.components.containment) >= a.textFloor &&
        // headings that share only the genre's wording (做好…信息公开) are no evidence of one requirement
        topicOf(p.u, p.l) !== false &&
        p.score - other(rowTop[p.u]!, p.score) >= a.margin &&
        p.score - other(colTop[p.l]!, p.score) >= a.margin),
  );
}

/**
 * Items whose comparable texts are equal, paired in document order (the k-th copy above with the
 * k-th below). An item with no text (only a unit parenthesis, or punctuation) is keyed by its
 * units and deadline instead.
 */
function exactPairs(upper: PreparedPlan, lower: PreparedPlan): [number, number][] {
  const key = (f: PreparedPlan['items'][number]) =>
    f.compact ? `t:${f.compact}` : `m:${f.item.leads.join('、')}|${f.item.partners.join('、')}|${f.item.deadline ?? ''}|${f.headingCompact}`;
  const waiting = new Map<string, number[]>();
  upper.items.forEach((f, u) => {
    const k = key(f);
    const list = waiting.get(k);
    if (list) list.push(u);
    else waiting.set(k, [u]);
  });
  const out: [number, number][] = [];
  const next = new Map<string, number>();
  lower.items.forEach((f, l) => {
    const k = key(f);
    const list = waiting.get(k);
    const at = next.get(k) ?? 0;
    if (list && at < list.length) {
      out.push([list[at]!, l]);
      next.set(k, at + 1);
    }
  });
  return out;
}

function assignFree(pairs: ScoredPair[], rows: number, cols: number, admission: Admission, topicOf: (u: number, l: number) => boolean | null): ScoredPair[] {
  const eligible = admissible(pairs, rows, cols, admission, topicOf);
  const match = maxWeightMatching(
    rows,
    cols,
    eligible.map((p) => ({ row: p.u, col: p.l, weight: p.score })),
  );
  const byKey = new Map(eligible.map((p) => [p.u * cols + p.l, p]));
  return match.flatMap((l, u) => (l >= 0 ? [byKey.get(u * cols + l)!] : []));
}

