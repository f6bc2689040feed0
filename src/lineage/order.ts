import { BadOptionError } from '../errors.js';
import { defaultGazetteer, type Gazetteer } from '../model/gazetteer.js';
import type { OtherVersion, PlanOrder } from '../model/lineage.js';
import type { Plan } from '../model/plan.js';
import { citation } from '../text/citations.js';
import { describePlan, levelDepth, planName } from './levels.js';

/** Options of {@link orderPlans}. */
export interface OrderOptions {
  /** Gazetteer telling which place lies within which (defaults to the shipped one). */
  gazetteer?: Gazetteer;
}

/** What ordering needs to know about a plan's place. */
interface Place {
  plan: Plan;
  index: number;
  /** Identity of the place: name and parent (names repeat across cities: 铁西区). */
  key: string;
  depth: number | null;
  /** Names of the places containing it, nearest first; null when neither gazetteer nor header says. */
  within: string[] | null;
  /** Whether the gazetteer knows the place (so "not within" is a fact, not ignorance). */
  known: boolean;
}

/**
 * Puts plans given in any order on one chain, highest level first, and says why.
 *
 * - **Levels** come from each plan's jurisdiction (national > province > city > district/county >
 *   township). A plan of unknown level is placed just below a plan it cites, or just above a plan
 *   citing it.
 * - **Parents** are checked for each neighbouring pair: the lower plan cites the upper one (by
 *   文号, ignoring spaces and bracket styles, or by title), or the gazetteer puts the lower place
 *   inside the upper one. A pair the gazetteer contradicts (台儿庄区 is not in 沈阳市) is an error;
 *   a pair nothing confirms is accepted and the reason says it was assumed.
 * - **Several plans of one place** (沈阳市 2018 and 2022): a chain holds one plan per place. The
 *   one kept is the version another plan cites; failing that, the one whose year is closest to the
 *   other plans' years; failing that, the newest. The others are returned as `otherVersions`
 *   (compare them with `comparePlans`, a revision).
 *
 * @throws {@link BadOptionError} when the plans are not one chain: two plans of the same level
 *   (peers, e.g. two districts of different cities), a plan the gazetteer puts elsewhere, or a plan
 *   whose level is unknown and that no citation connects to the others. The message names them.
 * @example
 * const { chain, reasons, otherVersions } = orderPlans([liaozhong2022, shenyang2018, shenyang2022]);
 * chain.map((p) => p.jurisdiction.name); // → ['沈阳市', '辽中区']
 * otherVersions[0].plan.year;            // → 2018
 * reasons[0];                            // → 'chain: 沈阳市 (city) → 辽中区 (district)'
 */
export function orderPlans(plans: Plan[], options: OrderOptions = {}): PlanOrder {
  if (plans.length === 0) throw new BadOptionError('orderPlans: no plans given');
  const gazetteer = options.gazetteer ?? defaultGazetteer();
  const places = plans.map((plan, index) => describePlace(plan, index, gazetteer));
  const { kept, otherVersions } = chooseVersions(places);
  const ranked = rankPlaces(kept);
  const reasons = [`chain: ${ranked.map(({ place }) => `${planName(place.plan)} (${place.plan.jurisdiction.level ?? 'level unknown'})`).join(' → ')}`];
  for (let i = 1; i < ranked.length; i++) reasons.push(parentReason(ranked[i - 1]!.place, ranked[i]!.place));
  reasons.push(...otherVersions.map((v) => v.reason));
  const years = new Set(ranked.map(({ place }) => place.plan.year).filter((y) => y !== null));
  if (years.size > 1) {
    reasons.push(
      `note: the plans are of different years (${ranked.map(({ place }) => `${planName(place.plan)} ${place.plan.year ?? '?'}`).join(', ')}); requirements of one year may look dropped or added in another`,
    );
  }
  return { chain: ranked.map(({ place }) => place.plan), reasons, otherVersions };
}

function describePlace(plan: Plan, index: number, gazetteer: Gazetteer): Place {
  const j = plan.jurisdiction;
  const depth = levelDepth(j.level);
  if (j.level === 'national') return { plan, index, key: 'national', depth, within: [], known: true };
  const candidates = j.name ? gazetteer.lookup(j.name).filter((e) => !j.parent || e.parent === j.parent) : [];
  const entry = candidates.length === 1 ? candidates[0]! : undefined;
  let within: string[] | null = entry ? gazetteer.ancestors(entry).map((a) => a.name) : null;
  if (j.parent && !within?.includes(j.parent)) within = [j.parent, ...(within ?? [])];
  const key = j.name ? `${j.name}@${entry?.parent ?? j.parent ?? '?'}` : `#${index}`;
  return { plan, index, key, depth, within, known: !!entry };
}

/** Newest first: year, then date, then the order given. */
function newer(a: Place, b: Place): number {
  return (b.plan.year ?? -Infinity) - (a.plan.year ?? -Infinity) || (b.plan.date ?? '').localeCompare(a.plan.date ?? '') || a.index - b.index;
}

/** Keeps one plan per place (see {@link orderPlans}) and explains what was set aside. */
function chooseVersions(places: Place[]): { kept: Place[]; otherVersions: OtherVersion[] } {
  const groups = new Map<string, Place[]>();
  for (const p of places) groups.set(p.key, [...(groups.get(p.key) ?? []), p]);
  const kept: Place[] = [];
  const otherVersions: OtherVersion[] = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      kept.push(group[0]!);
      continue;
    }
    const outsiders = places.filter((p) => p.key !== group[0]!.key);
    const { choice, why } = pickVersion(group, outsiders);
    kept.push(choice);
    for (const other of group.filter((p) => p !== choice).sort(newer)) {
      const y = other.plan.year;
      const relation = y === null || choice.plan.year === null ? 'another' : y < choice.plan.year ? 'an earlier' : y > choice.plan.year ? 'a later' : 'another same-year';
      otherVersions.push({
        plan: other.plan,
        supersededBy: choice.plan,
        reason: `${describePlan(other.plan)} is ${relation} plan of ${planName(other.plan)}: set aside as another version, the chain uses ${other.plan.title === choice.plan.title ? 'the other copy' : choice.plan.title} because ${why} (compare versions with compare)`,
      });
    }
  }
  kept.sort((a, b) => a.index - b.index);
  return { kept, otherVersions };
}

function pickVersion(group: Place[], outsiders: Place[]): { choice: Place; why: string } {
  for (const version of [...group].sort(newer)) {
    for (const o of outsiders) {
      const c = citation(o.plan, version.plan);
      if (c) return { choice: version, why: `${planName(o.plan)}'s plan cites it (${c.by === 'docNumber' ? '文号 ' : ''}${c.value})` };
    }
  }
  const years = outsiders.map((o) => o.plan.year).filter((y): y is number => y !== null).sort((a, b) => a - b);
  if (years.length > 0) {
    const target = years[Math.floor((years.length - 1) / 2)]!;
    const distance = (p: Place) => (p.plan.year === null ? Infinity : Math.abs(p.plan.year - target));
    const choice = [...group].sort((a, b) => distance(a) - distance(b) || newer(a, b))[0]!;
    if (distance(choice) !== Infinity) return { choice, why: `its year (${choice.plan.year}) is closest to the other plans' (${target})` };
  }
  return { choice: [...group].sort(newer)[0]!, why: 'it is the newest' };
}

/** Sorts places from the highest level down; throws when some cannot be placed or share a level. */
function rankPlaces(places: Place[]): { place: Place; rank: number }[] {
  const ranked: { place: Place; rank: number }[] = [];
  const unplaced: Place[] = [];
  for (const place of places) {
    if (place.depth !== null) {
      ranked.push({ place, rank: place.depth });
      continue;
    }
    // a plan of unknown level sits right below the lowest plan it cites, else right above the
    // highest plan citing it
    const known = places.filter((o) => o.depth !== null);
    const cited = known.filter((o) => citation(place.plan, o.plan)).map((o) => o.depth!);
    const citing = known.filter((o) => citation(o.plan, place.plan)).map((o) => o.depth!);
    const rank = cited.length ? Math.max(...cited) + 0.5 : citing.length ? Math.min(...citing) - 0.5 : null;
    if (rank === null) unplaced.push(place);
    else ranked.push({ place, rank });
  }
  if (unplaced.length > 0) {
    throw new BadOptionError(
      `cannot place ${unplaced.map((p) => describePlan(p.plan)).join('; ')}: the level of its jurisdiction is unknown and no citation connects it to the other plans (give the plans in order, highest level first, to skip ordering)`,
    );
  }
  ranked.sort((a, b) => a.rank - b.rank || a.place.index - b.place.index);
  const clashes: string[] = [];
  for (let i = 1; i < ranked.length; i++) {
    if (ranked[i]!.rank === ranked[i - 1]!.rank) clashes.push(`${describePlan(ranked[i - 1]!.place.plan)} and ${describePlan(ranked[i]!.place.plan)}`);
  }
  if (clashes.length > 0) {
    throw new BadOptionError(
      `not one chain: ${clashes.join('; ')} are plans of the same level (peers), not one above the other. A lineage needs one plan per level; compare peers with "compare A B"`,
    );
  }
  return ranked;
}

/** Why `lower` sits below `upper`; throws when the gazetteer says it lies elsewhere. */
function parentReason(upper: Place, lower: Place): string {
  const evidence: string[] = [];
  const cited = citation(lower.plan, upper.plan);
  if (cited) evidence.push(cited.by === 'docNumber' ? `it cites ${cited.value}, the 文号 of ${upper.plan.title}` : `it cites ${upper.plan.title} by title`);
  const upperName = upper.plan.jurisdiction.name;
  if (upper.plan.jurisdiction.level === 'national') evidence.push('the State Council plan is above every other');
  else if (upperName && lower.within?.includes(upperName)) evidence.push(`${planName(lower.plan)} lies within ${upperName} (gazetteer)`);
  else if (upperName && upper.known && lower.known && lower.within && !cited) {
    throw new BadOptionError(
      `not one chain: ${describePlan(lower.plan)} lies within ${lower.within.join(', ')}, not within ${upperName} (${describePlan(upper.plan)})`,
    );
  }
  if (evidence.length === 0) {
    evidence.push(
      `assumed from the levels (${upper.plan.jurisdiction.level} above ${lower.plan.jurisdiction.level ?? 'unknown'}): no citation or gazetteer entry says whether ${planName(lower.plan)} lies within ${upperName ?? 'the plan above'}`,
    );
  }
  return `${lower.plan.title} is below ${upper.plan.title}: ${evidence.join('; ')}`;
}
