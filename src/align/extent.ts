import type { LinkExtent, TextChange } from '../model/comparison.js';
import { charNgrams } from '../text/vectors.js';
import { stripPunctuation } from '../text/comparable.js';
import type { Fold } from './adaptation.js';
import { sameUpToSynonyms, synonymFold } from './paraphrase.js';

/** Share of the distinct character bigrams of `part` found in `whole`. */
function covered(part: Set<string>, whole: Set<string>): number {
  if (part.size === 0) return 1;
  let hit = 0;
  for (const g of part) if (whole.has(g)) hit++;
  return hit / part.size;
}

// synonyms folded first: 加强 → 强化 changes the wording, not the share of the requirement covered
const gramCaches = new WeakMap<Fold, Map<string, Set<string>>>();
/** An item's bigrams under its plan's fold, remembered per fold: an upper plan meets many lower ones. */
function grams(text: string, fold: Fold): Set<string> {
  let cache = gramCaches.get(fold);
  if (!cache) gramCaches.set(fold, (cache = new Map()));
  let g = cache.get(text);
  if (!g) {
    if (cache.size >= 10_000) cache.clear();
    g = new Set(charNgrams(synonymFold(stripPunctuation(fold(text))), 2));
    cache.set(text, g);
  }
  return g;
}
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** How much change a rewording (synonyms, reordered clauses) may carry in all. */
const WORDING = 0.12;
/** Shortest piece of text (characters) that counts as a clause moved within an item. */
const MOVED_CLAUSE = 6;
/** A side covered less than this while the other is covered at least {@link CONTAINED} is partial. */
const PARTIAL = 0.7;
const CONTAINED = 0.85;

const CLAUSE_MARK = /^[，,；;。！!？?]|[，,；;。！!？?]$/;
/** Whether deleted text is one or more whole clauses: it starts or ends at a clause mark and has a clause's length. */
function wholeClauses(text: string): boolean {
  return CLAUSE_MARK.test(text) && stripPunctuation(text).length >= MOVED_CLAUSE;
}

/**
 * How far the texts of a modified link differ. `partial` when one side holds only part of the
 * other (a split part, an absorbed item, an item cut down: one side covered, the other not) or
 * when several items share the link; `wording` when every change is a policy-verb synonym or text
 * moved within the item (reordered clauses) and nothing binds more or less; `substantive`
 * otherwise — a change of scope or actor (市级以下 → 区级以下) is substantive however short. The score is the share of text that changed, 0 to 1.
 */
export function linkExtent(
  upper: { id: string; text: string }[],
  lower: { id: string; text: string }[],
  folds: { upper: Fold; lower: Fold },
  text: TextChange | undefined,
): LinkExtent {
  const gu = grams(upper.map((x) => x.text).join(''), folds.upper);
  const gl = grams(lower.map((x) => x.text).join(''), folds.lower);
  const upperCovered = covered(gu, gl);
  const lowerCovered = covered(gl, gu);
  const score = 1 - (upperCovered + lowerCovered) / 2;
  const extent: LinkExtent = { kind: 'substantive', score: r3(score), upperCovered: r3(upperCovered), lowerCovered: r3(lowerCovered) };
  if (upper.length > 1 || lower.length > 1) {
    extent.parts = [
      ...upper.map((x) => ({ side: 'upper' as const, id: x.id, covered: r3(covered(grams(x.text, folds.upper), gl)) })),
      ...lower.map((x) => ({ side: 'lower' as const, id: x.id, covered: r3(covered(grams(x.text, folds.lower), gu)) })),
    ];
  }
  const material = (text?.spans ?? []).filter((s) => s.type === 'insertion' || s.type === 'deletion' || s.type === 'replacement');
  // text that left one place and reappears in another is a reordering, not a change
  const wholeUpper = stripPunctuation(folds.upper(upper.map((x) => x.text).join('')));
  const wholeLower = stripPunctuation(folds.lower(lower.map((x) => x.text).join('')));
  // short pieces (涉农 → 各) are found anywhere by chance: only clauses count as moved
  const clausesIn = (piece: string, fold: Fold, whole: string) => {
    const clauses = fold(piece).split(/[\p{P}\s]+/u).map(stripPunctuation).filter(Boolean);
    return clauses.length === 0 || (clauses.join('').length >= MOVED_CLAUSE && clauses.every((c) => whole.includes(c)));
  };
  const movedText = (s: { upper: string; lower: string }) => clausesIn(s.upper, folds.upper, wholeLower) && clausesIn(s.lower, folds.lower, wholeUpper);
  const rewording = material.every((s) => (s.type === 'replacement' && sameUpToSynonyms(s.upper, s.lower)) || movedText(s));
  const bindingChanged = (text?.obligationClauses ?? []).length > 0;
  // an item cut down: it only loses whole clauses (…统计数据，回应社会关切 → …统计数据); a word
  // deleted inside a clause (各涉农区县 → 各区县, 、各区县政府) changes scope or actor instead
  const cutDown = material.length > 0 && material.every((s) => s.type === 'deletion' && wholeClauses(s.upper));
  if (cutDown || (Math.min(upperCovered, lowerCovered) < PARTIAL && Math.max(upperCovered, lowerCovered) >= CONTAINED)) extent.kind = 'partial';
  else if (upper.length > 1 || lower.length > 1) extent.kind = 'partial';
  else if (material.length > 0 && rewording && !bindingChanged && score <= WORDING) extent.kind = 'wording';
  return extent;
}
