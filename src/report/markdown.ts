import type { Comparison } from '../model/comparison.js';

/** Markdown report (placeholder until the report issue lands). */
export function renderMarkdown(c: Comparison): string {
  return `# ${c.upper.title} → ${c.lower.title}\n`;
}
