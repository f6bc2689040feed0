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

function walk(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (value === null || typeof value !== 'object') return value;
  // an explicit stack would only matter past the parser's depth limit; plans nest a few levels
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v = walk(value[i]);
      if (v !== value[i] && !out) out = value.slice(0, i);
      if (out) out.push(v);
    }
    return out ?? value;
  }
  let out: Record<string, unknown> | null = null;
  const entries = Object.entries(value as Record<string, unknown>);
  for (let i = 0; i < entries.length; i++) {
    const [k, v0] = entries[i]!;
    const v = walk(v0);
    if (v !== v0 && !out) out = Object.fromEntries(entries.slice(0, i));
    if (out) out[k] = v;
  }
  return out ?? value;
}

/**
 * JSON text with the C1 and bidi controls written as `\uXXXX` escapes (JSON.stringify already
 * escapes the C0 ones): the same data, nothing that acts on a terminal that shows the file.
 * @example escapeJsonControls('"a\u202Eb"') // → '"a\\u202eb"'
 */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
