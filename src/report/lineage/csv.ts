import type { Lineage } from '../../model/lineage.js';
import { displayText } from '../comparison/lookup.js';
import { indexLineage, skipNote } from './cells.js';
import { csvDocument, type CsvValue } from '../common/csv.js';
import type { Lang } from '../common/labels.js';
import { sanitizeDeep } from '../common/sanitize.js';

/**
 * The requirement chains as CSV: one row per chain, one group of columns per level
 * (`L1 沈阳市 status`, `… ids`, `… text`, `… score`, `… note`), top level first. Status is one of
 * origin, added, inherited, modified, dropped (dropped at this level), absent (still missing
 * below a drop), or empty above the level where the requirement first appears. UTF-8 with a byte
 * order mark, CRLF, RFC 4180 quoting; text cells a spreadsheet would run as formulas start with '.
 * @example fs.writeFileSync('lineage.csv', renderLineageCsv(lineage));
 */
export function renderLineageCsv(input: Lineage, _options: { lang?: Lang } = {}): string {
  const lineage = sanitizeDeep(input);
  const idx = indexLineage(lineage);
  const header: CsvValue[] = ['chain', 'origin level', 'origin id', 'dropped at', 'reappears at'];
  idx.names.forEach((name, level) => {
    for (const col of ['status', 'ids', 'text', 'score', 'note']) header.push(`L${level + 1} ${name} ${col}`);
  });
  const rows: CsvValue[][] = [header];
  lineage.chains.forEach((chain, n) => {
    const row: CsvValue[] = [
      n + 1,
      idx.names[chain.origin.level],
      chain.origin.id,
      chain.droppedAt === null ? '' : idx.names[chain.droppedAt],
      chain.reappearsAt === null ? '' : idx.names[chain.reappearsAt],
    ];
    for (const cell of chain.cells) {
      const items = cell.ids.map((id) => idx.items[cell.level]!.get(id)).filter((i) => i !== undefined);
      row.push(cell.status === 'above' ? '' : cell.status, cell.ids.join(' + '), items.map(displayText).join(' | '), cell.score, skipNote(idx, cell));
    }
    rows.push(row);
  });
  return csvDocument(rows);
}
