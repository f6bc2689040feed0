import { corpusStatusAt } from '../lineage/corpus.js';
import type { CorpusResult } from '../model/lineage.js';
import { csvDocument, type CsvValue } from './lineage-common.js';

/** Options of {@link renderCorpusCsv}. */
export interface CorpusCsvOptions {
  /**
   * `plans` (default): one row per lower plan — its counts, inheritance rate and one status column
   * per upper item. `items`: the diffusion table, one row per upper item.
   */
  table?: 'plans' | 'items';
}

/**
 * The corpus result as CSV (UTF-8 byte order mark, CRLF, RFC 4180, formula-looking text cells
 * prefixed with '): per lower plan by default, or the per-item diffusion table.
 * @example
 * fs.writeFileSync('plans.csv', renderCorpusCsv(result));
 * fs.writeFileSync('items.csv', renderCorpusCsv(result, { table: 'items' }));
 */
export function renderCorpusCsv(result: CorpusResult, options: CorpusCsvOptions = {}): string {
  if (options.table === 'items') {
    const rows: CsvValue[][] = [['upper id', 'marker', 'heading', 'inherited', 'modified', 'dropped', 'adoption rate', 'plans']];
    for (const r of result.items) rows.push([r.id, r.marker, r.heading, r.inherited, r.modified, r.dropped, r.adoptionRate, result.summary.plans]);
    return csvDocument(rows);
  }
  const header: CsvValue[] = ['source', 'title', 'place', 'level', 'year', 'relation', 'items', 'inherited', 'modified', 'dropped', 'added', 'inheritance rate'];
  for (const r of result.items) header.push(`${r.id} ${r.heading}`);
  const rows: CsvValue[][] = [header];
  for (const p of result.plans) {
    const row: CsvValue[] = [p.source, p.title, p.jurisdiction.name, p.jurisdiction.level, p.year, p.relation, p.items, p.counts.inherited, p.counts.modified, p.counts.dropped, p.counts.added, p.inheritanceRate];
    result.items.forEach((_, k) => row.push(corpusStatusAt(p, k)));
    rows.push(row);
  }
  return csvDocument(rows);
}
