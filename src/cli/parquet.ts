/**
 * The network tables as Parquet files, with hyparquet-writer — an optional dependency loaded only
 * here, on demand, so neither the library nor the other commands pay for it.
 */
import { BadOptionError } from '../errors.js';
import type { NetworkResult } from '../lineage/network.js';

type Column = { name: string; data: unknown[]; type: 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN' };
interface Writer {
  parquetWriteBuffer(options: { columnData: Column[] }): ArrayBuffer;
}

/** Column types of each table, in order; the README documents them. */
export const PARQUET_SCHEMA: Record<string, Record<string, Column['type']>> = {
  plans: { id: 'STRING', source: 'STRING', title: 'STRING', place: 'STRING', level: 'STRING', parentPlace: 'STRING', year: 'INT32', docNumber: 'STRING', items: 'INT32' },
  items: { plan: 'STRING', item: 'STRING', heading: 'STRING', text: 'STRING', leads: 'STRING', deadline: 'STRING' },
  edges: { child: 'STRING', parent: 'STRING', score: 'DOUBLE', jurisdictionStep: 'INT32', citation: 'STRING', yearGap: 'INT32', overlap: 'DOUBLE', inherited: 'INT32', modified: 'INT32', added: 'INT32', dropped: 'INT32' },
  links: { parent: 'STRING', child: 'STRING', status: 'STRING', upperItem: 'STRING', lowerItems: 'STRING', score: 'DOUBLE' },
  diffusion: { plan: 'STRING', item: 'STRING', heading: 'STRING', children: 'INT32', inherited: 'INT32', modified: 'INT32', dropped: 'INT32' },
};

async function writer(): Promise<Writer> {
  try {
    return (await import('hyparquet-writer')) as unknown as Writer;
  } catch {
    throw new BadOptionError('Parquet output needs the optional package hyparquet-writer: npm install hyparquet-writer (or use --format json)');
  }
}

/**
 * The five tables (plans, items, edges, links, diffusion) as Parquet file bytes.
 * @example const files = await networkParquet(network); writeFileSync('edges.parquet', files.edges);
 */
export async function networkParquet(network: NetworkResult): Promise<Record<string, Uint8Array>> {
  const { parquetWriteBuffer } = await writer();
  const rows: Record<string, Record<string, unknown>[]> = {
    plans: network.plans,
    items: network.items,
    edges: network.edges.map(({ evidence, ...e }) => ({ ...e, ...evidence })),
    links: network.links,
    diffusion: network.diffusion,
  };
  const out: Record<string, Uint8Array> = {};
  for (const [table, columns] of Object.entries(PARQUET_SCHEMA)) {
    const data = rows[table]!;
    const columnData = Object.entries(columns).map(([name, type]) => ({ name, type, data: data.map((r) => r[name] ?? null) }));
    out[table] = new Uint8Array(parquetWriteBuffer({ columnData }));
  }
  return out;
}
