import { UnreadableDocumentError } from '../../errors.js';
import type { ParseWarning } from '../../model/plan.js';
import { DEFAULT_MAX_BYTES } from '../limits.js';
import { sheetBlocks } from '../sheet-blocks.js';
import type { Block, DocumentMetadata, ReadDocument, ReadOptions } from '../types.js';
import { unzipParts } from '../unzip.js';
import { XmlTooDeepError, allText, coreTitle, attr, child, childrenNamed, childrenOf, findDeep, parseXml, tagOf, type XmlNode } from '../xml.js';
import { cellAddress, numberShape, rangeOf, shownNumber, type NumberShape } from './cells.js';

const PARTS = /^(xl\/(workbook|sharedStrings|styles)\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/worksheets\/[^/]+\.xml|docProps\/core\.xml)$/;
/** Most cells a sheet may address (a stray cell at XFD1048576 must not allocate the grid). */
const MAX_CELLS = 2_000_000;

/**
 * Reads an Excel workbook (.xlsx, .xlsm) — the form a 任务分工 / 任务分解表 is often kept in: each
 * visible sheet in workbook order, its title rows as paragraphs and its table as a table block
 * with merged cells resolved (see {@link sheetBlocks}); shared and inline strings, numbers, and
 * dates shown as their format shows them. Hidden sheets, rows and columns are left out and counted.
 * @throws {@link UnreadableDocumentError} for a damaged zip or a workbook without sheets
 * @example
 * const doc = await readXlsx(fs.readFileSync('分工.xlsx'), { source: '分工.xlsx' });
 * doc.blocks[0]; // { kind: 'paragraph', text: '某县2024年政务公开重点任务分工', … }
 */
export async function readXlsx(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  const source = options.source ?? null;
  const files = unzipParts(bytes, PARTS, { limit: options.maxBytes ?? DEFAULT_MAX_BYTES, source, format: 'xlsx' });
  const xml = (name: string, required = false): XmlNode[] | null => {
    const f = files[name];
    if (!f) return null;
    try {
      return parseXml(new TextDecoder().decode(f));
    } catch (e) {
      if (!required) return null;
      throw new UnreadableDocumentError(e instanceof XmlTooDeepError ? `${name}: ${e.message}` : `a damaged Excel file: ${name} is not well-formed XML (${(e as Error).message})`, source, 'xlsx');
    }
  };
  const workbook = xml('xl/workbook.xml', true);
  if (!workbook) throw new UnreadableDocumentError(`an Excel package without its workbook part (xl/workbook.xml); expected an .xlsx workbook`, source, 'xlsx');
  const targets = relationshipTargets(xml('xl/_rels/workbook.xml.rels'));
  const strings = sharedStrings(xml('xl/sharedStrings.xml'));
  const shapes = cellShapes(xml('xl/styles.xml'));
  const date1904 = /^(1|true)$/.test(attr(findDeep(workbook, 'workbookPr') ?? {}, 'date1904') ?? '');

  const warnings: ParseWarning[] = [];
  const blocks: Block[] = [];
  const read: string[] = [];
  const hidden: string[] = [];
  const sheets = childrenNamed(findDeep(workbook, 'sheets') ?? {}, 'sheet');
  if (sheets.length === 0) throw new UnreadableDocumentError(`an Excel workbook without sheets; expected a plan table`, source, 'xlsx');
  for (const sheet of sheets) {
    const name = attr(sheet, 'name') ?? '';
    if (/hidden/i.test(attr(sheet, 'state') ?? '')) {
      hidden.push(name);
      continue;
    }
    const target = targets.get(attr(sheet, 'r:id') ?? '');
    const part = target ? xml(target, true) : null;
    if (!part) continue;
    const rows = sheetRows(part, strings, shapes, date1904, warnings, name, source);
    const these = sheetBlocks(rows, read.length + 1);
    if (these.length === 0) continue;
    read.push(name);
    blocks.push(...these);
  }
  if (hidden.length) warnings.push({ code: 'skipped-sheets', line: null, message: `left out ${hidden.length} hidden sheet(s): ${hidden.join('、')}` });
  if (read.length > 1) warnings.push({ code: 'read-sheets', line: null, message: `read ${read.length} sheets one after another: ${read.join('、')}` });

  const metadata: DocumentMetadata = coreTitle(xml('docProps/core.xml'), 'xlsx-core');
  return { format: 'xlsx', blocks, metadata, warnings, source };
}

/** Relationship id → part name ("rId1" → "xl/worksheets/sheet1.xml"). */
function relationshipTargets(rels: XmlNode[] | null): Map<string, string> {
  const out = new Map<string, string>();
  const root = rels ? findDeep(rels, 'Relationships') : undefined;
  for (const r of root ? childrenNamed(root, 'Relationship') : []) {
    const id = attr(r, 'Id');
    const target = attr(r, 'Target');
    if (!id || !target) continue;
    out.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  return out;
}

/** The text of a string item: its <t>, or its runs' <t>s; phonetic guides (<rPh>) are not text. */
function stringText(si: XmlNode): string {
  let out = '';
  for (const c of childrenOf(si)) {
    const tag = tagOf(c);
    if (tag === 't') out += allText(c);
    else if (tag === 'r') out += childrenNamed(c, 't').map(allText).join('');
  }
  return out;
}

function sharedStrings(sst: XmlNode[] | null): string[] {
  const root = sst ? findDeep(sst, 'sst') : undefined;
  return root ? childrenNamed(root, 'si').map(stringText) : [];
}

/** For each cell style (the `s` of a cell), how its number format shows a number. */
function cellShapes(styles: XmlNode[] | null): NumberShape[] {
  if (!styles) return [];
  const codes = new Map<number, string>();
  for (const f of childrenNamed(findDeep(styles, 'numFmts') ?? {}, 'numFmt')) codes.set(Number(attr(f, 'numFmtId')), attr(f, 'formatCode') ?? '');
  return childrenNamed(findDeep(styles, 'cellXfs') ?? {}, 'xf').map((xf) => {
    const id = Number(attr(xf, 'numFmtId') ?? 0);
    return numberShape(id, codes.get(id));
  });
}

/** A worksheet as rows of cell texts with merges resolved; hidden rows and columns left out. */
function sheetRows(part: XmlNode[], strings: string[], shapes: NumberShape[], date1904: boolean, warnings: ParseWarning[], name: string, source: string | null) {
  const data = findDeep(part, 'sheetData');
  const grid = new Map<number, Map<number, string>>();
  const hiddenRows = new Set<number>();
  let nextRow = 1;
  let maxCol = 0;
  for (const row of data ? childrenNamed(data, 'row') : []) {
    const r = Number(attr(row, 'r') ?? nextRow);
    nextRow = r + 1;
    if (/^(1|true)$/.test(attr(row, 'hidden') ?? '')) hiddenRows.add(r);
    const cells = new Map<number, string>();
    let nextCol = 1;
    for (const c of childrenNamed(row, 'c')) {
      const col = cellAddress(attr(c, 'r') ?? '')?.col ?? nextCol;
      nextCol = col + 1;
      const text = cellText(c, strings, shapes, date1904);
      if (text !== '') {
        cells.set(col, text);
        maxCol = Math.max(maxCol, col);
      }
    }
    if (cells.size) grid.set(r, cells);
  }
  const hiddenCols = new Set<number>();
  for (const col of childrenNamed(findDeep(part, 'cols') ?? {}, 'col')) {
    if (!/^(1|true)$/.test(attr(col, 'hidden') ?? '')) continue;
    for (let c = Number(attr(col, 'min')); c <= Number(attr(col, 'max')) && c <= maxCol; c++) hiddenCols.add(c);
  }
  const lastRow = Math.max(0, ...grid.keys());
  if (lastRow * maxCol > MAX_CELLS) throw new UnreadableDocumentError(`sheet "${name}" addresses ${lastRow} rows × ${maxCol} columns, more than a plan table holds`, source, 'xlsx');
  const rows: string[][] = [];
  const from: ('left' | 'above' | null)[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    rows.push(Array.from({ length: maxCol }, (_, c) => grid.get(r)?.get(c + 1) ?? ''));
    from.push(Array.from({ length: maxCol }, () => null));
  }
  // a merged range shows its top-left value over all it covers
  for (const m of childrenNamed(findDeep(part, 'mergeCells') ?? {}, 'mergeCell')) {
    const range = rangeOf(attr(m, 'ref') ?? '');
    if (!range || range.top > lastRow || range.left > maxCol) continue;
    const value = rows[range.top - 1]![range.left - 1]!;
    for (let r = range.top; r <= Math.min(range.bottom, lastRow); r++) {
      for (let c = range.left; c <= Math.min(range.right, maxCol); c++) {
        if (r === range.top && c === range.left) continue;
        rows[r - 1]![c - 1] = value;
        from[r - 1]![c - 1] = c > range.left ? 'left' : 'above';
      }
    }
  }
  const keepCols = Array.from({ length: maxCol }, (_, c) => c).filter((c) => !hiddenCols.has(c + 1));
  const keep = rows.map((_, r) => r).filter((r) => !hiddenRows.has(r + 1));
  const left = [hiddenRows.size ? `${hiddenRows.size} hidden row(s)` : '', hiddenCols.size ? `${hiddenCols.size} hidden column(s)` : ''].filter(Boolean);
  if (left.length) warnings.push({ code: 'skipped-hidden', line: null, message: `sheet "${name}": left out ${left.join(' and ')}` });
  return { rows: keep.map((r) => keepCols.map((c) => rows[r]![c]!)), mergedFrom: keep.map((r) => keepCols.map((c) => from[r]![c]!)) };
}

function cellText(c: XmlNode, strings: string[], shapes: NumberShape[], date1904: boolean): string {
  const type = attr(c, 't') ?? 'n';
  const v = child(c, 'v');
  const raw = v ? allText(v) : '';
  if (type === 's') return strings[Number(raw)] ?? '';
  if (type === 'inlineStr') {
    const is = child(c, 'is');
    return is ? stringText(is) : '';
  }
  if (type === 'str' || type === 'e') return raw;
  if (type === 'b') return raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
  if (raw === '') return '';
  return shownNumber(raw, shapes[Number(attr(c, 's') ?? 0)] ?? 'number', date1904);
}
