import type { Comparison, Link } from '../../model/comparison.js';
import type { Item, Section } from '../../model/plan.js';
import { csvDocument, type CsvValue } from '../common/csv.js';
import type { Lang } from '../common/labels.js';
import { sanitizeDeep } from '../common/sanitize.js';
import { displayText, indexComparison, type ComparisonIndex } from './lookup.js';
import { pathLabel } from './link-sections.js';
import { explainLink, linkExtent } from './phrases.js';
import { wordingFor, type Wording } from './wording.js';

/** Columns of {@link renderCsv}, in order. */
export const CSV_COLUMNS = [
  'status',
  'upper_ids',
  'lower_ids',
  'upper_markers',
  'lower_markers',
  'upper_text',
  'lower_text',
  'score',
  'leads_added',
  'leads_removed',
  'partners_added',
  'partners_removed',
  'deadline_upper',
  'deadline_lower',
  'deadline_change',
  'deadline_months',
  'moved_from',
  'moved_to',
  'obligation',
  'upper_section',
  'lower_section',
  'extent',
  'explanation',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Options of {@link renderCsv}. */
export interface CsvOptions {
  /** Language of the obligation and explanation cells, `en` (default) or `zh`; column names and status values stay English for scripts. */
  lang?: Lang;
}

const LIST = '; ';
const PATH = ' > ';

/**
 * The links of a comparison as CSV for Excel, R and pandas: UTF-8 with a BOM (so Excel reads the
 * Chinese text right), CRLF line ends, RFC 4180 quoting, a header and one row per link. Several
 * ids, markers, units or sections are joined with "; ", the texts of several items with a line
 * break, section paths with " > ". Text cells that start with =, +, -, @, a tab or a carriage
 * return get a leading apostrophe so spreadsheets do not run them as formulas (OWASP's rule);
 * `score` and `deadline_months` are plain numbers, never altered.
 * @example
 * writeFileSync('links.csv', renderCsv(comparePlans(upperPlan, lowerPlan)));
 * // pandas: pd.read_csv('links.csv', encoding='utf-8-sig')
 */
export function renderCsv(comparison: Comparison, options: CsvOptions = {}): string {
  const c = sanitizeDeep(comparison);
  const w = wordingFor(c.relation, options.lang ?? 'en');
  const idx = indexComparison(c);
  const rows: CsvValue[][] = [[...CSV_COLUMNS]];
  for (const link of c.links) {
    const row = csvRow(link, idx, w);
    rows.push(CSV_COLUMNS.map((col) => row[col]));
  }
  return csvDocument(rows);
}

function csvRow(link: Link, idx: ComparisonIndex, w: Wording): Record<CsvColumn, CsvValue> {
  const upper = link.upper.map((id) => idx.upper.get(id)).filter((i): i is Item => i !== undefined);
  const lower = link.lower.map((id) => idx.lower.get(id)).filter((i): i is Item => i !== undefined);
  const ch = link.changes;
  const ob = ch.text?.obligation;
  const firstDeadline = (items: Item[]) => items.find((i) => i.deadline)?.deadline ?? null;
  const sections = (items: Item[], paths: Map<string, Section[]>) => unique(items.map((i) => pathLabel(paths.get(i.id) ?? [], PATH)).filter(Boolean)).join(LIST);
  return {
    status: link.status,
    upper_ids: link.upper.join(LIST),
    lower_ids: link.lower.join(LIST),
    upper_markers: upper.map((i) => i.marker).join(LIST),
    lower_markers: lower.map((i) => i.marker).join(LIST),
    upper_text: upper.map(displayText).join('\n'),
    lower_text: lower.map(displayText).join('\n'),
    score: link.score,
    leads_added: ch.leads?.added.join(LIST) ?? '',
    leads_removed: ch.leads?.removed.join(LIST) ?? '',
    partners_added: ch.partners?.added.join(LIST) ?? '',
    partners_removed: ch.partners?.removed.join(LIST) ?? '',
    deadline_upper: ch.deadline ? ch.deadline.upper : firstDeadline(upper),
    deadline_lower: ch.deadline ? ch.deadline.lower : firstDeadline(lower),
    deadline_change: ch.deadline?.change ?? '',
    deadline_months: ch.deadline?.months ?? null,
    moved_from: ch.moved?.from.join(PATH) ?? '',
    moved_to: ch.moved?.to.join(PATH) ?? '',
    obligation: ob ? `${w.t(ob.direction)}: ${ob.upper.join('、') || '—'} → ${ob.lower.join('、') || '—'}` : '',
    upper_section: sections(upper, idx.upperSections),
    lower_section: sections(lower, idx.lowerSections),
    extent: linkExtent(link, w.lang) ?? '',
    explanation: explainLink(link, w) ?? '',
  };
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
