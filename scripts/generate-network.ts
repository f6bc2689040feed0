/**
 * Writes a folder of generated plans over four levels — the State Council, 31 provinces, their
 * cities, districts and counties (the shipped gazetteer's), several years — and the truth of who
 * derives from whom. Each plan is made from its parent's text by the rules of the corpus bench
 * (items dropped, reworded — clauses swapped, deleted or borrowed, words replaced — borrowed from
 * other plans, reordered); the State Council's plan of each year from the seeds' items. Some
 * jurisdictions skip a year: their children that year follow the parent's latest earlier plan, or
 * the grandparent's. Roughly half the plans cite their parent's title. File names are random, so
 * nothing but the contents tells the structure. Generated for tests and benches only: never data.
 *
 *   tsx scripts/generate-network.ts DIR [PLANS] [SEED]
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultGazetteer, type GazetteerEntry } from '../src/model/gazetteer.js';
import type { Node } from '../src/model/plan.js';
import { itemText } from '../src/model/walk.js';
import { parsePlan } from '../src/parse/index.js';
import { prng } from './lib/prng.js';
import { chineseNumber, REWORD_SYNONYMS, reword } from './lib/rewording.js';

export { prng };

const SEED_DIR = fileURLToPath(new URL('../seeds', import.meta.url));
const OUTSIDE = new Set(['香港特别行政区', '澳门特别行政区', '台湾省']);

interface Section {
  title: string;
  items: string[];
}

/** Options of {@link generateNetwork}. */
export interface NetworkGeneratorOptions {
  /** Number of plans (default 3,000). */
  plans?: number;
  /** PRNG seed (default 2022). */
  seed?: number;
  /** First year (default 2019). */
  firstYear?: number;
  /** Share of (jurisdiction, year) without a plan, the State Council excepted (default 0.04). */
  skipRate?: number;
  /**
   * Prefectures taken per province and districts/counties per prefecture, in gazetteer order
   * (defaults 2 and 3): the national gazetteer has 3,300 divisions, so a year of all of them would
   * leave no second year — and no skipped years — in a folder of a few hundred plans.
   */
  perProvince?: number;
  perCity?: number;
}

/** One generated plan: its file and the file of the plan it was made from (null for the top). */
export interface GeneratedPlan {
  file: string;
  parent: string | null;
  place: string;
  level: string;
  year: number;
}


/**
 * Writes the plans as UTF-8 text files into `dir` and returns them with their truth. The first N
 * plans of a larger run are the N plans of a smaller one with the same seed, so "add 10 plans"
 * is generating N + 10.
 * @example const truth = generateNetwork('/tmp/network', { plans: 200 });
 */
export function generateNetwork(dir: string, options: NetworkGeneratorOptions = {}): GeneratedPlan[] {
  const count = options.plans ?? 3000;
  const rnd = prng(options.seed ?? 2022);
  const skipRate = options.skipRate ?? 0.04;
  const firstYear = options.firstYear ?? 2019;
  const seeds = readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parsePlan(readFileSync(join(SEED_DIR, f)), { source: f }));
  const pool = seeds.flatMap((p) => sectionsOf(p.children).flatMap((s) => s.items));
  const base = sectionsOf(seeds[3]!.children);
  const g = defaultGazetteer();
  const provinces = g.entries.filter((e) => e.level === 'province' && !OUTSIDE.has(e.name));
  const perProvince = options.perProvince ?? 2;
  const perCity = options.perCity ?? 3;
  const below = (parent: GazetteerEntry) =>
    g.entries.filter((e) => e.parent === parent.name && e.level !== 'province' && e.level !== 'township').slice(0, parent.level === 'province' ? perProvince : perCity);
  // top-down, so a parent is always written before its children
  const order: { entry: GazetteerEntry | null; parent: GazetteerEntry | null; grand: GazetteerEntry | null }[] = [{ entry: null, parent: null, grand: null }];
  for (const p of provinces) order.push({ entry: p, parent: null, grand: null });
  for (const p of provinces) for (const c of below(p)) order.push({ entry: c, parent: p, grand: null });
  for (const p of provinces) for (const c of below(p)) for (const d of below(c)) order.push({ entry: d, parent: c, grand: p });

  mkdirSync(dir, { recursive: true });
  const out: GeneratedPlan[] = [];
  const latest = new Map<string, { file: string; title: string; sections: Section[]; year: number }>();
  const nameOf = (e: GazetteerEntry | null) => (e ? e.name : '国务院');
  for (let year = firstYear; out.length < count; year++) {
    for (const { entry, parent, grand } of order) {
      if (out.length >= count) break;
      const skip = rnd() < skipRate && entry !== null;
      const seedNo = Math.floor(rnd() * 0xffffffff);
      if (skip) continue;
      const local = prng(seedNo);
      let from: { file: string; title: string; sections: Section[]; year: number } | null = null;
      if (entry) {
        const up = latest.get(nameOf(parent));
        from = up && (!parent || up.year >= year - 2) ? up : (latest.get(nameOf(grand)) ?? latest.get(nameOf(null)) ?? null);
        if (!parent) from = latest.get('国务院')!;
      }
      const sections = from ? derive(from.sections, local, pool, 0.12, 0.35) : derive(base, local, pool, 0.08, 0.25);
      const place = !entry ? '' : entry.level === 'province' || !parent ? entry.name : `${parent.level === 'province' && /市$/.test(parent.name) ? parent.name : parent.name}${entry.name}`;
      const title = `${place}${year}年政务公开工作要点`;
      const file = join(dir, `${[local(), local()].map((r) => Math.floor(r * 0xffffffff).toString(16).padStart(8, "0")).join("")}.txt`);
      writeFileSync(file, planText(entry ? place : null, title, year, from && local() < 0.5 ? from.title : null, sections));
      out.push({ file, parent: from?.file ?? null, place: nameOf(entry), level: entry?.level ?? 'national', year });
      latest.set(nameOf(entry), { file, title, sections, year });
    }
  }
  return out;
}

function sectionsOf(nodes: Node[], prefix = ''): Section[] {
  const out: Section[] = [];
  const items = nodes.filter((n) => n.kind === 'item').map((n) => clean(itemText(n)));
  if (items.length) out.push({ title: prefix || '工作要求', items });
  for (const n of nodes) if (n.kind === 'section') out.push(...sectionsOf(n.children, n.title.replace(/[。：:]$/, '')));
  return out;
}

const clean = (s: string) => s.replace(/\s+/g, '').replace(/（[^（）]*(牵头|责任单位|时限)[^（）]*）/g, '');

function derive(from: Section[], rnd: () => number, pool: string[], drop: number, rewordRate: number): Section[] {
  return from.map((s) => {
    const items: string[] = [];
    for (const item of s.items) {
      if (rnd() < drop) continue;
      items.push(rnd() < rewordRate ? reword(item, rnd, pool, REWORD_SYNONYMS) : item);
    }
    if (rnd() < 0.3) items.splice(Math.floor(rnd() * (items.length + 1)), 0, pool[Math.floor(rnd() * pool.length)]!);
    if (items.length > 1 && rnd() < 0.2) {
      const i = Math.floor(rnd() * (items.length - 1));
      [items[i], items[i + 1]] = [items[i + 1]!, items[i]!];
    }
    return { title: s.title, items: items.length ? items : s.items.slice(0, 1) };
  });
}

function planText(place: string | null, title: string, year: number, cites: string | null, sections: Section[]): string {
  const issuer = place ? `${place}人民政府办公室` : '国务院办公厅';
  const lines = [`${issuer}关于印发${title}的通知`, '', title, ''];
  lines.push(cites ? `为贯彻落实《${cites}》，做好${year}年政务公开工作，结合实际，制定本要点。` : `为做好${year}年政务公开工作，制定本要点。`, '');
  let itemNo = 0;
  sections.forEach((s, i) => {
    lines.push(`${chineseNumber(i + 1)}、${s.title}`, '');
    for (const item of s.items) lines.push(`${++itemNo}. ${item}`, '');
  });
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: tsx scripts/generate-network.ts DIR [PLANS] [SEED]');
  const truth = generateNetwork(dir, { plans: Number(process.argv[3] ?? 3000), seed: Number(process.argv[4] ?? 2022) });
  writeFileSync(join(dir, '.truth.json'), JSON.stringify(truth.map((t) => ({ ...t, file: t.file.split('/').pop(), parent: t.parent?.split('/').pop() ?? null })), null, 1));
  console.log(`${dir}: ${truth.length} plans`);
}
