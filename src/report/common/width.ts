const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Width of a string in a terminal: CJK and full-width characters take two columns.
 * @example displayWidth('沈阳 IPv6') // → 9
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/**
 * Cuts a string to a terminal width, with … when cut.
 * @example clipWidth('加强疫情防控信息公开', 9) // → '加强疫情…'
 */
export function clipWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = WIDE.test(ch) ? 2 : 1;
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/**
 * Pads a string to a terminal width.
 * @example padWidth('沈阳市', 8) // → '沈阳市  '
 */
export function padWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
