import { readFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { comparePlans } from '../src/align/compare.js';
import { preparePlan } from '../src/align/prepare.js';
import { parsePlan } from '../src/parse/index.js';
import { dictionary } from '../src/text/dictionary.js';
import { baselineAvailable } from './quality.js';
import { fmt, ROOT, section, timeCommand, timeMs } from './util.js';

const SEEDS = ['000_69cf3694f199daec.txt', '001_9d5918fb5c505e81.txt', '002_5f755d274c664f4a.txt', '003_c25a0eff93a0bef6.txt', '004_0e95c71143a3993b.txt'];
const seed = (f: string) => join(ROOT, 'seeds', f);

/** Parsing, comparison and command-line timings. */
export function speedBench(): void {
  section('Parsing');
  const bytes = SEEDS.map((f) => readFileSync(seed(f)));
  const first = performance.now();
  for (const b of bytes) parsePlan(b);
  console.log(`parse all five seeds: first run ${(performance.now() - first).toFixed(1)} ms, then ${timeMs(() => bytes.forEach((b) => parsePlan(b)), 20).toFixed(1)} ms (median of 20)`);

  section('Comparison');
  let t = performance.now();
  dictionary();
  console.log(`compact segmentation dictionary load: ${(performance.now() - t).toFixed(0)} ms (once per process)`);
  const [liaozhong, , , shenyang] = bytes.map((b) => parsePlan(b));
  console.log(`Shenyang 2022 (29 items) vs Liaozhong 2022 (26 items), segmenter loaded: ${timeMs(() => comparePlans(shenyang!, liaozhong!), 20).toFixed(1)} ms (median of 20, tokens computed each time)`);
  const pu = preparePlan(shenyang!);
  const pl = preparePlan(liaozhong!);
  console.log(`  with both plans prepared once: ${timeMs(() => comparePlans(pu, pl), 20).toFixed(1)} ms (target ≤ 10 ms warm)`);

  const cli = timeCommand('node', ['dist/cli.js', 'compare', `seeds/${SEEDS[3]}`, `seeds/${SEEDS[0]}`, '--format', 'json']);
  console.log(`cold CLI compare of the seed pair (node dist/cli.js compare 003 000 --format json): ${cli.ms.toFixed(0)} ms median of 5${cli.peakMB ? `, peak ${cli.peakMB.toFixed(0)} MB` : ''}${cli.ok ? '' : ' (FAILED)'}`);
  const tmp = mkdtempSync(join(tmpdir(), 'pl-bench-'));
  try {
    // the script reads Plan JSON (it has no parser): the same two files, given to both, compare like with like
    const upperJson = join(tmp, 'u.json');
    const lowerJson = join(tmp, 'l.json');
    writeFileSync(upperJson, JSON.stringify(shenyang));
    writeFileSync(lowerJson, JSON.stringify(liaozhong));
    const same = timeCommand('node', ['dist/cli.js', 'compare', upperJson, lowerJson, '--format', 'json']);
    console.log(`cold CLI compare of the same pair as Plan JSON (the script's input): ${same.ms.toFixed(0)} ms median of 5${same.peakMB ? `, peak ${same.peakMB.toFixed(0)} MB` : ''}${same.ok ? '' : ' (FAILED)'}`);
    if (baselineAvailable()) {
      const py = timeCommand('/usr/bin/python3', ['bench/baseline/jieba_tfidf_hungarian.py', upperJson, lowerJson]);
      console.log(`cold Python jieba + TF-IDF + Hungarian on the Plan JSON pair: ${py.ms.toFixed(0)} ms median of 5${py.peakMB ? `, peak ${py.peakMB.toFixed(0)} MB` : ''}`);
      console.log(`  side by side              policy-lineage   Python baseline   ratio   target`);
      const row = (name: string, ours: number, theirs: number, unit: string, target: string) =>
        console.log(`  ${name.padEnd(24)} ${`${ours.toFixed(0)} ${unit}`.padStart(14)}   ${`${theirs.toFixed(0)} ${unit}`.padStart(15)}   ${fmt(ours / theirs, 2).padStart(5)}   ${target}`);
      row('wall, same JSON input', same.ms, py.ms, 'ms', '≤ 0.25');
      row('wall, ours from text', cli.ms, py.ms, 'ms', '(parses too)');
      if (same.peakMB && py.peakMB) row('peak memory, JSON input', same.peakMB, py.peakMB, 'MB', '≤ 0.5');
      if (cli.peakMB && py.peakMB) row('peak memory, from text', cli.peakMB, py.peakMB, 'MB', '');
    } else {
      console.log('(Python baseline not installed: apt-get install -y python3-jieba python3-sklearn python3-scipy)');
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const bundle = browserBundle();
  console.log(
    `browser bundle (esbuild from dist/, minified, code splitting, every entry point): entry chunk and what it imports statically ${(bundle.entry / 1e6).toFixed(2)} MB (target ≤ 1.5 MB), all chunks ${(bundle.total / 1e6).toFixed(2)} MB in ${bundle.chunks} files (the readers, pdf.js among them, load on demand); the dictionary asset data/segment-dict.bin ${(statSync(join(ROOT, 'data', 'segment-dict.bin')).size / 1e6).toFixed(2)} MB, fetched once`,
  );

  // growth: 2,000 and 8,000 items a side, each in its own process (target exponent ≤ 1.2)
  const runs = [2000, 8000].map((n) => {
    const r = spawnSync('node', ['--import', 'tsx', 'bench/large-pair.ts', String(n)], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PL_JSON: '1' } });
    if (r.status !== 0) {
      console.log(`${n} × ${n} items: FAILED ${r.stderr.slice(0, 300)}`);
      return null;
    }
    const m = JSON.parse(r.stdout.trim().split('\n').pop()!) as { n: number; seconds: number; cpuSeconds: number; peak: number };
    console.log(`${n.toLocaleString('en')} × ${n.toLocaleString('en')} synthetic items: ${m.seconds.toFixed(2)} s wall, ${m.cpuSeconds.toFixed(2)} s CPU, peak RSS ${m.peak.toFixed(0)} MB (target at 2,000: < 10 s, < 1 GB)`);
    return m;
  });
  if (runs[0] && runs[1]) {
    const exponent = Math.log(runs[1].cpuSeconds / runs[0].cpuSeconds) / Math.log(4);
    console.log(`growth from 2,000 to 8,000 items: CPU time × ${(runs[1].cpuSeconds / runs[0].cpuSeconds).toFixed(2)}, exponent ${exponent.toFixed(2)} (target ≤ 1.2)`);
  }
}

/**
 * The package bundled for a browser page as a web app would: every entry point resolved through
 * package.json "exports" to dist/, ESM with code splitting, minified. `entry` is what a page
 * loads first (the entry chunk and the chunks it imports statically); `total` adds the chunks
 * loaded on demand (the readers).
 */
export function browserBundle(): { entry: number; total: number; chunks: number } {
  const r = buildSync({
    stdin: {
      contents: ['', '/text', '/read', '/lineage'].map((sub) => `export * from 'policy-lineage${sub}';`).join('\n'),
      resolveDir: ROOT,
      loader: 'js',
    },
    bundle: true,
    splitting: true,
    outdir: join(tmpdir(), 'pl-bench-bundle'),
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = r.metafile.outputs;
  const first = new Set<string>();
  const visit = (path: string) => {
    if (first.has(path)) return;
    first.add(path);
    for (const i of outputs[path]!.imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  // the readers loaded on demand are entry points too: start from the page's own (stdin)
  visit(Object.keys(outputs).find((p) => outputs[p]!.entryPoint === '<stdin>')!);
  const size = (paths: Iterable<string>) => [...paths].reduce((n, p) => n + outputs[p]!.bytes, 0);
  const js = Object.keys(outputs).filter((p) => p.endsWith('.js'));
  return { entry: size([...first].filter((p) => p.endsWith('.js'))), total: size(js), chunks: js.length };
}
