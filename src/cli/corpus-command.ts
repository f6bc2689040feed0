import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BadOptionError } from '../errors.js';
import { CorpusAggregator } from '../lineage/corpus.js';
import type { CorpusFailure, CorpusResult } from '../model/lineage.js';
import { renderCorpusCsv } from '../report/corpus-csv.js';
import { renderCorpusHtml } from '../report/corpus-html.js';
import { renderCorpusJson } from '../report/corpus-json.js';
import { renderCorpusPlanLine, renderCorpusText } from '../report/corpus-text.js';
import { ALIGN_ARGS, ALIGN_HELP, alignArgs, choiceOption, OUTPUT_ARGS, parseCommandArgs, READ_ARGS, READ_HELP, readArgs } from './args.js';
import { CORPUS_WORKER_KIND, CorpusComparer, failureOf, type CorpusOutcome, type CorpusSettings, type CorpusTask } from './corpus-worker.js';
import { readPlan, writeOutput, type CliIo } from './io.js';
import { listPlanFiles } from './walk.js';

export const CORPUS_FORMATS = ['text', 'json', 'csv', 'html'] as const;
export type CorpusFormat = (typeof CORPUS_FORMATS)[number];

export const CORPUS_HELP = `Usage: policy-lineage corpus UPPER DIR_OR_FILES… [options]

Compares one upper plan with many lower plans. Reports, per upper item, how many lower plans
inherited, modified or dropped it (the diffusion table), and per lower plan its inheritance rate
((inherited + modified) / upper items), its counts per status and its added items.

A DIR stands for every file directly inside it (not subfolders; hidden files skipped), in any mix
of formats (Word, OpenDocument, PDF, saved web pages, text, Plan JSON: told by content). Plans are
compared in parallel worker threads, each preparing UPPER once; results are collected in input
order. A file that cannot be compared (missing, binary, empty, no plan structure) is reported on
standard error in one line and skipped. Exit status 0 when at least one plan was compared.

Options:
  --format F           text (default), json (policy-lineage/corpus@1), csv, html (heatmap)
  --json               same as --format json
  --out FILE           write the report to FILE instead of standard output
  --table T            csv format: plans (default; one row per lower plan, a status column per
                       upper item) or items (the diffusion table, one row per upper item)
  --workers N          worker threads (default: available cores, ${availableParallelism()} here); 0 compares in
                       this process
${ALIGN_HELP}
${READ_HELP}
  --no-progress        no progress bar (it is shown only when standard error is a terminal)
  -h, --help           show this help

Examples:
  policy-lineage corpus seeds/003_c25a0eff93a0bef6.txt districts/
  policy-lineage corpus city.txt districts/ --format html --out heatmap.html
  policy-lineage corpus city.txt a.txt b.txt c.txt --format csv --table items --out diffusion.csv
  policy-lineage corpus city.txt districts/ --json --out corpus.json --workers 4
`;

/**
 * `policy-lineage corpus`: one upper plan against every lower plan file given, in worker threads
 * (or in process with --workers 0). Returns the exit status: 0 if at least one plan was compared.
 * @example await runCorpus(['city.txt', 'districts/', '--format', 'csv', '--workers', '0'], processIo());
 */
export async function runCorpus(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { ...OUTPUT_ARGS, ...ALIGN_ARGS, ...READ_ARGS, table: { type: 'string' }, workers: { type: 'string' }, 'no-progress': { type: 'boolean' } },
    'corpus',
  );
  if (values.help) {
    io.stdout(CORPUS_HELP);
    return 0;
  }
  if (positionals.length < 2) {
    io.stderr(`policy-lineage corpus: expected UPPER and at least one lower plan file or folder, got ${positionals.length} argument(s)\n${CORPUS_HELP}`);
    return 1;
  }
  const format = values.json ? 'json' : choiceOption(values.format, 'format', CORPUS_FORMATS, 'text');
  const table = choiceOption(values.table, 'table', ['plans', 'items'] as const, 'plans');
  const reading = readArgs(values);
  const settings: CorpusSettings = { upper: await readPlan(positionals[0]!, reading), ...alignArgs(values), ...reading };
  const requested = workerCount(values.workers, io);
  const { tasks, skipped } = listTasks(positionals[0]!, positionals.slice(1), io);
  if (tasks.length === 0 && skipped.length === 0) throw new BadOptionError(`corpus: no plan files in ${positionals.slice(1).join(', ')}`);
  // one plan is compared faster right here than a worker starts
  const workers = tasks.length <= 1 ? 0 : Math.min(requested, tasks.length);

  const aggregator = new CorpusAggregator(settings.upper);
  const progress = new Progress(io, tasks.length, io.stderrIsTTY && !values['no-progress']);
  // text to the terminal streams one line per plan as results arrive (in input order)
  const streamText = format === 'text' && !values.out;
  const inOrder = new InOrder((o: CorpusOutcome) => {
    if ('result' in o) {
      aggregator.add(o.result);
      if (streamText) progress.above(() => io.stdout(renderCorpusPlanLine(o.result)));
    } else {
      aggregator.fail(o.failure);
      const m = o.failure.message;
      progress.above(() => io.stderr(`policy-lineage corpus: skipped ${m.startsWith(o.failure.source) ? m : `${o.failure.source}: ${m}`}\n`));
    }
    progress.update(aggregator.compared, aggregator.failed);
  });
  for (const failure of skipped) inOrder.push({ index: failure.index, failure });

  const workerFile = new URL('./corpus-worker.js', import.meta.url);
  if (workers > 0 && !existsSync(fileURLToPath(workerFile))) {
    io.stderr(`policy-lineage corpus: ${fileURLToPath(workerFile)} not found (running from source?); comparing in this process\n`);
    await runInProcess(tasks, settings, inOrder.push);
  } else if (workers > 0) {
    await runInWorkers(tasks, settings, workers, workerFile, inOrder.push, io);
  } else {
    await runInProcess(tasks, settings, inOrder.push);
  }
  progress.finish();

  const result = aggregator.result();
  if (result.summary.plans === 0) {
    io.stderr(`policy-lineage corpus: no plan could be compared (${result.summary.failed} file(s) skipped)\n`);
    return 1;
  }
  const output = renderCorpus(result, format, { table, plans: !streamText });
  if (values.out) writeOutput(values.out, output, io);
  else io.stdout(output);
  return 0;
}

/**
 * Renders a corpus result in one of the corpus formats.
 * @example renderCorpus(result, 'csv', { table: 'items' })
 */
export function renderCorpus(result: CorpusResult, format: CorpusFormat, options: { table?: 'plans' | 'items'; plans?: boolean } = {}): string {
  switch (format) {
    case 'json':
      return renderCorpusJson(result);
    case 'csv':
      return renderCorpusCsv(result, { table: options.table });
    case 'html':
      return renderCorpusHtml(result);
    default:
      return renderCorpusText(result, { plans: options.plans });
  }
}

/** Worker threads: at most one per available core (more only compete for them, each with its own memory). */
export function workerCount(value: string | undefined, io: CliIo): number {
  const cores = Math.max(1, availableParallelism());
  if (value === undefined) return cores;
  const n = value.trim() === '' ? NaN : Number(value);
  if (!Number.isInteger(n) || n < 0) throw new BadOptionError(`--workers must be a whole number ≥ 0, got "${value}"`);
  if (n > cores) {
    io.stderr(`policy-lineage: --workers ${n} capped to ${cores}, the number of cores available\n`);
    return cores;
  }
  return n;
}

/**
 * Files to compare: each DIR's visible files (sorted by name), other paths as given; never UPPER
 * itself. Entries that cannot be read (link loops, FIFOs, dangling links, missing paths) are
 * skipped failures, numbered in input order with the rest.
 */
function listTasks(upperPath: string, inputs: string[], io: CliIo): { tasks: CorpusTask[]; skipped: CorpusFailure[] } {
  const upper = resolve(upperPath);
  const entries = listPlanFiles(inputs);
  const kept = entries.filter((e) => resolve(e.path) !== upper);
  if (kept.length < entries.length) io.stderr(`policy-lineage corpus: not comparing ${upperPath} with itself\n`);
  const tasks: CorpusTask[] = [];
  const skipped: CorpusFailure[] = [];
  kept.forEach((entry, index) => {
    if ('message' in entry) skipped.push({ index, source: entry.path, code: entry.code, message: entry.message });
    else tasks.push({ index, path: entry.path });
  });
  return { tasks, skipped };
}

async function runInProcess(tasks: CorpusTask[], settings: CorpusSettings, emit: (o: CorpusOutcome) => void): Promise<void> {
  const comparer = new CorpusComparer(settings);
  for (const task of tasks) emit(await comparer.run(task));
}

/** Tasks sent ahead to each worker, so it never waits for the next message. */
const PIPELINE = 2;

/**
 * Runs the tasks on worker threads. A worker that dies hands its unfinished tasks back (each task
 * is tried twice at most, then reported as a failure); if every worker dies, the rest run here.
 */
function runInWorkers(tasks: CorpusTask[], settings: CorpusSettings, count: number, file: URL, emit: (o: CorpusOutcome) => void, io: CliIo): Promise<void> {
  return new Promise((done) => {
    const queue = [...tasks];
    const attempts = new Map<number, number>();
    const inFlight = new Map<Worker, Map<number, CorpusTask>>();
    let remaining = tasks.length;
    let finished = false;

    const complete = (o: CorpusOutcome) => {
      remaining--;
      emit(o);
      if (remaining === 0 && !finished) {
        finished = true;
        for (const w of inFlight.keys()) void w.terminate();
        done();
      }
    };
    const feed = (w: Worker) => {
      const mine = inFlight.get(w)!;
      while (mine.size < PIPELINE && queue.length > 0) {
        const task = queue.shift()!;
        attempts.set(task.index, (attempts.get(task.index) ?? 0) + 1);
        mine.set(task.index, task);
        w.postMessage(task);
      }
    };
    const lose = (w: Worker, why: string) => {
      const mine = inFlight.get(w);
      if (!mine || finished) return;
      inFlight.delete(w);
      for (const task of [...mine.values()].reverse()) {
        if ((attempts.get(task.index) ?? 0) < 2) queue.unshift(task);
        else complete({ index: task.index, failure: failureOf(new Error(`worker thread failed: ${why}`), task) });
      }
      if (finished) return;
      if (inFlight.size > 0) {
        for (const other of inFlight.keys()) feed(other);
        return;
      }
      io.stderr(`policy-lineage corpus: worker threads failed (${why}); comparing the remaining ${queue.length} plan(s) in this process\n`);
      const rest = queue.splice(0);
      if (rest.length > 0) void runInProcess(rest, settings, complete);
    };

    for (let i = 0; i < count; i++) {
      const w = new Worker(file, { workerData: { kind: CORPUS_WORKER_KIND, settings } });
      inFlight.set(w, new Map());
      w.on('message', (o: CorpusOutcome) => {
        inFlight.get(w)?.delete(o.index);
        complete(o);
        if (!finished) feed(w);
      });
      w.on('error', (e) => lose(w, e.message));
      w.on('exit', (code) => lose(w, `exited with code ${code}`));
      feed(w);
    }
  });
}

/** Hands outcomes on in input order, holding back those that finish early. */
class InOrder<T extends { index: number }> {
  private next = 0;
  private readonly held = new Map<number, T>();
  constructor(private readonly emit: (item: T) => void) {}

  readonly push = (item: T): void => {
    this.held.set(item.index, item);
    while (this.held.has(this.next)) {
      const ready = this.held.get(this.next)!;
      this.held.delete(this.next++);
      this.emit(ready);
    }
  };
}

/** A one-line progress bar on stderr, only for terminals; other output is printed above it. */
class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private line = '';
  constructor(
    private readonly io: CliIo,
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  update(compared: number, failed: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    const done = compared + failed;
    if (done < this.total && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const width = 30;
    const filled = Math.round((done / this.total) * width);
    const rate = compared / Math.max(0.001, (now - this.started) / 1000);
    this.line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${this.total} plans · ${rate.toFixed(1)}/s${failed ? ` · ${failed} skipped` : ''}`;
    this.io.stderr(`\r\x1b[K${this.line}`);
  }

  /** Prints something with the bar out of the way, then redraws the bar. */
  above(print: () => void): void {
    if (this.enabled && this.line) this.io.stderr('\r\x1b[K');
    print();
    if (this.enabled && this.line) this.io.stderr(this.line);
  }

  finish(): void {
    if (this.enabled && this.line) this.io.stderr('\r\x1b[K');
  }
}
