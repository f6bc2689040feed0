import { BadOptionError } from '../errors.js';
import type { Plan } from '../model/plan.js';
import { segmentitTokenizer, type Tokenizer } from '../text/segmenter.js';
import { candidatePairs } from './candidates.js';
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
  const scorer = new PairScorer(upper, lower, { ...DEFAULT_WEIGHTS, ...options.weights }, options.corpus);

  // score candidate pairs on their text
  const pairs = candidatePairs(scorer).map(([u, l]) => ({ u, l, components: scorer.components(u, l), score: 0 }));
  for (const p of pairs) p.score = scorer.combine(p.components);

  // first pass without structure, to learn which sections correspond; second pass with it
  const first = assign(pairs, upper.items.length, lower.items.length, admission);
  const sections = alignSections(upper, lower, first);
  for (const p of pairs) {
    p.components.structure = structureScore(upper.items[p.u]!.sections, lower.items[p.l]!.sections, sections);
    p.score = scorer.combine(p.components);
  }
  const second = assign(pairs, upper.items.length, lower.items.length, admission);

  const nl = lower.items.length;
  const pairIndex = new Map(pairs.map((p) => [p.u * nl + p.l, p]));
  const scoreOf = (u: number, l: number): number => pairIndex.get(u * nl + l)?.score ?? 0;
  // candidate partners of each item on the other side, for sentence-level split/merge evidence
  const candidates: Candidates = { upper: upper.items.map(() => []), lower: lower.items.map(() => []) };
  for (const p of pairs) {
    if (p.score < groupOptions.partScore) continue;
    candidates.upper[p.u]!.push(p.l);
    candidates.lower[p.l]!.push(p.u);
  }
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

interface Admission {
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
 * share something beyond the heading — rewritten requirements score low in absolute terms but
 * still stand out from their neighbours.
 */
function admissible(pairs: ScoredPair[], rows: number, cols: number, a: Admission): ScoredPair[] {
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
        p.score - other(rowTop[p.u]!, p.score) >= a.margin &&
        p.score - other(colTop[p.l]!, p.score) >= a.margin),
  );
}

function assign(pairs: ScoredPair[], rows: number, cols: number, admission: Admission): ScoredPair[] {
  const eligible = admissible(pairs, rows, cols, admission);
  const match = maxWeightMatching(
    rows,
    cols,
    eligible.map((p) => ({ row: p.u, col: p.l, weight: p.score })),
  );
  const byKey = new Map(eligible.map((p) => [p.u * cols + p.l, p]));
  return match.flatMap((l, u) => (l >= 0 ? [byKey.get(u * cols + l)!] : []));
}

