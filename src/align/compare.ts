import type { Comparison } from '../model/comparison.js';
import type { Plan } from '../model/plan.js';
import { alignPlans, type AlignOptions } from './align.js';
import { classifyAlignment, type ClassifyOptions } from './classify.js';
import type { PreparedPlan } from './prepare.js';

/** Options of {@link comparePlans}: those of the alignment and of the classification. */
export type CompareOptions = AlignOptions & ClassifyOptions;

/**
 * Aligns the items of two plans and classifies every requirement as inherited, modified, added
 * or dropped: {@link alignPlans} followed by {@link classifyAlignment}. Every item of both plans
 * appears in exactly one link; splits and merges are one link with several ids on one side; field
 * changes (lead units, partners, deadline, moved section) are reported whatever the status. The
 * result is deterministic.
 *
 * Plans may be handed in prepared ({@link preparePlan}) to reuse their tokens across comparisons.
 * @example
 * const comparison = comparePlans(parsePlan(shenyangText), parsePlan(liaozhongText));
 * comparison.summary; // { inherited: 14, modified: 12, added: 0, dropped: 3 }
 */
export function comparePlans(upper: Plan | PreparedPlan, lower: Plan | PreparedPlan, options: CompareOptions = {}): Comparison {
  return classifyAlignment(alignPlans(upper, lower, options), options);
}
