import { corpusStatusAt } from '../../lineage/corpus.js';
import type { CorpusResult } from '../../model/lineage.js';
import { csvDocument, type CsvValue } from '../common/csv.js';
import { sanitizeDeep } from '../common/sanitize.js';
import { corpusGroupOf, corpusGroups } from './groups.js';

/** A table of the corpus report: one row per lower plan, or the diffusion table (one row per upper item). */
export type CorpusTable = 'plans' | 'diffusion' | 'items';

/** Options of {@link renderCorpusCsv}. */
export interface CorpusCsvOptions {
  /**
   * `plans` (default): one row per lower plan — its group, counts, inheritance rate and one status
   * column per upper item. `diffusion` (also `items`): one row per upper item, with counts and the
   * adoption rate of each group of plans (descendants, peers, other years) in columns of their own.
   */
  table?: CorpusTable;
}

/**
 * The corpus result as CSV (UTF-8 byte order mark, CRLF, RFC 4180, formula-looking text cells
 * prefixed with '): per lower plan by default, or the diffusion table. The columns are listed in
 * the README.
 * @example
 * fs.writeFileSync('plans.csv', renderCorpusCsv(result));
 * fs.writeFileSync('diffusion.csv', renderCorpusCsv(result, { table: 'diffusion' }));
 */
export function renderCorpusCsv(corpus: CorpusResult, options: CorpusCsvOptions = {}): string {
  const result = sanitizeDeep(corpus);
  if (options.table === 'items' || options.table === 'diffusion') {
    const groups = corpusGroups(result);
    const header: CsvValue[] = ['upper id', 'marker', 'heading'];
    for (const g of groups) header.push(`${g.group} plans`, `${g.group} inherited`, `${g.group} modified`, `${g.group} dropped`, `${g.group} adoption rate`);
    const rows: CsvValue[][] = [header];
    result.items.forEach((r, k) => {
      const row: CsvValue[] = [r.id, r.marker, r.heading];
      for (const g of groups) {
        const x = g.items[k]!;
        row.push(g.plans.length, x.inherited, x.modified, x.dropped, x.adoptionRate);
      }
      rows.push(row);
    });
    return csvDocument(rows);
  }
  const header: CsvValue[] = ['source', 'title', 'place', 'level', 'year', 'relation', 'group', 'items', 'inherited', 'modified', 'dropped', 'added', 'inheritance rate'];
  for (const r of result.items) header.push(`${r.id} ${r.heading}`);
  const rows: CsvValue[][] = [header];
  for (const p of result.plans) {
    const row: CsvValue[] = [p.source, p.title, p.jurisdiction.name, p.jurisdiction.level, p.year, p.relation, corpusGroupOf(result.upper, p), p.items, p.counts.inherited, p.counts.modified, p.counts.dropped, p.counts.added, p.inheritanceRate];
    result.items.forEach((_, k) => row.push(corpusStatusAt(p, k)));
    rows.push(row);
  }
  return csvDocument(rows);
}
