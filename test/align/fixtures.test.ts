import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/align/compare.js';
import { parsePlan } from '../../src/parse/index.js';
import { planItems } from '../../src/model/walk.js';
import { resolveTruth, scoreFixture, type FixtureTruth } from '../../bench/score.js';
import { fixturePath } from '../helpers.js';

/**
 * One loop over test/fixtures/compare/<case>/{upper.*, lower.*, links.json}: each case's truth
 * is written by hand (see the folder's README); the floors are issue 12's targets, the same for
 * every case, not what the engine happens to score.
 */
const DIR = fixturePath('compare');
const cases = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe.each(cases)('compare fixture %s', (name) => {
  const dir = join(DIR, name);
  const file = (side: string) => join(dir, readdirSync(dir).find((f) => f.startsWith(`${side}.`))!);
  const upper = parsePlan(readFileSync(file('upper')), { source: `${name}/upper` });
  const lower = parsePlan(readFileSync(file('lower')), { source: `${name}/lower` });
  const truth = JSON.parse(readFileSync(join(dir, 'links.json'), 'utf8')) as FixtureTruth;
  const c = comparePlans(upper, lower);

  it('has a truth that names every item of both plans exactly once', () => {
    expect(() => resolveTruth(c, truth)).not.toThrow();
  });

  it('puts every item of both plans in exactly one link', () => {
    const ids = (side: 'upper' | 'lower') => c.links.flatMap((l) => l[side]).sort();
    expect(ids('upper')).toEqual(planItems(upper).map((i) => i.id).sort());
    expect(ids('lower')).toEqual(planItems(lower).map((i) => i.id).sort());
  });

  it('finds the links (F1 ≥ 0.95), their statuses (≥ 0.95), moves (recall ≥ 0.9), obligation directions and extents (≥ 0.9)', () => {
    const s = scoreFixture(c, truth);
    expect(s.links.f1, JSON.stringify({ missed: s.missed, spurious: s.spurious })).toBeGreaterThanOrEqual(0.95);
    expect(s.status.accuracy, JSON.stringify(s.status.wrong)).toBeGreaterThanOrEqual(0.95);
    expect(s.moved.recall).toBeGreaterThanOrEqual(0.9);
    if (s.obligation.total) expect(s.obligation.right / s.obligation.total, JSON.stringify(s.obligation.wrong)).toBeGreaterThanOrEqual(0.9);
    if (s.extent.total) expect(s.extent.right / s.extent.total, JSON.stringify(s.extent.wrong)).toBeGreaterThanOrEqual(0.9);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(comparePlans(upper, lower))).toBe(JSON.stringify(c));
  });
});
