import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BadOptionError } from '../errors.js';
import { assembleNetwork, inferNetwork, pairKey, type NetworkPlan, type NetworkResult, type PairResult } from '../lineage/network.js';
import { ALIGN_ARGS, ALIGN_HELP, alignArgs, choiceOption, parseCommandArgs, READ_ARGS, READ_HELP, readArgs } from './args.js';
import { workerCount } from './corpus-command.js';
import { writeOutputs, type CliIo } from './io.js';
import { NETWORK_WORKER_KIND, NetworkWorker, type NetworkOutcome, type NetworkSettings, type NetworkTask } from './network-worker.js';
import { listPlanFiles } from './walk.js';
import { ProgressBar } from './progress.js';

export const NETWORK_FORMATS = ['json', 'parquet', 'all'] as const;

export const NETWORK_HELP = `Usage: policy-lineage network DIR… [options]

For a folder of plans of every level and year, infers for every plan the plan it derives from —
the plan of the nearest ancestor jurisdiction (gazetteer chain) of the same year or the latest
earlier one, a plan it cites by 文号 or title, and the text the two share (candidates found
through an inverted index of sampled item shingles, never by comparing all pairs) — aligns every
derived pair, and writes the graph and the item-level diffusion: which upper item reached how many
lower plans, and where it was inherited, modified or dropped.

Parsed plans and aligned pairs are cached by content hash, so a rerun on a grown folder parses
and aligns only what is new. Files that cannot be read are reported in one line each and skipped.

Options:
  --out DIR            write network.json (policy-lineage/network@1) and/or the Parquet tables
                       plans, items, edges, links and diffusion (.parquet) into DIR; without it,
                       network.json goes to standard output
  --format F           json (default without --out), parquet, or all (default with --out)
  --duckdb             also write network.duckdb into DIR: the five tables in one DuckDB
                       database (needs the optional package @duckdb/node-api)
  --cache DIR          cache folder (default: .policy-lineage-cache inside the first DIR, or in
                       the system's temporary folder when that cannot be written)
  --no-cache           neither read nor write the cache
  --min-edge N         lowest score of an inferred edge (default 2.5; see the README)
  --workers N          worker threads (default: available cores); 0 works in this process
${ALIGN_HELP}
${READ_HELP}
  --no-progress        no progress bar (it is shown only when standard error is a terminal)
  -h, --help           show this help

Examples:
  policy-lineage network plans/ --out network/
  policy-lineage network plans/ --format json > network.json
  policy-lineage network plans/ --out network/ --format parquet --cache /tmp/pl-cache
`;

/**
 * `policy-lineage network`: the derivation graph of a folder of plans, and the diffusion of items.
 * @example await runNetwork(['plans/', '--out', 'network/'], processIo());
 */
export async function runNetwork(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      ...ALIGN_ARGS,
      ...READ_ARGS,
      out: { type: 'string' },
      format: { type: 'string' },
      json: { type: 'boolean' },
      duckdb: { type: 'boolean' },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean' },
      'min-edge': { type: 'string' },
      workers: { type: 'string' },
      'no-progress': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'network',
  );
  if (values.help) {
    io.stdout(NETWORK_HELP);
    return 0;
  }
  if (positionals.length < 1) {
    io.stderr(`policy-lineage network: expected a folder of plans\n${NETWORK_HELP}`);
    return 1;
  }
  const format = values.json ? 'json' : choiceOption(values.format, 'format', NETWORK_FORMATS, values.out ? 'all' : 'json');
  if (format !== 'json' && !values.out) throw new BadOptionError(`network: --format ${format} writes several files: give --out DIR`);
  if (values.duckdb && !values.out) throw new BadOptionError('network: --duckdb writes network.duckdb into a folder: give --out DIR');
  const minScore = positiveOption(values['min-edge'], 'min-edge');
  const settings: NetworkSettings = { cache: values['no-cache'] ? null : cacheDir(values.cache, positionals[0]!), ...alignArgs(values), ...readArgs(values) };
  const workers = workerCount(values.workers, io);
  const started = Date.now();

  const entries = listPlanFiles(positionals, { exclude: settings.cache ? [settings.cache] : [] });
  const skipped: NetworkResult['skipped'] = [];
  const tasks: NetworkTask[] = [];
  for (const entry of entries) {
    if ('message' in entry) skipped.push({ source: entry.path, code: entry.code, message: entry.message });
    else tasks.push({ kind: 'parse', index: tasks.length, path: entry.path });
  }
  for (const s of skipped) io.stderr(`policy-lineage network: skipped ${s.message}\n`);
  if (tasks.length === 0) throw new BadOptionError(`network: no plan files in ${positionals.join(', ')}`);

  const progress = new Bar(io, io.stderrIsTTY && !values['no-progress']);
  const pool = new Pool(settings, tasks.length > 1 ? Math.min(workers, tasks.length) : 0, io);
  try {
    // 1. read, parse (or take from the cache) and sketch every file
    const parsed: (NetworkPlan & { sketch: number[] })[] = [];
    const ids = new Set<string>();
    let parsedCached = 0;
    progress.start('parsing', tasks.length);
    await pool.run(tasks, (o) => {
      if (o.kind === 'parsed') {
        if (o.cached) parsedCached++;
        if (ids.has(o.id)) io.stderr(`policy-lineage network: ${o.plan.source} has the same content as another file: counted once\n`);
        else {
          ids.add(o.id);
          parsed[o.index] = { id: o.id, plan: o.plan, sketch: o.sketch };
        }
      } else if (o.kind === 'failed') {
        skipped.push({ source: o.source, code: o.code, message: o.message });
        progress.above(() => io.stderr(`policy-lineage network: skipped ${o.message.startsWith(o.source) ? o.message : `${o.source}: ${o.message}`}\n`));
      }
      progress.tick();
    });
    const plans = parsed.filter(Boolean);

    // 2. infer who derives from whom
    const edges = inferNetwork(plans, { sketches: plans.map((p) => p.sketch), ...(minScore !== undefined ? { minScore } : {}) });

    // 3. align every derived pair, children of one parent together (each worker prepares a parent once)
    const byId = new Map(plans.map((p) => [p.id, p.plan]));
    const ordered = [...edges].sort((a, b) => (a.parent < b.parent ? -1 : a.parent > b.parent ? 1 : 0));
    const alignTasks: NetworkTask[] = ordered.map((e, index) => ({ kind: 'align', index, parentId: e.parent, childId: e.child, parent: byId.get(e.parent)!, child: byId.get(e.child)! }));
    const pairs = new Map<string, PairResult>();
    let alignedCached = 0;
    progress.start('aligning', alignTasks.length);
    await pool.run(alignTasks, (o) => {
      if (o.kind === 'aligned') {
        pairs.set(o.key, o.pair);
        if (o.cached) alignedCached++;
      } else if (o.kind === 'failed') progress.above(() => io.stderr(`policy-lineage network: could not align ${o.source}: ${o.message}\n`));
      progress.tick();
    });
    progress.finish();

    const network = assembleNetwork(plans, edges.filter((e) => pairs.has(pairKey(e.parent, e.child))), pairs, skipped);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    io.stderr(
      `network: ${plans.length} plans (${parsedCached} from the cache), ${network.edges.length} edges, ${alignTasks.length} pairs aligned (${alignedCached} from the cache), ${skipped.length} skipped, ${seconds} s\n`,
    );
    const json = `${JSON.stringify(network)}\n`;
    if (!values.out) {
      io.stdout(json);
      return 0;
    }
    const files: { path: string; content: string | Uint8Array }[] = [];
    if (format !== 'parquet') files.push({ path: join(values.out, 'network.json'), content: json });
    if (format !== 'json' || values.duckdb) {
      const { networkParquet } = await import('./parquet.js');
      const parquet = await networkParquet(network);
      if (format !== 'json') for (const [name, bytes] of Object.entries(parquet)) files.push({ path: join(values.out, `${name}.parquet`), content: bytes });
      if (values.duckdb) {
        const { networkDuckDb } = await import('./duckdb.js');
        files.push({ path: join(values.out, 'network.duckdb'), content: await networkDuckDb(parquet) });
      }
    }
    writeOutputs(files, io);
    return 0;
  } finally {
    await pool.close();
  }
}

/** A number option that must be ≥ 0. */
function positiveOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = value.trim() === '' ? NaN : Number(value);
  if (!(n >= 0) || !Number.isFinite(n)) throw new BadOptionError(`--${name} must be a number ≥ 0, got "${value}"`);
  return n;
}

/** The cache folder: --cache, else .policy-lineage-cache in the folder, else in the temporary folder. */
function cacheDir(option: string | undefined, folder: string): string {
  if (option) return resolve(option);
  const inside = join(resolve(folder), '.policy-lineage-cache');
  try {
    // a folder we may write in keeps its cache with it; a read-only one uses the temporary folder
    const probe = join(inside, `.probe-${process.pid}`);
    mkdirSync(inside, { recursive: true });
    writeFileSync(probe, '');
    rmSync(probe);
    return inside;
  } catch {
    return join(tmpdir(), 'policy-lineage-cache');
  }
}

/** Worker threads doing network tasks (or this process, with 0 workers). */
class Pool {
  private readonly workers: Worker[] = [];
  private readonly local: NetworkWorker;
  private started = false;

  constructor(
    private readonly settings: NetworkSettings,
    private count: number,
    private readonly io: CliIo,
  ) {
    this.local = new NetworkWorker(settings);
  }

  /** Threads start on the first work the cache does not have. */
  private start(): void {
    if (this.started) return;
    this.started = true;
    const file = new URL('./network-worker.js', import.meta.url);
    if (this.count > 0 && !existsSync(fileURLToPath(file))) {
      this.io.stderr(`policy-lineage network: ${fileURLToPath(file)} not found (running from source?); working in this process\n`);
      this.count = 0;
    }
    for (let i = 0; i < this.count; i++) this.workers.push(new Worker(file, { workerData: { kind: NETWORK_WORKER_KIND, settings: this.settings } }));
  }

  /** Runs the tasks, calling `emit` as each finishes (in any order): cached ones here, the rest on the threads. */
  async run(all: NetworkTask[], emit: (o: NetworkOutcome) => void): Promise<void> {
    const tasks: NetworkTask[] = [];
    for (const t of all) {
      const hit = this.local.cached(t);
      if (hit) emit(hit);
      else {
        // the threads load while the rest of the cache is read
        if (this.count > 0) this.start();
        tasks.push(t);
      }
    }
    if (this.workers.length === 0) {
      for (const t of tasks) emit(await this.local.run(t));
      return;
    }
    const queue = batches(tasks, this.workers.length);
    let remaining = tasks.length;
    if (remaining === 0) return;
    await new Promise<void>((done) => {
      const inFlight = new Map<Worker, Set<NetworkTask[]>>();
      const finish = (o: NetworkOutcome) => {
        this.local.store(o);
        emit(o);
        if (--remaining === 0) {
          for (const [w, listeners] of handlers) {
            w.off('message', listeners.message);
            w.off('error', listeners.error);
          }
          done();
        }
      };
      const feed = (w: Worker) => {
        const mine = inFlight.get(w)!;
        while (mine.size < 2 && queue.length > 0) {
          const batch = queue.shift()!;
          mine.add(batch);
          w.postMessage(batch);
        }
      };
      const handlers = new Map<Worker, { message: (o: NetworkOutcome[]) => void; error: (e: Error) => void }>();
      for (const w of this.workers) {
        inFlight.set(w, new Set());
        // a worker answers its batches in the order it got them
        const message = (outcomes: NetworkOutcome[]) => {
          const mine = inFlight.get(w)!;
          mine.delete(mine.values().next().value!);
          feed(w);
          for (const o of outcomes) finish(o);
        };
        const error = (e: Error) => {
          // the tasks this worker held fail; the others carry on
          const mine = inFlight.get(w)!;
          inFlight.delete(w);
          this.workers.splice(this.workers.indexOf(w), 1);
          for (const batch of mine) for (const t of batch) finish({ kind: 'failed', index: t.index, source: t.kind === 'parse' ? t.path : pairKey(t.parentId, t.childId), code: 'INTERNAL', message: `worker thread failed: ${e.message}` });
          if (this.workers.length === 0 && queue.length > 0) {
            this.io.stderr(`policy-lineage network: worker threads failed; working in this process\n`);
            const rest = queue.splice(0).flat();
            void (async () => {
              for (const t of rest) finish(await this.local.run(t));
            })();
          }
        };
        handlers.set(w, { message, error });
        w.on('message', message);
        w.on('error', error);
        feed(w);
      }
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Most pairs of one parent sent to a worker at once. */
const MAX_BATCH = 8;

/**
 * The messages of a run: each file alone; pairs of one parent together, so that the worker
 * prepares the parent once and the parent travels once (structured clone keeps one copy of an
 * object repeated in a message). Batches shrink as the work gets small, so that no thread waits
 * at the end while another still holds a long batch.
 */
function batches(tasks: NetworkTask[], workers: number): NetworkTask[][] {
  const pairs = tasks.filter((t) => t.kind === 'align').length;
  const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(pairs / Math.max(1, workers * 6))));
  const out: NetworkTask[][] = [];
  let open: NetworkTask[] | null = null;
  for (const t of tasks) {
    if (t.kind === 'align' && open && open.length < size && (open[0] as typeof t).parentId === t.parentId) open.push(t);
    else {
      open = [t];
      out.push(open);
      if (t.kind !== 'align') open = null;
    }
  }
  return out;
}

/** The network bar: one stage (parsing, aligning) at a time, ticked per file or pair. */
class Bar extends ProgressBar {
  private total = 0;
  private done = 0;
  private label = '';
  start(label: string, total: number): void {
    this.label = label;
    this.total = total;
    this.done = 0;
  }
  tick(): void {
    this.draw(++this.done, this.total, this.label);
  }
}
