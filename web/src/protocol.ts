/**
 * Messages between the page and its worker. Plans stay in the worker; the page gets summaries
 * and rendered reports, so a large plan never crosses the boundary twice.
 */

/** What the page shows of a parsed plan before comparing. */
export interface PlanCard {
  id: number;
  name: string;
  format: string;
  title: string;
  jurisdiction: string | null;
  level: string | null;
  year: number | null;
  docNumber: string | null;
  issuer: string | null;
  date: string | null;
  items: number;
  sections: number;
  /** The outline: one line per section or item, indented by depth. */
  outline: { depth: number; marker: string; text: string; item: boolean }[];
  warnings: { code: string; line: number | null; message: string }[];
  references: string[];
}

export type Lang = 'zh' | 'en';

export type ToWorker =
  | { type: 'read'; id: number; name: string; bytes: ArrayBuffer }
  | { type: 'forget'; id: number }
  | { type: 'order'; ids: number[] }
  | { type: 'compare'; upper: number; lower: number; lang: Lang }
  | { type: 'lineage'; ids: number[]; lang: Lang }
  | { type: 'xlsx'; lang: Lang };

export type FromWorker =
  | { type: 'progress'; stage: string; done: number; total: number }
  | { type: 'plan'; card: PlanCard }
  | { type: 'read-error'; id: number; name: string; message: string }
  | { type: 'order'; ids: number[]; others: number[]; reasons: string[] }
  | { type: 'report'; kind: 'comparison' | 'lineage'; html: string; json: string; summary: Record<string, number>; ms: number }
  | { type: 'xlsx'; bytes: ArrayBuffer | null; message?: string }
  | { type: 'error'; message: string };
