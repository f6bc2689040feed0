import { cleanInline } from './clean.js';
import type { Line } from './lines.js';

/** A table row split into cells. */
export interface TableRow {
  line: number;
  cells: string[];
}

/** HTML that word processors leave inside cells: paragraphs and line breaks become breaks, other tags vanish. */
export function cellText(cell: string): string {
  const parts = cell
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\/?\s*p[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((p) => cleanInline(p))
    .filter(Boolean);
  return parts.join('');
}

/** Whether a markdown row is the |---|---| line under a header. */
export function isMarkdownRule(raw: string): boolean {
  return /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(raw.trim());
}

/**
 * Splits a table line into cells. Markdown rows lose their outer pipes; tab-separated rows keep
 * empty cells, which carry meaning (a continuation row has an empty first cell). Cell text keeps
 * its inner spaces: in table cells spaces separate unit names.
 */
export function splitRow(line: Line): TableRow | null {
  const raw = line.raw;
  if (raw.trim().startsWith('|')) {
    if (isMarkdownRule(raw)) return null;
    let t = raw.trim().slice(1);
    if (t.endsWith('|')) t = t.slice(0, -1);
    return { line: line.no, cells: t.split('|').map((c) => c.trim()) };
  }
  return { line: line.no, cells: raw.split('\t').map((c) => c.trim()) };
}
