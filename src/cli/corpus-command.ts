import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BadOptionError } from '../errors.js';
import { CorpusAggregator } from '../lineage/corpus.js';
import { renderers } from '../report/corpus/index.js';
import type { CorpusTable } from '../report/corpus/csv.js';
import { renderCorpusPlanLine } from '../report/corpus/text.js';
import type { Lang } from '../report/common/labels.js';
import { cleanText } from '../report/common/sanitize.js';
import { ALIGN_ARGS, ALIGN_HELP, alignArgs, alignHelp, choiceOption, parseCommandArgs, READ_ARGS, READ_HELP, readArgs } from './args.js';
import { choiceLang } from './compare-command.js';
import { cliLang, message } from './messages.js';
import { REPORT_ARGS, resolveFormat, writeReport } from './output.js';
import { surfaceWarnings } from './warnings.js';
import { CORPUS_WORKER_KIND, CorpusComparer, failureOf, type CorpusOutcome, type CorpusSettings, type CorpusTask } from './corpus-worker.js';
import { readPlan, type CliIo } from './io.js';
import { ProgressBar } from './progress.js';
import { listPlanFiles } from './walk.js';
import type { CorpusFailure } from '../model/lineage.js';

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

Lower plans are grouped by how they relate to UPPER — descendants (a lower level), peers (the
same level elsewhere), other years (the same place) and other — and each group has statistics of
its own: peers and earlier years are never averaged into the inheritance of descendants.

Options:
  --format F           text (default), json (policy-lineage/corpus@1), csv, html (heatmap)
  --json               same as --format json
  --out FILE           write the report to FILE; the extension sets the format (.html .csv .json .txt)
  --table T            csv: plans (one row per lower plan, a status column per upper item) or
                       diffusion (one row per upper item, counts per group); default: from the
                       --out file name (diffusion.csv, items.csv → diffusion), else plans
  --plans FILE         also write the per-plan table to FILE (.csv)
  --diffusion FILE     also write the diffusion table to FILE (.csv)
  --force              replace an existing file of another format
  --lang L             zh or en (default: the locale)
  --strict             parser warnings of UPPER are fatal (exit 1, no report)
  --quiet              no progress bar
  --workers N          worker threads (default: available cores, ${availableParallelism()} here); 0 compares in
                       this process
${ALIGN_HELP}
${READ_HELP}
  --no-progress        no progress bar (it is shown only when standard error is a terminal)
  -h, --help           show this help

Examples:
  policy-lineage corpus seeds/003_c25a0eff93a0bef6.txt districts/
  policy-lineage corpus city.txt districts/ --out heatmap.html
  policy-lineage corpus city.txt a.txt b.txt c.txt --out diffusion.csv
  policy-lineage corpus city.txt districts/ --plans plans.csv --diffusion diffusion.csv
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
    {
      ...REPORT_ARGS,
      ...ALIGN_ARGS,
      ...READ_ARGS,
      table: { type: 'string' },
      plans: { type: 'string' },
      diffusion: { type: 'string' },
      workers: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      'no-progress': { type: 'boolean' },
    },
    'corpus',
  );
  const lang = cliLang(choiceLang(values.lang));
  if (values.help) {
    io.stdout(corpusHelp(lang));
    return 0;
  }
  if (positionals.length < 2) {
    io.stderr(`policy-lineage corpus: ${message(lang, 'expectedCorpus', { n: positionals.length })}\n${corpusHelp(lang)}`);
    return 1;
  }
  const format = resolveFormat(values, CORPUS_FORMATS, 'corpus', lang, 'text');
  const table = tableFor(values.table, values.out, format, lang, io);
  for (const extra of [values.plans, values.diffusion]) if (extra) resolveFormat({ out: extra, format: 'csv' }, ['csv'] as const, 'corpus', lang, 'csv');
  const reading = readArgs(values);
  const settings: CorpusSettings = { upper: await readPlan(positionals[0]!, reading), ...alignArgs(values), ...reading };
  const requested = workerCount(values.workers, io);
  const { tasks, skipped } = listTasks(positionals[0]!, positionals.slice(1), io);
  if (tasks.length === 0 && skipped.length === 0) throw new BadOptionError(`corpus: no plan files in ${positionals.slice(1).join(', ')}`);
  // one plan is compared faster right here than a worker starts
  const workers = tasks.length <= 1 ? 0 : Math.min(requested, tasks.length);
  surfaceWarnings([settings.upper], { lang, strict: values.strict }, io);

  const aggregator = new CorpusAggregator(settings.upper);
  const progress = new Progress(io, tasks.length, io.stderrIsTTY && !values['no-progress'] && !values.quiet);
  // text to the terminal streams one line per plan as results arrive (in input order)
  const streamText = format === 'text' && !values.out;
  const inOrder = new InOrder((o: CorpusOutcome) => {
    if ('result' in o) {
      aggregator.add(o.result);
      if (streamText) progress.above(() => io.stdout(renderCorpusPlanLine(o.result)));
      const w = o.result.warnings;
      if (w) {
        const lines = [lang === 'zh' ? `${o.result.source}：${w.count} 条解析提示` : `${o.result.source}: ${w.count} parser warning${w.count === 1 ? '' : 's'}`];
        for (const x of w.first) lines.push(`  ${x.line !== null ? (lang === 'zh' ? `第 ${x.line} 行：` : `line ${x.line}: `) : ''}${x.message} [${x.code}]`);
        progress.above(() => io.stderr(`${lines.map(cleanText).join('\n')}\n`));
      }
    } else {
      aggregator.fail(o.failure);
      const m = o.failure.message;
      progress.above(() => io.stderr(`policy-lineage corpus: ${message(lang, 'skipped', { what: cleanText(m.startsWith(o.failure.source) ? m : `${o.failure.source}: ${m}`) })}\n`));
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
    io.stderr(`policy-lineage corpus: ${message(lang, 'noneCompared', { n: result.summary.failed })}\n`);
    return 1;
  }
  const output = renderers[format](result, { table, plans: !streamText, lang });
  if (values.out) writeReport(values.out, output, format, { force: values.force, lang }, io);
  else io.stdout(output);
  if (values.plans) writeReport(values.plans, renderers.csv(result, { table: 'plans' }), 'csv', { force: values.force, lang }, io);
  if (values.diffusion) writeReport(values.diffusion, renderers.csv(result, { table: 'diffusion' }), 'csv', { force: values.force, lang }, io);
  return 0;
}

/**
 * The CSV table to write: `--table`, else what the file name says (diffusion.csv, items.csv →
 * diffusion; plans.csv → plans), else the per-plan table, saying so.
 */
function tableFor(option: string | undefined, out: string | undefined, format: CorpusFormat, lang: Lang, io: CliIo): CorpusTable {
  if (option !== undefined) {
    const t = choiceOption(option, 'table', ['plans', 'diffusion', 'items'] as const, 'plans');
    return t === 'items' ? 'diffusion' : t;
  }
  if (format !== 'csv' || !out) return 'plans';
  const name = out.split(/[\\/]/).pop()!.toLowerCase();
  if (/diffusion|items|扩散/.test(name)) return 'diffusion';
  if (/plans|计划/.test(name)) return 'plans';
  io.stderr(`policy-lineage corpus: ${message(lang, 'tableDefault')}\n`);
  return 'plans';
}

/** `corpus --help`, in the CLI's language. */
export function corpusHelp(lang: Lang): string {
  if (lang === 'en') return CORPUS_HELP;
  return `用法：policy-lineage corpus 上级计划 文件夹或文件… [选项]

一份上级计划对照多份下级计划。报告每个上级条目被多少份计划沿用、修改或未采纳（逐条扩散表），
以及每份计划的沿用率（（沿用 + 修改）/ 上级条目数）、各状态条数和新增条目数。

下级计划按与上级计划的关系分组——下级计划（层级更低）、同级计划、其他年度（同一地区）和其他——
各组分别统计，同级计划和其他年度不会混入下级计划的沿用率。

文件夹代表其中直接包含的所有文件（不含子文件夹和隐藏文件）。无法对照的文件（不存在、二进制、
空文件、无计划结构）在标准错误输出一行说明后跳过；至少对照成功一份时退出码为 0。

选项：
  --format F           text（默认）、json（policy-lineage/corpus@1）、csv、html（热力图）
  --json               等同于 --format json
  --out FILE           写入文件；格式由扩展名决定（.html .csv .json .txt）
  --table T            csv：plans（每份计划一行）或 diffusion（每个上级条目一行，按组计数）；
                       默认按 --out 的文件名（diffusion.csv、items.csv → diffusion），否则 plans
  --plans FILE         另将各计划表写入 FILE（.csv）
  --diffusion FILE     另将逐条扩散表写入 FILE（.csv）
  --force              覆盖已存在的、格式不同的文件
  --lang L             zh 或 en（默认按系统语言）
  --strict             上级计划有解析提示时视为错误（退出码 1，不生成报告）
  --quiet              不显示进度条
  --workers N          工作线程数（默认为可用核数，本机 ${availableParallelism()}）；0 表示在本进程中对照
${alignHelp('zh')}
${READ_HELP}
  --no-progress        不显示进度条（仅在标准错误输出为终端时显示）
  -h, --help           显示本帮助

示例：
  policy-lineage corpus seeds/003_c25a0eff93a0bef6.txt districts/
  policy-lineage corpus city.txt districts/ --out heatmap.html
  policy-lineage corpus city.txt districts/ --plans plans.csv --diffusion diffusion.csv
`;
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

/** The corpus bar: plans done, with their rate and the skipped ones. */
class Progress extends ProgressBar {
  private readonly started = Date.now();
  constructor(
    io: CliIo,
    private readonly total: number,
    enabled: boolean,
  ) {
    super(io, enabled);
  }

  update(compared: number, failed: number): void {
    const rate = compared / Math.max(0.001, (Date.now() - this.started) / 1000);
    this.draw(compared + failed, this.total, '', ` plans · ${rate.toFixed(1)}/s${failed ? ` · ${failed} skipped` : ''}`);
  }
}
