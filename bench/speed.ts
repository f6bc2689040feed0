import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  console.log(`  with both plans prepared once: ${timeMs(() => comparePlans(pu, pl), 20).toFixed(1)} ms`);

  const cli = timeCommand('node', ['dist/cli.js', 'compare', `seeds/${SEEDS[3]}`, `seeds/${SEEDS[0]}`, '--format', 'json']);
  console.log(`cold CLI compare of the seed pair (node dist/cli.js compare 003 000 --format json): ${cli.ms.toFixed(0)} ms median of 5${cli.peakMB ? `, peak ${cli.peakMB.toFixed(0)} MB` : ''}${cli.ok ? '' : ' (FAILED)'}`);
  if (baselineAvailable()) {
    const tmp = mkdtempSync(join(tmpdir(), 'pl-bench-'));
    try {
      writeFileSync(join(tmp, 'u.json'), JSON.stringify(shenyang));
      writeFileSync(join(tmp, 'l.json'), JSON.stringify(liaozhong));
      const py = timeCommand('/usr/bin/python3', ['bench/baseline/jieba_tfidf_hungarian.py', join(tmp, 'u.json'), join(tmp, 'l.json')]);
      console.log(`cold Python jieba + TF-IDF + Hungarian on the same pair: ${py.ms.toFixed(0)} ms median of 5${py.peakMB ? `, peak ${py.peakMB.toFixed(0)} MB` : ''}`);
      console.log(`  ratio CLI / baseline: ${fmt(cli.ms / py.ms, 2)} (target ≤ 0.5)`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  } else {
    console.log('(Python baseline not installed: apt-get install -y python3-jieba python3-sklearn python3-scipy)');
  }

  const large = spawnSync('node', ['--import', 'tsx', 'bench/large-pair.ts', '2000'], { cwd: ROOT, encoding: 'utf8' });
  console.log(large.status === 0 ? large.stdout.trim() : `2,000 × 2,000 items: FAILED ${large.stderr.slice(0, 300)}`);
}
