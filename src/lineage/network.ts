import { defaultGazetteer, type Gazetteer, type GazetteerEntry } from '../model/gazetteer.js';
import type { Plan } from '../model/plan.js';
import type { LinkStatus } from '../model/comparison.js';
import { comparedText, planItems } from '../model/walk.js';
import { compactForm } from '../text/comparable.js';
import { placeNames } from '../text/places.js';
import { citation } from '../text/citations.js';
import { levelDepth } from './levels.js';

/** JSON contract of a network written by `policy-lineage network` (the {@link NetworkResult} tables). */
export const NETWORK_SCHEMA = 'policy-lineage/network@1';

/** A plan of the folder, under a stable id (the content hash of its file). */
export interface NetworkPlan {
  id: string;
  plan: Plan;
}

/** Why a plan was taken to derive from another. */
export interface EdgeEvidence {
  /** The parent's jurisdiction is the child's nearest ancestor that has plans (1), or a further one (2, 3 …). */
  jurisdictionStep: number | null;
  /** The child cites the parent (by 文号 or title). */
  citation: 'docNumber' | 'title' | null;
  /** Child year − parent year, when both are known. */
  yearGap: number | null;
  /** Share of the child's sampled item shingles found in the parent (0–1). */
  overlap: number;
}

/** One inferred "derives from" edge. */
export interface NetworkEdge {
  child: string;
  parent: string;
  score: number;
  evidence: EdgeEvidence;
}

/** Options of {@link inferNetwork}. */
export interface NetworkOptions {
  gazetteer?: Gazetteer;
  /** Lowest score of an edge (default 2.5: a jurisdiction match with some shared text, or a citation). */
  minScore?: number;
  /** Text candidates taken from the shingle index per plan (default 12). */
  textCandidates?: number;
  /** Sketches already made ({@link planShingles}, e.g. in worker threads or a cache), by plan. */
  sketches?: readonly (readonly number[])[];
  /** Shingles more common than this many plans are not used to find candidates (default 200). */
  maxPostings?: number;
}

const SHINGLE = 5;
/** One shingle in SAMPLE is kept (by hash), a fixed-size sketch per plan whatever the corpus. */
const SAMPLE = 4;

function hash(s: string, from: number, len: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < len; i++) h = Math.imul(h ^ s.charCodeAt(from + i), 0x01000193);
  return h >>> 0;
}

/**
 * The plan's sketch: hashes of the 5-character shingles of its items' comparable texts (place
 * names folded, so 全市/全区 and the plan's own names do not hide shared text), one in four kept.
 * @example planShingles(plan).size // ≈ a quarter of the plan's characters
 */
export function planShingles(plan: Plan, gazetteer: Gazetteer = defaultGazetteer()): Set<number> {
  const places = placeNames(plan.jurisdiction, gazetteer);
  const out = new Set<number>();
  for (const item of planItems(plan)) {
    const text = compactForm(comparedText(item), places);
    for (let i = 0; i + SHINGLE <= text.length; i++) {
      const h = hash(text, i, SHINGLE);
      if (h % SAMPLE === 0) out.add(h);
    }
  }
  return out;
}

/** The gazetteer entry of a plan's jurisdiction (its parent disambiguates shared names). */
function entryOf(plan: Plan, gazetteer: Gazetteer): GazetteerEntry | null {
  const j = plan.jurisdiction;
  if (!j.name) return null;
  const all = gazetteer.lookup(j.name);
  return all.find((e) => e.parent === j.parent && (!j.level || e.level === j.level)) ?? all.find((e) => !j.level || e.level === j.level) ?? all[0] ?? null;
}

/** The names of a plan's ancestors, nearest first, the State Council last. */
function ancestorNames(plan: Plan, gazetteer: Gazetteer): string[] {
  const entry = entryOf(plan, gazetteer);
  const names = entry ? gazetteer.ancestors(entry).map((e) => e.name) : plan.jurisdiction.parent ? [plan.jurisdiction.parent] : [];
  return plan.jurisdiction.level === 'national' ? [] : [...names, NATIONAL];
}

const NATIONAL = '\u0000national';
const keyOf = (plan: Plan): string | null => (plan.jurisdiction.level === 'national' ? NATIONAL : plan.jurisdiction.name);

/**
 * For every plan of a folder, the plan it derives from — the plan of the nearest ancestor
 * jurisdiction (gazetteer chain) of the same year, or else the latest earlier one; a plan it cites;
 * and in any case one whose items it shares text with — found without comparing all pairs:
 * jurisdiction and citation candidates come from indexes by name, 文号 and title, text candidates
 * from an inverted index of sampled item shingles. Each candidate is scored (jurisdiction step,
 * citation, year gap, shingle overlap) and the best one above `minScore` becomes the edge.
 * Plans of the highest level present get no parent.
 * @example
 * const edges = inferNetwork([{ id: 'a', plan: province }, { id: 'b', plan: city }]);
 * // → [{ child: 'b', parent: 'a', score: 4.9, evidence: { jurisdictionStep: 1, citation: 'title', yearGap: 0, overlap: 0.71 } }]
 */
export function inferNetwork(plans: readonly NetworkPlan[], options: NetworkOptions = {}): NetworkEdge[] {
  const gazetteer = options.gazetteer ?? defaultGazetteer();
  const minScore = options.minScore ?? 2.5;
  const textCandidates = options.textCandidates ?? 12;
  const maxPostings = options.maxPostings ?? 200;

  const sketches = options.sketches ?? plans.map((p) => [...planShingles(p.plan, gazetteer)]);
  // kept hashes are multiples of SAMPLE: divided by it they fit V8's small integers, which a Map hashes fastest
  const postings = new Map<number, number[]>();
  sketches.forEach((sketch, i) => {
    for (const h of sketch) {
      const key = Math.floor(h / SAMPLE);
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });
  const byPlace = new Map<string, number[]>();
  const byDoc = new Map<string, number[]>();
  const byTitle = new Map<string, number[]>();
  const add = (m: Map<string, number[]>, k: string | null, i: number) => {
    if (!k) return;
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  };
  plans.forEach((p, i) => {
    add(byPlace, keyOf(p.plan), i);
    add(byDoc, normalizeKey(p.plan.docNumber), i);
    add(byTitle, normalizeKey(p.plan.title), i);
  });

  // each sketch's distinct shingles in ascending order: the overlap of two plans is one merge, no hashing
  const sorted = sketches.map(distinctAscending);
  const edges: NetworkEdge[] = [];
  const counts = new Int32Array(plans.length);
  const touched: number[] = [];
  plans.forEach((p, i) => {
    const depth = levelDepth(p.plan.jurisdiction.level);
    if (depth === 0) return;
    const candidates = new Map<number, number | null>(); // candidate → jurisdiction step
    // jurisdiction: every plan of the ancestors, numbered by how far up they are among those with plans
    let step = 0;
    for (const name of ancestorNames(p.plan, gazetteer)) {
      const there = byPlace.get(name);
      if (!there) continue;
      step++;
      for (const j of there) candidates.set(j, step);
    }
    // citations
    for (const ref of p.plan.references) {
      for (const j of [...(byDoc.get(normalizeKey(ref.docNumber) ?? '') ?? []), ...(byTitle.get(normalizeKey(ref.planTitle ?? ref.title) ?? '') ?? [])]) {
        if (!candidates.has(j)) candidates.set(j, null);
      }
    }
    // text: the plans sharing the most not-too-common shingles
    touched.length = 0;
    for (const h of sketches[i]!) {
      const list = postings.get(Math.floor(h / SAMPLE))!;
      if (list.length > maxPostings) continue;
      for (const j of list) {
        if (j === i) continue;
        if (counts[j]! === 0) touched.push(j);
        counts[j]!++;
      }
    }
    for (const j of mostShared(touched, counts, textCandidates)) if (!candidates.has(j)) candidates.set(j, null);
    for (const j of touched) counts[j] = 0;

    const mine = sorted[i]!;
    let best: NetworkEdge | null = null;
    for (const [j, jStep] of candidates) {
      if (j === i) continue;
      const q = plans[j]!.plan;
      const qDepth = levelDepth(q.jurisdiction.level);
      // a parent is above its child; a plan of unknown level may be a parent only by text and citation
      if (depth !== null && qDepth !== null && qDepth >= depth) continue;
      const yearGap = p.plan.year !== null && q.year !== null ? p.plan.year - q.year : null;
      if (yearGap !== null && yearGap < 0) continue;
      const prior = (jStep === null ? 0 : jStep === 1 ? 2 : 1.5) + (yearGap === null ? 0 : yearGap === 0 ? 1 : Math.max(0, 0.6 - 0.2 * (yearGap - 1)));
      // a candidate that cannot reach the best even citing and sharing all it can is not measured
      // (the overlap merge and the citation test are most of the time of a folder's inference)
      const most = 2 * (mine.length ? Math.min(1, sorted[j]!.length / mine.length) : 0);
      if (best && prior + 2 + most + 0.001 < best.score) continue;
      const cited = citation(p.plan, q);
      if (best && prior + (cited ? 2 : 0) + most + 0.001 < best.score) continue;
      const shared = sharedCount(mine, sorted[j]!);
      const overlap = mine.length ? shared / mine.length : 0;
      const score = prior + (cited ? 2 : 0) + 2 * overlap;
      const edge: NetworkEdge = { child: p.id, parent: plans[j]!.id, score: Math.round(score * 1000) / 1000, evidence: { jurisdictionStep: jStep, citation: cited?.by ?? null, yearGap, overlap: Math.round(overlap * 1000) / 1000 } };
      if (!best || edge.score > best.score || (edge.score === best.score && edge.parent < best.parent)) best = edge;
    }
    if (best && best.score >= minScore) edges.push(best);
  });
  return edges;
}

/**
 * The `k` plans sharing the most shingles (ties by index), in that order: what sorting all of
 * `touched` would give first, without sorting thousands of plans for twelve.
 */
function mostShared(touched: readonly number[], counts: Int32Array, k: number): number[] {
  const top: number[] = [];
  const better = (a: number, b: number) => counts[a]! > counts[b]! || (counts[a] === counts[b] && a < b);
  for (const j of touched) {
    if (top.length === k && !better(j, top[k - 1]!)) continue;
    let at = top.length === k ? k - 1 : top.length;
    top[at] = j;
    while (at > 0 && better(top[at]!, top[at - 1]!)) {
      [top[at], top[at - 1]] = [top[at - 1]!, top[at]!];
      at--;
    }
  }
  return top;
}

/** A sketch's shingles in ascending order, each once. */
function distinctAscending(sketch: readonly number[]): Uint32Array {
  const all = Uint32Array.from(sketch).sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!;
  return all.subarray(0, n);
}

/** How many values two ascending arrays of distinct values share. */
function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

function normalizeKey(s: string | null | undefined): string | null {
  if (!s) return null;
  const k = s.normalize('NFKC').replace(/\s+/g, '').replace(/[《》]/g, '').replace(/[〔［\[【（(﹝〖]/g, '〔').replace(/[〕］\]】）)﹞〗]/g, '〕');
  return k || null;
}

/** A derived pair aligned: its links, small (item ids and statuses only). */
export interface PairResult {
  links: { status: LinkStatus; upper: string[]; lower: string[]; score: number | null }[];
}

/** The tables of a network, one row per plan, item, edge, link row and upper item. */
export interface NetworkResult {
  schema: typeof NETWORK_SCHEMA;
  plans: { id: string; source: string | null; title: string; place: string | null; level: string | null; parentPlace: string | null; year: number | null; docNumber: string | null; items: number }[];
  items: { plan: string; item: string; heading: string; text: string; leads: string; deadline: string | null }[];
  edges: (NetworkEdge & { inherited: number; modified: number; added: number; dropped: number })[];
  /** One row per upper item of a link (lowerItems joined by ","), or per added link (upperItem null). */
  links: { parent: string; child: string; status: LinkStatus; upperItem: string | null; lowerItems: string; score: number | null }[];
  /** Per upper item: how many plans derived from its plan, and how many inherited, modified or dropped it. */
  diffusion: { plan: string; item: string; heading: string; children: number; inherited: number; modified: number; dropped: number }[];
  skipped: { source: string; code: string; message: string }[];
}

/**
 * Puts plans, inferred edges and the aligned pairs into the network tables.
 * @example const network = assembleNetwork(plans, edges, pairs, []); network.diffusion[0] // { plan, item, children: 12, inherited: 9, … }
 */
export function assembleNetwork(
  plans: readonly NetworkPlan[],
  edges: readonly NetworkEdge[],
  pairs: ReadonlyMap<string, PairResult>,
  skipped: NetworkResult['skipped'],
): NetworkResult {
  const result: NetworkResult = { schema: NETWORK_SCHEMA, plans: [], items: [], edges: [], links: [], diffusion: [], skipped: [...skipped] };
  const headings = new Map<string, string>(); // plan \0 item → heading
  for (const { id, plan } of plans) {
    const items = planItems(plan);
    result.plans.push({ id, source: plan.source, title: plan.title, place: plan.jurisdiction.name, level: plan.jurisdiction.level, parentPlace: plan.jurisdiction.parent, year: plan.year, docNumber: plan.docNumber, items: items.length });
    for (const it of items) {
      result.items.push({ plan: id, item: it.id, heading: it.heading, text: it.text, leads: it.leads.join('、'), deadline: it.deadline });
      const key = `${id}\u0000${it.id}`;
      if (!headings.has(key)) headings.set(key, it.heading);
    }
  }
  const spread = new Map<string, { children: number; inherited: number; modified: number; dropped: number }>();
  for (const edge of edges) {
    const pair = pairs.get(pairKey(edge.parent, edge.child));
    const counts = { inherited: 0, modified: 0, added: 0, dropped: 0 };
    for (const link of pair?.links ?? []) {
      counts[link.status] += link.status === 'added' ? link.lower.length : link.upper.length;
      if (link.upper.length === 0) result.links.push({ parent: edge.parent, child: edge.child, status: link.status, upperItem: null, lowerItems: link.lower.join(','), score: link.score });
      for (const u of link.upper) {
        result.links.push({ parent: edge.parent, child: edge.child, status: link.status, upperItem: u, lowerItems: link.lower.join(','), score: link.score });
        const key = `${edge.parent}\u0000${u}`;
        const s = spread.get(key) ?? { children: 0, inherited: 0, modified: 0, dropped: 0 };
        s.children++;
        if (link.status !== 'added') s[link.status]++;
        spread.set(key, s);
      }
    }
    result.edges.push({ ...edge, ...counts });
  }
  for (const [key, s] of spread) {
    const [plan, item] = key.split('\u0000') as [string, string];
    result.diffusion.push({ plan, item, heading: headings.get(key) ?? '', ...s });
  }
  return result;
}

/**
 * The key of a derived pair in caches and maps.
 * @example pairKey('3f2a…', '9c1b…') // → '3f2a…-9c1b…'
 */
export function pairKey(parent: string, child: string): string {
  return `${parent}-${child}`;
}
