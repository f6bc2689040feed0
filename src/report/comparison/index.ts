// The comparison report family: one renderer per format, looked up by format name.
import type { Comparison } from '../../model/comparison.js';
import type { Renderer } from '../common/types.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './md.js';
import { renderText } from './text.js';

/** The formats of a comparison report that need nothing beyond the core (`xlsx` is in `policy-lineage/xlsx`). */
export type ComparisonFormat = 'text' | 'json' | 'md' | 'html' | 'csv';

/**
 * The comparison renderers by format.
 * @example renderers.md(comparison, { lang: 'zh' })
 */
export const renderers: Record<ComparisonFormat, Renderer<Comparison>> = {
  text: (c, o = {}) => renderText(c, o),
  json: (c) => renderJson(c),
  md: (c, o = {}) => renderMarkdown(c, { lang: o.lang }),
  html: (c, o = {}) => renderHtml(c, { lang: o.lang }),
  csv: (c, o = {}) => renderCsv(c, { lang: o.lang }),
};

export { renderCsv, CSV_COLUMNS } from './csv.js';
export { renderHtml } from './html.js';
export { renderJson } from './json.js';
export { renderMarkdown } from './md.js';
export { renderText } from './text.js';
