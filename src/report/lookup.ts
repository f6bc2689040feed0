import type { Comparison } from '../model/comparison.js';
import type { Item, Plan, Section } from '../model/plan.js';
import { planItems, sectionPaths } from '../model/walk.js';

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

/** The item's full text with its heading when the text does not repeat it (table plans). */
export function displayText(item: Item): string {
  return item.heading && !item.text.startsWith(item.heading) ? `${item.heading}。${item.text}` : item.text;
}
