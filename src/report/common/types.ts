import type { Lang } from './labels.js';

/** A report format. */
export type Format = 'text' | 'json' | 'md' | 'html' | 'csv' | 'xlsx';

/** Options every renderer takes (each uses those that apply to it). */
export interface ReportOptions {
  /** Report language, `zh` or `en`. */
  lang?: Lang;
  /** ANSI colours (text only). */
  color?: boolean;
  /** List every link or chain (text only). */
  all?: boolean;
  /** The summary alone (text only). */
  brief?: boolean;
}

/** Renders one kind of result in one format. */
export type Renderer<T, O extends ReportOptions = ReportOptions> = (input: T, options?: O) => string;

/**
 * The format a file name asks for, by its extension; null for an extension no report has.
 * @example formatForPath('out/report.HTML') // → 'html'
 */
export function formatForPath(path: string): Format | null {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  const byExt: Record<string, Format> = { html: 'html', htm: 'html', md: 'md', markdown: 'md', csv: 'csv', json: 'json', xlsx: 'xlsx', txt: 'text', text: 'text' };
  return (ext && byExt[ext]) || null;
}
