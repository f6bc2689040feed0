/**
 * The two units of work of `policy-lineage network` — read and parse one file (or take it from the
 * cache by content hash) and sketch it; align one derived pair (or take it from the cache) — and
 * the worker-thread entry that runs them (built as dist/network-worker.js). The same functions
 * run in process with `--workers 0`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { comparePlans, type CompareOptions } from '../align/compare.js';
import { preparePlan, type PreparedPlan } from '../align/prepare.js';
import { PolicyLineageError } from '../errors.js';
import { pairKey, planShingles, type PairResult } from '../lineage/network.js';
import type { Plan } from '../model/plan.js';
import { readPlan as readPlanBytes } from '../parse/read-plan.js';
import { readInput } from './io.js';
import { TOKENIZERS, tokenizerNamed } from './tokenizer.js';
import { VERSION } from './version.js';

export const NETWORK_WORKER_KIND = 'policy-lineage/network-worker';
/** Bumped when what is cached changes shape; with the package version it names the cache's generation. */
const CACHE_FORMAT = 1;

/** What every worker needs (plain data, cloneable). */
export interface NetworkSettings {
  /** Cache folder, or null for none. */
  cache: string | null;
  tokenizer: (typeof TOKENIZERS)[number];
  linkThreshold?: number;
  minScore?: number;
  margin?: number;
  maxBytes?: number;
  maxLines?: number;
}

export type NetworkTask =
  | { kind: 'parse'; index: number; path: string }
  | { kind: 'align'; index: number; parentId: string; childId: string; parent: Plan; child: Plan };

export type NetworkOutcome =
  | { kind: 'parsed'; index: number; id: string; plan: Plan; sketch: number[]; cached: boolean }
  | { kind: 'aligned'; index: number; key: string; pair: PairResult; cached: boolean }
  | { kind: 'failed'; index: number; source: string; code: string; message: string };

/** A file's id: the first 16 hex digits of the SHA-256 of its bytes. */
export function contentId(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

function readCache<T>(path: string): T | null {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { generation?: string; value?: T };
    return data.generation === generation() ? (data.value ?? null) : null;
  } catch {
    return null;
  }
}

function writeCache(path: string, value: unknown): void {
  try {
    mkdirSync(join(path, '..'), { recursive: true });
    const partial = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
    writeFileSync(partial, JSON.stringify({ generation: generation(), value }));
    renameSync(partial, path);
  } catch {
    // a cache that cannot be written only costs time on the next run
  }
}

const generation = () => `${VERSION}/${CACHE_FORMAT}`;

/** Does the work of one task; never throws (a failure is an outcome). */
export class NetworkWorker {
  private readonly options: CompareOptions;
  private readonly prepared = new Map<string, PreparedPlan>();
  private readonly settingsKey: string;
  /** Whether each cache folder existed when first asked (before this run wrote to it). */
  private readonly folders = new Map<string, boolean>();

  /**
   * @param writes whether this instance writes what it computes to the cache. Worker threads do
   * not: the main thread, idle while they work, writes their outcomes ({@link NetworkWorker.store}),
   * so that threads never wait on the file system or on each other's writes in one folder.
   */
  constructor(
    private readonly settings: NetworkSettings,
    private readonly writes = true,
  ) {
    const tokenizer = tokenizerNamed(settings.tokenizer);
    const { linkThreshold, minScore, margin } = settings;
    this.options = Object.fromEntries(Object.entries({ linkThreshold, minScore, margin, tokenizer }).filter(([, v]) => v !== undefined));
    this.settingsKey = createHash('sha256').update(JSON.stringify({ t: settings.tokenizer, linkThreshold, minScore, margin })).digest('hex').slice(0, 8);
  }

  /**
   * The outcome of a task when the cache already has it (checked in the main thread, so cached
   * work never travels to a worker), else null.
   */
  cached(task: NetworkTask): NetworkOutcome | null {
    if (!this.settings.cache) return null;
    // a first run has no cache yet: nothing to read and hash here, the workers do it once
    const folder = task.kind === 'parse' ? 'plans' : 'pairs';
    let present = this.folders.get(folder);
    if (present === undefined) this.folders.set(folder, (present = existsSync(join(this.settings.cache, folder))));
    if (!present) return null;
    try {
      if (task.kind === 'parse') {
        const id = contentId(readInput(task.path, { maxBytes: this.settings.maxBytes }));
        const hit = readCache<{ plan: Plan; sketch: number[] }>(join(this.settings.cache, 'plans', `${id}.json`));
        return hit ? { kind: 'parsed', index: task.index, id, plan: { ...hit.plan, source: task.path }, sketch: hit.sketch, cached: true } : null;
      }
      const key = pairKey(task.parentId, task.childId);
      const hit = readCache<PairResult>(join(this.settings.cache, 'pairs', `${key}-${this.settingsKey}.json`));
      return hit ? { kind: 'aligned', index: task.index, key, pair: hit, cached: true } : null;
    } catch {
      return null; // the worker reports the failure
    }
  }

  async run(task: NetworkTask): Promise<NetworkOutcome> {
    try {
      return task.kind === 'parse' ? await this.parse(task) : this.align(task);
    } catch (e) {
      const source = task.kind === 'parse' ? task.path : pairKey(task.parentId, task.childId);
      const known = e instanceof PolicyLineageError;
      return { kind: 'failed', index: task.index, source, code: known ? e.code : 'INTERNAL', message: known ? e.message : `${source}: internal error: ${(e as Error)?.message ?? String(e)}` };
    }
  }

  private async parse(task: { index: number; path: string }): Promise<NetworkOutcome> {
    const bytes = readInput(task.path, { maxBytes: this.settings.maxBytes });
    const id = contentId(bytes);
    const file = this.settings.cache ? join(this.settings.cache, 'plans', `${id}.json`) : null;
    const hit = file ? readCache<{ plan: Plan; sketch: number[] }>(file) : null;
    if (hit) return { kind: 'parsed', index: task.index, id, plan: { ...hit.plan, source: task.path }, sketch: hit.sketch, cached: true };
    const plan = await readPlanBytes(bytes, { source: task.path, maxBytes: this.settings.maxBytes, maxLines: this.settings.maxLines });
    const sketch = [...planShingles(plan)];
    if (file && this.writes) writeCache(file, { plan, sketch });
    return { kind: 'parsed', index: task.index, id, plan, sketch, cached: false };
  }

  private align(task: { index: number; parentId: string; childId: string; parent: Plan; child: Plan }): NetworkOutcome {
    const key = pairKey(task.parentId, task.childId);
    const file = this.settings.cache ? join(this.settings.cache, 'pairs', `${key}-${this.settingsKey}.json`) : null;
    const hit = file ? readCache<PairResult>(file) : null;
    if (hit) return { kind: 'aligned', index: task.index, key, pair: hit, cached: true };
    const parent = this.preparedPlan(task.parentId, task.parent);
    const comparison = comparePlans(parent, task.child, this.options);
    const pair: PairResult = { links: comparison.links.map((l) => ({ status: l.status, upper: l.upper, lower: l.lower, score: l.score === null ? null : Math.round(l.score * 1000) / 1000 })) };
    if (file && this.writes) writeCache(file, pair);
    return { kind: 'aligned', index: task.index, key, pair, cached: false };
  }

  /** Writes an outcome a worker thread computed to the cache (see the constructor). */
  store(outcome: NetworkOutcome): void {
    if (!this.settings.cache || outcome.kind === 'failed' || outcome.cached) return;
    if (outcome.kind === 'parsed') writeCache(join(this.settings.cache, 'plans', `${outcome.id}.json`), { plan: outcome.plan, sketch: outcome.sketch });
    else writeCache(join(this.settings.cache, 'pairs', `${outcome.key}-${this.settingsKey}.json`), outcome.pair);
  }

  /** A parent is aligned with all its children: prepare (tokenise) it once, keep the last few. */
  private preparedPlan(id: string, plan: Plan): PreparedPlan {
    let p = this.prepared.get(id);
    if (!p) {
      p = preparePlan(plan, this.options.tokenizer);
      if (this.prepared.size >= 64) this.prepared.delete(this.prepared.keys().next().value!);
      this.prepared.set(id, p);
    }
    return p;
  }
}

const data = workerData as { kind?: string; settings?: NetworkSettings } | null;
if (!isMainThread && parentPort && data?.kind === NETWORK_WORKER_KIND && data.settings) {
  const port = parentPort;
  const worker = new NetworkWorker(data.settings, false);
  // a message is a batch of tasks (see the pool in network-command.ts), answered by one message of outcomes
  port.on('message', (tasks: NetworkTask[] | null) => {
    if (tasks === null) port.close();
    else
      void (async () => {
        const outcomes: NetworkOutcome[] = [];
        for (const task of tasks) outcomes.push(await worker.run(task));
        port.postMessage(outcomes);
      })();
  });
}
