/**
 * Kinds of outline markers: 第一部分 / 第一章 / 第一节 / 第一条, 一、, （一）, 1., （1）, ⑴, ①, A.,
 * and the enumerations 一是 / 二是.
 */
export type MarkerKind =
  | 'part'
  | 'chapter'
  | 'jie'
  | 'article'
  | 'cn-dun'
  | 'cn-paren'
  | 'arabic'
  | 'arabic-paren'
  | 'paren-circled'
  | 'circled'
  | 'latin'
  | 'cn-is';

/** An outline marker found at the start of a line. */
export interface Marker {
  kind: MarkerKind;
  /** Numeric value: 一 → 1, 十六 → 16, 3 → 3, B → 2. */
  value: number;
  /** The marker as written, without surrounding spaces, e.g. "（一）", "1." or "第二部分". */
  raw: string;
  /** The rest of the line after the marker. */
  rest: string;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parses a Chinese numeral up to 99 (一, 十, 十六, 二十三); null when it is not one. */
export function chineseNumber(s: string): number | null {
  if (!s || s.length > 3) return null;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && s in CN_DIGITS ? (CN_DIGITS[s] ?? null) : null;
  const tensPart = s.slice(0, ten);
  const onesPart = s.slice(ten + 1);
  const tens = tensPart === '' ? 1 : CN_DIGITS[tensPart];
  const ones = onesPart === '' ? 0 : CN_DIGITS[onesPart];
  if (tens === undefined || ones === undefined || onesPart.length > 1 || tensPart.length > 1) return null;
  return tens * 10 + ones;
}

const CN = '[一二三四五六七八九十〇零两]{1,3}';
const ORDINAL_KIND: Record<string, MarkerKind> = { 部分: 'part', 篇: 'part', 章: 'chapter', 节: 'jie', 条: 'article' };
type Pattern = { kind: MarkerKind | 'ordinal'; re: RegExp; value: (m: RegExpExecArray) => number | null };
const cn = (m: RegExpExecArray): number | null => chineseNumber(m[1]!);
const num = (m: RegExpExecArray): number | null => Number(m[1]);
const PATTERNS: Pattern[] = [
  // 第一部分 / 第二章 / 第三节 / 第十条, with or without a space or 、after them
  { kind: 'ordinal', re: new RegExp(`^第\\s*(${CN}|\\d{1,2})\\s*(部分|篇|章|节|条)(?![件款项])\\s*[、：:.．]?\\s*`), value: (m) => (/\d/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!)) },
  { kind: 'cn-dun', re: new RegExp(`^(${CN})\\s*[、，,．.]\\s*`), value: cn },
  { kind: 'cn-paren', re: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*`), value: cn },
  // "1." / "1、" / "1．" but not a decimal ("1.5倍") or a year ("2022.")
  { kind: 'arabic', re: /^(\d{1,5})\s*(?:[.．、](?![0-9]))\s*/, value: num },
  { kind: 'arabic-paren', re: /^(?:[（(]\s*(\d{1,3})\s*[）)]|(\d{1,2})[）)])\s*/, value: (m) => Number(m[1] ?? m[2]) },
  // A. / B、 / （C）: a capital letter numbering Chinese text, never an English word
  { kind: 'latin', re: /^(?:([A-Z])\s*[.．、]|[（(]([A-Z])[）)])\s*(?=[\u4e00-\u9fff])/, value: (m) => (m[1] ?? m[2])!.charCodeAt(0) - 64 },
  // 一是 / 二是: enumerations written into the text (the outline decides whether they are items)
  { kind: 'cn-is', re: new RegExp(`^(${CN})是(?![否非])\\s*`), value: cn },
];
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PAREN_CIRCLED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const PAREN_IDEOGRAPH = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩';

/** Full-width digits read as ASCII ones; one UTF-16 unit each, so offsets do not move. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * Recognises an outline marker at the start of a line: 第一部分 / 第一章 / 第一节 / 第一条, 一、,
 * （一） (一) ㈠, 1. 1、 1． (full-width digits too), （1） (1) 1）, ⑴, ①, A. （A）, and 一是.
 * @example parseMarker('（三）推进政策文件规范公开。') // → { kind: 'cn-paren', value: 3, raw: '（三）', rest: '推进政策文件规范公开。' }
 */
export function parseMarker(line: string): Marker | null {
  const original = line.trimStart();
  const s = asciiDigits(original);
  for (const p of PATTERNS) {
    const m = p.re.exec(s);
    if (!m) continue;
    const value = p.value(m);
    if (value === null || value === 0 || Number.isNaN(value)) continue;
    const kind = p.kind === 'ordinal' ? ORDINAL_KIND[m[2]!]! : p.kind;
    return { kind, value, raw: original.slice(0, m[0].length).replace(/\s+/g, ''), rest: original.slice(m[0].length).trim() };
  }
  const first = original.charAt(0);
  for (const [set, kind] of [
    [CIRCLED, 'circled'],
    [PAREN_CIRCLED, 'paren-circled'],
    [PAREN_IDEOGRAPH, 'cn-paren'],
  ] as const) {
    const c = set.indexOf(first);
    if (c >= 0) return { kind, value: c + 1, raw: first, rest: original.slice(1).trim() };
  }
  return null;
}
