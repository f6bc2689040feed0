// Plan text inside GFM table cells: escaped so it can neither break the table nor turn into
// markup, and diff marks (~~deleted~~, **inserted**) placed so they still open and close next to
// Chinese punctuation, where CommonMark's flanking rules would otherwise leave them as literal
// asterisks and tildes ("平台**，项目**" does not open: the run sits between a letter and punctuation).

/** ASCII characters with a meaning in (GFM) Markdown, plus `&` for entities and `$` for math. */
const SPECIAL = /[\\`*_~<>|[\]&$#!]/g;

/**
 * Escapes plan text for a Markdown table cell or heading: Markdown punctuation is backslash-escaped
 * (so `<script>` stays text and `|` does not split the cell) and line breaks become spaces.
 * @example escapeMarkdown('a|b <i>') // → 'a\\|b \\<i\\>'
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ').replace(SPECIAL, '\\$&');
}

/** A run of escaped cell text, optionally wrapped in a diff mark. */
export interface MarkedRun {
  mark: '' | '~~' | '**';
  /** Already escaped. */
  text: string;
}

const WHITESPACE = /\s/u;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
// CommonMark 0.31 counts symbols (S) as punctuation, older parsers (GitHub's) only P: be strict
// about the neighbours we rely on and loose about the content we guard.
const PUNCT_STRICT = /\p{P}/u;
const PUNCT_LOOSE = /[\p{P}\p{S}]/u;

const isSpace = (ch: string | undefined) => ch === undefined || WHITESPACE.test(ch);
const isPunctStrict = (ch: string | undefined) => ch !== undefined && (ASCII_PUNCT.test(ch) || PUNCT_STRICT.test(ch));
const isPunctLoose = (ch: string) => ASCII_PUNCT.test(ch) || PUNCT_LOOSE.test(ch);

/**
 * Joins runs into inline Markdown, inserting a space outside a mark where its delimiter could
 * not open or close otherwise; whitespace at the edges of a marked run moves outside the mark.
 * @example joinMarked([{ mark: '', text: '平台' }, { mark: '**', text: '，项目' }]) // → '平台 **，项目**'
 */
export function joinMarked(runs: MarkedRun[]): string {
  const parts = runs.filter((r) => r.text !== '');
  const out: string[] = [];
  let prev: string | undefined; // last character written so far
  const write = (s: string) => {
    if (!s) return;
    out.push(s);
    prev = lastChar(s);
  };
  parts.forEach((run, i) => {
    if (!run.mark) return write(run.text);
    const lead = /^\s*/u.exec(run.text)![0];
    const trail = /\s*$/u.exec(run.text)![0];
    const body = run.text.slice(lead.length, run.text.length - trail.length);
    write(lead);
    if (!body) return write(trail);
    if (isPunctLoose(firstCharOf(body)) && !(isSpace(prev) || isPunctStrict(prev))) write(' ');
    write(`${run.mark}${body}${run.mark}`);
    const next = trail ? ' ' : firstChar(parts[i + 1]);
    if (isPunctLoose(lastChar(body)) && !(isSpace(next) || isPunctStrict(next))) write(' ');
    write(trail);
  });
  return out.join('');
}

function firstCharOf(s: string): string {
  return String.fromCodePoint(s.codePointAt(0)!);
}

function lastChar(s: string): string {
  const low = s.charCodeAt(s.length - 1);
  // a low surrogate ends a character that takes two UTF-16 units
  return low >= 0xdc00 && low <= 0xdfff && s.length > 1 ? s.slice(-2) : s.slice(-1);
}

function firstChar(run: MarkedRun | undefined): string | undefined {
  if (!run) return undefined;
  return run.mark ? run.mark[0] : firstCharOf(run.text);
}
