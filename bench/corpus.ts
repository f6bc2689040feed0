/**
 * Corpus-mode bench: generates ≥ 500 lower plans (bench/corpus-generator.ts) as text files in a
 * temporary folder, runs the BUILT CLI over them with default settings
 * (`node dist/cli.js corpus UPPER DIR --format json --out …`), and reports throughput and peak
 * memory. The folder is deleted afterwards.
 *
 * Peak memory is the largest resident set of the CLI process. Worker threads live inside that
 * process, so its RSS covers them. Measured by `/usr/bin/time -f %M` (the kernel's ru_maxrss of
 * the child, exact) when present; otherwise by sampling `VmHWM` (the kernel's RSS high-water
 * mark) in /proc/<pid>/status of the process and any child processes every 25 ms.
 *
 * `runCorpusBench()` needs `dist/` (the bench runner builds first). Run on its own with
 * `npx tsx bench/corpus.ts` — it runs `npm run build` first unless given `--no-build`.
 * Options: `--plans N` (default 500), `--workers N` (default: the CLI's), `--keep` (keep the folder).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CORPUS_UPPER_SEED, generateCorpus } from './corpus-generator.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');

/** Options of {@link runCorpusBench}. */
export interface CorpusBenchOptions {
  /** Lower plans to generate (default 500). */
  plans?: number;
  /** PRNG seed of the generator (default 2022). */
  seed?: number;
  /** Worker threads; default: the CLI's own default (available cores). */
  workers?: number;
  /** Keep the generated folder and output (default: delete them). */
  keep?: boolean;
  /** Progress messages (default: none). */
  log?: (line: string) => void;
}

/** What {@link runCorpusBench} measured. */
export interface CorpusBenchResult {
  plans: number;
  /** Wall time of the CLI run, start-up included. */
  seconds: number;
  plansPerSecond: number;
  /** Peak resident set of the CLI process (worker threads included). */
  peakRssMB: number;
  /** How the peak was measured. */
  memoryMethod: 'usr-bin-time' | 'proc-sampling';
}

/**
 * Generates the corpus, runs `policy-lineage corpus` over it with the built CLI, checks every plan
 * was compared, and returns throughput and peak memory. Requires `dist/cli.js` (run
 * `npm run build` first).
 * @example
 * const { plansPerSecond, peakRssMB } = await runCorpusBench({ plans: 500 });
 */
export async function runCorpusBench(options: CorpusBenchOptions = {}): Promise<CorpusBenchResult> {
  if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist', 'corpus-worker.js'))) {
    throw new Error('bench/corpus.ts runs the built CLI: run "npm run build" first (dist/cli.js or dist/corpus-worker.js is missing)');
  }
  const log = options.log ?? (() => {});
  const plans = options.plans ?? 500;
  const dir = mkdtempSync(join(tmpdir(), 'pl-corpus-bench-'));
  try {
    const started = performance.now();
    generateCorpus(join(dir, 'plans'), { plans, seed: options.seed });
    log(`generated ${plans} plans in ${((performance.now() - started) / 1000).toFixed(1)} s (${join(dir, 'plans')})`);

    const out = join(dir, 'corpus.json');
    const args = [CLI, 'corpus', CORPUS_UPPER_SEED, join(dir, 'plans'), '--format', 'json', '--out', out];
    if (options.workers !== undefined) args.push('--workers', String(options.workers));
    const run = await measure(process.execPath, args);
    if (run.code !== 0) throw new Error(`the corpus CLI failed (exit ${run.code}): ${run.stderr.slice(-500)}`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as { summary: { plans: number; failed: number; meanInheritanceRate: number } };
    if (result.summary.plans !== plans) throw new Error(`expected ${plans} compared plans, the CLI compared ${result.summary.plans} (${result.summary.failed} failed)`);
    log(`mean inheritance rate ${result.summary.meanInheritanceRate}`);
    return { plans, seconds: run.seconds, plansPerSecond: plans / run.seconds, peakRssMB: run.peakRssMB, memoryMethod: run.method };
  } finally {
    if (options.keep) log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

interface Measured {
  code: number | null;
  stderr: string;
  seconds: number;
  peakRssMB: number;
  method: CorpusBenchResult['memoryMethod'];
}

/** Runs a command, timing it and taking its peak RSS (see the file comment for how). */
function measure(command: string, args: string[]): Promise<Measured> {
  const useTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
  const MARK = 'PEAK_RSS_KB=';
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = useTime ? spawn('/usr/bin/time', ['-f', `${MARK}%M`, command, ...args], { cwd: ROOT }) : spawn(command, args, { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let sampledKB = 0;
    const sampler = setInterval(() => (sampledKB = Math.max(sampledKB, treePeakKB(child.pid!))), 25);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      const timed = new RegExp(`${MARK}(\\d+)`).exec(stderr);
      const kb = timed ? Number(timed[1]) : sampledKB;
      resolve({ code, stderr: stderr.replace(new RegExp(`${MARK}\\d+\\n?`), ''), seconds, peakRssMB: kb / 1024, method: timed ? 'usr-bin-time' : 'proc-sampling' });
    });
  });
}

/** Largest VmHWM among a process and its descendants, in kB (0 where /proc is unavailable). */
function treePeakKB(pid: number): number {
  let peak = 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    peak = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean);
      for (const c of children) peak = Math.max(peak, treePeakKB(Number(c)));
    }
  } catch {
    // the process ended between two reads, or there is no /proc
  }
  return peak;
}

/** `npx tsx bench/corpus.ts [--plans N] [--workers N] [--keep] [--no-build]` */
async function cli(argv: string[]): Promise<void> {
  const flag = (name: string) => argv.includes(name);
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  if (!flag('--no-build')) {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const r = await runCorpusBench({ plans: value('--plans'), workers: value('--workers'), keep: flag('--keep'), log: (l) => console.log(`  ${l}`) });
  console.log(
    `corpus bench: ${r.plans} plans in ${r.seconds.toFixed(1)} s → ${r.plansPerSecond.toFixed(1)} plans/s; peak RSS ${r.peakRssMB.toFixed(0)} MB (${r.memoryMethod === 'usr-bin-time' ? '/usr/bin/time, the CLI process incl. worker threads' : 'sampled VmHWM of the CLI process tree'})`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  cli(process.argv.slice(2)).catch((e: Error) => {
    console.error(e.message);
    process.exitCode = 1;
  });
}
