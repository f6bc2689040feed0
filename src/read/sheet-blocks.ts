import { tableBlock } from './table-block.js';
import type { Block } from './types.js';

type MergeSide = 'left' | 'above' | null;

/** A spreadsheet's rows as read: cell texts, and where a cell continues a merge. */
export interface SheetRows {
  rows: string[][];
  /** Same shape as `rows`; absent when nothing is merged (a CSV file). */
  mergedFrom?: MergeSide[][];
}

/**
 * A sheet's rows as blocks: the title lines above the table and the notes below it (rows with a
 * single cell of their own, such as "某县2024年政务公开重点任务分工" merged across the sheet) as
 * paragraphs, the rest as one table block, so that the parser finds the title where a document has
 * it and reads the task table as it reads a Word table. A sheet with no row of two cells (a plan
 * pasted into column A) is all paragraphs. Empty rows and trailing empty columns are dropped.
 * @param table the 1-based place of the sheet among those read, for the origins
 */
export function sheetBlocks(sheet: SheetRows, table: number): Block[] {
  const kept: { cells: string[]; from: MergeSide[]; row: number }[] = [];
  sheet.rows.forEach((cells, r) => {
    const from = sheet.mergedFrom?.[r] ?? cells.map(() => null);
    if (cells.some((c, i) => c.trim() && !from[i])) kept.push({ cells, from, row: r + 1 });
  });
  if (kept.length === 0) return [];
  const width = Math.max(...kept.map((k) => lastFilled(k.cells) + 1));
  const own = kept.map((k) => k.cells.filter((c, i) => c.trim() && !k.from[i]).length);
  const first = own.findIndex((n) => n >= 2);
  const last = own.length - 1 - [...own].reverse().findIndex((n) => n >= 2);
  const paragraph = (k: (typeof kept)[number]): Block => ({ kind: 'paragraph', text: k.cells.filter((c, i) => c.trim() && !k.from[i]).join(' ').trim(), origin: { table, row: k.row } });
  if (first < 0) return kept.map(paragraph);
  const body = kept.slice(first, last + 1);
  const block = tableBlock(
    body.map((k) => k.cells.slice(0, width)),
    body.map((k) => k.from.slice(0, width)),
    { table },
  );
  return [...kept.slice(0, first).map(paragraph), block, ...kept.slice(last + 1).map(paragraph)];
}

function lastFilled(cells: string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]!.trim()) return i;
  return -1;
}
