import type { Origin, Position } from '../model/position.js';
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
  /** The line's span without its surrounding spaces (an HTML table row: the whole table's). */
  position: Position;
}

/** Whether a line is a row of a markdown pipe table or of a tab-separated table. */
export function isTableRow(raw: string): boolean {
  const t = raw.trim();
  if (t.startsWith('|') && t.length > 1) return true;
  return raw.includes('\t') && raw.split('\t').length >= 3;
}

/**
 * Offset of the start of each line of `text`, whatever its line ends (\n, \r\n or \r): what
 * positions count in, so that an offset points into the text as it was handed in.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  const ends = /\r\n?|\n/g;
  for (let m = ends.exec(text); m; m = ends.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/**
 * Splits cleaned source text into non-blank lines with their 1-based numbers. An HTML table
 * (<table>…</table>, on one line or many) becomes one tab-separated row per <tr>, numbered with
 * the line the table starts on.
 * @param starts where each line starts in the text before cleaning (see {@link lineStarts});
 *   without it, offsets count in `text` itself
 */
export function toLines(text: string, starts?: number[]): Line[] {
  const out: Line[] = [];
  const source = text.split('\n');
  const offsets = starts ?? lineStarts(text);
  const span = (i: number, j: number, from: string, to: string): Position => ({
    start: pointIn(i, source[i]!, from, offsets, 'start'),
    end: pointIn(j, source[j]!, to, offsets, 'end'),
  });
  for (let i = 0; i < source.length; i++) {
    const raw = source[i]!;
    if (raw.trim() === '') continue;
    if (/<table\b/i.test(raw)) {
      let j = i;
      while (j < source.length - 1 && !/<\/table\s*>/i.test(source[j]!)) j++;
      const before = raw.slice(0, raw.search(/<table\b/i)).trim();
      if (before) out.push(line(i + 1, before, span(i, i, before, before)));
      const table = span(i, j, raw.slice(raw.search(/<table\b/i)), source[j]!.replace(/[^>]*$/, ''));
      for (const row of htmlTableRows(source.slice(i, j + 1).join('\n'))) out.push({ no: i + 1, raw: row, text: row.trim(), table: true, position: table });
      const after = source[j]!.replace(/^[\s\S]*<\/table\s*>/i, '').trim();
      if (after && /<\/table\s*>/i.test(source[j]!)) out.push(line(j + 1, after, span(j, j, after, after)));
      i = j;
      continue;
    }
    out.push(line(i + 1, raw, span(i, i, raw.trim(), raw.trim())));
  }
  return out;
}

/** The point where `piece` starts (or ends) in line `i`, found from the left (or the right). */
function pointIn(i: number, text: string, piece: string, offsets: number[], side: 'start' | 'end'): Position['start'] {
  const at = side === 'start' ? Math.max(0, text.indexOf(piece)) : Math.max(0, text.lastIndexOf(piece)) + piece.length;
  return { line: i + 1, column: at + 1, offset: (offsets[i] ?? 0) + at };
}

function line(no: number, raw: string, position: Position): Line {
  const table = isTableRow(raw);
  return { no, raw: table ? raw : raw.trim(), text: table ? raw.trim() : cleanInline(keepUnitSpaces(raw)), table, position };
}

/**
 * The span from the start of one line to the end of another (the same line when `last` is
 * omitted), with the original-file place of the first line when a reader gave one.
 */
export function spanOf(first: Line, last: Line = first): Position {
  const position: Position = { start: first.position.start, end: last.position.end };
  if (first.origin) position.origin = first.origin;
  return position;
}
