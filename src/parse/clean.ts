/** Characters that never belong in extracted text: zero-width marks and the BOM. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
/** C0 controls other than tab and newline, and DEL. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const WIDE_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * Cleans decoded text before it is split into lines: unified line ends, no invisible or
 * control characters, exotic spaces turned into plain spaces. Line numbers are preserved.
 * @example cleanSource('一、总体要求\r\n') // → '一、总体要求\n'
 */
export function cleanSource(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(CONTROL, '').replace(WIDE_SPACE, ' ');
}

/** CJK ideographs, CJK and full-width punctuation, curly quotes: characters that never take spaces around them. */
const WIDE = '\\u2014\\u2018-\\u201f\\u2026\\u2e80-\\u2fdf\\u3001-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff01-\\uff60\\u00b7';
const SPACE_NEAR_WIDE = new RegExp(`\\s+(?=[${WIDE}])|(?<=[${WIDE}])\\s+`, 'g');

/**
 * Repairs one line of extracted text for display: drops the spaces PDF extraction puts between
 * Chinese characters and numbers ("2022 年" → "2022年", "依托 12345 热线" → "依托12345热线"),
 * keeps single spaces between Latin words.
 */
export function cleanInline(s: string): string {
  return s.replace(/[\t ]+/g, ' ').replace(SPACE_NEAR_WIDE, '').trim();
}

const ASCII_WORD_END = /[A-Za-z0-9]$/;
const ASCII_WORD_START = /^[A-Za-z0-9]/;

/** Joins two pieces of one paragraph that a page or line break separated. */
export function joinFragments(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  // the last character only: a `$`-anchored test scans the whole of a text joined line by line
  return ASCII_WORD_END.test(a.charAt(a.length - 1)) && ASCII_WORD_START.test(b) ? `${a} ${b}` : a + b;
}

/**
 * `parts.reduce(joinFragments, '')` in linear time: each boundary is judged on the parts on its two
 * sides, never on the text joined so far (whose last character costs a full copy of it to read).
 * @example joinAllFragments(['see', 'more', '加强']) // → 'see more加强'
 */
export function joinAllFragments(parts: readonly string[]): string {
  const out: string[] = [];
  let last = '';
  for (const p of parts) {
    if (!p) continue;
    if (out.length > 0 && ASCII_WORD_END.test(last) && ASCII_WORD_START.test(p)) out.push(' ');
    out.push(p);
    last = p.charAt(p.length - 1);
  }
  return out.join('');
}

/** Sentence-final punctuation: a line ending with one of these ends a sentence. */
export const SENTENCE_END = /[。！？!?；;]$/;

/** Whether a fragment ends where a paragraph may end (after 。, a closing parenthesis or quote…). */
export function endsParagraph(s: string): boolean {
  return /[。！？!?；;：:）)”』」》]$/.test(s);
}
