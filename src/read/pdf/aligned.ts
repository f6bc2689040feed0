import type { PdfLine } from './lines.js';
import { joinText } from './text-join.js';

/** A table found from text alignment alone (no rules drawn): its lines and their cells. */
export interface AlignedTable {
  lines: PdfLine[];
  rows: string[][];
}

const MARKER = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d{1,3}[.．、]?(?!\d)|[（(]\d{1,3}[)）])/;

/**
 * Finds tables drawn without rules: three or more lines, close together, whose pieces of text
 * (set apart by wide gaps) start at the same few x positions. Each such line is a row; a line that
 * has nothing in the first column and follows at line pitch continues the cells of the row above
 * (text wrapped inside a cell), and so does one whose first cell does not open with a number.
 */
export function findAlignedTables(lines: PdfLine[]): AlignedTable[] {
  const tables: AlignedTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    if (first.segments.length < 2) {
      i++;
      continue;
    }
    const tol = first.size;
    const columns = first.segments.map((s) => s.x0);
    const column = (x: number) => {
      let best = -1;
      for (let c = 0; c < columns.length; c++) if (Math.abs(columns[c]! - x) <= tol) best = c;
      return best;
    };
    const region: PdfLine[] = [first];
    let multi = 1;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      const prev = region[region.length - 1]!;
      if (line.page !== prev.page || prev.y - line.y > Math.max(prev.size, line.size) * 3) break;
      if (!line.segments.every((s) => column(s.x0) >= 0)) break;
      if (line.segments.length >= 2) multi++;
      region.push(line);
    }
    if (multi < 3) {
      i++;
      continue;
    }
    // trailing single-piece lines belong to the text after the table
    while (region.length > 0 && region[region.length - 1]!.segments.length < 2 && column(region[region.length - 1]!.segments[0]!.x0) === 0) region.pop();
    const rows: string[][] = [];
    let last: PdfLine | null = null;
    for (const line of region) {
      const cells = columns.map(() => '');
      for (const s of line.segments) {
        const c = column(s.x0);
        cells[c] = joinText(cells[c]!, s.text);
      }
      const row = rows[rows.length - 1];
      const pitch = last ? last.y - line.y : Infinity;
      const continues = row && pitch <= line.size * 2 && (cells[0] === '' || !MARKER.test(cells[0]!));
      if (continues) cells.forEach((t, c) => (row[c] = joinText(row[c]!, t)));
      else rows.push(cells);
      last = line;
    }
    tables.push({ lines: region, rows });
    i += region.length;
  }
  return tables;
}
