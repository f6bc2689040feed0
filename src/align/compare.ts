import type { Comparison } from '../model/comparison.js';
import type { Plan } from '../model/plan.js';
import { alignPlans, type AlignOptions } from './align.js';
import { classifyAlignment, type ClassifyOptions } from './classify.js';
import { isPrepared, type PreparedPlan } from './prepare.js';
import { orientPair } from './relation.js';
import { BadOptionError } from '../errors.js';

/** Options of {@link comparePlans}: those of the alignment and of the classification. */
export interface CompareOptions extends AlignOptions, Omit<ClassifyOptions, 'swapped'> {
  /**
   * What to do with a pair handed in the wrong way round (see {@link orientPair}): `'keep'`
   * (default) compares the plans in the order given and reports `orientation.reversed`; `'auto'`
   * swaps them first and reports `orientation.swapped`. The default keeps the caller's order
   * because a reversed pair is sometimes meant (what did the district add that the city lacks?)
   * and a silent swap would turn every added into a dropped.
   */
  orient?: 'auto' | 'keep';
}

/**
 * Aligns the items of two plans and classifies every requirement as inherited, modified, added
 * or dropped: {@link alignPlans} followed by {@link classifyAlignment}. Every item of both plans
 * appears in exactly one link; splits and merges are one link with several ids on one side; field
 * changes (lead units, partners, deadline, moved section) are reported whatever the status. The
 * result is deterministic.
 *
 * A pair handed in the wrong way round (a district as the upper plan) is reported in
 * `orientation` and compared as given, unless `orient: 'auto'` asks for a swap.
 *
 * Plans may be handed in prepared ({@link preparePlan}) to reuse their tokens across comparisons.
 * @example
 * const comparison = comparePlans(parsePlan(shenyangText), parsePlan(liaozhongText));
 * comparison.summary; // { inherited: 14, modified: 12, added: 0, dropped: 3 }
 */
export function comparePlans(upper: Plan | PreparedPlan, lower: Plan | PreparedPlan, options: CompareOptions = {}): Comparison {
  const orient = options.orient ?? 'keep';
  if (orient !== 'auto' && orient !== 'keep') throw new BadOptionError(`orient must be 'auto' or 'keep', got ${String(orient)}`);
  if (orient === 'auto' && orientPair(planOf(upper), planOf(lower)).reversed) {
    return classifyAlignment(alignPlans(lower, upper, options), { ...options, swapped: true });
  }
  return classifyAlignment(alignPlans(upper, lower, options), { ...options, swapped: false });
}

function planOf(p: Plan | PreparedPlan): Plan {
  return isPrepared(p) ? p.plan : p;
}
