import { comparedText } from '../model/walk.js';
import type { Fold } from './adaptation.js';
import type { PreparedPlan } from './prepare.js';

const folds = new WeakMap<PreparedPlan, Fold>();

/**
 * A prepared plan's fold that answers the plan's own item texts from the comparable forms
 * computed when it was prepared: classification folds every linked item's text again (the
 * identity test, the extent), and a plan compared with many others would fold it each time.
 */
export function preparedFold(plan: PreparedPlan): Fold {
  let fold = folds.get(plan);
  if (!fold) {
    const known = new Map<string, string>();
    for (const f of plan.items) known.set(comparedText(f.item), f.comparable);
    const base = plan.fold;
    fold = (text) => known.get(text) ?? base(text);
    folds.set(plan, fold);
  }
  return fold;
}
