/**
 * Corpus mode's unit of work — read one lower plan, compare it with the prepared upper plan, keep
 * the small result — and the worker-thread entry that runs it (built as dist/corpus-worker.js).
 * The same {@link CorpusComparer} runs in process for `--workers 0`.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { CompareOptions } from '../align/compare.js';
import { preparePlan, type PreparedPlan } from '../align/prepare.js';
import { PolicyLineageError } from '../errors.js';
import { compareForCorpus } from '../lineage/corpus.js';
import type { CorpusFailure, CorpusPlanResult } from '../model/lineage.js';
import type { Plan } from '../model/plan.js';
import { readPlan } from './io.js';
import { TOKENIZERS, tokenizerNamed } from './tokenizer.js';

/** Warnings of a lower plan kept in its corpus result (the rest are counted). */
const WARNINGS_KEPT = 3;

/** Marks the worker data of a corpus worker, so importing this module elsewhere starts nothing. */
export const CORPUS_WORKER_KIND = 'policy-lineage/corpus-worker';

/** What every worker needs: the upper plan and the comparison options (plain data, cloneable). */
export interface CorpusSettings {
  upper: Plan;
  tokenizer: (typeof TOKENIZERS)[number];
  linkThreshold?: number;
  minScore?: number;
  margin?: number;
  /** Largest lower plan file read, in bytes. */
  maxBytes?: number;
  maxLines?: number;
}

/** One lower plan to compare; `index` is its position in the input. */
export interface CorpusTask {
  index: number;
  path: string;
}

/** The answer to a task: the plan's result, or why it was skipped. */
export type CorpusOutcome = { index: number; result: CorpusPlanResult } | { index: number; failure: CorpusFailure };

/**
 * Compares lower plan files with one upper plan, prepared (tokenised) once. Never throws: a file
 * that cannot be read, decoded or parsed becomes a failure outcome.
 * @example
 * const comparer = new CorpusComparer({ upper, tokenizer: 'segmentit' });
 * await comparer.run({ index: 0, path: 'district.txt' }); // → { index: 0, result: { counts: … } }
 */
export class CorpusComparer {
  private readonly upper: PreparedPlan;
  private readonly options: CompareOptions;
  private readonly maxBytes: number | undefined;
  private readonly maxLines: number | undefined;

  constructor(settings: CorpusSettings) {
    const tokenizer = tokenizerNamed(settings.tokenizer);
    this.upper = preparePlan(settings.upper, tokenizer);
    const { linkThreshold, minScore, margin } = settings;
    this.maxBytes = settings.maxBytes;
    this.maxLines = settings.maxLines;
    this.options = Object.fromEntries(Object.entries({ linkThreshold, minScore, margin, tokenizer }).filter(([, v]) => v !== undefined));
  }

  async run(task: CorpusTask): Promise<CorpusOutcome> {
    try {
      const lower = await readPlan(task.path, { maxBytes: this.maxBytes, maxLines: this.maxLines });
      const result = compareForCorpus(this.upper, lower, { index: task.index, source: task.path }, this.options);
      if (lower.warnings.length) result.warnings = { count: lower.warnings.length, first: lower.warnings.slice(0, WARNINGS_KEPT) };
      return { index: task.index, result };
    } catch (e) {
      return { index: task.index, failure: failureOf(e, task) };
    }
  }
}

/**
 * A one-line failure; library errors keep their code, anything else is INTERNAL.
 * @example failureOf(new EmptyDocumentError('a.txt: the file is empty'), { index: 3, path: 'a.txt' }).code // → 'EMPTY'
 */
export function failureOf(e: unknown, task: CorpusTask): CorpusFailure {
  if (e instanceof PolicyLineageError) return { index: task.index, source: task.path, code: e.code, message: e.message };
  return { index: task.index, source: task.path, code: 'INTERNAL', message: `${task.path}: internal error: ${(e as Error)?.message ?? String(e)}` };
}

const data = workerData as { kind?: string; settings?: CorpusSettings } | null;
if (!isMainThread && parentPort && data?.kind === CORPUS_WORKER_KIND && data.settings) {
  const port = parentPort;
  const comparer = new CorpusComparer(data.settings);
  port.on('message', (task: CorpusTask | null) => {
    if (task === null) port.close();
    else void comparer.run(task).then((outcome) => port.postMessage(outcome));
  });
}
