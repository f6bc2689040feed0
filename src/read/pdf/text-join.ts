/** Joining pieces of text that a PDF lays out apart (runs of a line, lines of a paragraph). */

const LATIN_END = /[A-Za-z0-9%.,;:!?)\]'"]$/;
const LATIN_START = /^[A-Za-z0-9(\['"]/;

/**
 * Joins two pieces of text: nothing between CJK characters (a PDF breaks Chinese lines anywhere),
 * one space between Latin words or numbers, and none after a hyphen at a line end.
 */
export function joinText(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  if (/\s$/.test(a) || /^\s/.test(b)) return a + b;
  if (LATIN_END.test(a) && LATIN_START.test(b) && !/-$/.test(a)) return `${a} ${b}`;
  return a + b;
}
