import type { TextRun } from './page.js';
import { joinText } from './text-join.js';

/** A line of text on a page: runs on one baseline, left to right. */
export interface PdfLine {
  page: number;
  /** Baseline height from the page bottom. */
  y: number;
  x0: number;
  x1: number;
  /** The largest font size on the line. */
  size: number;
  text: string;
  /** Pieces of the line set apart by wide gaps (the cells of a table drawn without rules). */
  segments: { x0: number; x1: number; text: string }[];
}

/** Runs closer than this many font sizes on one baseline belong to one piece of text. */
const WIDE_GAP = 2.5;
/** A gap this wide (in font sizes) may separate two cells of a table. */
const CELL_GAP = 1.5;

/**
 * Groups a page's runs into lines: runs whose baselines are within a third of the font size share a
 * line (superscripts and mixed fonts wobble a little), ordered by x. Runs are joined without spaces
 * between CJK characters and with one between Latin words; a wide gap (a signature set apart, two
 * fields on one line) becomes one space, so two texts never run together.
 */
export function groupLines(runs: readonly TextRun[], page: number): PdfLine[] {
  const sorted = runs.filter((r) => r.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const current = groups[groups.length - 1];
    const ref = current?.[0];
    if (ref && Math.abs(ref.y - run.y) <= Math.max(ref.size, run.size) * 0.35) current.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    let size = 0;
    const segments: PdfLine['segments'] = [];
    for (const run of group) {
      size = Math.max(size, run.size);
      const piece = run.text.replace(/\s+/g, ' ');
      const gap = run.x - end;
      text = gap > WIDE_GAP * run.size && text !== '' && !/\s$/.test(text) ? `${text} ${piece.trimStart()}` : joinText(text, piece);
      const segment = segments[segments.length - 1];
      if (segment && gap <= CELL_GAP * run.size) {
        segment.text = joinText(segment.text, piece);
        segment.x1 = Math.max(segment.x1, run.x + run.width);
      } else if (piece.trim() !== '') segments.push({ x0: run.x, x1: run.x + run.width, text: piece });
      end = Math.max(end, run.x + run.width);
    }
    for (const segment of segments) segment.text = segment.text.trim();
    const first = group[0]!;
    return { page, y: first.y, x0: first.x, x1: end, size, text: text.trim(), segments };
  });
}
