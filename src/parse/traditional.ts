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
 * character), and learns from the pair how to give display strings their original characters back:
 * a simplified character that came from one traditional character everywhere in the document maps
 * back to it; one that came from several (干 ← 乾/幹) is decided by the character before it.
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
  const restore = (s: string): string => {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      if (!single.has(c)) out += c;
      else if (ambiguous.has(c) && i > 0 && after.has(s[i - 1]! + c)) out += after.get(s[i - 1]! + c)!;
      else out += majority.get(c)!;
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
