/** Chinese numerals in dates: 〇/○/零/O are zero (二〇二三年, 二○二三年). */
const DIGIT: Record<string, number> = { 〇: 0, '○': 0, 零: 0, O: 0, Ｏ: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN = '〇○零OＯ一二三四五六七八九十';

/** "二〇二三" → 2023 (digit by digit); "十二" → 12, "二十五" → 25, "三十一" → 31. */
export function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s || [...s].some((c) => !(c in DIGIT) && c !== '十')) return null;
  if (!s.includes('十')) return Number([...s].map((c) => DIGIT[c]).join(''));
  const [tens, ones] = s.split('十') as [string, string];
  if (tens.length > 1 || ones.length > 1) return null;
  return (tens ? DIGIT[tens]! : 1) * 10 + (ones ? DIGIT[ones]! : 0);
}

/** Full-width digits to ASCII (２０２３ → 2023). */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

const ARABIC = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const CHINESE = new RegExp(`([${CN}]{4})\\s*年\\s*([${CN}]{1,3})\\s*月\\s*([${CN}]{1,3})\\s*日`);
const NUMERIC = /(?<!\d)(\d{4})\s*[-./／]\s*(\d{1,2})\s*[-./／]\s*(\d{1,2})(?!\d)/;

function iso(y: number | null, m: number | null, d: number | null): string | null {
  if (y === null || m === null || d === null || y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first date written anywhere in a text (2023年3月5日, 二〇二三年三月五日, 2023-03-05, 2023.3.5), as YYYY-MM-DD. */
export function findDate(text: string): { iso: string; index: number; length: number } | null {
  const t = asciiDigits(text);
  let best: { iso: string; index: number; length: number } | null = null;
  for (const re of [ARABIC, CHINESE, NUMERIC]) {
    const m = re.exec(t);
    if (!m) continue;
    const value = iso(chineseNumber(m[1]!), chineseNumber(m[2]!), chineseNumber(m[3]!));
    if (value && (!best || m.index < best.index)) best = { iso: value, index: m.index, length: m[0].length };
  }
  return best;
}

/**
 * A line that is only a date, possibly in parentheses or with 印发/制定 after it, as YYYY-MM-DD;
 * null for anything else or an impossible date.
 * @example isoDate('二〇二三年三月五日') // → '2023-03-05'
 */
export function isoDate(text: string): string | null {
  const t = text.replace(/\s+/g, '');
  const found = findDate(t);
  if (!found) return null;
  const rest = t.slice(0, found.index) + t.slice(found.index + found.length);
  return /^[（(]?(印发|制定|发布|成文|通过)?[）)]?$/.test(rest) ? found.iso : null;
}
