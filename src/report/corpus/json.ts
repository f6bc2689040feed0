import { stringifyJson } from '../../model/json-text.js';
import type { CorpusResult } from '../../model/lineage.js';
import { escapeJsonControls } from '../common/sanitize.js';

/**
 * The corpus result as `policy-lineage/corpus@1` JSON (see `schema/corpus.schema.json`): the upper
 * plan embedded, the diffusion table per upper item, and one small result per lower plan whose
 * `statuses` has one letter per upper item (i inherited, m modified, d dropped).
 * @param indent spaces of indentation (0 for one line)
 * @example fs.writeFileSync('corpus.json', renderCorpusJson(aggregator.result()));
 */
export function renderCorpusJson(result: CorpusResult, indent = 2): string {
  return `${escapeJsonControls(stringifyJson(result, indent))}\n`;
}
