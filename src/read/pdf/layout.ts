import type { ParseWarning } from '../../model/plan.js';
import type { Block } from '../types.js';
import { findAlignedTables } from './aligned.js';
import { dropFurniture } from './furniture.js';
import { groupLines } from './lines.js';
import type { PageContent } from './page.js';
import { buildBlocks, type PageEntry } from './paragraphs.js';
import { findRuledTables } from './tables.js';
import { pushAll } from '../../model/arrays.js';

/** Blocks of the pages, and warnings for what was dropped. */
export interface PdfLayout {
  blocks: Block[];
  warnings: ParseWarning[];
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Lays out the pages' text as blocks: ruled tables read cell by cell, running headers, footers and
 * page numbers dropped (and counted in one warning), lines rebuilt into paragraphs across pages.
 * A pure function of the page contents, so it is tested without pdf.js.
 */
export function layoutPages(pages: readonly PageContent[]): PdfLayout {
  const warnings: ParseWarning[] = [];
  const tables = pages.map((p) => findRuledTables(p.runs, p.rules, p.number));
  const lines = pages.map((p, i) => groupLines(p.runs.filter((r) => !tables[i]!.used.has(r)), p.number));
  const { pages: kept, counts } = dropFurniture(lines, pages.map((p) => p.height));
  const entries: PageEntry[] = [];
  kept.forEach((pageLines, i) => {
    // tables drawn without rules, found by the alignment of their cells
    const aligned = findAlignedTables(pageLines);
    const inAligned = new Set(aligned.flatMap((t) => t.lines));
    const pageEntries: { y: number; entry: PageEntry }[] = [
      ...pageLines.filter((line) => !inAligned.has(line)).map((line) => ({ y: line.y, entry: { kind: 'line', line } as PageEntry })),
      ...tables[i]!.tables.map((table) => ({ y: table.top, entry: { kind: 'table', table } as PageEntry })),
      ...aligned.map((t) => ({
        y: t.lines[0]!.y,
        entry: { kind: 'table', table: { page: pages[i]!.number, top: t.lines[0]!.y, bottom: t.lines[t.lines.length - 1]!.y, rows: t.rows, merged: t.rows.map((r) => r.map(() => false)), mergedFrom: t.rows.map((r) => r.map(() => null)) } } as PageEntry,
      })),
    ];
    pageEntries.sort((a, b) => b.y - a.y);
    pushAll(entries, pageEntries.map((e) => e.entry));
  });
  const parts: string[] = [];
  if (counts.pageNumbers) parts.push(plural(counts.pageNumbers, 'page number', 'page numbers'));
  if (counts.headers) parts.push(plural(counts.headers, 'running header', 'running headers'));
  if (counts.footers) parts.push(plural(counts.footers, 'running footer', 'running footers'));
  if (parts.length) warnings.push({ code: 'page-furniture-dropped', line: null, message: `dropped ${parts.join(', ')}` });
  return { blocks: buildBlocks(entries), warnings };
}
