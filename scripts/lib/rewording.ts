/**
 * What the generators of synthetic plans share: Chinese section numerals and the
 * rewording a lower level applies to an inherited requirement. Used by bench/corpus-generator.ts
 * (one upper plan, many lower ones) and scripts/generate-network.ts (a four-level folder).
 */

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1 → 一, 12 → 十二, 20 → 二十 (section markers). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}

/** Wording a lower level might use instead (applied to whole words found in the text). */
export const REWORD_SYNONYMS: readonly (readonly [string, string])[] = [
  ['加强', '强化'],
  ['做好', '抓好'],
  ['及时', '按时'],
  ['推进', '推动'],
  ['完善', '健全'],
  ['持续', '不断'],
  ['集中', '统一'],
  ['进一步', '切实'],
  ['政策', '政策措施'],
];

/**
 * Rewords a requirement the way a lower level does: swaps two clauses, deletes one, borrows one
 * from a donor text, or replaces words by the synonyms given.
 */
export function reword(text: string, rnd: () => number, donors: readonly string[], synonyms: readonly (readonly [string, string])[]): string {
  const clauses = text.split(/(?<=[，；。])/).filter(Boolean);
  const op = rnd();
  if (op < 0.25 && clauses.length > 2) {
    const i = 1 + Math.floor(rnd() * (clauses.length - 2));
    [clauses[i], clauses[i + 1]] = [clauses[i + 1]!, clauses[i]!];
  } else if (op < 0.5 && clauses.length > 2) {
    clauses.splice(1 + Math.floor(rnd() * (clauses.length - 1)), 1);
  } else if (op < 0.75) {
    const donor = donors[Math.floor(rnd() * donors.length)]!.split(/(?<=[，；。])/);
    clauses.splice(1 + Math.floor(rnd() * clauses.length), 0, donor[Math.floor(rnd() * donor.length)] ?? '');
  } else {
    let out = clauses.join('');
    for (const [from, to] of synonyms) if (rnd() < 0.5) out = out.replace(from, to);
    return out.endsWith('。') ? out : `${out}。`;
  }
  const out = clauses.join('');
  return out.endsWith('。') ? out : `${out.replace(/[，；]$/, '')}。`;
}
