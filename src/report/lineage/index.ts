// The lineage report family: one renderer per format, looked up by format name.
import type { Lineage } from '../../model/lineage.js';
import type { Renderer } from '../common/types.js';
import { renderLineageCsv } from './csv.js';
import { renderLineageHtml } from './html.js';
import { renderLineageJson } from './json.js';
import { renderLineageText } from './text.js';

/** The formats of a lineage report. */
export type LineageFormat = 'text' | 'json' | 'csv' | 'html';

/**
 * The lineage renderers by format.
 * @example lineageRenderers.csv(lineage)
 */
export const renderers: Record<LineageFormat, Renderer<Lineage>> = {
  text: (l, o = {}) => renderLineageText(l, o),
  json: (l) => renderLineageJson(l),
  csv: (l, o = {}) => renderLineageCsv(l, { lang: o.lang }),
  html: (l, o = {}) => renderLineageHtml(l, { lang: o.lang }),
};
