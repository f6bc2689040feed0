import { escapeHtml } from '../common/html.js';
import type { Wording } from './wording.js';

/** The report's wording in both languages; the page shows one and switches in place. */
export interface Bi {
  zh: Wording;
  en: Wording;
  /** The language the page opens in. */
  first: Wording;
}

/**
 * A label in both languages, one shown at a time (CSS hides the other by the page's `data-lang`),
 * so a reader never sees it doubled and the switch needs no text from the script.
 * @example both(bi, (w) => w.t('summary')) // → '<span class="i-zh">概览</span><span class="i-en" lang="en">Summary</span>'
 */
export function both(bi: Bi, f: (w: Wording) => string): string {
  const zh = f(bi.zh);
  const en = f(bi.en);
  if (zh === en) return escapeHtml(zh);
  return `<span class="i-zh">${escapeHtml(zh)}</span><span class="i-en" lang="en">${escapeHtml(en)}</span>`;
}

/**
 * An attribute in the opening language, with both versions in `data-NAME-zh` / `data-NAME-en` for
 * the script to swap.
 * @example attr(bi, 'title', (w) => w.t('score')) // → 'title="相似度" data-title-zh="相似度" data-title-en="score"'
 */
export function attr(bi: Bi, name: string, f: (w: Wording) => string): string {
  const zh = f(bi.zh);
  const en = f(bi.en);
  const first = bi.first.lang === 'zh' ? zh : en;
  if (zh === en) return `${name}="${escapeHtml(first)}"`;
  return `${name}="${escapeHtml(first)}" data-${name}-zh="${escapeHtml(zh)}" data-${name}-en="${escapeHtml(en)}"`;
}
