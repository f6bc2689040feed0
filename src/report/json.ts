import type { Comparison } from '../model/comparison.js';

/**
 * The comparison as `policy-lineage/comparison@1` JSON, both plans embedded.
 * @param indent spaces of indentation (0 for one line)
 * @example writeFileSync('comparison.json', renderJson(comparePlans(city, district)));
 */
export function renderJson(comparison: Comparison, indent = 2): string {
  return `${JSON.stringify(comparison, null, indent || undefined)}\n`;
}
