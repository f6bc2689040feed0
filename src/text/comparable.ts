import adaptationData from '../../data/adaptation.json';
import { toSimplified } from './simplified.js';

interface Rule {
  re: RegExp;
  replace: string;
}

let rules: Rule[] | null = null;
function adaptationRules(): Rule[] {
  rules ??= adaptationData.rules.map((r) => ({ re: new RegExp(r.pattern, 'g'), replace: r.replace }));
  return rules;
}

/** Placeholder for the name of the plan's own jurisdiction (沈阳/辽中/朝阳 …) in comparable text. */
export const PLACE = '◇';

const PUNCT = /[\p{P}\p{S}]/gu;

/**
 * The form in which two requirement texts are compared: NFKC (full/half width), simplified
 * characters (行爲 → 行为), no whitespace, lower-case Latin, jurisdiction adaptation words folded
 * (市政府/区政府 → ◎政府, 全市/全区 → 全◎, 各区县(市)政府/各镇、街 → ▽政府 …, per
 * `data/adaptation.json`) and the plan's own place names replaced by ◇. Punctuation is kept; see
 * {@link compactForm}.
 * @example comparableForm('全市各区县(市)政府') // → '全◎▽政府'
 * @param places names of the plan's jurisdiction and its parents, full and short ("沈阳市", "沈阳")
 */
export function comparableForm(text: string, places: readonly string[] = []): string {
  let s = toSimplified(text.normalize('NFKC')).replace(/\s+/g, '').toLowerCase();
  for (const p of places) if (p) s = s.split(p).join(PLACE);
  for (const r of adaptationRules()) s = s.replace(r.re, r.replace);
  return s;
}

/**
 * Text with only the differences of form removed — width, traditional characters, spacing, case,
 * punctuation — but not the jurisdiction adaptations: equal plain forms differ in format only.
 */
export function plainForm(text: string): string {
  // diff spans repeat endlessly in a large comparison: remember the short ones
  if (text.length > 64) return plain(text);
  let hit = plainCache.get(text);
  if (hit === undefined) {
    if (plainCache.size >= 50_000) plainCache.clear();
    hit = plain(text);
    plainCache.set(text, hit);
  }
  return hit;
}

const plainCache = new Map<string, string>();

function plain(text: string): string {
  return toSimplified(text.normalize('NFKC')).replace(/\s+/g, '').toLowerCase().replace(PUNCT, '');
}

/**
 * {@link comparableForm} without punctuation: equal compact forms mean the same requirement text.
 * @example compactForm('市政府要加强公开。') === compactForm('区政府要加强公开') // → true
 */
export function compactForm(text: string, places: readonly string[] = []): string {
  return comparableForm(text, places).replace(PUNCT, '');
}

/** Drops punctuation and symbols from an already comparable string. */
export function stripPunctuation(s: string): string {
  return s.replace(PUNCT, '');
}
