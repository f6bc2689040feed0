import { LINK_STATUSES, type Summary } from '../../model/comparison.js';
import { escapeHtml as escape } from '../common/html.js';
import type { Bi } from './html-i18n.js';
import type { SectionTally } from './link-sections.js';
import { tallyLabel } from './phrases.js';
import type { Wording } from './wording.js';

const FONT = 14;

/** A row of the chart: a label and the counts per status. */
interface ChartRow {
  label: string;
  counts: Summary;
  total: number;
  isTotal?: boolean;
}

/** Where things go in one layout of the chart. */
interface Layout {
  width: number;
  /** Label beside the bar (wide) or above it (narrow). */
  labelWidth: number;
  barX: number;
  barWidth: number;
  /** Counts in columns right of the bar (wide) or none (narrow: the segments and a line say them). */
  countX: number | null;
  countWidth: number;
  row: number;
  barY: number;
}

const WIDE: Layout = { width: 1000, labelWidth: 300, barX: 310, barWidth: 380, countX: 700, countWidth: 58, row: 32, barY: 0 };
const NARROW: Layout = { width: 360, labelWidth: 360, barX: 0, barWidth: 360, countX: null, countWidth: 0, row: 62, barY: 22 };
const HEAD = 28;
const BAR_HEIGHT = 20;

/**
 * The summary as inline SVG, in two layouts the stylesheet picks between: a wide one (label, 100 %
 * stacked bar, counts in columns) and a narrow one for phones (label above a full-width bar,
 * counts inside the segments and written out below), so the chart stays readable at 390 px.
 * Nothing is told by colour alone. Headings exist in both languages, one shown at a time.
 * @example summaryChart(tallies, c.summary, bi) // → '<svg class="chart chart-wide" …'
 */
export function summaryChart(tallies: SectionTally[], summary: Summary, bi: Bi): string {
  return [svg(tallies, summary, bi, WIDE, 'chart-wide'), svg(tallies, summary, bi, NARROW, 'chart-narrow')].join('\n');
}

/** A text in both languages as two SVG text elements, one shown at a time. */
function text2(bi: Bi, f: (w: Wording) => string, attrs: string): string {
  const zh = f(bi.zh);
  const en = f(bi.en);
  if (zh === en) return `<text ${attrs}>${escape(zh)}</text>`;
  return `<text ${attrs.replace(/class="([^"]*)"/, 'class="$1 i-zh"')}>${escape(zh)}</text><text ${attrs.replace(/class="([^"]*)"/, 'class="$1 i-en"')}>${escape(en)}</text>`;
}

function svg(tallies: SectionTally[], summary: Summary, bi: Bi, L: Layout, cls: string): string {
  const total = LINK_STATUSES.reduce((n, s) => n + summary[s], 0);
  const w = bi.first;
  const rows: ChartRow[] = tallies.map((t) => ({ label: tallyLabel(t, w), counts: t.counts, total: t.total }));
  rows.push({ label: w.t('all'), counts: summary, total, isTotal: true });
  const height = HEAD + rows.length * L.row + 12;
  const id = `${cls}-title`;
  const out: string[] = [];
  const description = LINK_STATUSES.map((s) => `${w.status[s].label} ${summary[s]}`).join(', ');
  out.push(
    `<svg class="chart ${cls}" viewBox="0 0 ${L.width} ${height}" role="img" aria-labelledby="${id}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}">${escape(`${w.t('chartTitle')}: ${description}`)}</title>`,
    text2(bi, (x) => x.t('section'), `class="head" x="0" y="${HEAD - 10}"`),
  );
  if (L.countX !== null) {
    out.push(text2(bi, (x) => x.t('share'), `class="head" x="${L.barX}" y="${HEAD - 10}"`));
    LINK_STATUSES.forEach((s, k) => out.push(text2(bi, (x) => x.status[s].label, `class="head num" x="${L.countX! + L.countWidth * (k + 1) - 6}" y="${HEAD - 10}"`)));
    out.push(text2(bi, (x) => x.t('total'), `class="head num" x="${L.width - 4}" y="${HEAD - 10}"`));
  }
  rows.forEach((row, r) => {
    const y = HEAD + r * L.row + (row.isTotal ? 8 : 0);
    if (row.isTotal) out.push(`<line class="grid" x1="0" x2="${L.width}" y1="${y - 3}" y2="${y - 3}"/>`);
    out.push(`<g class="${row.isTotal ? 'total-row' : 'row'}">`);
    const label = row.isTotal ? null : clipToWidth(row.label, L.labelWidth - 10);
    if (label === null) out.push(text2(bi, (x) => x.t('all'), `class="label" x="0" y="${y + (L.countX === null ? 15 : BAR_HEIGHT - 5)}"`));
    else out.push(`<text class="label" x="0" y="${y + (L.countX === null ? 15 : BAR_HEIGHT - 5)}">${escape(label)}</text>`);
    let x = L.barX;
    const by = y + L.barY;
    for (const s of LINK_STATUSES) {
      const n = row.counts[s];
      if (n === 0 || row.total === 0) continue;
      const width = (n / row.total) * L.barWidth;
      out.push(`<rect class="seg-${s}" x="${fmt(x)}" y="${by}" width="${fmt(width)}" height="${BAR_HEIGHT}"/>`);
      if (width >= 22) out.push(`<text class="in-bar on-${s}" x="${fmt(x + width / 2)}" y="${by + BAR_HEIGHT - 6}">${n}</text>`);
      x += width;
    }
    if (L.countX !== null) {
      LINK_STATUSES.forEach((s, k) => out.push(`<text class="num" x="${L.countX! + L.countWidth * (k + 1) - 6}" y="${y + BAR_HEIGHT - 5}">${row.counts[s]}</text>`));
      out.push(`<text class="num" x="${L.width - 4}" y="${y + BAR_HEIGHT - 5}">${row.total}</text>`);
    } else {
      out.push(text2(bi, (x) => `${LINK_STATUSES.map((s) => `${x.status[s].label} ${row.counts[s]}`).join(' · ')} · ${x.t('total')} ${row.total}`, `class="counts-line" x="0" y="${by + BAR_HEIGHT + 15}"`));
    }
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
