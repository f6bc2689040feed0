// The corpus report family: one renderer per format, looked up by format name.
import type { CorpusResult } from '../../model/lineage.js';
import type { ReportOptions, Renderer } from '../common/types.js';
import { renderCorpusCsv, type CorpusTable } from './csv.js';
import { renderCorpusHtml } from './html.js';
import { renderCorpusJson } from './json.js';
import { renderCorpusText } from './text.js';

/** The formats of a corpus report. */
export type CorpusFormat = 'text' | 'json' | 'csv' | 'html';

/** Options of the corpus renderers: which table a CSV holds, whether the text lists every plan. */
export interface CorpusReportOptions extends ReportOptions {
  table?: CorpusTable;
  plans?: boolean;
}

/**
 * The corpus renderers by format.
 * @example corpusRenderers.csv(result, { table: 'diffusion' })
 */
export const renderers: Record<CorpusFormat, Renderer<CorpusResult, CorpusReportOptions>> = {
  text: (r, o = {}) => renderCorpusText(r, o),
  json: (r) => renderCorpusJson(r),
  csv: (r, o = {}) => renderCorpusCsv(r, { table: o.table }),
  html: (r, o = {}) => renderCorpusHtml(r, { lang: o.lang }),
};
