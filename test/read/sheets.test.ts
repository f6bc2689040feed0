import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../src/parse/read-plan.js';
import { csvRows } from '../../src/read/csv.js';
import { detectFormat } from '../../src/read/detect.js';
import { readDocument } from '../../src/read/index.js';
import { cellAddress, numberShape, shownNumber } from '../../src/read/xlsx/cells.js';
import { fixturePath } from '../helpers.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** A minimal workbook of our own XML: one sheet of inline and shared strings, and `extra` parts. */
function workbook(sheetXml: string, extra: Record<string, string> = {}, sheets = '<sheet name="表1" sheetId="1" r:id="rId1"/>'): Uint8Array {
  return zipSync({
    'xl/workbook.xml': strToU8(`<workbook xmlns:r="r"><sheets>${sheets}</sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>'),
    'xl/sharedStrings.xml': strToU8('<sst><si><t>序号</t></si><si><r><t>工作</t></r><r><t>任务</t></r><rPh><t>ガイド</t></rPh></si><si><t>责任单位</t></si></sst>'),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml),
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
  });
}

describe('spreadsheet detection', () => {
  it('takes .csv by name only: the same text named .txt is plain text', () => {
    const text = utf8('序号,工作任务,责任单位\n1,公开预算。,县财政局\n');
    expect(detectFormat(text, 'a.csv')).toBe('csv');
    expect(detectFormat(text, 'a.txt')).toBe('text');
  });

  it('names the way out for an Excel 97–2003 file', async () => {
    const ole = new Uint8Array(512 * 3);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    [...'Workbook'].forEach((ch, k) => (ole[512 + 128 + k * 2] = ch.charCodeAt(0)));
    [...'Root Entry'].forEach((ch, k) => (ole[512 + k * 2] = ch.charCodeAt(0)));
    await expect(readDocument(ole, { source: 'a.xls' })).rejects.toThrow(/a\.xls: an Excel 97–2003 workbook.*save it as \.xlsx/);
  });
});

describe('readXlsx', () => {
  it('reads shared strings (runs joined, phonetic guides left out), inline strings and numbers in sheet order', async () => {
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
      + '<row r="3"><c r="A3"><v>1</v></c><c r="B3" t="inlineStr"><is><t>公开预算&amp;决算。</t></is></c><c r="C3" t="str"><v>县财政局</v></c></row></sheetData></worksheet>';
    const doc = await readDocument(workbook(sheet), { source: 'a.xlsx' });
    expect(doc.format).toBe('xlsx');
    expect(doc.blocks).toEqual([{ kind: 'table', rows: [['序号', '工作任务', '责任单位'], ['1', '公开预算&决算。', '县财政局']], origin: { table: 1 } }]);
  });

  it('repeats a merged value over its range, marks the repeats, and lays title rows out as paragraphs', async () => {
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>某县2024年政务公开任务分工</t></is></c></row>'
      + '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c></row>'
      + '<row r="3"><c r="A3"><v>1</v></c><c r="B3" t="inlineStr"><is><t>公开预算。</t></is></c><c r="C3" t="inlineStr"><is><t>县财政局</t></is></c></row>'
      + '<row r="4"><c r="A4"><v>2</v></c><c r="B4" t="inlineStr"><is><t>公开决算。</t></is></c></row></sheetData>'
      + '<mergeCells><mergeCell ref="A1:C1"/><mergeCell ref="C3:C4"/></mergeCells></worksheet>';
    const doc = await readDocument(workbook(sheet), { source: 'a.xlsx' });
    expect(doc.blocks[0]).toEqual({ kind: 'paragraph', text: '某县2024年政务公开任务分工', origin: { table: 1, row: 1 } });
    const table = doc.blocks[1]!;
    expect(table.kind === 'table' && table.rows[2]).toEqual(['2', '公开决算。', '县财政局']);
    expect(table.kind === 'table' && table.mergedFrom?.[2]).toEqual([null, null, 'above']);
  });

  it('refuses a workbook without sheets and one whose sheets hold no text, naming the file', async () => {
    await expect(readDocument(workbook('<worksheet/>', {}, ''), { source: 'none.xlsx' })).rejects.toThrow(/none\.xlsx: an Excel workbook without sheets/);
    await expect(readPlan(workbook('<worksheet><sheetData/></worksheet>'), { source: 'empty.xlsx' })).rejects.toMatchObject({ code: 'EMPTY' });
  });
});

describe('sheet cells', () => {
  it('reads A1 references and shows date serials as their format does', () => {
    expect(cellAddress('AB12')).toEqual({ row: 12, col: 28 });
    expect(numberShape(14, undefined)).toBe('date');
    expect(numberShape(176, 'yyyy"年"m"月"d"日"')).toBe('date-cjk');
    expect(numberShape(177, '0.00"万元"')).toBe('number');
    expect(shownNumber('45473', 'date-cjk', false)).toBe('2024年6月30日');
    expect(shownNumber('45473', 'date', false)).toBe('2024/6/30');
    expect(shownNumber('0.30000000000000004', 'number', false)).toBe('0.3');
  });
});

describe('csvRows', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(csvRows('1,"a,b","say ""x""\nmore"\r\n2,c,\n')).toEqual([['1', 'a,b', 'say "x"\nmore'], ['2', 'c', '']]);
  });
});

describe('spreadsheet fixtures', () => {
  it('read the same plan from the workbook as a careful reader of the sheet does (hidden column and sheet left out)', async () => {
    const plan = await readPlan(readFileSync(fixturePath('parse', 'excel-task-table', 'input.xlsx')), { source: 'input.xlsx' });
    const text = JSON.stringify(plan);
    expect(text).not.toContain('已与发改委对接');
    expect(text).not.toContain('请勿改动表头');
    expect(plan.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['skipped-hidden', 'skipped-sheets']));
  });
});
