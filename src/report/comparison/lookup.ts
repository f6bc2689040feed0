import type { Comparison } from '../../model/comparison.js';
import type { Item, Plan, Section } from '../../model/plan.js';
import { itemText, planItems, sectionPaths } from '../../model/walk.js';

/** Items and section paths of both plans by id, for renderers. */
export interface ComparisonIndex {
  upper: Map<string, Item>;
  lower: Map<string, Item>;
  upperSections: Map<string, Section[]>;
  lowerSections: Map<string, Section[]>;
}

/** Indexes the items of both plans of a comparison by id. */
export function indexComparison(c: Comparison): ComparisonIndex {
  const byId = (p: Plan) => new Map(planItems(p).map((i) => [i.id, i]));
  return { upper: byId(c.upper), lower: byId(c.lower), upperSections: sectionPaths(c.upper), lowerSections: sectionPaths(c.lower) };
}

/** The text a report shows for an item (see itemText). */
export const displayText: (item: Item) => string = itemText;
