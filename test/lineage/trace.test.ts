import { describe, expect, it } from 'vitest';
import { preparePlan } from '../../src/align/prepare.js';
import { BadOptionError } from '../../src/errors.js';
import { orderPlans } from '../../src/lineage/order.js';
import { traceLineage } from '../../src/lineage/trace.js';
import type { Lineage, RequirementChain } from '../../src/model/lineage.js';
import { planItems } from '../../src/model/walk.js';
import { SEEDS, seedPlan } from '../helpers.js';
import { idOf, syntheticPlan } from './helpers.js';

const shenyang = () => seedPlan(SEEDS.shenyang2022);
const liaozhong = () => seedPlan(SEEDS.liaozhong2022);

const chainOf = (lineage: Lineage, level: number, id: string): RequirementChain => {
  const chain = lineage.chains.find((c) => c.origin.level === level && c.origin.id === id);
  if (!chain) throw new Error(`no chain from ${level}:${id}`);
  return chain;
};
const itemAt = (lineage: Lineage, level: number, id: string) => lineage.items.find((i) => i.level === level && i.id === id)!;

describe('Shenyang 2022 → Liaozhong 2022 (seeds)', () => {
  const lineage = traceLineage([shenyang(), liaozhong()]);

  it('compares the two levels once, as a hierarchy, with the plain comparison\'s counts', () => {
    expect(lineage.schema).toBe('policy-lineage/lineage@1');
    expect(lineage.plans.map((p) => p.jurisdiction.name)).toEqual(['沈阳市', '辽中区']);
    expect(lineage.hops).toHaveLength(1);
    expect(lineage.hops[0]).toMatchObject({ upper: 0, lower: 1, adjacent: true, relation: 'hierarchy', summary: { inherited: 14, modified: 12, added: 0, dropped: 3 } });
  });

  it('gives Liaozhong\'s 加强疫情防控信息公开 the Shenyang item as its inherited ancestor', () => {
    const own = idOf(liaozhong(), '加强疫情防控信息公开');
    const upper = idOf(shenyang(), '加强疫情防控信息公开');
    const item = itemAt(lineage, 1, own);
    expect(item.ancestors).toEqual([{ level: 0, ids: [upper], status: 'inherited', score: expect.any(Number) }]);
    expect(item.ancestors[0]!.score).toBeGreaterThan(0.95);
    expect(item.parent).toMatchObject({ level: 0, ids: [upper], status: 'inherited', via: 'adjacent' });
    expect(item.skip).toBeNull();
  });

  it('drops Shenyang\'s IPv6 item at the district level', () => {
    const ipv6 = idOf(shenyang(), '完成互联网公开平台IPv6改造');
    const chain = chainOf(lineage, 0, ipv6);
    expect(chain.cells.map((c) => c.status)).toEqual(['origin', 'dropped']);
    expect(chain.droppedAt).toBe(1);
    expect(chain.reappearsAt).toBeNull();
  });

  it('follows every Shenyang item and counts its fates', () => {
    expect(lineage.chains).toHaveLength(planItems(shenyang()).length);
    expect(lineage.summary.levels[1]).toMatchObject({ items: 26, inherited: 14, modified: 12, added: 0, skips: 0, top: { inherited: 14, modified: 12, dropped: 3, absent: 0 } });
  });

  it('gives the same lineage for prepared plans', () => {
    const again = traceLineage([preparePlan(shenyang()), preparePlan(liaozhong())]);
    expect(again.chains).toEqual(lineage.chains);
    expect(again.items).toEqual(lineage.items);
  });
});

describe('three levels (SYNTHETIC province → city → district)', () => {
  const [province, city, district] = [syntheticPlan('province'), syntheticPlan('city'), syntheticPlan('district')];
  const order = orderPlans([district, province, city]);
  const lineage = traceLineage(order.chain, { order });
  const p = (heading: string) => chainOf(lineage, 0, idOf(province, heading));

  it('compares neighbours, then the province with the district for skip-level detection', () => {
    expect(lineage.hops.map((h) => [h.upper, h.lower, h.adjacent])).toEqual([
      [0, 1, true],
      [1, 2, true],
      [0, 2, false],
    ]);
    expect(lineage.order.reasons[0]).toBe('chain: 辽宁省 (province) → 鞍山市 (city) → 铁东区 (district)');
  });

  it('flags the district item copied from the province but absent from the city as a skip', () => {
    const item = itemAt(lineage, 2, idOf(district, '做好乡村振兴信息公开'));
    expect(item.ancestors.map((a) => a.status)).toEqual(['inherited', 'none']);
    expect(item.skip).toMatchObject({ from: 0, skipped: [1], reason: 'absent', skippedScore: null });
    expect(item.parent).toMatchObject({ level: 0, ids: [idOf(province, '做好乡村振兴信息公开')], via: 'skip' });
  });

  it('flags the district item closer to the province text than to the city rewrite as a skip', () => {
    const item = itemAt(lineage, 2, idOf(district, '提升政府公报服务效果'));
    expect(item.ancestors.map((a) => a.status)).toEqual(['inherited', 'modified']);
    expect(item.skip).toMatchObject({ from: 0, skipped: [1], reason: 'closer' });
    expect(item.skip!.score - item.skip!.skippedScore!).toBeGreaterThan(0.5);
  });

  it('does not flag a district item that follows the city\'s modified text', () => {
    const item = itemAt(lineage, 2, idOf(district, '加强涉及税费信息公开'));
    expect(item.ancestors.map((a) => a.status)).toEqual(['modified', 'inherited']);
    expect(item.skip).toBeNull();
    expect(item.parent).toMatchObject({ level: 1, status: 'inherited', via: 'adjacent' });
    expect(p('加强涉及税费信息公开').cells.map((c) => c.status)).toEqual(['origin', 'modified', 'inherited']);
  });

  it('keeps a province item at the city and drops it at the district', () => {
    const chain = p('加强疫情防控信息公开');
    expect(chain.cells.map((c) => c.status)).toEqual(['origin', 'inherited', 'dropped']);
    expect(chain.droppedAt).toBe(2);
  });

  it('drops a province item at the city for good', () => {
    const chain = p('完成互联网公开平台IPv6改造');
    expect(chain.cells.map((c) => c.status)).toEqual(['origin', 'dropped', 'absent']);
    expect(chain.droppedAt).toBe(1);
    expect(chain.reappearsAt).toBeNull();
  });

  it('sees a requirement the city dropped reappear at the district through a skip', () => {
    const chain = p('做好乡村振兴信息公开');
    expect(chain.cells.map((c) => [c.status, c.skip, c.reappears])).toEqual([
      ['origin', false, false],
      ['dropped', false, false],
      ['inherited', true, true],
    ]);
    expect(chain.droppedAt).toBe(1);
    expect(chain.reappearsAt).toBe(2);
  });

  it('follows items added below the top from their own level', () => {
    const fromCity = chainOf(lineage, 1, idOf(city, '公开老旧小区改造项目进展'));
    expect(fromCity.cells.map((c) => c.status)).toEqual(['above', 'added', 'inherited']);
    const fromDistrict = chainOf(lineage, 2, idOf(district, '做好街道社区信息公开'));
    expect(fromDistrict.cells.map((c) => c.status)).toEqual(['above', 'above', 'added']);
    // each new chain sits right after the chain holding the item before it at its level
    const origins = lineage.chains.map((c) => `${c.origin.level}:${c.origin.id}`);
    expect(origins.indexOf(`1:${fromCity.origin.id}`)).toBe(origins.indexOf(`0:${idOf(province, '加强疫情防控信息公开')}`) + 1);
  });

  it('sums the fates per level', () => {
    expect(lineage.summary.skips).toBe(2);
    expect(lineage.summary.levels.map((l) => l.top)).toEqual([
      { inherited: 0, modified: 0, dropped: 0, absent: 0, reappeared: 0 },
      { inherited: 4, modified: 2, dropped: 2, absent: 0, reappeared: 0 },
      { inherited: 6, modified: 0, dropped: 1, absent: 1, reappeared: 1 },
    ]);
    expect(lineage.summary.levels.map((l) => l.added)).toEqual([0, 1, 1]);
  });

  it('finds no skip with a margin too large for the closer match, but still the absent one', () => {
    const strict = traceLineage(order.chain, { skipMargin: 1 });
    // the 公报 item is inherited from the province but only modified from the city: still a skip
    expect(strict.items.filter((i) => i.skip).map((i) => i.skip!.reason).sort()).toEqual(['absent', 'closer']);
    const loose = traceLineage(order.chain, { skipMargin: 0 });
    expect(loose.summary.skips).toBeGreaterThanOrEqual(2);
  });
});

describe('what is not a chain', () => {
  it('needs two plans', () => {
    expect(() => traceLineage([shenyang()])).toThrow(/at least two plans of different levels, got 1/);
  });

  it('refuses two plans of one place (versions)', () => {
    expect(() => traceLineage([seedPlan(SEEDS.shenyang2018), shenyang()])).toThrow(/same place \(沈阳市\).*compare versions/);
  });

  it('refuses peers', () => {
    expect(() => traceLineage([shenyang(), seedPlan(SEEDS.chaoyang2022)])).toThrow(BadOptionError);
    expect(() => traceLineage([shenyang(), seedPlan(SEEDS.chaoyang2022)])).toThrow(/same level \(peers\)/);
  });

  it('refuses plans given bottom-up', () => {
    expect(() => traceLineage([liaozhong(), shenyang()])).toThrow(/ordered from the highest level down/);
  });

  it('checks the skip margin', () => {
    expect(() => traceLineage([shenyang(), liaozhong()], { skipMargin: 2 })).toThrow(/skipMargin must be a number between 0 and 1/);
  });
});
