// The comparison as an Excel workbook. exceljs is an optional peer dependency loaded only here, by
// dynamic import, so the core and the browser bundle never carry it.
import type { Comparison, Link } from '../../model/comparison.js';
import type { Item, Plan } from '../../model/plan.js';
import { planItems, sectionPaths } from '../../model/walk.js';
import { PolicyLineageError } from '../../errors.js';
import type { Lang } from '../common/labels.js';
import { sanitizeDeep } from '../common/sanitize.js';
import { changeChips, chipText } from './change-chips.js';
import { pathLabel } from './link-sections.js';
import { displayText, indexComparison } from './lookup.js';
import { explainLink, linkExtent, planFacts, reversalNote, warningLines } from './phrases.js';
import { wordingFor, type Wording } from './wording.js';

/** Options of {@link renderXlsx}. */
export interface XlsxOptions {
  /** Language of the sheet names, headings and labels, `zh` (default) or `en`. */
  lang?: Lang;
}

type ExcelModule = typeof import('exceljs');
type Worksheet = import('exceljs').Worksheet;

/** A column of a sheet: its heading, width (characters) and the value of a row. */
interface Column<T> {
  header: string;
  width: number;
  value: (row: T) => string | number | null;
  /** Wrap long text (default true for width > 20). */
  wrap?: boolean;
}

async function loadExcel(): Promise<ExcelModule> {
  try {
    const m = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
    return m.default ?? m;
  } catch {
    throw new PolicyLineageError('IO', 'the .xlsx report needs the optional package exceljs: npm install exceljs');
  }
}

/**
 * The comparison as an `.xlsx` workbook (bytes): a summary sheet (both plans' facts, the counts,
 * parser warnings), a links sheet with one row per link — both sides' item ids as text (so `2.10`
 * stays `2.10`), headings, texts, status, score, extent, obligation / lead-unit / partner /
 * deadline changes, section moves and the explanation — and one sheet of items per plan. Every
 * sheet has a frozen header row, filters, column widths and wrapped text. Needs the optional
 * package `exceljs`; imported from `policy-lineage/xlsx`.
 * @example
 * import { renderXlsx } from 'policy-lineage/xlsx';
 * writeFileSync('comparison.xlsx', await renderXlsx(comparePlans(city, district), { lang: 'zh' }));
 */
export async function renderXlsx(comparison: Comparison, options: XlsxOptions = {}): Promise<Uint8Array> {
  const Excel = await loadExcel();
  const c = sanitizeDeep(comparison);
  const w = wordingFor(c.relation, options.lang ?? 'zh');
  const idx = indexComparison(c);
  const wb = new Excel.Workbook();
  wb.creator = 'policy-lineage';
  // a fixed date keeps the workbook the same for the same comparison
  wb.created = new Date(0);
  wb.modified = new Date(0);

  summarySheet(wb.addWorksheet(w.lang === 'zh' ? '概览' : 'Summary'), c, w);

  const ids = (xs: string[]) => xs.join('; ');
  const heads = (xs: string[], items: Map<string, Item>) => xs.map((id) => items.get(id)?.heading || '').filter(Boolean).join('\n');
  const texts = (xs: string[], items: Map<string, Item>) => xs.map((id) => (items.get(id) ? displayText(items.get(id)!) : '')).join('\n');
  const chip = (link: Link, kind: string) =>
    changeChips(link)
      .filter((x) => x.kind === kind)
      .map((x) => chipText(x, w))
      .join('\n');
  const links: Column<{ link: Link; n: number }>[] = [
    { header: '#', width: 6, value: (r) => r.n },
    { header: w.t('status'), width: 10, value: (r) => w.status[r.link.status].label },
    { header: `${w.t('upperPlan')} ${w.t('id')}`, width: 12, value: (r) => ids(r.link.upper) },
    { header: `${w.t('lowerPlan')} ${w.t('id')}`, width: 12, value: (r) => ids(r.link.lower) },
    { header: `${w.t('upperPlan')} ${w.t('heading')}`, width: 30, value: (r) => heads(r.link.upper, idx.upper) },
    { header: `${w.t('lowerPlan')} ${w.t('heading')}`, width: 30, value: (r) => heads(r.link.lower, idx.lower) },
    { header: `${w.t('upperPlan')} ${w.t('text')}`, width: 60, value: (r) => texts(r.link.upper, idx.upper) },
    { header: `${w.t('lowerPlan')} ${w.t('text')}`, width: 60, value: (r) => texts(r.link.lower, idx.lower) },
    { header: w.t('score'), width: 8, value: (r) => r.link.score },
    { header: w.t('extent'), width: 12, value: (r) => linkExtent(r.link, w.lang) ?? '' },
    { header: w.t('obligation'), width: 22, value: (r) => chip(r.link, 'obligation') },
    { header: w.t('leads'), width: 26, value: (r) => chip(r.link, 'leads') },
    { header: w.t('partners'), width: 26, value: (r) => chip(r.link, 'partners') },
    { header: w.t('deadline'), width: 30, value: (r) => chip(r.link, 'deadline') },
    { header: w.t('moved'), width: 30, value: (r) => chip(r.link, 'moved') },
    { header: w.t('explanation'), width: 40, value: (r) => explainLink(r.link, w) ?? '' },
  ];
  fillSheet(
    wb.addWorksheet(w.lang === 'zh' ? '逐条对照' : 'Links'),
    links,
    c.links.map((link, i) => ({ link, n: i + 1 })),
  );
  for (const [side, plan] of [['upper', c.upper], ['lower', c.lower]] as const) {
    itemsSheet(wb.addWorksheet(sheetName(`${w.t(side === 'upper' ? 'upperPlan' : 'lowerPlan')} ${w.t('items')}`)), plan, w);
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Excel's limits on sheet names: 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

function fillSheet<T>(ws: Worksheet, columns: Column<T>[], rows: T[]): void {
  ws.columns = columns.map((col) => ({ header: col.header, width: col.width }));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) ws.addRow(columns.map((col) => col.value(row)));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  columns.forEach((col, k) => {
    const column = ws.getColumn(k + 1);
    if (col.wrap ?? col.width > 20) column.alignment = { wrapText: true, vertical: 'top' };
    else column.alignment = { vertical: 'top' };
  });
}

function itemsSheet(ws: Worksheet, plan: Plan, w: Wording): void {
  const paths = sectionPaths(plan);
  const columns: Column<Item>[] = [
    { header: w.t('id'), width: 10, value: (i) => i.id },
    { header: w.t('marker'), width: 8, value: (i) => i.marker },
    { header: w.t('section'), width: 30, value: (i) => pathLabel(paths.get(i.id) ?? []) },
    { header: w.t('heading'), width: 30, value: (i) => i.heading },
    { header: w.t('text'), width: 70, value: (i) => i.text },
    { header: w.t('leads'), width: 24, value: (i) => i.leads.join('、') },
    { header: w.t('partners'), width: 24, value: (i) => i.partners.join('、') },
    { header: w.t('deadline'), width: 18, value: (i) => i.deadline ?? '' },
  ];
  fillSheet(ws, columns, planItems(plan));
}

function summarySheet(ws: Worksheet, c: Comparison, w: Wording): void {
  ws.columns = [{ width: 22 }, { width: 60 }, { width: 60 }];
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.addRow(['', w.t('upperPlan'), w.t('lowerPlan')]).font = { bold: true };
  ws.addRow([w.t('title'), c.upper.title, c.lower.title]);
  const upper = planFacts(c.upper, w);
  const lower = new Map(planFacts(c.lower, w));
  const keys = [...new Set([...upper.map(([k]) => k), ...lower.keys()])];
  for (const k of keys) ws.addRow([k, upper.filter(([x]) => x === k).map(([, v]) => v).join('\n'), planFacts(c.lower, w).filter(([x]) => x === k).map(([, v]) => v).join('\n')]);
  ws.addRow([]);
  ws.addRow([w.t('status'), w.t('links')]).font = { bold: true };
  for (const s of ['inherited', 'modified', 'added', 'dropped'] as const) ws.addRow([w.status[s].label, c.summary[s]]);
  ws.addRow([w.t('total'), c.links.length]);
  const note = reversalNote(c, w);
  if (note) ws.addRow([note]);
  const warnings = [c.upper, c.lower].flatMap((p) => warningLines(p, w.lang, 20));
  if (warnings.length) {
    ws.addRow([]);
    ws.addRow([w.t('warnings')]).font = { bold: true };
    for (const l of warnings) ws.addRow([l.trim()]);
  }
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  ws.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
}
