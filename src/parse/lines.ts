import { cleanInline } from './clean.js';

/** One non-blank source line. */
export interface Line {
  /** 1-based line number in the source. */
  no: number;
  /** The line as in the source (tabs kept), trimmed of surrounding spaces. */
  raw: string;
  /** The line repaired for display (see {@link cleanInline}); tabs and pipes untouched in table rows. */
  text: string;
  /** Whether the line is a row of a tab-separated or markdown table. */
  table: boolean;
}

/** Whether a line is a row of a markdown pipe table or of a tab-separated table. */
export function isTableRow(raw: string): boolean {
  const t = raw.trim();
  if (t.startsWith('|') && t.length > 1) return true;
  return raw.includes('\t') && raw.split('\t').length >= 3;
}

/** Splits cleaned source text into non-blank lines with their 1-based numbers. */
export function toLines(text: string): Line[] {
  const out: Line[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    const table = isTableRow(raw);
    out.push({ no: i + 1, raw: table ? raw : raw.trim(), text: table ? raw.trim() : cleanInline(raw), table });
  });
  return out;
}
