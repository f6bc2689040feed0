/**
 * Cell addresses and values of SpreadsheetML (the XML inside .xlsx): "C12" → row 12, column 3;
 * numbers shown the way a date format shows them.
 */

/** 1-based row and column of an A1-style reference, or null. */
export function cellAddress(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** The corners of a range such as "A1:E1". */
export function rangeOf(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = ref.split(':');
  const p = cellAddress(a ?? '');
  const q = cellAddress(b ?? '');
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/** Built-in number formats that show a date (ECMA-376 18.8.30, with the CJK ones). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
/** Built-in CJK formats that write 年月日. */
const CJK_DATE_IDS = new Set([27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** How a number format shows a value: as a date (with 年月日 or with slashes) or as a number. */
export type NumberShape = 'date-cjk' | 'date' | 'number';

/** The shape of a number format, from its id and (for custom formats) its code. */
export function numberShape(id: number, code: string | undefined): NumberShape {
  if (code !== undefined) {
    // quoted text, escapes and [colour]/[$-locale] parts are not date tokens
    const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
    if (/[yd]/i.test(bare)) return /年|月|日/.test(code) ? 'date-cjk' : 'date';
    return 'number';
  }
  if (CJK_DATE_IDS.has(id)) return 'date-cjk';
  return DATE_FORMAT_IDS.has(id) ? 'date' : 'number';
}

/**
 * A numeric cell as a reader sees it: a date serial as the date (1900 or 1904 system), other
 * numbers without binary noise (0.30000000000000004 → 0.3).
 * @example shownNumber('45473', 'date-cjk', false) // → '2024年6月30日'
 */
export function shownNumber(raw: string, shape: NumberShape, date1904: boolean): string {
  const n = Number(raw);
  if (!Number.isFinite(n)) return raw;
  if (shape !== 'number' && n >= 1 && n < 2958466) {
    const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
    const d = new Date(epoch + Math.floor(n) * 86400000);
    const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    return shape === 'date-cjk' ? `${y}年${m}月${day}日` : `${y}/${m}/${day}`;
  }
  return String(Number(n.toPrecision(15)));
}
