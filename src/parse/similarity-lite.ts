/**
 * Cheap character-bigram measures the parser uses to reconcile a table with prose. (The
 * alignment engine has its own, richer similarity in `text/`.)
 */

/** Comparable form: NFKC, no whitespace or punctuation. */
export function compact(s: string): string {
  return s.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  if (s.length === 1) out.push(s);
  return out;
}

/** The bigram set of a text, for repeated {@link coverage} checks against it. */
export function bigramSet(text: string): Set<string> {
  return new Set(bigrams(compact(text)));
}

/** Share of the bigrams of `part` that occur in `whole` (1 when part is inside whole). */
export function coverage(part: string, whole: string | Set<string>): number {
  const p = bigrams(compact(part));
  if (p.length === 0) return 0;
  const w = typeof whole === 'string' ? bigramSet(whole) : whole;
  let hit = 0;
  for (const g of p) if (w.has(g)) hit++;
  return hit / p.length;
}
