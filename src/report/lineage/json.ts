import { stringifyJson } from '../../model/json-text.js';
import type { Lineage } from '../../model/lineage.js';
import { escapeJsonControls } from '../common/sanitize.js';

/**
 * The lineage as `policy-lineage/lineage@1` JSON (see `schema/lineage.schema.json`), every plan
 * embedded, top first.
 * @param indent spaces of indentation (0 for one line)
 * @example fs.writeFileSync('lineage.json', renderLineageJson(traceLineage([city, district])));
 */
export function renderLineageJson(lineage: Lineage, indent = 2): string {
  return `${escapeJsonControls(stringifyJson(lineage, indent))}\n`;
}
