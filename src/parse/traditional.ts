import type { Node, Plan } from '../model/plan.js';
import { isTraditional, toSimplified } from '../text/simplified.js';

/** A document converted to simplified characters for parsing, and the way back to its own characters. */
export interface Conversion {
  /** The text to parse: simplified, same length as the original. */
  text: string;
  /** Gives a string made of the simplified text its original characters again. */
  restore: (s: string) => string;
}

/**
 * Converts a traditional-character document to simplified characters (same length, character for
 * character), and keeps the pair to give display strings their original characters back: each run
 * of a display string is found in the converted text and the original under it copied; a character
 * found nowhere maps back to the character it came from in the document (by the character before it
 * when it came from several, 干 ← 乾/幹).
 * Returns null for a document in simplified characters.
 */
export function convertTraditional(original: string): Conversion | null {
  if (!isTraditional(original)) return null;
  const text = toSimplified(original);
  const single = new Map<string, Map<string, number>>();
  const after = new Map<string, string>();
  for (let i = 0; i < text.length; i++) {
    const s = text[i]!;
    const o = original[i]!;
    const counts = single.get(s) ?? new Map<string, number>();
    counts.set(o, (counts.get(o) ?? 0) + 1);
    single.set(s, counts);
    if (i > 0) after.set(text[i - 1]! + s, o);
  }
  const majority = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const [s, counts] of single) {
    const sorted = [...counts].sort((a, b) => b[1] - a[1]);
    majority.set(s, sorted[0]![0]);
    if (sorted.length > 1) ambiguous.add(s);
  }
  const byChar = (c: string, prev: string | undefined): string => {
    if (!single.has(c)) return c;
    if (ambiguous.has(c) && prev !== undefined && after.has(prev + c)) return after.get(prev + c)!;
    return majority.get(c)!;
  };
  // a display string is made of runs of the converted text: find each run and copy the original
  // under it; a character found nowhere falls back to the document's usual mapping
  const restore = (s: string): string => {
    if (!s) return s;
    const whole = text.indexOf(s);
    if (whole >= 0) return original.slice(whole, whole + s.length);
    let out = '';
    let from = 0;
    for (let j = 0; j < s.length; ) {
      const probe = s.slice(j, j + Math.min(4, s.length - j));
      let pos = text.indexOf(probe, from);
      if (pos < 0) pos = text.indexOf(probe);
      if (pos < 0) {
        out += byChar(s[j]!, s[j - 1]);
        j++;
        continue;
      }
      let k = j + probe.length;
      while (k < s.length && text[pos + (k - j)] === s[k]) k++;
      out += original.slice(pos, pos + (k - j));
      from = pos + (k - j);
      j = k;
    }
    return out;
  };
  return { text, restore };
}

/**
 * Gives the display strings of a plan parsed from converted text their original characters: titles,
 * headings, item and task texts, the preamble, issuer, 文号 and cited titles. Jurisdiction, units
 * and deadlines stay simplified: they are matched against the gazetteer and the agency aliases.
 */
export function restorePlan(plan: Plan, restore: (s: string) => string): void {
  const r = (s: string | null): string | null => (s === null ? null : restore(s));
  plan.title = restore(plan.title);
  plan.issuer = r(plan.issuer);
  plan.docNumber = r(plan.docNumber);
  plan.preamble = restore(plan.preamble);
  for (const ref of plan.references) {
    ref.title = restore(ref.title);
    ref.docNumber = r(ref.docNumber);
    ref.planTitle = r(ref.planTitle);
  }
  if (plan.forwardedBy) {
    plan.forwardedBy.title = restore(plan.forwardedBy.title);
    plan.forwardedBy.issuer = r(plan.forwardedBy.issuer);
    plan.forwardedBy.docNumber = r(plan.forwardedBy.docNumber);
  }
  const walk = (nodes: Node[]): void => {
    for (const n of nodes) {
      if (n.kind === 'section') {
        n.title = restore(n.title);
        n.intro = restore(n.intro);
        walk(n.children);
      } else {
        n.heading = restore(n.heading);
        n.text = restore(n.text);
        for (const t of n.tasks) t.text = restore(t.text);
      }
    }
  };
  walk(plan.children);
}
