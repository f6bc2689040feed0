import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/align/compare.js';
import type { Item, Node, Plan, Section } from '../../src/model/plan.js';
import { planItems, planSections } from '../../src/model/walk.js';
import { readPlan } from '../../src/parse/read-plan.js';
import { fixturePath, nfkcCompact as c, seedPlan, SEEDS } from '../helpers.js';
import { readingItems, type Reading, type RNode } from '../support/parse-fixtures.js';

/**
 * The Word, .doc and OpenDocument versions of the Shenyang and Liaozhong plans (made by
 * scripts/make-fixtures.ts from the seeds) must parse into the plan of the text version, and
 * agree with the hand readings of test/fixtures/readings/.
 */
const PLANS = [
  { name: 'shenyang-2022', seed: SEEDS.shenyang2022 },
  { name: 'liaozhong-2022', seed: SEEDS.liaozhong2022 },
] as const;
const FORMATS = ['docx', 'doc', 'odt'] as const;

const cache = new Map<string, Promise<Plan>>();
function fixturePlan(name: string, format: string): Promise<Plan> {
  const file = fixturePath('read', `${name}.${format}`);
  let p = cache.get(file);
  if (!p) {
    p = readPlan(readFileSync(file), { source: `${name}.${format}` });
    cache.set(file, p);
  }
  return p;
}

function readingOf(seed: string): Required<Pick<Reading, 'title' | 'docNumber' | 'date' | 'children'>> {
  return JSON.parse(readFileSync(fixturePath('readings', seed.replace(/\.txt$/, '.json')), 'utf8'));
}

const shape = (ns: (Node | RNode)[]): unknown[] => ns.map((n) => (n.kind === 'section' ? { [c(n.marker!)]: shape((n as Section).children) } : 'item'));

describe.each(FORMATS.flatMap((format) => PLANS.map((p) => [`${p.name}.${format}`, p, format] as const)))('%s', (_, { name, seed }, format) => {
  const text = seedPlan(seed);

  it('has the title, 文号 and date of the text version and of the hand reading', async () => {
    const plan = await fixturePlan(name, format);
    const reading = readingOf(seed);
    expect([c(plan.title), plan.docNumber, plan.date]).toEqual([c(text.title), text.docNumber, text.date]);
    expect([c(plan.title), plan.docNumber && c(plan.docNumber), plan.date]).toEqual([c(reading.title), reading.docNumber && c(reading.docNumber), reading.date]);
  });

  it('has the sections of the text version, with their markers and titles', async () => {
    const plan = await fixturePlan(name, format);
    expect(shape(plan.children)).toEqual(shape(text.children));
    expect(shape(plan.children)).toEqual(shape(readingOf(seed).children));
    expect(planSections(plan).map((s) => [s.id, c(s.marker), c(s.title)])).toEqual(planSections(text).map((s) => [s.id, c(s.marker), c(s.title)]));
  });

  it('has the items of the text version: same count, ids, markers, texts, units and deadlines', async () => {
    const plan = await fixturePlan(name, format);
    const row = (i: Item) => [i.id, c(i.marker), c(i.heading), c(i.text), i.leads.map(c), i.partners.map(c), i.deadline && c(i.deadline), i.tasks.length];
    expect(planItems(plan).map(row)).toEqual(planItems(text).map(row));
  });

  it('agrees with the hand reading item by item', async () => {
    const items = planItems(await fixturePlan(name, format));
    const reading = readingItems(readingOf(seed).children);
    expect(items).toHaveLength(reading.length);
    reading.forEach((r, k) => {
      const item = items[k]!;
      expect(c(item.marker)).toBe(c(r.marker!));
      expect(c(item.text).startsWith(c(r.start!)), `${item.id} starts with ${r.start}`).toBe(true);
      expect(c(item.text).endsWith(c(r.end!)), `${item.id} ends with ${r.end}`).toBe(true);
      expect(item.leads.map(c)).toEqual(r.leads!.map(c));
      expect(item.deadline && c(item.deadline)).toBe(r.deadline && c(r.deadline));
    });
  });

  it('keeps page furniture out of every item and says it dropped it', async () => {
    const plan = await fixturePlan(name, format);
    for (const item of planItems(plan)) {
      const all = [item.text, ...item.tasks.map((t) => t.text)].join('\n');
      expect(all).not.toMatch(/政务公开工作文件|—\s*\d+\s*—|-\s*\d+\s*-|第\s*\d+\s*页/);
    }
    expect(plan.warnings.find((w) => w.code === 'dropped-furniture')?.message).toMatch(/header.*footer/);
  });

  it('takes no title from a stale Word core property', async () => {
    expect((await fixturePlan(name, format)).title).not.toContain('模板');
  });
});

describe('comparing formats', () => {
  it.each([['docx', 'docx'], ['docx', 'odt'], ['docx', 'doc'], ['odt', 'doc'], ['doc', 'odt']])('Shenyang .%s against Liaozhong .%s gives the summary of the text pair', async (a, b) => {
    const summary = comparePlans(await fixturePlan('shenyang-2022', a), await fixturePlan('liaozhong-2022', b)).summary;
    expect(summary).toEqual({ inherited: 14, modified: 12, added: 0, dropped: 3 });
  });
});
