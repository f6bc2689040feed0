import type { Origin } from '../model/position.js';
import type { TableBlock } from './types.js';

type MergeSide = 'left' | 'above' | null;

/**
 * The table block of a Word, OpenDocument or spreadsheet table once its rows are read: rows padded to the
 * widest (a merge the file leaves open at a row's end would otherwise shift later columns), and
 * `merged`/`mergedFrom` set only when some cell continues a merge.
 */
export function tableBlock(rows: string[][], mergedFrom: MergeSide[][], origin: Origin): TableBlock {
  const width = Math.max(0, ...rows.map((r) => r.length));
  rows.forEach((row, r) => {
    while (row.length < width) {
      row.push('');
      mergedFrom[r]!.push(null);
    }
  });
  const block: TableBlock = { kind: 'table', rows, origin };
  if (mergedFrom.some((r) => r.some(Boolean))) {
    block.mergedFrom = mergedFrom;
    block.merged = mergedFrom.map((r) => r.map(Boolean));
  }
  return block;
}
