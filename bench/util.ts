import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Milliseconds a function takes: the median of `runs` runs after one warm-up. */
export function timeMs(fn: () => unknown, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Wall time and peak RSS of a child process (via /usr/bin/time when present), median over runs. */
export function timeCommand(cmd: string, args: string[], runs = 5): { ms: number; peakMB: number | null; ok: boolean } {
  const useTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
  const times: number[] = [];
  let peak: number | null = null;
  let ok = true;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = useTime ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd: ROOT, encoding: 'utf8' }) : spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' });
    times.push(performance.now() - t);
    if (r.status !== 0) ok = false;
    if (useTime) {
      const kb = Number(r.stderr.trim().split('\n').pop());
      if (Number.isFinite(kb)) peak = Math.max(peak ?? 0, kb / 1024);
    }
  }
  return { ms: median(times), peakMB: peak, ok };
}

export const fmt = (x: number, digits = 3): string => x.toFixed(digits);

/** Prints a heading for a bench section. */
export function section(title: string): void {
  console.log(`\n== ${title} ${'='.repeat(Math.max(0, 70 - title.length))}`);
}
