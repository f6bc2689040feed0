/**
 * Helpers shared by the lineage and corpus renderers: CSV cells, HTML escaping, terminal widths.
 * (Kept apart from the comparison renderers, which have their own owners.)
 */
import type { Item, Plan } from '../model/plan.js';
import { planItems } from '../model/walk.js';

/** A value of a CSV cell; numbers and booleans are written as they are. */
export type CsvValue = string | number | boolean | null | undefined;

/** Cell starts that spreadsheets would run as a formula (=, +, -, @, tab, carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell, RFC 4180: quoted when it holds a comma, quote or line break; a text cell a
 * spreadsheet would read as a formula gets a leading ' (numbers are left alone).
 * @example csvCell('=1+1') // → "'=1+1"
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document: UTF-8 byte order mark (so spreadsheets read the Chinese right), CRLF line ends.
 * @example csvDocument([['a', 'b'], [1, 2]]) // → '\uFEFFa,b\r\n1,2\r\n'
 */
export function csvDocument(rows: CsvValue[][]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and quoted attributes.
 * @example escapeHtml('<b>"x"</b>') // → '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string | number | null | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * A self-contained HTML page: inline style and script, nothing fetched from the network.
 * @example htmlPage('报告', 'body{}', '<p>…</p>')
 */
export function htmlPage(title: string, style: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
${body}
${script ? `<script>${script}</script>` : ''}
</body>
</html>
`;
}

/** Colours of the statuses, shared by the lineage and corpus pages. */
export const STATUS_CSS = `
.inherited{background:#d9f2dd}.modified{background:#fff0c2}.dropped{background:#f9d0cc}.added{background:#d6e6fb}
.absent{background:#f3f3f3;color:#999}.origin{background:#eef}.above{background:#fff}
`;

/**
 * Width of a string in a terminal: CJK and full-width characters take two columns.
 * @example displayWidth('沈阳 IPv6') // → 9
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

/**
 * Cuts a string to a terminal width, with … when cut.
 * @example clipWidth('加强疫情防控信息公开', 9) // → '加强疫情…'
 */
export function clipWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * Pads a string to a terminal width.
 * @example padWidth('沈阳市', 8) // → '沈阳市  '
 */
export function padWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Items of each plan by id, for renderers.
 * @example itemsById(lineage.plans)[1].get('1.2.1')?.heading // → '加强疫情防控信息公开'
 */
export function itemsById(plans: Plan[]): Map<string, Item>[] {
  return plans.map((p) => new Map(planItems(p).map((i) => [i.id, i])));
}

/**
 * An item's heading, or the start of its text when it has none.
 * @example shortLabel(item, 6) // → '加强疫情防控…'
 */
export function shortLabel(item: Item | undefined, max = 20): string {
  if (!item) return '';
  const head = item.heading || item.text;
  return head.length > max ? `${head.slice(0, max)}…` : head;
}
