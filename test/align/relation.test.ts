import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/align/compare.js';
import { orientPair } from '../../src/align/relation.js';
import { traceLineage } from '../../src/lineage/trace.js';
import { parsePlan } from '../../src/parse/index.js';
import { seedPlan, SEEDS } from '../helpers.js';

const sy22 = seedPlan(SEEDS.shenyang2022);
const sy18 = seedPlan(SEEDS.shenyang2018);
const lz = seedPlan(SEEDS.liaozhong2022);
const cy = seedPlan(SEEDS.chaoyang2022);
const tez = seedPlan(SEEDS.taierzhuang2022);

describe('orientPair: one judge of how two plans stand', () => {
  it.each([
    ['city → its district', sy22, lz, 'hierarchy', 'hierarchy', false],
    ['district given above its city', lz, sy22, 'hierarchy', 'hierarchy', true],
    ['two cities of one province', sy22, cy, 'peer', 'peer', false],
    ['earlier → later version', sy18, sy22, 'revision', 'revision', false],
    ['later version given first', sy22, sy18, 'revision', 'revision', true],
    ['districts of two provinces', lz, tez, 'peer', 'peer', false],
    ['a city above a district of another province', sy22, tez, 'cross-province', 'peer', false],
    ['a city above another city’s district', cy, lz, 'unrelated', 'peer', false],
  ] as const)('%s', (_, a, b, kind, relation, reversed) => {
    expect(orientPair(a, b)).toMatchObject({ kind, relation, reversed });
  });

  it('lets a citation decide when the levels are unknown', () => {
    const upper = parsePlan('某单位2022年政务公开工作要点\n\n一、公开\n\n1. 加强信息公开。');
    const lower = parsePlan('某处2022年政务公开工作要点\n\n为贯彻落实《某单位2022年政务公开工作要点》，制定本方案。\n\n一、公开\n\n1. 加强信息公开。');
    expect([upper.jurisdiction.level, lower.references.length]).toEqual([null, 1]);
    expect(orientPair(lower, upper)).toMatchObject({ kind: 'hierarchy', reversed: true, reason: 'the upper plan cites the lower one' });
    expect(orientPair(upper, lower).reversed).toBe(false);
  });
});

describe('comparePlans and lineage use it', () => {
  it('reports a reversed pair, keeps the order by default and swaps with orient: auto', () => {
    const kept = comparePlans(lz, sy22);
    expect(kept.orientation).toMatchObject({ kind: 'hierarchy', reversed: true, swapped: false });
    expect(kept.upper.title).toBe(lz.title);
    const swapped = comparePlans(lz, sy22, { orient: 'auto' });
    expect(swapped.orientation).toMatchObject({ reversed: false, swapped: true });
    expect(swapped.upper.title).toBe(sy22.title);
    expect(swapped.summary).toEqual(comparePlans(sy22, lz).summary);
  });

  it('calls a cross-province pair of different levels peers in compare, and lineage refuses it with the same reason', () => {
    const c = comparePlans(sy22, tez);
    expect(c.relation).toBe('peer');
    expect(c.orientation?.kind).toBe('cross-province');
    expect(() => traceLineage([sy22, tez])).toThrow(/different provinces/);
  });

  it('rejects an unknown orient value', () => {
    expect(() => comparePlans(sy22, lz, { orient: 'sideways' as never })).toThrow(/orient must be/);
  });
});

describe('explanations', () => {
  it('says for every added and dropped item which candidate was nearest and why it was not linked', () => {
    const c = comparePlans(sy22, lz);
    const unlinked = c.links.filter((l) => l.status === 'added' || l.status === 'dropped');
    expect(unlinked.length).toBeGreaterThan(0);
    for (const l of unlinked) {
      expect(l.explanation?.reason).toMatch(/\S/);
      if (l.explanation!.nearest) expect(l.explanation!.nearest.score).toBeLessThan(1);
    }
    // Shenyang's IPv6 item: its nearest in Liaozhong is an item already linked to a better match
    const ipv6 = c.links.find((l) => l.upper[0] === '2.2')!;
    expect(ipv6.status).toBe('dropped');
    expect(ipv6.explanation!.nearest!.linkedTo.length).toBeGreaterThan(0);
    expect(ipv6.explanation!.reason).toMatch(/is linked to/);
  });
});
