import { describe, expect, it } from 'vitest';
import { BadOptionError } from '../../src/errors.js';
import { citation, normalizeDocNumber, normalizeTitle } from '../../src/text/citations.js';
import { orderPlans } from '../../src/lineage/order.js';
import type { Plan } from '../../src/model/plan.js';
import { SEEDS, seedPlan } from '../helpers.js';
import { syntheticPlan } from './helpers.js';

const shenyang2022 = () => seedPlan(SEEDS.shenyang2022);
const shenyang2018 = () => seedPlan(SEEDS.shenyang2018);
const liaozhong2022 = () => seedPlan(SEEDS.liaozhong2022);

/** A copy of a plan with other header facts (plans are read-only in tests). */
const variant = (plan: Plan, patch: Partial<Plan>): Plan => ({ ...plan, ...patch });

describe('citations', () => {
  it.each([
    ['沈政公领发〔2022〕1号', '沈政公领发〔2022〕1号'],
    ['沈政公领发[2022]1号', '沈政公领发〔2022〕1号'],
    ['沈政公领发【2022】1号', '沈政公领发〔2022〕1号'],
    ['沈政公领发 (2022) 1 号', '沈政公领发〔2022〕1号'],
    ['沈政公领发［2022］１号', '沈政公领发〔2022〕1号'],
  ])('reads the 文号 %s as %s', (raw, normal) => {
    expect(normalizeDocNumber(raw)).toBe(normal);
  });

  it('compares titles without spaces and quotes', () => {
    expect(normalizeTitle('《沈阳市 2022 年政务公开工作要点》')).toBe('沈阳市2022年政务公开工作要点');
  });

  it('finds that 辽中区 cites the Shenyang plan by its 文号', () => {
    expect(citation(liaozhong2022(), shenyang2022())).toEqual({ by: 'docNumber', value: '沈政公领发〔2022〕1号' });
    expect(citation(shenyang2022(), liaozhong2022())).toBeNull();
  });

  it('finds a citation by title when the upper plan has no 文号', () => {
    const upper = variant(syntheticPlan('province'), { docNumber: null });
    expect(citation(syntheticPlan('city'), upper)).toEqual({ by: 'title', value: '辽宁省2022年政务公开工作要点' });
  });

  it('does not take the State Council title for part of a province title', () => {
    const national = variant(syntheticPlan('province'), { title: '2022年政务公开工作要点', docNumber: '国办发〔2022〕8号' });
    expect(citation(syntheticPlan('city'), national)).toBeNull();
  });
});

describe('orderPlans', () => {
  it.each([
    [[2, 0, 1]],
    [[1, 2, 0]],
    [[0, 1, 2]],
  ])('puts the synthetic province, city and district in order whatever the input order (%j)', (perm) => {
    const levels = [syntheticPlan('province'), syntheticPlan('city'), syntheticPlan('district')];
    const { chain, reasons, otherVersions } = orderPlans(perm.map((i) => levels[i]!));
    expect(chain.map((p) => p.jurisdiction.name)).toEqual(['辽宁省', '鞍山市', '铁东区']);
    expect(otherVersions).toEqual([]);
    expect(reasons[0]).toBe('chain: 辽宁省 (province) → 鞍山市 (city) → 铁东区 (district)');
    // the district writes the city's 文号 with 【】 brackets; it still counts as a citation
    expect(reasons[2]).toContain('it cites 鞍政公领发【2022】99号, the 文号 of 鞍山市2022年政务公开工作要点');
    expect(reasons[2]).toContain('铁东区 lies within 鞍山市 (gazetteer)');
  });

  it('keeps the Shenyang plan that 辽中区 cites and sets the 2018 plan aside as another version', () => {
    // Decision: a chain holds one plan per place (two years of one place are a revision, not two
    // levels). The version kept is the one a lower plan cites — 辽中区 cites 沈政公领发〔2022〕1号 —
    // so the chain is 003 → 000 and 001 (2018) is reported, not traced.
    for (const input of [
      [shenyang2018(), liaozhong2022(), shenyang2022()],
      [liaozhong2022(), shenyang2022(), shenyang2018()],
      [shenyang2022(), shenyang2018(), liaozhong2022()],
    ]) {
      const { chain, reasons, otherVersions } = orderPlans(input);
      expect(chain).toEqual([shenyang2022(), liaozhong2022()]);
      expect(otherVersions).toHaveLength(1);
      expect(otherVersions[0]!.plan).toBe(shenyang2018());
      expect(otherVersions[0]!.supersededBy).toBe(shenyang2022());
      expect(otherVersions[0]!.reason).toContain('an earlier plan of 沈阳市');
      expect(otherVersions[0]!.reason).toContain('辽中区\'s plan cites it (文号 沈政公领发〔2022〕1号)');
      expect(reasons[0]).toBe('chain: 沈阳市 (city) → 辽中区 (district)');
      expect(reasons[1]).toContain('it cites 沈政公领发〔2022〕1号, the 文号 of 沈阳市2022年政务公开工作要点');
    }
  });

  it('without a citation, keeps the version whose year is closest to the other plans', () => {
    const uncited = variant(liaozhong2022(), { references: [] });
    const { chain, otherVersions } = orderPlans([shenyang2018(), uncited, shenyang2022()]);
    expect(chain.map((p) => p.year)).toEqual([2022, 2022]);
    expect(otherVersions[0]!.reason).toContain('its year (2022) is closest to the other plans\' (2022)');
  });

  it('notes plans of different years on one chain', () => {
    const { chain, reasons } = orderPlans([liaozhong2022(), shenyang2018()]);
    expect(chain.map((p) => p.title)).toEqual(['沈阳市2018年政务公开重点工作安排', '沈阳市辽中区2022年政务公开工作要点']);
    expect(reasons.at(-1)).toMatch(/^note: the plans are of different years \(沈阳市 2018, 辽中区 2022\)/);
  });

  it('refuses two districts of different cities (peers), naming both', () => {
    const run = () => orderPlans([liaozhong2022(), seedPlan(SEEDS.taierzhuang2022)]);
    expect(run).toThrow(BadOptionError);
    expect(run).toThrow(/沈阳市辽中区2022年政务公开工作要点 \(辽中区, district, 2022\) and 2022年台儿庄区政务公开工作要点实施方案 \(台儿庄区, district, 2022\) are plans of the same level/);
  });

  it('refuses two cities (peers) and says to compare them instead', () => {
    expect(() => orderPlans([shenyang2022(), seedPlan(SEEDS.chaoyang2022)])).toThrow(/same level \(peers\).*compare peers with "compare A B"/);
  });

  it('refuses a district that the gazetteer puts in another city', () => {
    expect(() => orderPlans([seedPlan(SEEDS.taierzhuang2022), shenyang2022()])).toThrow(/台儿庄区, district, 2022\) lies within 枣庄市, 山东省, not within 沈阳市/);
  });

  it('places a plan of unknown level below the plan it cites', () => {
    const unknown = variant(syntheticPlan('district'), { jurisdiction: { name: null, level: null, parent: null } });
    const { chain, reasons } = orderPlans([unknown, syntheticPlan('province'), syntheticPlan('city')]);
    expect(chain.map((p) => p.title)).toEqual(['辽宁省2022年政务公开工作要点', '鞍山市2022年政务公开工作要点', '鞍山市铁东区2022年政务公开工作要点']);
    expect(reasons[2]).toContain('it cites 鞍政公领发【2022】99号');
  });

  it('refuses a plan of unknown level that cites none of the others', () => {
    const unknown = variant(syntheticPlan('district'), { jurisdiction: { name: null, level: null, parent: null }, references: [] });
    expect(() => orderPlans([unknown, syntheticPlan('city')])).toThrow(/cannot place 鞍山市铁东区2022年政务公开工作要点 \(place unknown, level unknown, 2022\)/);
  });

  it('accepts, and says so, a pair nothing confirms', () => {
    const elsewhere = variant(syntheticPlan('district'), { jurisdiction: { name: '某某区', level: 'district', parent: null }, references: [] });
    const { reasons } = orderPlans([elsewhere, syntheticPlan('city')]);
    expect(reasons[1]).toContain('assumed from the levels (city above district)');
  });
});
