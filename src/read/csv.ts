import { decodeBytes } from './decode.js';
import { sheetBlocks } from './sheet-blocks.js';
import type { ReadDocument, ReadOptions } from './types.js';

/**
 * Reads a task table saved as CSV (Excel's "CSV (逗号分隔)", often GB18030 without a BOM, or UTF-8
 * with one): fields split at commas — or at semicolons or tabs when the header row has more of
 * those — with RFC 4180 quoting ("a, b" and "" inside quotes; a line break inside quotes stays in
 * the cell), then laid out like a sheet (see {@link sheetBlocks}).
 * @example readCsv(new TextEncoder().encode('序号,工作任务,责任单位\n1,公开预算。,县财政局'), {}).blocks[0].kind // 'table'
 */
export function readCsv(bytes: Uint8Array, options: ReadOptions = {}): ReadDocument {
  const source = options.source ?? null;
  const { text } = decodeBytes(bytes, source);
  const rows = csvRows(text, delimiterOf(text));
  return { format: 'csv', blocks: sheetBlocks({ rows }, 1), metadata: {}, warnings: [], source };
}

function delimiterOf(text: string): string {
  const head = text.slice(0, text.search(/\r?\n|$/));
  const count = (d: string) => head.split(d).length - 1;
  return [';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/** RFC 4180 rows. */
export function csvRows(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text.charAt(i + 1) === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
