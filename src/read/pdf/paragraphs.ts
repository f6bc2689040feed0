import type { Block } from '../types.js';
import type { PdfLine } from './lines.js';
import type { PdfTable } from './tables.js';
import { joinText } from './text-join.js';

/** A piece of a page in reading order: a line of running text or a table. */
export type PageEntry = { kind: 'line'; line: PdfLine } | { kind: 'table'; table: PdfTable };

/** Line-start markers of a plan's outline; a line starting with one begins a paragraph. */
const MARKER = /^\s*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[)）]|\d{1,3}[.．、](?!\d)|[（(]\d{1,3}[)）]|[①-⑳]|第[一二三四五六七八九十百]+[章节条部分])/;
/** A paragraph that ends on one of these is finished; otherwise it may run on. */
const FINISHED = /[。；;！!？?：:）)」』”"】\]]\s*$/;

interface Layout {
  left: number;
  right: number;
  size: number;
  pitch: number;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best = values[0] ?? 0;
  let n = 0;
  for (const [v, c] of counts) if (c > n || (c === n && v < best)) [best, n] = [v, c];
  return best;
}

/** The body's left and right margins, font size and line pitch: the most common values. */
function measure(lines: PdfLine[]): Layout {
  const size = mode(lines.map((l) => l.size)) || 12;
  const body = lines.filter((l) => Math.abs(l.size - size) < 0.5);
  // the left margin: the leftmost position many lines start at (first-line indents are to its right)
  const starts = new Map<number, number>();
  for (const l of body) starts.set(Math.round(l.x0), (starts.get(Math.round(l.x0)) ?? 0) + 1);
  const frequent = [...starts].filter(([, n]) => n >= Math.max(2, body.length * 0.1)).map(([x]) => x);
  const left = frequent.length ? frequent.reduce((a, b) => Math.min(a, b)) : mode(body.map((l) => l.x0));
  // the right margin: where most full lines end (the longest lines of the body)
  const ends = body.map((l) => l.x1).sort((a, b) => b - a);
  const right = ends.length ? mode(ends.slice(0, Math.max(1, Math.ceil(ends.length * 0.6)))) : left;
  const gaps: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const d = body[i - 1]!.y - body[i]!.y;
    if (body[i]!.page === body[i - 1]!.page && d > 0 && d < size * 3) gaps.push(d);
  }
  return { left, right, size, pitch: gaps.length ? mode(gaps) : size * 1.5 };
}

/**
 * Rebuilds paragraphs from lines. A line continues the paragraph above when the line above reached
 * the right margin, this one starts at the left margin, is not much further down than the line pitch
 * and does not open with an outline marker after a finished sentence. A first-line indent, a short
 * line above, a larger gap, a change of font size or a centred line start a new paragraph. Across a
 * page break the paragraph runs on when it did not end a sentence (。；！？ or a closing bracket) and
 * the next page does not open with a marker or an indented line, so items cut by a page break stay
 * whole.
 */
export function buildBlocks(entries: PageEntry[]): Block[] {
  const lines = entries.flatMap((e) => (e.kind === 'line' ? [e.line] : []));
  const layout = measure(lines);
  const blocks: Block[] = [];
  let open: { text: string; last: PdfLine; block: Block & { kind: 'paragraph' } } | null = null;
  const tolerance = layout.size * 1.2;
  const pageWidth = layout.right + layout.left; // symmetric margins are the common case
  for (const entry of entries) {
    if (entry.kind === 'table') {
      open = null;
      const t = entry.table;
      blocks.push({ kind: 'table', rows: t.rows, merged: t.merged, mergedFrom: t.mergedFrom, origin: { page: t.page } });
      continue;
    }
    const line = entry.line;
    const indented = line.x0 > layout.left + layout.size * 0.8;
    const centred = indented && line.x1 < layout.right - layout.size * 0.8 && Math.abs((line.x0 + line.x1) / 2 - pageWidth / 2) < layout.size * 1.5;
    const marker = MARKER.test(line.text);
    let continues = false;
    if (open) {
      const prev: PdfLine = open.last;
      const prevFull = prev.x1 >= layout.right - tolerance;
      const sameSize = Math.abs(prev.size - line.size) < 0.6;
      const titleRunsOn = () =>
        open!.block.hints?.centred === true && centred && sameSize && !FINISHED.test(open!.text) && prev.x1 - prev.x0 > (layout.right - layout.left) * 0.5;
      if (prev.page === line.page) {
        const gap = prev.y - line.y;
        if (gap > 0 && gap < line.size * 2.2 && titleRunsOn()) continues = true;
        else
        continues = prevFull && !indented && !centred && sameSize && gap < layout.pitch * 1.45 && gap > 0 && !(marker && FINISHED.test(open.text));
      } else {
        continues = !FINISHED.test(open.text) && !marker && !indented && !centred && sameSize;
      }
    }
    if (continues && open) {
      open.text = joinText(open.text, line.text);
      open.block.text = open.text;
      open.last = line;
      continue;
    }
    const block: Block & { kind: 'paragraph' } = { kind: 'paragraph', text: line.text, origin: { page: line.page } };
    if (centred) block.hints = { centred: true };
    blocks.push(block);
    open = { text: line.text, last: line, block };
  }
  return blocks;
}
