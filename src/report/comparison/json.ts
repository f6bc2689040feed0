import { stringifyJson } from '../../model/json-text.js';
import type { Comparison } from '../../model/comparison.js';
import { escapeJsonControls } from '../common/sanitize.js';

/**
 * The comparison as `policy-lineage/comparison@1` JSON, both plans embedded. The data is kept as
 * it is; C1 and bidi control characters are written as `\u` escapes, as JSON already writes C0 ones.
 * @param indent spaces of indentation (0 for one line)
 * @example writeFileSync('comparison.json', renderJson(comparePlans(city, district)));
 */
export function renderJson(comparison: Comparison, indent = 2): string {
  return `${escapeJsonControls(stringifyJson(comparison, indent))}\n`;
}
