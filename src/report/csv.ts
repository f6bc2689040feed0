import type { Comparison, Link } from '../model/comparison.js';
import type { Item, Section } from '../model/plan.js';
import { displayText, indexComparison, type ComparisonIndex } from './lookup.js';
import { sectionLabel } from './link-sections.js';

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
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** A cell: text (neutralised against formulas) or a number (written as is), or empty. */
type Cell = string | number | null;

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
export function renderCsv(c: Comparison): string {
  const idx = indexComparison(c);
  const lines = [CSV_COLUMNS.map((h) => csvField(h)).join(',')];
  for (const link of c.links) {
    const row = csvRow(link, idx);
    lines.push(CSV_COLUMNS.map((col) => csvField(row[col])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvRow(link: Link, idx: ComparisonIndex): Record<CsvColumn, Cell> {
  const upper = link.upper.map((id) => idx.upper.get(id)).filter((i): i is Item => i !== undefined);
  const lower = link.lower.map((id) => idx.lower.get(id)).filter((i): i is Item => i !== undefined);
  const ch = link.changes;
  const ob = ch.text?.obligation;
  const firstDeadline = (items: Item[]) => items.find((i) => i.deadline)?.deadline ?? null;
  const sections = (items: Item[], paths: Map<string, Section[]>) => unique(items.map((i) => (paths.get(i.id) ?? []).map(sectionLabel).join(PATH)).filter(Boolean)).join(LIST);
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
    obligation: ob ? `${ob.direction}: ${ob.upper.join('、') || '—'} → ${ob.lower.join('、') || '—'}` : '',
    upper_section: sections(upper, idx.upperSections),
    lower_section: sections(lower, idx.lowerSections),
  };
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Leading characters a spreadsheet may read as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: numbers as written, text neutralised against formula injection, then quoted when
 * it holds a comma, a quote, CR or LF (quotes doubled).
 * @example csvField('=SUM(A1)') // → "'=SUM(A1)"
 * @example csvField(-2) // → '-2'
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
