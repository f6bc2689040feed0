import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { comparePlans } from '../src/align/compare.js';
import { parsePlan } from '../src/parse/index.js';
import type { Comparison } from '../src/model/comparison.js';
import { scoreFixture, type FixtureScore, type FixtureTruth } from './score.js';
import { fmt, ROOT, section } from './util.js';

const DIR = join(ROOT, 'test', 'fixtures', 'compare');

/** Every compare fixture folder with its plans parsed, compared with defaults, and scored. */
export function scoreFixtures(): { name: string; score: FixtureScore; comparison: Comparison }[] {
  return readdirSync(DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(DIR, d.name);
      const file = (side: string) => readdirSync(dir).find((f) => f.startsWith(`${side}.`))!;
      const upper = parsePlan(readFileSync(join(dir, file('upper'))), { source: `${d.name}/${file('upper')}` });
      const lower = parsePlan(readFileSync(join(dir, file('lower'))), { source: `${d.name}/${file('lower')}` });
      const truth = JSON.parse(readFileSync(join(dir, 'links.json'), 'utf8')) as FixtureTruth;
      const comparison = comparePlans(upper, lower);
      return { name: d.name, score: scoreFixture(comparison, truth), comparison };
    });
}

/** Prints per variant link F1, status accuracy, moved recall and obligation directions right. */
export function perturbationBench(): void {
  section('Perturbation set (test/fixtures/compare; targets F1 ≥ 0.95, status ≥ 0.95, moved recall ≥ 0.9, obligation ≥ 9/10)');
  let right = 0;
  let total = 0;
  for (const { name, score: s } of scoreFixtures()) {
    right += s.obligation.right;
    total += s.obligation.total;
    console.log(
      [
        name.padEnd(16),
        `link F1 ${fmt(s.links.f1)} (P ${fmt(s.links.precision)} R ${fmt(s.links.recall)})`,
        `status ${fmt(s.status.accuracy)} (${s.status.correct}/${s.status.total})`,
        s.moved.total ? `moved ${s.moved.found}/${s.moved.total}` : 'moved –',
        s.moved.falseFlags ? `+${s.moved.falseFlags} false` : '',
        s.obligation.total ? `obligation ${s.obligation.right}/${s.obligation.total}` : 'obligation –',
        s.obligation.falseFlags ? `+${s.obligation.falseFlags} false` : '',
        s.extent.total ? `extent ${s.extent.right}/${s.extent.total}` : '',
      ].join(' | '),
    );
  }
  console.log(`obligation directions right over all variants: ${right}/${total}`);
}
