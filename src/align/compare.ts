import { BadOptionError } from '../errors.js';
import {
  COMPARISON_SCHEMA,
  type Comparison,
  type Link,
  type LinkChanges,
  type LinkStatus,
  type Relation,
  type Summary,
} from '../model/comparison.js';
import type { Plan } from '../model/plan.js';
import { compactForm } from '../text/comparable.js';
import { segmentitTokenizer, type Tokenizer } from '../text/segmenter.js';
import { joinFragments } from '../parse/clean.js';
import { candidatePairs } from './candidates.js';
import { deadlineChange, unitChange } from './changes.js';
import { textDiff, MAX_EDIT_LENGTH } from './diff.js';
import { DEFAULT_GROUP_OPTIONS, growGroups, type Candidates, type Group, type GroupOptions } from './groups.js';
import { maxWeightMatching } from './matching.js';
import { isPrepared, preparePlan, type ItemFeatures, type PreparedPlan } from './prepare.js';
import { inferRelation } from './relation.js';
import { DEFAULT_WEIGHTS, PairScorer, type ScoreComponents, type ScoreWeights } from './score.js';
import { alignSections, compareIds, structureScore, type SectionAlignment } from './sections.js';

/** Options of {@link comparePlans}; every threshold has a default tuned on the phenomena, not on one pair. */
export interface CompareOptions {
  /** Combined score at which two items are linked without further evidence (default 0.45). */
  linkThreshold?: number;
  /**
   * Lowest score at which a pair can still be linked when it is clearly the best choice of both
   * items — each prefers the other by at least `margin` over any alternative (default 0.2).
   */
  minScore?: number;
  /** Margin for {@link CompareOptions.minScore} (default 0.03). */
  margin?: number;
  /** Weights of the score components. */
  weights?: Partial<ScoreWeights>;
  /** Thresholds of split and merge detection. */
  groups?: Partial<GroupOptions>;
  /** Word tokenizer (default: segmentit). Pass e.g. `(t) => jieba.cut(t)` to use @node-rs/jieba. */
  tokenizer?: Tokenizer;
  /** Extra documents (token lists) to fit IDF on, e.g. a corpus of plans of the same kind. */
  corpus?: string[][];
  /** How the plans relate; inferred from jurisdictions and years when omitted. */
  relation?: Relation;
  /** Token edits beyond which a text diff gives up (default 400). */
  maxEditLength?: number;
}

export const DEFAULT_LINK_THRESHOLD = 0.45;
export const DEFAULT_MIN_SCORE = 0.2;
export const DEFAULT_MARGIN = 0.03;

/**
 * Aligns the items of two plans and classifies every requirement as inherited, modified, added
 * or dropped. Every item of both plans appears in exactly one link; splits and merges are one link
 * with several ids on one side; field changes (lead units, partners, deadline, moved section) are
 * reported whatever the status. Deterministic.
 *
 * Plans may be handed in prepared ({@link preparePlan}) to reuse their tokens across comparisons.
 * @example
 * const comparison = comparePlans(parsePlan(shenyang), parsePlan(liaozhong));
 * comparison.summary; // { inherited: 14, modified: 12, added: 0, dropped: 3 }
 */
export function comparePlans(upperPlan: Plan | PreparedPlan, lowerPlan: Plan | PreparedPlan, options: CompareOptions = {}): Comparison {
  const tokenizer = options.tokenizer ?? (isPrepared(upperPlan) ? upperPlan.tokenizer : segmentitTokenizer);
  const upper = isPrepared(upperPlan) && upperPlan.tokenizer === tokenizer ? upperPlan : preparePlan(isPrepared(upperPlan) ? upperPlan.plan : upperPlan, tokenizer);
  const lower = isPrepared(lowerPlan) && lowerPlan.tokenizer === tokenizer ? lowerPlan : preparePlan(isPrepared(lowerPlan) ? lowerPlan.plan : lowerPlan, tokenizer);
  const admission: Admission = {
    threshold: checkUnit('linkThreshold', options.linkThreshold ?? DEFAULT_LINK_THRESHOLD),
    minScore: checkUnit('minScore', options.minScore ?? DEFAULT_MIN_SCORE),
    margin: checkUnit('margin', options.margin ?? DEFAULT_MARGIN),
  };
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const scorer = new PairScorer(upper, lower, weights, options.corpus);

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

  const pairIndex = new Map(pairs.map((p) => [p.u * lower.items.length + p.l, p]));
  const scoreOf = (u: number, l: number): number => pairIndex.get(u * lower.items.length + l)?.score ?? 0;
  // candidate partners of each item on the other side, for sentence-level split/merge evidence
  const candidates: Candidates = { upper: upper.items.map(() => []), lower: lower.items.map(() => []) };
  for (const p of pairs) {
    if (p.score < DEFAULT_GROUP_OPTIONS.partScore) continue;
    candidates.upper[p.u]!.push(p.l);
    candidates.lower[p.l]!.push(p.u);
  }
  const groups = growGroups(
    second.map((p) => ({ upper: [p.u], lower: [p.l] })),
    scorer,
    scoreOf,
    candidates,
    { ...DEFAULT_GROUP_OPTIONS, ...options.groups },
  );

  const links = buildLinks(groups, upper, lower, sections, pairIndex, options);
  return {
    schema: COMPARISON_SCHEMA,
    relation: options.relation ?? inferRelation(upper.plan, lower.plan),
    upper: upper.plan,
    lower: lower.plan,
    links,
    sections: sections.links,
    summary: summarize(links),
  };
}

type ScoredPair = { u: number; l: number; components: ScoreComponents; score: number };

interface Admission {
  threshold: number;
  minScore: number;
  margin: number;
}

function checkUnit(name: string, value: number): number {
  if (!(value >= 0 && value <= 1)) throw new BadOptionError(`${name} must be a number between 0 and 1, got ${value}`);
  return value;
}

/**
 * Pairs that may be linked: those scoring at least the threshold, and weaker ones (down to
 * `minScore`) that both items prefer by a clear margin over every alternative — rewritten
 * requirements score low in absolute terms but still stand out from their neighbours.
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
      (p.score >= a.minScore && p.score - other(rowTop[p.u]!, p.score) >= a.margin && p.score - other(colTop[p.l]!, p.score) >= a.margin),
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

function buildLinks(
  groups: Group[],
  upper: PreparedPlan,
  lower: PreparedPlan,
  sections: SectionAlignment,
  pairIndex: Map<number, ScoredPair>,
  options: CompareOptions,
): Link[] {
  const nl = lower.items.length;
  const linkedUpper = new Set(groups.flatMap((g) => g.upper));
  const linkedLower = new Set(groups.flatMap((g) => g.lower));
  const tokenizer = options.tokenizer ?? upper.tokenizer;
  const links: { link: Link; order: [number, number] }[] = [];

  for (const g of groups) {
    const us = g.upper.map((i) => upper.items[i]!);
    const ls = g.lower.map((i) => lower.items[i]!);
    const best = g.upper
      .flatMap((u) => g.lower.map((l) => pairIndex.get(u * nl + l)))
      .filter((p): p is ScoredPair => !!p)
      .sort((a, b) => b.score - a.score)[0];
    const upperText = joined(us);
    const lowerText = joined(ls);
    const same = compactForm(upperText, upper.places) === compactForm(lowerText, lower.places);
    const status: LinkStatus = same ? 'inherited' : 'modified';
    const changes: LinkChanges = {};
    const text = textDiff(upperText, lowerText, { tokenizer, upperPlaces: upper.places, lowerPlaces: lower.places, maxEditLength: options.maxEditLength ?? MAX_EDIT_LENGTH });
    if (status === 'modified') changes.text = text;
    changes.leads = unitChange(unionOf(us, 'leads'), unionOf(ls, 'leads'), upper.places, lower.places);
    changes.partners = unitChange(unionOf(us, 'partners'), unionOf(ls, 'partners'), upper.places, lower.places);
    changes.deadline = deadlineChange(firstOf(us), firstOf(ls), upper.plan.year, lower.plan.year);
    const moved = movedChange(us[0]!, ls[0]!, sections);
    if (moved) changes.moved = moved;
    links.push({
      order: [g.upper[0]!, g.lower[0]!],
      link: {
        status,
        upper: us.map((f) => f.item.id),
        lower: ls.map((f) => f.item.id),
        score: best ? round(best.score) : null,
        components: best ? roundComponents(best.components) : null,
        changes,
      },
    });
  }
  upper.items.forEach((f, u) => {
    if (!linkedUpper.has(u)) links.push({ order: [u, -1], link: { status: 'dropped', upper: [f.item.id], lower: [], score: null, components: null, changes: {} } });
  });
  // added items go right after the link that holds the lower item before them
  const lowerIndex = new Map(lower.items.map((f, i) => [f.item.id, i]));
  const anchor = new Map<number, number>();
  for (const { link, order } of links) for (const id of link.lower) anchor.set(lowerIndex.get(id)!, order[0]);
  let lastUpper = -1;
  lower.items.forEach((f, l) => {
    if (anchor.has(l)) lastUpper = anchor.get(l)!;
    if (!linkedLower.has(l)) links.push({ order: [lastUpper + 0.5, l], link: { status: 'added', upper: [], lower: [f.item.id], score: null, components: null, changes: {} } });
  });
  links.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
  return links.map((x) => x.link);
}

function joined(items: ItemFeatures[]): string {
  return items.reduce((acc, f) => joinFragments(acc, fullText(f)), '');
}

/** An item's text with its heading, for table plans whose text does not repeat the heading. */
function fullText(f: ItemFeatures): string {
  const { heading, text } = f.item;
  return heading && !text.startsWith(heading) ? `${heading}。${text}` : text;
}

function unionOf(items: ItemFeatures[], field: 'leads' | 'partners'): string[] {
  const out: string[] = [];
  for (const f of items) for (const n of f.item[field]) if (!out.includes(n)) out.push(n);
  return out;
}

function firstOf(items: ItemFeatures[]): string | null {
  return items.find((f) => f.item.deadline)?.item.deadline ?? null;
}

function movedChange(u: ItemFeatures, l: ItemFeatures, sections: SectionAlignment): LinkChanges['moved'] | undefined {
  const su = u.sections[u.sections.length - 1];
  const sl = l.sections[l.sections.length - 1];
  if (!su || !sl) return undefined;
  const counterpart = sections.upperToLower.get(su.id);
  if (!counterpart || counterpart === sl.id) return undefined;
  const top = sections.upperToLower.get(u.sections[0]!.id);
  if (top !== undefined && top === l.sections[0]!.id && u.sections.length !== l.sections.length) return undefined;
  return { from: u.sections.map((s) => s.title), to: l.sections.map((s) => s.title) };
}

/** Counts links per status. */
export function summarize(links: Link[]): Summary {
  const s: Summary = { inherited: 0, modified: 0, added: 0, dropped: 0 };
  for (const l of links) s[l.status]++;
  return s;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function roundComponents(c: ScoreComponents): ScoreComponents {
  return {
    words: round(c.words),
    chars: round(c.chars),
    containment: round(c.containment),
    heading: c.heading === null ? null : round(c.heading),
    structure: c.structure,
    order: round(c.order),
  };
}

export { compareIds };
