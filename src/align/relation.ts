import type { Orientation, PairKind, Relation } from '../model/comparison.js';
import { defaultGazetteer, type Gazetteer } from '../model/gazetteer.js';
import { LEVELS, type Jurisdiction, type Level, type Plan } from '../model/plan.js';
import { citation } from '../text/citations.js';

/** Districts and counties sit at one depth: a county is not below a district. */
function depth(level: Level | null): number | null {
  if (!level) return null;
  return level === 'county' ? LEVELS.indexOf('district') : LEVELS.indexOf(level);
}

/** The jurisdiction's chain of names, itself first, from the plan's own parent and the gazetteer. */
function chainOf(j: Jurisdiction, gazetteer: Gazetteer): string[] {
  if (!j.name) return [];
  const out = [j.name];
  const entry = gazetteer.lookup(j.name).find((e) => !j.parent || e.parent === j.parent);
  if (entry) for (const a of gazetteer.ancestors(entry)) out.push(a.name);
  else if (j.parent) out.push(j.parent);
  return out;
}

/** The province a jurisdiction belongs to (itself when it is one), when the gazetteer knows. */
function provinceOf(j: Jurisdiction, gazetteer: Gazetteer): string | null {
  if (j.level === 'province') return j.name;
  for (const name of chainOf(j, gazetteer).slice(1)) {
    if (gazetteer.lookup(name).some((e) => e.level === 'province')) return name;
  }
  return null;
}

/**
 * How two plans stand to each other, decided once for compare, lineage and corpus alike: the
 * kind of pair (a plan and one below it, peers, two versions of one plan, or plans of different
 * levels from different provinces, where neither implements the other), whether the pair was
 * handed in the wrong way round (a district given as the upper plan, the later version first,
 * the upper plan citing the lower), and why.
 *
 * - **revision**: the same jurisdiction; the earlier year (else the earlier date) is the upper side.
 * - **hierarchy**: levels differ and the higher one is in the lower one's chain of jurisdictions
 *   (or the chain is unknown); the higher level is the upper side.
 * - **cross-province**: levels differ and the plans belong to different provinces — the
 *   Comparison calls this relation `peer` (left/right), since neither plan derives from the other.
 * - **unrelated**: levels differ within one province but the higher plan is not in the lower
 *   one's chain (a city and another city's district); relation `peer` as well.
 * - **peer**: the same level, or a level unknown on either side.
 * A citation decides when levels and dates are silent: the plan that cites the other is the lower.
 * @example
 * orientPair(liaozhong, shenyang) // → { kind: 'hierarchy', relation: 'hierarchy', reversed: true, reason: 'district above city' }
 */
export function orientPair(upper: Plan, lower: Plan, gazetteer: Gazetteer = defaultGazetteer()): Orientation & { relation: Relation } {
  const ju = upper.jurisdiction;
  const jl = lower.jurisdiction;
  const du = depth(ju.level);
  const dl = depth(jl.level);
  const result = (kind: PairKind, reversed: boolean, reason: string) => ({
    kind,
    relation: (kind === 'cross-province' || kind === 'unrelated' ? 'peer' : kind) as Relation,
    reversed,
    swapped: false,
    reason,
  });
  const citedBy = (): boolean | null => {
    if (citation(upper, lower)) return true; // the upper plan implements the lower one
    if (citation(lower, upper)) return false;
    return null;
  };

  if (ju.name && ju.name === jl.name && (ju.parent ?? null) === (jl.parent ?? null)) {
    if (upper.year !== null && lower.year !== null && upper.year !== lower.year) {
      const reversed = upper.year > lower.year;
      return result('revision', reversed, reversed ? `the upper plan (${upper.year}) is later than the lower (${lower.year})` : `two versions of ${ju.name}, ${upper.year} → ${lower.year}`);
    }
    if (upper.date && lower.date && upper.date !== lower.date) {
      const reversed = upper.date > lower.date;
      return result('revision', reversed, reversed ? `the upper plan (${upper.date}) is later than the lower (${lower.date})` : `two versions of ${ju.name}, ${upper.date} → ${lower.date}`);
    }
    const cited = citedBy();
    if (cited !== null) return result('revision', cited, cited ? 'the upper plan cites the lower one' : 'the lower plan cites the upper one');
    return result('peer', false, `the same jurisdiction (${ju.name}) and no year or date to order them`);
  }
  if (du === null || dl === null || du === dl) {
    const cited = citedBy();
    // a citation orders plans whose levels say nothing (unknown, or equal such as two departments)
    if (cited !== null && (du === null || dl === null)) return result('hierarchy', cited, cited ? 'the upper plan cites the lower one' : 'the lower plan cites the upper one');
    return result('peer', false, du === null || dl === null ? 'the level of a plan is unknown' : `both plans are ${ju.level} level`);
  }
  const reversed = du > dl;
  const top = reversed ? jl : ju;
  const bottom = reversed ? ju : jl;
  const pu = provinceOf(top, gazetteer);
  const pl = provinceOf(bottom, gazetteer);
  if (pu && pl && pu !== pl) {
    return result('cross-province', false, `${top.name ?? top.level} (${pu}) and ${bottom.name ?? bottom.level} (${pl}) are in different provinces`);
  }
  const chain = chainOf(bottom, gazetteer);
  if (top.name && chain.length > 1 && !chain.includes(top.name) && pu && pl) {
    // same province, different branches (a city and another city's district): not a derivation
    return result('unrelated', false, `${top.name} is not above ${bottom.name} (${chain.slice(1).join(' → ')})`);
  }
  return result('hierarchy', reversed, reversed ? `${ju.level} plan given as upper, ${jl.level} plan as lower` : `${ju.level} above ${jl.level}`);
}

/**
 * Infers how two plans relate (see {@link orientPair}): the same jurisdiction in different years
 * is a `revision`; a plan and one of a lower level in its own chain a `hierarchy`; plans of one
 * level, of unknown levels, or of different provinces `peer`s.
 * @example inferRelation(shenyang2018, shenyang2022) // → 'revision'
 */
export function inferRelation(a: Plan, b: Plan): Relation {
  return orientPair(a, b).relation;
}
