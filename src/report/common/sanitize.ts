// Plan text reaches terminals, spreadsheets and browsers. A control character in it (ESC [ 2J
// clears a terminal, ESC ] … BEL retitles it, U+202E reverses what follows, C1 controls are read
// as escape sequences by some terminals) must never act on the reader's screen, and must not
// vanish either: it is shown as a visible token so a reader sees the source holds something odd.

/** Characters no report writes raw: C0 controls other than tab, line feed and CR, DEL, C1 controls, bidi controls. */
const HOSTILE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

/** Control Pictures (U+2400…) for the C0 controls and DEL; the code point for the rest. */
function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `[U+${code.toString(16).toUpperCase().padStart(4, '0')}]`;
}

/**
 * Plan text made safe to print: every control character (ESC, BEL, other C0 controls, DEL, C1
 * controls, bidi overrides and isolates, a lone CR) becomes a visible token — a Control Picture
 * (␛, ␇) or `[U+202E]`. Tabs, line feeds and CR LF pairs are kept.
 * @example cleanText('a\u001b[2Jb\u202Ec') // → 'a␛[2Jb[U+202E]c'
 */
export function cleanText(text: string): string {
  HOSTILE.lastIndex = 0;
  return HOSTILE.test(text) ? text.replace(HOSTILE, visible) : text;
}

/**
 * A copy of a report's input with {@link cleanText} applied to every string in it (keys are
 * left alone); the same object comes back when nothing needed cleaning, so clean input costs one
 * walk and no copy. Every renderer calls it first, so no format can forget a field.
 * @example sanitizeDeep({ title: 'x\u0007' }) // → { title: 'x␇' }
 */
export function sanitizeDeep<T>(value: T): T {
  return walk(value) as T;
}

interface Frame {
  /** The array or object, its entries, the next one to walk, and the copy once one changed. */
  value: unknown[] | Record<string, unknown>;
  entries: [string | number, unknown][];
  at: number;
  copy: unknown[] | Record<string, unknown> | null;
}

/** Post-order with an explicit stack: a plan nested thousands of sections deep is walked too. */
function walk(root: unknown): unknown {
  const scalar = (v: unknown) => (typeof v === 'string' ? cleanText(v) : v);
  const frame = (v: unknown): Frame | null => {
    if (v === null || typeof v !== 'object') return null;
    const value = v as unknown[] | Record<string, unknown>;
    return { value, entries: Array.isArray(value) ? value.map((x, i) => [i, x]) : Object.entries(value), at: 0, copy: null };
  };
  const first = frame(root);
  if (!first) return scalar(root);
  const stack: Frame[] = [first];
  let result: unknown = undefined;
  // the value the last finished frame came to, for its parent to take
  let returned: { to: unknown } | null = null;
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    if (returned) {
      const [k, v0] = f.entries[f.at - 1]!;
      keep(f, k, v0, returned.to);
      returned = null;
    }
    if (f.at >= f.entries.length) {
      stack.pop();
      const to = f.copy ?? f.value;
      if (stack.length === 0) result = to;
      else returned = { to };
      continue;
    }
    const [k, v0] = f.entries[f.at++]!;
    const child = frame(v0);
    if (child) stack.push(child);
    else keep(f, k, v0, scalar(v0));
  }
  return result;
}

/** Puts entry `k` of a frame's value as `v`, copying the value at the first entry that changed. */
function keep(f: Frame, k: string | number, v0: unknown, v: unknown): void {
  if (v !== v0 && !f.copy) {
    const before = f.entries.slice(0, f.at - 1);
    f.copy = Array.isArray(f.value) ? before.map(([, x]) => x) : Object.fromEntries(before);
  }
  if (!f.copy) return;
  if (Array.isArray(f.copy)) f.copy.push(v);
  else f.copy[k as string] = v;
}

/**
 * JSON text with the C1 and bidi controls written as `\uXXXX` escapes (JSON.stringify already
 * escapes the C0 ones): the same data, nothing that acts on a terminal that shows the file.
 * @example escapeJsonControls('"a\u202Eb"') // → '"a\\u202eb"'
 */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
