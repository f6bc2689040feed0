import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../src/parse/index.js';
import { planItems } from '../src/model/walk.js';
import { PLAN_SCHEMA, type Item, type Plan, type Section } from '../src/model/plan.js';
import { prng } from '../scripts/lib/prng.js';

const SEED_DIR = fileURLToPath(new URL('../seeds', import.meta.url));

/** Every item text of the five seeds: the vocabulary synthetic plans are made of. */
export function seedSentences(): string[] {
  const out: string[] = [];
  for (const f of ['000_69cf3694f199daec.txt', '001_9d5918fb5c505e81.txt', '002_5f755d274c664f4a.txt', '003_c25a0eff93a0bef6.txt', '004_0e95c71143a3993b.txt']) {
    for (const item of planItems(parsePlan(readFileSync(join(SEED_DIR, f))))) out.push(...item.text.split(/(?<=。)/).filter((s) => s.length > 6));
  }
  return out;
}

/**
 * A synthetic plan of `n` items in sections of 20, each item two to four seed sentences; with
 * `from`, a lower-level variant of another synthetic plan: items kept, reworded (a sentence
 * swapped), dropped or added, in a shuffled order within sections. Never real data; for timing.
 */
export function syntheticPlan(n: number, seed: number, sentences: string[], from?: Plan): Plan {
  const rnd = prng(seed);
  const pick = () => sentences[Math.floor(rnd() * sentences.length)]!;
  let texts: string[];
  if (from) {
    texts = [];
    for (const item of planItems(from)) {
      const r = rnd();
      if (r < 0.1) continue; // dropped
      if (r < 0.4) texts.push(item.text.split(/(?<=。)/).map((s, i) => (i === 1 ? pick() : s)).join('')); // reworded
      else texts.push(item.text.replace(/市/g, '区'));
      if (rnd() < 0.1) texts.push(pick() + pick()); // added
    }
    texts = texts.slice(0, n);
  } else {
    texts = Array.from({ length: n }, () => Array.from({ length: 2 + Math.floor(rnd() * 3) }, pick).join(''));
  }
  const children: Section[] = [];
  texts.forEach((text, i) => {
    if (i % 20 === 0) children.push({ kind: 'section', id: String(children.length + 1), marker: '', title: `第${children.length + 1}部分`, intro: '', children: [], line: 0 });
    const section = children[children.length - 1]!;
    const item: Item = { kind: 'item', id: `${section.id}.${section.children.length + 1}`, marker: `${i + 1}.`, heading: '', text, leads: [], partners: [], deadline: null, tasks: [], line: 0 };
    section.children.push(item);
  });
  return {
    schema: PLAN_SCHEMA,
    title: from ? '某区合成计划' : '某市合成计划',
    jurisdiction: { name: from ? '某区' : '某市', level: from ? 'district' : 'city', parent: null },
    year: 2022,
    docNumber: null,
    issuer: null,
    date: null,
    references: [],
    preamble: '',
    children,
    warnings: [],
    source: null,
  };
}
