/** Kinds of outline markers, in the order Chinese plans usually nest them. */
export type MarkerKind = 'cn-dun' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'circled';

/** An outline marker found at the start of a line. */
export interface Marker {
  kind: MarkerKind;
  /** Numeric value: 一 → 1, 十六 → 16, 3 → 3. */
  value: number;
  /** The marker as written, without surrounding spaces, e.g. "（一）" or "1." */
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
const PATTERNS: { kind: MarkerKind; re: RegExp; cn: boolean }[] = [
  { kind: 'cn-dun', re: new RegExp(`^(${CN})\\s*[、，,．.]\\s*`), cn: true },
  { kind: 'cn-paren', re: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*`), cn: true },
  // "1." / "1、" / "1．" but not a decimal ("1.5倍") or a year ("2022.")
  { kind: 'arabic', re: /^(\d{1,5})\s*(?:[.．、](?![0-9]))\s*/, cn: false },
  { kind: 'arabic-paren', re: /^[（(]\s*(\d{1,3})\s*[）)]\s*/, cn: false },
];
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * Recognises an outline marker at the start of a line: 一、 / （一） (一) / 1. 1、 1． / （1） (1) / ①,
 * full- and half-width alike.
 * @example parseMarker('（三）推进政策文件规范公开。') // → { kind: 'cn-paren', value: 3, raw: '（三）', rest: '推进政策文件规范公开。' }
 */
export function parseMarker(line: string): Marker | null {
  const s = line.trimStart();
  for (const p of PATTERNS) {
    const m = p.re.exec(s);
    if (!m || m[1] === undefined) continue;
    const value = p.cn ? chineseNumber(m[1]) : Number(m[1]);
    if (value === null || value === 0) continue;
    return { kind: p.kind, value, raw: m[0].replace(/\s+/g, ''), rest: s.slice(m[0].length).trim() };
  }
  const c = CIRCLED.indexOf(s.charAt(0));
  if (c >= 0) return { kind: 'circled', value: c + 1, raw: s.charAt(0), rest: s.slice(1).trim() };
  return null;
}
