import type { Origin } from '../model/position.js';
import { cleanInline } from './clean.js';
import { htmlTableRows } from './html-table.js';
import { keepUnitSpaces } from './units.js';

/** One non-blank source line. */
export interface Line {
  /** 1-based line number in the source. */
  no: number;
  /** The line as in the source (tabs kept), trimmed of surrounding spaces. */
  raw: string;
  /** The line repaired for display (see {@link cleanInline}); tabs and pipes untouched in table rows. */
  text: string;
  /** Whether the line is a row of a tab-separated or markdown table. */
  table: boolean;
  /** Where the line came from in a Word, OpenDocument, PDF or HTML file, when a reader said. */
  origin?: Origin;
}

/** Whether a line is a row of a markdown pipe table or of a tab-separated table. */
export function isTableRow(raw: string): boolean {
  const t = raw.trim();
  if (t.startsWith('|') && t.length > 1) return true;
  return raw.includes('\t') && raw.split('\t').length >= 3;
}

/**
 * Splits cleaned source text into non-blank lines with their 1-based numbers. An HTML table
 * (<table>…</table>, on one line or many) becomes one tab-separated row per <tr>, numbered with
 * the line the table starts on.
 */
export function toLines(text: string): Line[] {
  const out: Line[] = [];
  const source = text.split('\n');
  for (let i = 0; i < source.length; i++) {
    const raw = source[i]!;
    if (raw.trim() === '') continue;
    if (/<table\b/i.test(raw)) {
      let j = i;
      while (j < source.length - 1 && !/<\/table\s*>/i.test(source[j]!)) j++;
      const before = raw.slice(0, raw.search(/<table\b/i)).trim();
      if (before) out.push(line(i + 1, before));
      for (const row of htmlTableRows(source.slice(i, j + 1).join('\n'))) out.push({ no: i + 1, raw: row, text: row.trim(), table: true });
      const after = source[j]!.replace(/^[\s\S]*<\/table\s*>/i, '').trim();
      if (after && /<\/table\s*>/i.test(source[j]!)) out.push(line(j + 1, after));
      i = j;
      continue;
    }
    out.push(line(i + 1, raw));
  }
  return out;
}

function line(no: number, raw: string): Line {
  const table = isTableRow(raw);
  return { no, raw: table ? raw : raw.trim(), text: table ? raw.trim() : cleanInline(keepUnitSpaces(raw)), table };
}
