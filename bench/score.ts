import type { Comparison } from '../src/model/comparison.js';
import type { Item, Plan } from '../src/model/plan.js';
import { planItems } from '../src/model/walk.js';

/** A hand-made gold alignment (format: test/fixtures/gold/README.md). */
export interface GoldAlignment {
  upper: string;
  lower: string;
  note?: string;
  upperItems: Record<string, string>;
  lowerItems: Record<string, string>;
  links: { upper: string[]; lower: string[]; status: 'inherited' | 'modified' | 'either' }[];
  dropped: string[];
  added: string[];
  unsure?: string[];
}

/** Precision, recall and F1 of one set against another. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** How a comparison scores against a gold alignment. */
export interface GoldScore {
  links: PRF & { predicted: number; gold: number; correct: number };
  /** Share of gold pairs with status inherited/modified that the engine linked with the same status. */
  status: { accuracy: number; correct: number; total: number; wrong: { upper: string; lower: string; gold: string; got: string }[] };
  added: PRF;
  dropped: PRF;
  /** Gold pairs the engine missed and pairs it linked that the gold does not have. */
  missed: [string, string][];
  spurious: [string, string][];
}

const compact = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * Finds the item of a plan a gold phrase names: the item whose heading, else the first item whose
 * text, contains the phrase after NFKC normalisation and whitespace removal.
 * @throws when no item contains it
 * @example itemByPhrase(plan, '加强疫情防控信息公开').id // → '1.2.1'
 */
export function itemByPhrase(plan: Plan, phrase: string): Item {
  const p = compact(phrase);
  const items = planItems(plan);
  const inHeading = items.filter((i) => compact(i.heading).includes(p));
  if (inHeading.length === 1) return inHeading[0]!;
  // a table cell merged over several rows is shared by them; the phrase names the first row
  const hit = items.find((i) => compact(i.text).includes(p));
  if (!hit) throw new Error(`gold phrase "${phrase}" matches no item of ${plan.source ?? plan.title}`);
  return hit;
}

function prf(predicted: Set<string>, gold: Set<string>): PRF & { correct: number } {
  let correct = 0;
  for (const p of predicted) if (gold.has(p)) correct++;
  const precision = predicted.size ? correct / predicted.size : gold.size ? 0 : 1;
  const recall = gold.size ? correct / gold.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, correct };
}

/**
 * Scores a comparison against a gold alignment: link precision/recall/F1 over (upper item, lower
 * item) pairs, status accuracy over gold pairs marked inherited or modified, and precision/recall
 * of the added and dropped sets. Items the annotator marked unsure are left out everywhere, each in its own plan (an unsure
 * key names an item of the plan whose item list holds it).
 * @example scoreAgainstGold(comparePlans(city, district), gold).links.f1 // → 1
 */
export function scoreAgainstGold(comparison: Comparison, gold: GoldAlignment): GoldScore {
  const uid = new Map(Object.entries(gold.upperItems).map(([k, p]) => [k, itemByPhrase(comparison.upper, p).id]));
  const lid = new Map(Object.entries(gold.lowerItems).map(([k, p]) => [k, itemByPhrase(comparison.lower, p).id]));
  // unsure keys are per plan: the same id ("1.2.1") names different items in the two plans
  const unsureUpper = new Set((gold.unsure ?? []).flatMap((k) => (uid.has(k) ? [uid.get(k)!] : [])));
  const unsureLower = new Set((gold.unsure ?? []).flatMap((k) => (lid.has(k) ? [lid.get(k)!] : [])));
  const usable = (u: string, l: string) => !unsureUpper.has(u) && !unsureLower.has(l);
  const goldPairs = new Map<string, string>();
  for (const link of gold.links) {
    for (const u of link.upper) for (const l of link.lower) {
      const a = uid.get(u)!;
      const b = lid.get(l)!;
      if (usable(a, b)) goldPairs.set(`${a}|${b}`, link.status);
    }
  }
  const predicted = new Map<string, string>();
  for (const link of comparison.links) {
    if (link.status !== 'inherited' && link.status !== 'modified') continue;
    for (const a of link.upper) for (const b of link.lower) if (usable(a, b)) predicted.set(`${a}|${b}`, link.status);
  }
  const linkScore = prf(new Set(predicted.keys()), new Set(goldPairs.keys()));
  const wrong: GoldScore['status']['wrong'] = [];
  let correct = 0;
  let total = 0;
  for (const [pair, status] of goldPairs) {
    if (status === 'either' || !predicted.has(pair)) continue;
    total++;
    if (predicted.get(pair) === status) correct++;
    else {
      const [upper, lower] = pair.split('|') as [string, string];
      wrong.push({ upper, lower, gold: status, got: predicted.get(pair)! });
    }
  }
  const ids = (keys: string[], map: Map<string, string>, unsure: Set<string>) => new Set(keys.map((k) => map.get(k)!).filter((id) => !unsure.has(id)));
  const predictedSet = (status: 'added' | 'dropped') => {
    const unsure = status === 'added' ? unsureLower : unsureUpper;
    return new Set(comparison.links.filter((l) => l.status === status).flatMap((l) => (status === 'added' ? l.lower : l.upper)).filter((id) => !unsure.has(id)));
  };
  const split = (k: string) => k.split('|') as [string, string];
  return {
    links: { ...linkScore, predicted: predicted.size, gold: goldPairs.size },
    status: { accuracy: total ? correct / total : 1, correct, total, wrong },
    added: prf(predictedSet('added'), ids(gold.added, lid, unsureLower)),
    dropped: prf(predictedSet('dropped'), ids(gold.dropped, uid, unsureUpper)),
    missed: [...goldPairs.keys()].filter((k) => !predicted.has(k)).map(split),
    spurious: [...predicted.keys()].filter((k) => !goldPairs.has(k)).map(split),
  };
}

/** The hand-written truth of a compare fixture (test/fixtures/compare/<case>/links.json). */
export interface FixtureTruth {
  note: string;
  links: {
    status: 'inherited' | 'modified' | 'added' | 'dropped';
    /** Phrases naming the items (see itemByPhrase), upper side. */
    upper: string[];
    lower: string[];
    moved?: boolean;
    obligation?: 'stronger' | 'weaker';
    extent?: 'wording' | 'substantive' | 'partial';
  }[];
}

/** How a comparison scores against a fixture's truth. */
export interface FixtureScore {
  links: PRF & { predicted: number; gold: number; correct: number };
  status: { accuracy: number; correct: number; total: number; wrong: { upper: string; lower: string; gold: string; got: string }[] };
  moved: { recall: number; found: number; total: number; falseFlags: number };
  obligation: { right: number; total: number; falseFlags: number; wrong: { upper: string; want: string; got: string }[] };
  /** Extent kinds right over truth links with an extent that the engine linked modified. */
  extent: { right: number; total: number; wrong: { upper: string; want: string; got: string }[] };
  missed: [string, string][];
  spurious: [string, string][];
}

/**
 * The truth's links as item ids of the comparison's plans, checked: every item of both plans in
 * exactly one truth link (a fixture that does not say what happened to an item is broken).
 * @throws when a phrase names no item, or an item is in no truth link or in two
 */
export function resolveTruth(comparison: Comparison, truth: FixtureTruth): (FixtureTruth['links'][number] & { upperIds: string[]; lowerIds: string[] })[] {
  const resolved = truth.links.map((l) => ({
    ...l,
    upperIds: l.upper.map((p) => itemByPhrase(comparison.upper, p).id),
    lowerIds: l.lower.map((p) => itemByPhrase(comparison.lower, p).id),
  }));
  for (const [side, plan] of [['upperIds', comparison.upper], ['lowerIds', comparison.lower]] as const) {
    const count = new Map<string, number>();
    for (const l of resolved) for (const id of l[side]) count.set(id, (count.get(id) ?? 0) + 1);
    for (const item of planItems(plan)) {
      if (count.get(item.id) !== 1) throw new Error(`truth names item ${item.id} ("${item.heading}") of the ${side === 'upperIds' ? 'upper' : 'lower'} plan ${count.get(item.id) ?? 0} times`);
    }
  }
  return resolved;
}

/**
 * Scores a comparison against a compare fixture: link precision/recall/F1 over item pairs,
 * status accuracy over truth pairs the engine linked, moved recall over truth links flagged
 * moved (and moved flags the truth does not have), obligation directions right over truth links
 * with a direction (and directions reported where the truth has none).
 * @example scoreFixture(comparePlans(upper, lower), truth).links.f1 // → 1
 */
export function scoreFixture(comparison: Comparison, truth: FixtureTruth): FixtureScore {
  const resolved = resolveTruth(comparison, truth);
  const goldPairs = new Map<string, string>();
  for (const l of resolved) for (const u of l.upperIds) for (const w of l.lowerIds) goldPairs.set(`${u}|${w}`, l.status);
  const predicted = new Map<string, (typeof comparison.links)[number]>();
  for (const link of comparison.links) for (const u of link.upper) for (const w of link.lower) predicted.set(`${u}|${w}`, link);
  const linkScore = prf(new Set(predicted.keys()), new Set(goldPairs.keys()));
  const wrong: FixtureScore['status']['wrong'] = [];
  let correct = 0;
  let total = 0;
  for (const [pair, status] of goldPairs) {
    const got = predicted.get(pair);
    if (!got) continue;
    total++;
    if (got.status === status) correct++;
    else {
      const [upper, lower] = pair.split('|') as [string, string];
      wrong.push({ upper, lower, gold: status, got: got.status });
    }
  }
  const moved = { recall: 1, found: 0, total: 0, falseFlags: 0 };
  const obligation: FixtureScore['obligation'] = { right: 0, total: 0, falseFlags: 0, wrong: [] };
  const extent: FixtureScore['extent'] = { right: 0, total: 0, wrong: [] };
  for (const l of resolved) {
    if (l.upperIds.length === 0 || l.lowerIds.length === 0) continue;
    const got = predicted.get(`${l.upperIds[0]}|${l.lowerIds[0]}`);
    if (l.moved) {
      moved.total++;
      if (got?.changes.moved) moved.found++;
    } else if (got?.changes.moved) moved.falseFlags++;
    const direction = got?.changes.obligation?.direction;
    if (l.obligation) {
      obligation.total++;
      if (direction === l.obligation) obligation.right++;
      else obligation.wrong.push({ upper: l.upperIds.join('+'), want: l.obligation, got: direction ?? 'none' });
    } else if (direction) obligation.falseFlags++;
    if (l.extent && got?.status === 'modified') {
      extent.total++;
      if (got.extent?.kind === l.extent) extent.right++;
      else extent.wrong.push({ upper: l.upperIds.join('+'), want: l.extent, got: got.extent?.kind ?? 'none' });
    }
  }
  moved.recall = moved.total ? moved.found / moved.total : 1;
  const split = (k: string) => k.split('|') as [string, string];
  return {
    links: { ...linkScore, predicted: predicted.size, gold: goldPairs.size },
    status: { accuracy: total ? correct / total : 1, correct, total, wrong },
    moved,
    obligation,
    extent,
    missed: [...goldPairs.keys()].filter((k) => !predicted.has(k)).map(split),
    spurious: [...predicted.keys()].filter((k) => !goldPairs.has(k)).map(split),
  };
}
