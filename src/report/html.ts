import type { Comparison } from '../model/comparison.js';

/** HTML report (placeholder until the report issue lands). */
export function renderHtml(c: Comparison): string {
  return `<!doctype html><title>${c.upper.title}</title>`;
}
