import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/align/compare.js';
import { PolicyLineageError } from '../../src/errors.js';
import type { Comparison } from '../../src/model/comparison.js';
import type { Plan } from '../../src/model/plan.js';
import { loadPlanJson } from '../../src/model/validate.js';
import { planItems } from '../../src/model/walk.js';
import { cleanSource } from '../../src/parse/clean.js';
import { parsePlan } from '../../src/parse/index.js';

/** Fixed seed and bounded runs: the suite is a reproducible part of CI, not a fuzzing campaign. */
const SEED = 20221123;

const fragment = fc.oneof(
  fc.constantFrom('一、', '二、', '（一）', '(二)', '1.', '2、', '3．', '（4）', '①', '十六、', '2022年', '12345'),
  fc.constantFrom('加强信息公开', '严格执行制度', '各区县(市)政府', '各镇〈街〉', '市政府办公室', '长期坚持', '行爲', '政務公開'),
  fc.constantFrom('（牵头单位：', '牵头单位:', '；责任单位：', '完成时限：', '）', ')', '（', '(', '“', '”', '《', '》', '〔2022〕1号'),
  fc.constantFrom('。', '，', '、', '；', ';', ',', ' ', '  ', '\t', '|', '<p>', '</p>', '\u0000', '\u0007', '\u200b', '\ufeff', '\r'),
  fc.string({ maxLength: 6 }),
  fc.stringMatching(/^[\u4e00-\u9fa5]{1,8}$/),
);
const line = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(''));
const document = fc.array(line, { maxLength: 40 }).map((lines) => lines.join(fc.sample(fc.constantFrom('\n', '\n\n'), { numRuns: 1, seed: lines.length })[0]!));

/** A document that certainly has structure, with generated text inside its items. */
const structured = fc
  .tuple(fc.array(fc.tuple(line, fc.array(line, { minLength: 1, maxLength: 5 })), { minLength: 1, maxLength: 4 }))
  .map(([sections]) =>
    sections
      .map(([title, items], s) => [`${'一二三四'[s]}、${title}`, ...items.map((text, i) => `${i + 1}. 要求${text}`)].join('\n\n'))
      .join('\n\n'),
  );

const strip = (s: string) => s.replace(/\s+/g, '');
function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (const ch of haystack) if (i < needle.length && ch === needle[i]) i++;
  return i === needle.length;
}

function parseOrNull(text: string): Plan | null {
  try {
    return parsePlan(text);
  } catch (e) {
    if (e instanceof PolicyLineageError && (e.code === 'EMPTY' || e.code === 'NO_STRUCTURE')) return null;
    throw e;
  }
}

function everyItemOnce(c: Comparison): boolean {
  const ids = (side: 'upper' | 'lower') => c.links.flatMap((l) => l[side]).sort();
  return (
    JSON.stringify(ids('upper')) === JSON.stringify(planItems(c.upper).map((i) => i.id).sort()) &&
    JSON.stringify(ids('lower')) === JSON.stringify(planItems(c.lower).map((i) => i.id).sort())
  );
}

describe('properties of parsing', () => {
  it('never throws anything but the documented errors, and only keeps text drawn from the input', () => {
    fc.assert(
      fc.property(fc.oneof(document, structured), (text) => {
        const plan = parseOrNull(text);
        if (!plan) return true;
        const source = strip(cleanSource(text));
        for (const item of planItems(plan)) expect(isSubsequence(strip(item.text), source), item.text).toBe(true);
        return true;
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('round-trips every plan through its JSON', () => {
    fc.assert(
      fc.property(structured, (text) => {
        const plan = parsePlan(text);
        expect(loadPlanJson(JSON.stringify(plan))).toEqual(plan);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe('properties of comparison', () => {
  it('puts every item of both plans in exactly one link, deterministically', () => {
    fc.assert(
      fc.property(structured, structured, (a, b) => {
        const upper = parsePlan(a);
        const lower = parsePlan(b);
        const c = comparePlans(upper, lower);
        expect(everyItemOnce(c)).toBe(true);
        expect(JSON.stringify(comparePlans(upper, lower))).toBe(JSON.stringify(c));
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('finds a plan compared with itself entirely inherited', () => {
    fc.assert(
      fc.property(structured, (text) => {
        const plan = parsePlan(text);
        const c = comparePlans(plan, plan);
        expect(c.links.every((l) => l.status === 'inherited')).toBe(true);
        expect(c.summary.inherited).toBe(c.links.length);
        expect(everyItemOnce(c)).toBe(true);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});
