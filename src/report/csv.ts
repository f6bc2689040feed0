import type { Comparison } from '../model/comparison.js';

/** CSV report (placeholder until the report issue lands). */
export function renderCsv(c: Comparison): string {
  return `status\n${c.links.map((l) => l.status).join('\n')}\n`;
}
