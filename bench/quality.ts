import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { comparePlans } from '../src/align/compare.js';
import { learnGenre, type Genre } from '../src/align/genre.js';
import { preparePlan } from '../src/align/prepare.js';
import { scoreAgainstGold, type GoldAlignment, type GoldScore } from './score.js';
import { parsePlan } from '../src/parse/index.js';
import type { Comparison } from '../src/model/comparison.js';
import { fmt, ROOT, section, timeMs } from './util.js';

const GOLD_DIR = join(ROOT, 'test', 'fixtures', 'gold');
const BASELINE = join(ROOT, 'bench', 'baseline', 'jieba_tfidf_hungarian.py');

/** Whether the Python baseline can run here (Debian python3-jieba, -sklearn, -scipy). */
export function baselineAvailable(): boolean {
  return spawnSync('/usr/bin/python3', ['-c', 'import jieba, sklearn, scipy'], { stdio: 'ignore' }).status === 0;
}

function line(name: string, s: GoldScore, ms: number | null): string {
  return [
    name.padEnd(10),
    `link P ${fmt(s.links.precision)} R ${fmt(s.links.recall)} F1 ${fmt(s.links.f1)}`,
    `status ${fmt(s.status.accuracy)} (${s.status.correct}/${s.status.total})`,
    `added P ${fmt(s.added.precision)} R ${fmt(s.added.recall)}`,
    `dropped P ${fmt(s.dropped.precision)} R ${fmt(s.dropped.recall)}`,
    ms === null ? '' : `${ms.toFixed(1)} ms/comparison`,
  ].join(' | ');
}

/**
 * A genre learned from every plan text of the repository: the parse fixtures and the seeds
 * (plans of 2015–2025 from many places), to show what `genre` does on the gold pairs.
 */
function repositoryGenre(): Genre {
  const dir = join(ROOT, 'test', 'fixtures', 'parse');
  const files = [
    ...readdirSync(dir).map((d) => join(dir, d, 'input.txt')).filter((f) => existsSync(f)),
    ...readdirSync(join(ROOT, 'seeds')).map((f) => join(ROOT, 'seeds', f)),
  ];
  return learnGenre(files.flatMap((f) => {
    try {
      return [preparePlan(parsePlan(readFileSync(f), { source: f }))];
    } catch {
      return [];
    }
  }));
}

/** The gold pairs an engine missed or made up, as upper~lower item ids. */
function pairList(pairs: [string, string][]): string {
  return pairs.map(([u, l]) => `${u}~${l}`).join(' ');
}

/** Scores the engine (and the jieba + TF-IDF + Hungarian baseline, when installed) against every gold file. */
export function qualityBench(): void {
  section('Alignment quality against the gold files (test/fixtures/gold)');
  const genre = repositoryGenre();
  const withBaseline = baselineAvailable();
  if (!withBaseline) console.log('(baseline skipped: apt-get install -y python3-jieba python3-sklearn python3-scipy to compare)');
  const tmp = mkdtempSync(join(tmpdir(), 'pl-bench-'));
  try {
    for (const file of readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json'))) {
      const gold = JSON.parse(readFileSync(join(GOLD_DIR, file), 'utf8')) as GoldAlignment;
      const upper = parsePlan(readFileSync(join(ROOT, 'seeds', gold.upper)), { source: gold.upper });
      const lower = parsePlan(readFileSync(join(ROOT, 'seeds', gold.lower)), { source: gold.lower });
      const pu = preparePlan(upper);
      const pl = preparePlan(lower);
      let comparison: Comparison = comparePlans(pu, pl);
      const ms = timeMs(() => (comparison = comparePlans(pu, pl)));
      console.log(`${file.replace('.json', '')}  (${gold.upper} → ${gold.lower})`);
      const score = scoreAgainstGold(comparison, gold);
      console.log(`  ${line('engine', score, ms)}`);
      if (score.missed.length) console.log(`    missed ${pairList(score.missed)}`);
      if (score.spurious.length) console.log(`    false  ${pairList(score.spurious)}`);
      console.log(`  ${line('+genre', scoreAgainstGold(comparePlans(pu, pl, { genre }), gold), null)} (genre of ${genre.plans} plans, ${genre.years} years)`);
      if (withBaseline) {
        writeFileSync(join(tmp, 'u.json'), JSON.stringify(upper));
        writeFileSync(join(tmp, 'l.json'), JSON.stringify(lower));
        const out = JSON.parse(execFileSync('/usr/bin/python3', [BASELINE, join(tmp, 'u.json'), join(tmp, 'l.json')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
        console.log(`  ${line('baseline', scoreAgainstGold({ ...out, upper, lower } as Comparison, gold), null)}`);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
