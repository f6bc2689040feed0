import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { inferNetwork, type NetworkResult } from '../../src/lineage/network.js';
import { parsePlan } from '../../src/parse/index.js';
import { generateNetwork, type GeneratedPlan } from '../../scripts/generate-network.js';
import { memoryIo } from '../lineage/helpers.js';

const run = async (...args: string[]) => {
  const { io, out } = memoryIo();
  const code = await main(args, io);
  return { code, ...out };
};

const base = mkdtempSync(join(tmpdir(), 'pl-network-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('inferring who derives from whom', () => {
  // two years of the State Council, 31 provinces, their cities and a first share of districts
  let truth: GeneratedPlan[];
  let edges: ReturnType<typeof inferNetwork>;
  beforeAll(() => {
    const dir = join(base, 'infer');
    truth = generateNetwork(dir, { plans: 500, seed: 7, skipRate: 0.15 });
    const plans = truth.map((t) => ({ id: t.file, plan: parsePlan(readFileSync(t.file), { source: t.file }) }));
    edges = inferNetwork(plans);
  }, 120_000);

  it('finds the generator\'s parent edges with precision and recall ≥ 0.95', () => {
    const want = new Map(truth.filter((t) => t.parent).map((t) => [t.file, t.parent]));
    const got = new Map(edges.map((e) => [e.child, e.parent]));
    const right = [...got].filter(([c, p]) => want.get(c) === p).length;
    expect(right / got.size).toBeGreaterThanOrEqual(0.95);
    expect(right / want.size).toBeGreaterThanOrEqual(0.95);
  });

  it('gives the State Council no parent, and every other level one above it', () => {
    const level = new Map(truth.map((t) => [t.file, t.level]));
    const rank: Record<string, number> = { national: 0, province: 1, city: 2, district: 3, county: 3 };
    for (const e of edges) expect(rank[level.get(e.parent)!]!).toBeLessThan(rank[level.get(e.child)!]!);
    expect(edges.some((e) => level.get(e.child) === 'national')).toBe(false);
  });

  it('follows the parent\'s latest earlier plan when the parent skipped a year', () => {
    const year = new Map(truth.map((t) => [t.file, t.year]));
    const gaps = truth.filter((t) => t.parent && year.get(t.parent)! < t.year);
    const got = new Map(edges.map((e) => [e.child, e.parent]));
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.filter((t) => got.get(t.file) === t.parent).length / gaps.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('policy-lineage network', () => {
  const dir = join(base, 'cli');
  const out = join(base, 'out');
  const cache = join(base, 'cache');
  let first: Awaited<ReturnType<typeof run>>;
  let network: NetworkResult;

  beforeAll(async () => {
    generateNetwork(dir, { plans: 40, seed: 11 });
    first = await run('network', dir, '--out', out, '--cache', cache, '--workers', '0');
    network = JSON.parse(readFileSync(join(out, 'network.json'), 'utf8'));
  }, 300_000);

  it('writes the graph, the links and the diffusion as JSON and Parquet', () => {
    expect(first.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['diffusion.parquet', 'edges.parquet', 'items.parquet', 'links.parquet', 'network.json', 'plans.parquet']);
    expect(network.schema).toBe('policy-lineage/network@1');
    expect(network.plans).toHaveLength(40);
    expect(network.edges.length).toBeGreaterThanOrEqual(38);
    // every upper item of every edge is in exactly one link row of that edge
    for (const e of network.edges.slice(0, 10)) {
      const upperItems = network.items.filter((i) => i.plan === e.parent).map((i) => i.item).sort();
      const rows = network.links.filter((l) => l.parent === e.parent && l.child === e.child && l.upperItem !== null).map((l) => l.upperItem!).sort();
      expect(rows).toEqual(upperItems);
    }
    const national = network.plans.find((p) => p.level === 'national')!;
    const item = network.diffusion.find((d) => d.plan === national.id)!;
    expect(item.children).toBe(network.edges.filter((e) => e.parent === national.id).length);
    expect(item.inherited + item.modified + item.dropped).toBe(item.children);
  });

  it('writes Parquet tables hyparquet reads back with the rows of the result', async () => {
    for (const table of ['plans', 'items', 'edges', 'links', 'diffusion'] as const) {
      const bytes = readFileSync(join(out, `${table}.parquet`));
      const rows = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
      expect(rows, table).toHaveLength(network[table].length);
    }
    const bytes = readFileSync(join(out, 'edges.parquet'));
    const edges = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
    expect(edges[0]).toMatchObject({ child: network.edges[0]!.child, parent: network.edges[0]!.parent, inherited: network.edges[0]!.inherited });
  });

  const duckdb = (() => {
    try {
      createRequire(import.meta.url).resolve('@duckdb/node-api');
      return true;
    } catch {
      return false;
    }
  })();
  if (!duckdb) console.warn('DuckDB check skipped: @duckdb/node-api is not installed (npm install @duckdb/node-api to run it)');
  it.skipIf(!duckdb)('writes Parquet tables DuckDB reads with the same row counts', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api' as string);
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    for (const table of ['plans', 'items', 'edges', 'links', 'diffusion'] as const) {
      const reader = await con.runAndReadAll(`select count(*)::INTEGER as n from read_parquet('${join(out, `${table}.parquet`)}')`);
      expect(reader.getRowObjects()[0].n, table).toBe(network[table].length);
    }
  });

  it.skipIf(!duckdb)('writes one DuckDB database file with the five tables, when asked', async () => {
    const dbOut = join(base, 'out-duckdb');
    const r = await run('network', dir, '--out', dbOut, '--cache', cache, '--workers', '0', '--format', 'json', '--duckdb');
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(dbOut).sort()).toEqual(['network.duckdb', 'network.json']);
    const { DuckDBInstance } = await import('@duckdb/node-api' as string);
    const db = await DuckDBInstance.create(join(dbOut, 'network.duckdb'), { access_mode: 'READ_ONLY' });
    const con = await db.connect();
    try {
      for (const table of ['plans', 'items', 'edges', 'links', 'diffusion'] as const) {
        const reader = await con.runAndReadAll(`select count(*)::INTEGER as n from ${table}`);
        expect(reader.getRowObjects()[0].n, table).toBe(network[table].length);
      }
      // the tables join as the README's example does: every link's parent is a plan
      const orphans = await con.runAndReadAll('select count(*)::INTEGER as n from links l left join plans p on p.id = l.parent where p.id is null');
      expect(orphans.getRowObjects()[0].n).toBe(0);
    } finally {
      con.closeSync();
      db.closeSync();
    }
  });

  it('refuses --duckdb without a folder to write it in', async () => {
    const r = await run('network', dir, '--duckdb', '--no-cache', '--workers', '0');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--duckdb .*give --out DIR/);
  });

  it('parses and aligns only what is new when rerun on a grown folder', async () => {
    generateNetwork(dir, { plans: 45, seed: 11 }); // the same 40, and 5 more
    const again = await run('network', dir, '--out', out, '--cache', cache, '--workers', '0');
    expect(again.code).toBe(0);
    const m = again.stderr.match(/network: (\d+) plans \((\d+) from the cache\), (\d+) edges, (\d+) pairs aligned \((\d+) from the cache\)/)!;
    expect(m).not.toBeNull();
    expect(Number(m[1])).toBe(45);
    expect(Number(m[2])).toBe(40);
    expect(Number(m[4]) - Number(m[5])).toBeLessThanOrEqual(5);
  }, 300_000);

  it('skips what cannot be read, in one line each, and keeps the rest', async () => {
    const r = await run('network', dir, join(base, 'missing-folder'), '--format', 'json', '--no-cache', '--workers', '0');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/missing-folder: no such directory/);
    expect(JSON.parse(r.stdout).plans).toHaveLength(45);
  }, 300_000);
});

describe('policy-lineage network with worker threads (built CLI)', () => {
  const ROOT = join(import.meta.dirname, '..', '..');
  const CLI = join(ROOT, 'dist', 'cli.js');
  const built = existsSync(join(ROOT, 'dist', 'network-worker.js'));
  const dir = join(base, 'threads');
  const cache = join(base, 'threads-cache');
  const network = (...args: string[]) => spawnSync('node', [CLI, 'network', dir, '--format', 'json', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const counts = (stderr: string) => {
    const m = stderr.match(/network: (\d+) plans \((\d+) from the cache\), (\d+) edges, (\d+) pairs aligned \((\d+) from the cache\)/);
    expect(m, stderr).not.toBeNull();
    return { plans: Number(m![1]), plansCached: Number(m![2]), pairs: Number(m![4]), pairsCached: Number(m![5]) };
  };

  it.skipIf(!built)('gives the in-process result, and its cache (written by the main thread) serves the rerun whole', async () => {
    generateNetwork(dir, { plans: 30, seed: 5 });
    const threaded = network('--cache', cache, '--workers', '2');
    expect(threaded.status, threaded.stderr).toBe(0);
    const first = counts(threaded.stderr);
    expect(first.plansCached).toBe(0);
    const inProcess = await run('network', dir, '--format', 'json', '--no-cache', '--workers', '0');
    expect(JSON.parse(threaded.stdout)).toEqual(JSON.parse(inProcess.stdout));
    // every plan and pair the threads computed is in the cache
    expect(readdirSync(join(cache, 'plans'))).toHaveLength(first.plans);
    const again = counts(network('--cache', cache, '--workers', '2').stderr);
    expect(again).toEqual({ plans: first.plans, plansCached: first.plans, pairs: first.pairs, pairsCached: first.pairs });
  }, 300_000);
});
