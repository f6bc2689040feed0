import escape from 'lodash/escape.js';
import { LINK_STATUSES, type Summary } from '../model/comparison.js';
import { tallyLabel } from './labels.js';
import type { SectionTally } from './link-sections.js';
import type { Wording } from './wording.js';

const WIDTH = 1000;
const LABEL_WIDTH = 300;
const BAR_X = 310;
const BAR_WIDTH = 380;
const COUNT_X = 700;
const COUNT_WIDTH = 58;
const ROW = 32;
const BAR_HEIGHT = 20;
const HEAD = 28;
const FONT = 14;

/** A row of the chart: a label and the counts per status. */
interface ChartRow {
  label: string;
  counts: Summary;
  total: number;
  isTotal?: boolean;
}

/**
 * The summary as an inline SVG: one 100 % stacked bar per top-level section and one for the whole
 * comparison, with the counts written out in columns beside the bars (and inside segments wide
 * enough), so nothing is told by colour alone.
 * @example summaryChart(tallyBySection(c, places, map), c.summary, wordingFor(c.relation)) // → '<svg class="chart" …'
 */
export function summaryChart(tallies: SectionTally[], summary: Summary, w: Wording): string {
  const total = LINK_STATUSES.reduce((n, s) => n + summary[s], 0);
  const rows: ChartRow[] = tallies.map((t) => ({ label: tallyLabel(t, w), counts: t.counts, total: t.total }));
  rows.push({ label: '全部 All', counts: summary, total, isTotal: true });
  const height = HEAD + rows.length * ROW + 12;
  const out: string[] = [];
  const description = `${w.status.inherited.zh} ${summary.inherited}, ${w.status.modified.zh} ${summary.modified}, ${w.status.added.zh} ${summary.added}, ${w.status.dropped.zh} ${summary.dropped}; ${rows.length - 1} sections`;
  out.push(
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="chart-title">各章节条目去向 Links per status and section</title>`,
    `<desc id="chart-desc">${escape(description)}</desc>`,
    `<text class="head" x="0" y="${HEAD - 10}">章节 Section</text>`,
    `<text class="head" x="${BAR_X}" y="${HEAD - 10}">占比 Share</text>`,
  );
  LINK_STATUSES.forEach((s, k) => out.push(`<text class="head num" x="${COUNT_X + COUNT_WIDTH * (k + 1) - 6}" y="${HEAD - 10}">${escape(w.status[s].zh)}</text>`));
  out.push(`<text class="head num" x="${WIDTH - 4}" y="${HEAD - 10}">合计</text>`);
  rows.forEach((row, r) => {
    const y = HEAD + r * ROW + (row.isTotal ? 8 : 0);
    if (row.isTotal) out.push(`<line class="grid" x1="0" x2="${WIDTH}" y1="${y - 3}" y2="${y - 3}"/>`);
    out.push(`<g class="${row.isTotal ? 'total-row' : 'row'}">`);
    const parts = LINK_STATUSES.map((s) => `${w.status[s].zh} ${w.status[s].en} ${row.counts[s]}`).join(', ');
    out.push(`<title>${escape(`${row.label}: ${parts}`)}</title>`);
    out.push(`<text x="0" y="${y + BAR_HEIGHT - 5}">${escape(clipToWidth(row.label, LABEL_WIDTH - 10))}</text>`);
    let x = BAR_X;
    for (const s of LINK_STATUSES) {
      const n = row.counts[s];
      if (n === 0 || row.total === 0) continue;
      const width = (n / row.total) * BAR_WIDTH;
      out.push(`<rect class="seg-${s}" x="${fmt(x)}" y="${y}" width="${fmt(width)}" height="${BAR_HEIGHT}"/>`);
      if (width >= 22) out.push(`<text class="in-bar on-${s}" x="${fmt(x + width / 2)}" y="${y + BAR_HEIGHT - 6}">${n}</text>`);
      x += width;
    }
    LINK_STATUSES.forEach((s, k) => out.push(`<text class="num" x="${COUNT_X + COUNT_WIDTH * (k + 1) - 6}" y="${y + BAR_HEIGHT - 5}">${row.counts[s]}</text>`));
    out.push(`<text class="num" x="${WIDTH - 4}" y="${y + BAR_HEIGHT - 5}">${row.total}</text>`);
    out.push('</g>');
  });
  out.push('</svg>');
  return out.join('\n');
}

function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** Cuts a label to the width it may take, estimating CJK glyphs as one em and others as ~0.58 em. */
function clipToWidth(label: string, width: number): string {
  const glyph = (ch: string) => (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? FONT : FONT * 0.58);
  const chars = [...label];
  if (chars.reduce((n, ch) => n + glyph(ch), 0) <= width) return label;
  let used = FONT; // room for the ellipsis
  let out = '';
  for (const ch of chars) {
    if (used + glyph(ch) > width) break;
    used += glyph(ch);
    out += ch;
  }
  return `${out}…`;
}
