import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/align/compare.js';
import { PolicyLineageError, type ErrorCode } from '../../src/errors.js';
import type { Comparison } from '../../src/model/comparison.js';
import type { Plan } from '../../src/model/plan.js';
import { loadPlanJson } from '../../src/model/validate.js';
import { planItems } from '../../src/model/walk.js';
import { parsePlan } from '../../src/parse/index.js';
import { readPlan } from '../../src/parse/read-plan.js';
import { fixturePath, seedPath, SEEDS, utf16le } from '../helpers.js';
import { prng } from '../../scripts/lib/prng.js';

/**
 * The fuzz suite of issue 15: fixed seeds, a few thousand cases made from the seeds and the
 * synthetic plans by deleting, duplicating and shuffling lines, inserting markers and random CJK,
 * markers in mid-line, random bytes and random JSON. It asserts only what must hold for any
 * input: documented errors and nothing else, conservation (every item in exactly one link),
 * identity, determinism, and the same plan from GB18030 and UTF-16 bytes as from UTF-8.
 */

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: () => number, n: number) => Math.floor(r() * n);

const BASES: { name: string; text: string }[] = [
  ...Object.entries(SEEDS).map(([name, file]) => ({ name, text: readFileSync(seedPath(file), 'utf8') })),
  ...readdirSync(fixturePath('synthetic'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: `synthetic/${f}`, text: readFileSync(fixturePath('synthetic', f), 'utf8') })),
];

const MARKERS = ['一、', '二、', '十六、', '（一）', '（三）', '(二)', '1.', '2、', '3．', '17.', '（4）', '(5)', '①', '⑩', '第一条', '一是'];
/** CJK that a plan is made of, and rarer characters (Extension A, compatibility ideographs). */
const CJK = '加强政务公开信息发布解读回应规范管理办理平台网站数据开放基层标准化工作要点市区县镇街道委局办牵头责任单位完成时限长期坚持年月底前㐀㑇䶵豈更車';
const randomCjk = (r: () => number, n: number) => Array.from({ length: n }, () => CJK[int(r, CJK.length)]!).join('');

type Mutator = (lines: string[], r: () => number) => string[];
const MUTATORS: Record<string, Mutator> = {
  delete: (ls, r) => ls.filter(() => r() > 0.15),
  duplicate: (ls, r) => ls.flatMap((l) => (r() < 0.1 ? [l, l] : [l])),
  shuffle: (ls, r) => {
    const out = [...ls];
    for (let k = 0; k < 1 + int(r, 6); k++) {
      const i = int(r, out.length);
      const j = int(r, out.length);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  },
  'insert markers and CJK': (ls, r) => ls.flatMap((l) => (r() < 0.12 ? [l, `${pick(r, MARKERS)}${randomCjk(r, int(r, 30))}${pick(r, ['。', '', '；', '：'])}`] : [l])),
  'mid-line markers': (ls, r) =>
    ls.map((l) => {
      if (r() > 0.15 || l.length < 2) return l;
      const at = int(r, l.length);
      return `${l.slice(0, at)}${pick(r, ['。', '；', ''])}${pick(r, MARKERS)}${l.slice(at)}`;
    }),
  'blank lines and page breaks': (ls, r) => ls.flatMap((l) => (r() < 0.1 ? [l.slice(0, l.length >> 1), '', `— ${int(r, 40)} —`, '', l.slice(l.length >> 1)] : [l])),
};

function mutated(base: string, seed: number): { text: string; how: string } {
  const r = prng(seed);
  let lines = base.split(/\r?\n/);
  const hows: string[] = [];
  for (let k = 0; k < 1 + int(r, 3); k++) {
    const name = pick(r, Object.keys(MUTATORS));
    hows.push(name);
    lines = MUTATORS[name]!(lines, r);
  }
  return { text: lines.join('\n'), how: hows.join(' + ') };
}

/** The errors parsing a text may end in (docs/spec.md, Errors); anything else is a bug. */
const TEXT_ERRORS: ErrorCode[] = ['EMPTY', 'NO_STRUCTURE'];

function parseOrCode(input: string | Uint8Array, allowed: ErrorCode[]): Plan | ErrorCode {
  try {
    return parsePlan(input, { source: 'fuzz.txt' });
  } catch (e) {
    if (e instanceof PolicyLineageError && allowed.includes(e.code)) return e.code;
    throw e;
  }
}

function everyItemOnce(c: Comparison): string[] {
  const problems: string[] = [];
  for (const side of ['upper', 'lower'] as const) {
    const linked = c.links.flatMap((l) => l[side]).sort();
    const items = planItems(c[side]).map((i) => i.id).sort();
    if (JSON.stringify(linked) !== JSON.stringify(items)) problems.push(`${side}: ${items.length} items, ${linked.length} linked ids`);
  }
  return problems;
}

/** GB18030 bytes of a text: the decoder's own two-byte table turned round (the library only decodes). */
let gbTable: Map<string, number[]> | null = null;
function gb18030(text: string): Uint8Array | null {
  if (!gbTable) {
    gbTable = new Map();
    const d = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = d.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbTable.has(ch)) gbTable.set(ch, [a, b]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const bytes = gbTable.get(ch);
      if (!bytes) return null; // a four-byte GB18030 character: not in the two-byte table
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}


const CASES_PER_BASE = 120;
/** The machine may be shared and slow; the budget is for the cases, not a timing test. */
const SLOW = 600_000;
const cases = BASES.flatMap((b, i) => Array.from({ length: CASES_PER_BASE }, (_, k) => ({ base: b, seed: 1000 * i + k, ...mutated(b.text, 1000 * i + k) })));

describe('fuzz: mutated plans', () => {
  it(`parse into a plan or a documented error, the same way twice, from UTF-8, UTF-16 and GB18030 alike (${cases.length} cases)`, () => {
    let plans = 0;
    let gbChecked = 0;
    for (const c of cases) {
      const label = `${c.base.name} seed ${c.seed} (${c.how})`;
      const utf8 = new TextEncoder().encode(c.text);
      const first = parseOrCode(utf8, TEXT_ERRORS);
      expect(JSON.stringify(parseOrCode(utf8, TEXT_ERRORS)), label).toBe(JSON.stringify(first));
      if (typeof first === 'object') plans++;
      // every fourth case in the other encodings: they are decoded to the same text
      if (c.seed % 4 !== 0) continue;
      expect(JSON.stringify(parseOrCode(utf16le(c.text), TEXT_ERRORS)), `${label}, UTF-16`).toBe(JSON.stringify(first));
      const gb = gb18030(c.text);
      if (gb) {
        gbChecked++;
        expect(JSON.stringify(parseOrCode(gb, TEXT_ERRORS)), `${label}, GB18030`).toBe(JSON.stringify(first));
      }
    }
    expect(plans).toBeGreaterThan(cases.length * 0.8);
    expect(gbChecked).toBeGreaterThan(cases.length / 8);
  }, SLOW);

  const compared = cases.filter((c) => c.seed % 10 === 0);
  it(`compare with their original: every item in exactly one link, the same result twice (${compared.length} cases)`, () => {
    for (const c of compared) {
      const label = `${c.base.name} seed ${c.seed} (${c.how})`;
      const lower = parseOrCode(c.text, TEXT_ERRORS);
      if (typeof lower !== 'object') continue;
      const upper = parsePlan(c.base.text, { source: c.base.name });
      const comparison = comparePlans(upper, lower);
      expect(everyItemOnce(comparison), label).toEqual([]);
      expect(JSON.stringify(comparePlans(upper, lower)), `${label}: determinism`).toBe(JSON.stringify(comparison));
    }
  }, SLOW);

  it(`compare with themselves: every item inherited from itself (${compared.length + BASES.length} cases)`, () => {
    const broken: string[] = [];
    for (const c of [...BASES.map((base) => ({ base, seed: -1, how: 'unchanged', text: base.text })), ...compared]) {
      const plan = parseOrCode(c.text, TEXT_ERRORS);
      if (typeof plan !== 'object') continue;
      const comparison = comparePlans(plan, plan);
      expect(everyItemOnce(comparison)).toEqual([]);
      const off = comparison.links.filter((l) => l.status !== 'inherited' || l.upper.length !== 1 || l.lower.length !== 1 || l.upper[0] !== l.lower[0]);
      if (off.length > 0) broken.push(`${c.base.name} seed ${c.seed} (${c.how}): ${off.length} of ${comparison.links.length} links not self-inherited`);
    }
    expect(broken).toEqual([]);
  }, SLOW);
});

describe('fuzz: random bytes', () => {
  it('decode and parse into a plan or a documented error, never anything else (600 cases)', () => {
    const r = prng(15);
    for (let k = 0; k < 600; k++) {
      const n = int(r, 2000);
      const bytes = new Uint8Array(n);
      // some start like a real plan, then turn to noise
      const prefix = k % 3 === 0 ? new TextEncoder().encode(BASES[k % BASES.length]!.text.slice(0, 200)) : new Uint8Array();
      for (let i = 0; i < n; i++) bytes[i] = i < prefix.length ? prefix[i]! : k % 2 ? int(r, 256) : 0x20 + int(r, 0x60);
      parseOrCode(bytes, ['EMPTY', 'NO_STRUCTURE', 'ENCODING', 'UNREADABLE']);
    }
  }, SLOW);
});

describe('fuzz: random JSON', () => {
  const r = prng(42);
  const value = (depth: number): unknown => {
    const k = int(r, depth > 3 ? 5 : 8);
    if (k === 0) return null;
    if (k === 1) return r() < 0.5;
    if (k === 2) return int(r, 3) === 0 ? -int(r, 100) : int(r, 100) / (1 + int(r, 3));
    if (k === 3 || k === 4) return pick(r, ['', 'section', 'item', '1', '1.2', 'policy-lineage/plan@1', '2022-05-31', randomCjk(r, 6)]);
    if (k === 5) return Array.from({ length: int(r, 4) }, () => value(depth + 1));
    const keys = ['schema', 'title', 'jurisdiction', 'children', 'kind', 'id', 'text', 'leads', 'tasks', 'warnings', 'position', 'line', 'level'];
    return Object.fromEntries(Array.from({ length: int(r, 6) }, () => [pick(r, keys), value(depth + 1)]));
  };

  it('is read as a Plan or refused as a bad Plan JSON naming a path, by the loader and by readPlan (400 cases)', async () => {
    for (let k = 0; k < 400; k++) {
      const v = value(0) as Record<string, unknown>;
      // half of them close to a plan, so the checks deep in the tree are reached
      if (k % 2 === 0 && v && typeof v === 'object' && !Array.isArray(v)) Object.assign(v, { schema: 'policy-lineage/plan@1', title: 't', jurisdiction: {} });
      const text = JSON.stringify(v) ?? 'null';
      for (const attempt of [() => loadPlanJson(text, 'fuzz.json'), () => readPlan(new TextEncoder().encode(text), { source: 'fuzz.json' })]) {
        try {
          await attempt();
        } catch (e) {
          expect(e, text).toBeInstanceOf(PolicyLineageError);
          const code = (e as PolicyLineageError).code;
          // a bare string or number is no JSON document by content: it is read as text
          expect(['BAD_PLAN_JSON', 'NO_STRUCTURE', 'EMPTY'], text).toContain(code);
          if (code === 'BAD_PLAN_JSON') expect((e as PolicyLineageError).message, text).toMatch(/^fuzz\.json: (\$[\w.[\]]*: )?(expected|not valid JSON)/);
        }
      }
    }
  }, SLOW);
});
