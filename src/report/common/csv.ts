/** A value of a CSV cell: text (neutralised against formulas), a number or boolean (as written), or empty. */
export type CsvValue = string | number | boolean | null | undefined;

/** Cell starts that spreadsheets would run as a formula (=, +, -, @, tab, carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell, RFC 4180: numbers as written (a non-finite one empty), a text cell a spreadsheet
 * would read as a formula gets a leading ' (OWASP's rule), then quoted when it holds a comma, a
 * quote, CR or LF (quotes doubled). The one cell writer of every report family.
 * @example csvCell('=SUM(A1)') // → "'=SUM(A1)"
 * @example csvCell(-2) // → '-2'
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document: UTF-8 byte order mark (so spreadsheets read the Chinese right), CRLF line ends.
 * @example csvDocument([['a', 'b'], [1, 2]]) // → '\uFEFFa,b\r\n1,2\r\n'
 */
export function csvDocument(rows: CsvValue[][]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
