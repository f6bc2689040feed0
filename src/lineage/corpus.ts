import { comparePlans, type CompareOptions } from '../align/compare.js';
import type { PreparedPlan } from '../align/prepare.js';
import type { Comparison } from '../model/comparison.js';
import {
  CORPUS_SCHEMA,
  CORPUS_STATUS_LETTERS,
  type CorpusFailure,
  type CorpusItemRow,
  type CorpusPlanResult,
  type CorpusResult,
  type CorpusStatus,
} from '../model/lineage.js';
import type { Plan } from '../model/plan.js';
import { planItems } from '../model/walk.js';

const LETTER_STATUS: Record<string, CorpusStatus> = { i: 'inherited', m: 'modified', d: 'dropped' };

/**
 * The status of upper item `k` in a corpus plan result.
 * @example corpusStatusAt(result, 0) // → 'inherited'
 */
export function corpusStatusAt(result: CorpusPlanResult, k: number): CorpusStatus {
  return LETTER_STATUS[result.statuses[k] ?? 'd'] ?? 'dropped';
}

/**
 * Reduces a comparison to what corpus mode keeps: per upper item its status (one letter), counts
 * of upper items per status, the lower plan's added items and its inheritance rate
 * ((inherited + modified) / upper items). Counting upper items rather than links keeps splits and
 * merges from counting twice.
 * @example
 * const r = corpusPlanResultOf(comparePlans(upper, lower), { index: 0, source: 'a.txt' });
 * r.inheritanceRate; // → 0.9
 */
export function corpusPlanResultOf(comparison: Comparison, at: { index: number; source?: string | null }): CorpusPlanResult {
  const upperItems = planItems(comparison.upper);
  const order = new Map(upperItems.map((item, k) => [item.id, k]));
  const letters = upperItems.map(() => CORPUS_STATUS_LETTERS.dropped);
  const counts = { inherited: 0, modified: 0, dropped: 0, added: 0 };
  for (const link of comparison.links) {
    if (link.status === 'added') {
      counts.added += link.lower.length;
      continue;
    }
    for (const id of link.upper) letters[order.get(id)!] = CORPUS_STATUS_LETTERS[link.status];
  }
  for (const letter of letters) counts[LETTER_STATUS[letter]!]++;
  const lower = comparison.lower;
  return {
    index: at.index,
    source: at.source ?? lower.source ?? `#${at.index + 1}`,
    title: lower.title,
    jurisdiction: lower.jurisdiction,
    year: lower.year,
    relation: comparison.relation,
    items: planItems(lower).length,
    counts,
    inheritanceRate: upperItems.length ? round((counts.inherited + counts.modified) / upperItems.length) : 0,
    statuses: letters.join(''),
  };
}

/**
 * Compares one lower plan with the (prepared) upper plan and keeps only the corpus result, so the
 * comparison and the lower plan can be garbage-collected at once.
 * @example
 * const upper = preparePlan(shenyang);
 * const r = compareForCorpus(upper, liaozhong, { index: 0 });
 * r.counts; // → { inherited: 14, modified: 12, dropped: 3, added: 0 }
 */
export function compareForCorpus(upper: PreparedPlan, lower: Plan | PreparedPlan, at: { index: number; source?: string | null }, options: CompareOptions = {}): CorpusPlanResult {
  return corpusPlanResultOf(comparePlans(upper, lower, { ...options, tokenizer: options.tokenizer ?? upper.tokenizer }), at);
}

/**
 * Streams corpus results into the diffusion table: add plan results (and failures) in any order as
 * they come; memory holds only the counters and the small per-plan results, never plans or
 * comparisons. `result()` sorts plans by input index, so the output does not depend on which
 * worker finished first.
 * @example
 * const agg = new CorpusAggregator(upperPlan);
 * for (const lower of lowers) agg.add(compareForCorpus(prepared, lower, { index: i++ }));
 * agg.result().items[0]; // → { id: '1.1.1', inherited: 412, modified: 60, dropped: 28, … }
 */
export class CorpusAggregator {
  private readonly upper: Plan;
  private readonly rows: CorpusItemRow[];
  private readonly plans: CorpusPlanResult[] = [];
  private readonly failures: CorpusFailure[] = [];
  private readonly totals = { inherited: 0, modified: 0, dropped: 0, added: 0 };

  constructor(upper: Plan) {
    this.upper = upper;
    this.rows = planItems(upper).map((item) => ({ id: item.id, marker: item.marker, heading: item.heading || item.text.slice(0, 40), inherited: 0, modified: 0, dropped: 0, adoptionRate: 0 }));
  }

  /** Plans compared so far. */
  get compared(): number {
    return this.plans.length;
  }

  /** Plans that failed so far. */
  get failed(): number {
    return this.failures.length;
  }

  /** Adds one plan's result. */
  add(result: CorpusPlanResult): void {
    if (result.statuses.length !== this.rows.length) {
      throw new Error(`corpus result for ${result.source} has ${result.statuses.length} statuses, the upper plan ${this.rows.length} items`);
    }
    this.plans.push(result);
    for (let k = 0; k < this.rows.length; k++) this.rows[k]![corpusStatusAt(result, k)]++;
    for (const s of ['inherited', 'modified', 'dropped', 'added'] as const) this.totals[s] += result.counts[s];
  }

  /** Records a plan that could not be compared. */
  fail(failure: CorpusFailure): void {
    this.failures.push(failure);
  }

  /** The diffusion table, per-plan results in input order, and failures. */
  result(): CorpusResult {
    const n = this.plans.length;
    const rates = this.plans.map((p) => p.inheritanceRate).sort((a, b) => a - b);
    const median = n === 0 ? 0 : n % 2 ? rates[(n - 1) / 2]! : (rates[n / 2 - 1]! + rates[n / 2]!) / 2;
    return {
      schema: CORPUS_SCHEMA,
      upper: this.upper,
      items: this.rows.map((r) => ({ ...r, adoptionRate: n ? round((r.inherited + r.modified) / n) : 0 })),
      plans: [...this.plans].sort((a, b) => a.index - b.index),
      failures: [...this.failures].sort((a, b) => a.index - b.index),
      summary: {
        plans: n,
        failed: this.failures.length,
        meanInheritanceRate: n ? round(rates.reduce((s, r) => s + r, 0) / n) : 0,
        medianInheritanceRate: round(median),
        ...this.totals,
      },
    };
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
