/**
 * The network tables as one DuckDB database file, for researchers who would rather open a
 * database than five Parquet files. Built by @duckdb/node-api — an optional peer dependency (a
 * native package of about 70 MB) loaded only here, on demand — from the Parquet tables, so the
 * database holds exactly the same rows and column types.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BadOptionError } from '../errors.js';

interface DuckDb {
  DuckDBInstance: {
    create(path: string): Promise<{ connect(): Promise<{ run(sql: string): Promise<unknown>; closeSync(): void }>; closeSync(): void }>;
  };
}

async function duckdb(): Promise<DuckDb> {
  try {
    return (await import('@duckdb/node-api' as string)) as DuckDb;
  } catch {
    throw new BadOptionError('--duckdb needs the optional package @duckdb/node-api: npm install @duckdb/node-api (or open the Parquet files in DuckDB with read_parquet)');
  }
}

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * The bytes of a DuckDB database with one table per Parquet file (`plans`, `items`, `edges`,
 * `links`, `diffusion`), made in a temporary folder that is removed afterwards.
 * @example writeFileSync('network.duckdb', await networkDuckDb(await networkParquet(network)));
 */
export async function networkDuckDb(parquet: Record<string, Uint8Array>): Promise<Uint8Array> {
  const { DuckDBInstance } = await duckdb();
  const dir = mkdtempSync(join(tmpdir(), 'policy-lineage-duckdb-'));
  try {
    const file = join(dir, 'network.duckdb');
    const db = await DuckDBInstance.create(file);
    const con = await db.connect();
    try {
      for (const [name, bytes] of Object.entries(parquet)) {
        const path = join(dir, `${name}.parquet`);
        writeFileSync(path, bytes);
        await con.run(`create table "${name}" as select * from read_parquet(${quote(path)})`);
      }
    } finally {
      con.closeSync();
      db.closeSync();
    }
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
