/**
 * Writes a corpus of lower-level plan TEXT files for the corpus bench: deterministic variants of
 * the seed plans (seeded PRNG) — items removed, reworded (clauses swapped, deleted or borrowed,
 * words replaced), added (items borrowed from other seeds) and reordered, section titles kept —
 * each under the name of a district or county of 辽宁省. Generated for timing only: never data.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultGazetteer } from '../src/model/gazetteer.js';
import type { Item, Node, Plan } from '../src/model/plan.js';
import { planItems } from '../src/model/walk.js';
import { parsePlan } from '../src/parse/index.js';
import { prng } from '../scripts/lib/prng.js';
import { chineseNumber, REWORD_SYNONYMS, reword } from '../scripts/lib/rewording.js';

const SEED_DIR = fileURLToPath(new URL('../seeds', import.meta.url));

/** The seed every corpus plan is compared against (沈阳市2022年政务公开工作要点). */
export const CORPUS_UPPER_SEED = join(SEED_DIR, '003_c25a0eff93a0bef6.txt');

/** Seeds the variants start from, with how often: mostly rewrites of the upper plan, as districts do. */
const BASES: [file: string, weight: number][] = [
  ['003_c25a0eff93a0bef6.txt', 0.4],
  ['000_69cf3694f199daec.txt', 0.25],
  ['002_5f755d274c664f4a.txt', 0.15],
  ['004_0e95c71143a3993b.txt', 0.1],
  ['001_9d5918fb5c505e81.txt', 0.1],
];

// districts of the one-upper-plan corpus also reword 公开 as 发布
const SYNONYMS = [...REWORD_SYNONYMS, ['公开', '发布']] as const;

/** Options of {@link generateCorpus}. */
export interface CorpusGeneratorOptions {
  /** Number of lower plans (default 500). */
  plans?: number;
  /** PRNG seed (default 2022). */
  seed?: number;
}

/**
 * Writes `plans` variant plans as UTF-8 text files into `dir` and returns their paths.
 * @example
 * const files = generateCorpus('/tmp/corpus', { plans: 500 });
 * // then: node dist/cli.js corpus seeds/003_c25a0eff93a0bef6.txt /tmp/corpus --format json --out out.json
 */
export function generateCorpus(dir: string, options: CorpusGeneratorOptions = {}): string[] {
  const count = options.plans ?? 500;
  const rnd = prng(options.seed ?? 2022);
  const seeds = new Map(BASES.map(([file]) => [file, parsePlan(readFileSync(join(SEED_DIR, file)), { source: file })]));
  const items = [...seeds.values()].flatMap((p) => planItems(p));
  const borrowable: Borrowable = { items, texts: items.map(fullText) };
  const places = defaultGazetteer().entries.filter((e) => (e.level === 'district' || e.level === 'county') && e.parent && defaultGazetteer().lookup(e.parent)[0]?.parent === '辽宁省');
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let n = 0; n < count; n++) {
    const base = seeds.get(pickWeighted(rnd))!;
    const place = places[Math.floor(rnd() * places.length)]!;
    const text = variantText(base, `${place.parent}${place.name}`, rnd, borrowable);
    const file = join(dir, `plan-${String(n).padStart(5, '0')}.txt`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}

function pickWeighted(rnd: () => number): string {
  let r = rnd();
  for (const [file, weight] of BASES) {
    if ((r -= weight) < 0) return file;
  }
  return BASES[0]![0];
}

/** Seed items a variant may borrow, with their texts made once. */
interface Borrowable {
  items: Item[];
  texts: string[];
}

/** A plan text: title, preamble, then the base plan's sections with its items varied. */
function variantText(base: Plan, place: string, rnd: () => number, borrowable: Borrowable): string {
  const lines = [`${place}2022年政务公开工作要点`, '', `为做好${place}2022年政务公开工作，结合本地实际，制定本要点。`, ''];
  let itemNo = 0;
  const write = (nodes: Node[], depth: number) => {
    const items = variedItems(
      nodes.filter((n): n is Item => n.kind === 'item'),
      rnd,
      borrowable,
    );
    let sectionNo = 0;
    for (const node of nodes) {
      if (node.kind !== 'section') continue;
      sectionNo++;
      lines.push(depth === 0 ? `${chineseNumber(sectionNo)}、${node.title}` : `（${chineseNumber(sectionNo)}）${node.title}`, '');
      write(node.children, depth + 1);
    }
    for (const item of items) lines.push(`${++itemNo}. ${item}`, '');
  };
  write(base.children, 0);
  return `${lines.join('\n')}\n`;
}

/** The items of one section as text lines: some dropped, some reworded, some borrowed, some swapped. */
function variedItems(items: Item[], rnd: () => number, borrowable: Borrowable): string[] {
  const out: string[] = [];
  for (const item of items) {
    if (rnd() < 0.12) continue; // removed
    let text = fullText(item);
    if (rnd() < 0.35) text = reword(text, rnd, borrowable.texts, SYNONYMS);
    out.push(`${text}${metadata(item)}`);
  }
  if (items.length > 0 && rnd() < 0.3) {
    const borrowed = borrowable.items[Math.floor(rnd() * borrowable.items.length)]!;
    out.splice(Math.floor(rnd() * (out.length + 1)), 0, `${fullText(borrowed)}${metadata(borrowed)}`);
  }
  if (out.length > 1 && rnd() < 0.2) {
    const i = Math.floor(rnd() * (out.length - 1));
    [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
  }
  return out;
}

function fullText(item: Item): string {
  const text = item.heading && !item.text.startsWith(item.heading) ? `${item.heading}。${item.text}` : item.text;
  return text.replace(/\s+/g, '');
}

function metadata(item: Item): string {
  const parts = [item.leads.length ? `牵头单位：${item.leads.join('、')}` : '', item.partners.length ? `责任单位：${item.partners.join('、')}` : '', item.deadline ? `完成时限：${item.deadline}` : ''].filter(Boolean);
  return parts.length ? `（${parts.join('；')}）` : '';
}

