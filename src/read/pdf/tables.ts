import type { PdfLine } from './lines.js';
import { groupLines } from './lines.js';
import type { Rule, TextRun } from './page.js';
import { joinText } from './text-join.js';

/** A ruled table found on a page, with its cells read. */
export interface PdfTable {
  page: number;
  /** Top and bottom of the table (PDF y, top > bottom). */
  top: number;
  bottom: number;
  rows: string[][];
  merged: boolean[][];
  mergedFrom: ('left' | 'above' | null)[][];
}

const THIN = 2.5;
/** Punctuation that may not start a line in Chinese typesetting. */
const NO_LINE_START = /[、，。；：！？）》」』】〕”’…—,.;:!?)\]]/;

function cluster(values: number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    if (out.length > 0 && v - out[out.length - 1]! <= tolerance) continue;
    out.push(v);
  }
  return out;
}

/**
 * Finds the ruled tables of a page — regions where vertical rules stand side by side — and reads
 * their cells from the text runs inside: rows between the horizontal rules, columns between the
 * vertical ones. A cell whose inner rule is missing spans the columns (or rows) it covers, and is
 * repeated in each with `merged` set, as the read contract asks. Returns the tables and the runs
 * they used, so the rest of the page is read as running text.
 */
export function findRuledTables(runs: readonly TextRun[], rules: readonly Rule[], page: number): { tables: PdfTable[]; used: Set<TextRun> } {
  const vertical = rules.filter((r) => r.x1 - r.x0 <= THIN && r.y1 - r.y0 > THIN * 2);
  const horizontal = rules.filter((r) => r.y1 - r.y0 <= THIN && r.x1 - r.x0 > THIN * 2);
  const used = new Set<TextRun>();
  const tables: PdfTable[] = [];
  if (vertical.length < 3 || horizontal.length < 2) return { tables, used };

  // vertical extents of tables: overlapping runs of vertical rules
  const spans = [...vertical].sort((a, b) => a.y0 - b.y0);
  const regions: { y0: number; y1: number; rules: Rule[] }[] = [];
  for (const r of spans) {
    const last = regions[regions.length - 1];
    if (last && r.y0 <= last.y1 + 3) {
      last.y1 = Math.max(last.y1, r.y1);
      last.rules.push(r);
    } else regions.push({ y0: r.y0, y1: r.y1, rules: [r] });
  }

  for (const region of regions) {
    const xs = cluster(region.rules.map((r) => (r.x0 + r.x1) / 2), 2);
    if (xs.length < 3) continue; // a box around a paragraph, not a table
    const left = xs[0]!;
    const right = xs[xs.length - 1]!;
    const hs = horizontal.filter((h) => h.y0 >= region.y0 - 3 && h.y1 <= region.y1 + 3 && h.x1 > left + 2 && h.x0 < right - 2);
    const ys = cluster([region.y0, region.y1, ...hs.map((h) => (h.y0 + h.y1) / 2)], 2).sort((a, b) => b - a);
    if (ys.length < 2) continue;
    const bands = ys.slice(1).map((bottom, i) => ({ top: ys[i]!, bottom })).filter((b) => b.top - b.bottom > 3);
    const cols = xs.length - 1;
    const colMid = (c: number) => (xs[c]! + xs[c + 1]!) / 2;
    // which rules exist inside the table decides the merges
    const hasVertical = (x: number, y: number) => region.rules.some((r) => Math.abs((r.x0 + r.x1) / 2 - x) <= 2 && r.y0 - 1 <= y && r.y1 + 1 >= y);
    const hasHorizontal = (y: number, x: number) => hs.some((h) => Math.abs((h.y0 + h.y1) / 2 - y) <= 2 && h.x0 - 1 <= x && h.x1 + 1 >= x);

    // cell owner of each grid position: [band, column] of the cell's top-left position
    const owner: [number, number][][] = bands.map((band, b) => {
      const mid = (band.top + band.bottom) / 2;
      const row: [number, number][] = [];
      for (let c = 0; c < cols; c++) {
        if (c > 0 && !hasVertical(xs[c]!, mid)) row.push(row[c - 1]!);
        else if (b > 0 && !hasHorizontal(band.top, colMid(c))) row.push([-1, c]); // resolved below
        else row.push([b, c]);
      }
      return row;
    });
    for (let b = 1; b < bands.length; b++) {
      for (let c = 0; c < cols; c++) if (owner[b]![c]![0] === -1) owner[b]![c] = owner[b - 1]![c]!;
    }

    const texts = new Map<string, TextRun[]>();
    for (const run of runs) {
      if (run.text.trim() === '') continue;
      const cx = run.x + Math.min(run.width, run.size) / 2;
      const cy = run.y + run.size * 0.3;
      if (cx < left || cx > right || cy < region.y0 || cy > region.y1) continue;
      const b = bands.findIndex((band) => cy <= band.top && cy >= band.bottom);
      if (b < 0) continue;
      let c = 0;
      while (c < cols - 1 && cx > xs[c + 1]!) c++;
      const [ob, oc] = owner[b]![c]!;
      const key = `${ob},${oc}`;
      const list = texts.get(key) ?? [];
      list.push(run);
      texts.set(key, list);
      used.add(run);
    }
    // a wrapped line that stops well short of the cell's right edge broke at a space (between two
    // unit names, say): keep the space
    const cellText = (key: string) => {
      const cellRuns = texts.get(key) ?? [];
      if (cellRuns.length === 0) return '';
      const [b, c] = key.split(',').map(Number) as [number, number];
      let end = c;
      while (end + 1 < cols && owner[b]![end + 1]![0] === b && owner[b]![end + 1]![1] === c) end++;
      const padding = Math.max(0, cellRuns.reduce((m, r) => Math.min(m, r.x), Infinity) - xs[c]!);
      const inner = xs[end + 1]! - padding;
      return groupLines(cellRuns, page).reduce((text: string, line: PdfLine, i: number, all: PdfLine[]) => {
        if (i === 0) return line.text;
        // a line also stops short when its last character had to move down with a punctuation
        // mark that may not start a line (、，。…): no space then
        const kinsoku = NO_LINE_START.test(line.text.slice(1, 2)) || NO_LINE_START.test(line.text.slice(0, 1));
        const short = !kinsoku && inner - all[i - 1]!.x1 > all[i - 1]!.size * 1.2;
        return short && !/\s$/.test(text) ? `${text} ${line.text}` : joinText(text, line.text);
      }, '');
    };
    const rows: string[][] = [];
    const merged: boolean[][] = [];
    const mergedFrom: ('left' | 'above' | null)[][] = [];
    bands.forEach((_, b) => {
      const row = owner[b]!.map(([ob, oc]) => cellText(`${ob},${oc}`));
      if (row.every((t) => t === '')) return;
      rows.push(row);
      merged.push(owner[b]!.map(([ob, oc], c) => ob !== b || oc !== c));
      mergedFrom.push(owner[b]!.map(([ob, oc], c) => (ob !== b ? 'above' : oc !== c ? 'left' : null)));
    });
    if (rows.length > 0) tables.push({ page, top: region.y1, bottom: region.y0, rows, merged, mergedFrom });
  }
  return { tables, used };
}
