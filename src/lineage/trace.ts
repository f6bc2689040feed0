import { comparePlans, type CompareOptions } from '../align/compare.js';
import { ensurePrepared, isPrepared, type PreparedPlan } from '../align/prepare.js';
import { orientPair } from '../align/relation.js';
import { BadOptionError } from '../errors.js';
import type { Comparison } from '../model/comparison.js';
import { LINEAGE_SCHEMA, type Lineage, type LineageHop, type PlanOrder } from '../model/lineage.js';
import type { Plan } from '../model/plan.js';
import { segmentitTokenizer } from '../text/segmenter.js';
import { itemAncestry } from './ancestry.js';
import { buildChains, summarizeLineage } from './chains.js';
import { describePlan, levelDepth, planName } from './levels.js';

/** Options of {@link traceLineage}: those of {@link comparePlans} plus the skip-level margin. */
export interface LineageOptions extends Omit<CompareOptions, 'relation'> {
  /**
   * How much better (in score) a match two or more levels up must be than the best match at the
   * levels in between to count as a skip (default 0.05). A requirement with no counterpart in
   * between is a skip whatever its score.
   */
  skipMargin?: number;
  /** The ordering that produced the chain ({@link orderPlans}), recorded in the lineage. */
  order?: PlanOrder;
}

/** Default of {@link LineageOptions.skipMargin}. */
export const DEFAULT_SKIP_MARGIN = 0.05;

/**
 * Traces requirements down a chain of plans ordered from the highest level down (at least two):
 * compares every pair of levels — neighbours for the chain, and each plan with every level above
 * it for skip-level detection — preparing each plan once. Then, for every item below the top:
 * its match at each level above and the link it hangs from (`items`); for every requirement, its
 * state at each level from where it appears down (`chains`): inherited, modified, dropped here,
 * reappearing after a drop through a skip.
 *
 * A lower item is a **skip** when it matches a plan two or more levels up and either has no
 * counterpart at the levels in between, or its match up there beats every in-between match by
 * `skipMargin` (or is `inherited` where those are only `modified`).
 *
 * @throws {@link BadOptionError} with fewer than two plans, or when two plans are of the same level
 *   (peers), of the same place (versions: compare them instead), or out of order (a district above
 *   a city). Plans of unknown level are taken in the order given.
 * @example
 * const lineage = traceLineage([liaoning, shenyang, liaozhong]);
 * lineage.chains.filter((c) => c.droppedAt === 1).length; // province requirements the city dropped
 * lineage.items.filter((i) => i.skip);                    // district items taken from the province
 */
export function traceLineage(plans: (Plan | PreparedPlan)[], options: LineageOptions = {}): Lineage {
  const skipMargin = options.skipMargin ?? DEFAULT_SKIP_MARGIN;
  if (!(skipMargin >= 0 && skipMargin <= 1)) throw new BadOptionError(`skipMargin must be a number between 0 and 1, got ${skipMargin}`);
  const tokenizer = options.tokenizer ?? plans.find(isPrepared)?.tokenizer ?? segmentitTokenizer;
  // every plan is tokenised once and reused in each of its comparisons
  const prepared = plans.map((p) => ensurePrepared(p, tokenizer));
  const chain = prepared.map((p) => p.plan);
  checkChain(chain);

  const { order, skipMargin: _m, ...compareOptions } = options;
  const comparisons = new Map<string, Comparison>();
  const hops: LineageHop[] = [];
  for (const gap of chain.keys()) {
    if (gap === 0) continue;
    // gap 1 = neighbours first, then the skip-level checks two, three … levels apart
    for (let upper = 0; upper + gap < chain.length; upper++) {
      const lower = upper + gap;
      const c = comparePlans(prepared[upper]!, prepared[lower]!, { ...compareOptions, tokenizer, relation: 'hierarchy' });
      comparisons.set(`${upper}>${lower}`, c);
      hops.push({ upper, lower, adjacent: gap === 1, relation: c.relation, summary: c.summary, links: c.links });
    }
  }
  const items = itemAncestry(chain, (upper, lower) => comparisons.get(`${upper}>${lower}`)!, skipMargin);
  const chains = buildChains(chain, items);
  return {
    schema: LINEAGE_SCHEMA,
    plans: chain,
    order: {
      reasons: order?.reasons ?? [],
      otherVersions: (order?.otherVersions ?? []).map((v) => ({
        title: v.plan.title,
        year: v.plan.year,
        source: v.plan.source,
        supersededBy: chain.indexOf(v.supersededBy),
        reason: v.reason,
      })),
    },
    hops,
    items,
    chains,
    summary: summarizeLineage(chain, items, chains),
    skipMargin,
  };
}

/** Rejects what is not a chain of levels, with a message that says what to do instead. */
function checkChain(chain: Plan[]): void {
  if (chain.length < 2) {
    throw new BadOptionError(`a lineage needs at least two plans of different levels, got ${chain.length}${chain[0] ? `: ${describePlan(chain[0])}` : ''}`);
  }
  for (let i = 0; i < chain.length; i++) {
    for (let k = i + 1; k < chain.length; k++) {
      const [a, b] = [chain[i]!, chain[k]!];
      // one judge of how two plans stand to each other for compare, lineage and corpus (orientPair)
      const pair = orientPair(a, b);
      if (pair.kind === 'revision' || (a.jurisdiction.name && a.jurisdiction.name === b.jurisdiction.name && a.jurisdiction.parent === b.jurisdiction.parent)) {
        throw new BadOptionError(
          `not a chain of levels: ${describePlan(a)} and ${describePlan(b)} are plans of the same place (${planName(a)}); a lineage holds one plan per level — compare versions with "compare"`,
        );
      }
      const [da, db] = [levelDepth(a.jurisdiction.level), levelDepth(b.jurisdiction.level)];
      if (da === null || db === null) continue;
      if (da === db) {
        throw new BadOptionError(
          `not a chain of levels: ${describePlan(a)} and ${describePlan(b)} are plans of the same level (peers), not one above the other — compare peers with "compare"`,
        );
      }
      if (pair.kind === 'cross-province' || pair.kind === 'unrelated') {
        throw new BadOptionError(`not a chain of levels: ${pair.reason}, so neither derives from the other — compare them with "compare"`);
      }
      if (pair.reversed) {
        throw new BadOptionError(`plans must be ordered from the highest level down, but ${describePlan(a)} comes before ${describePlan(b)} (use orderPlans)`);
      }
    }
  }
}
