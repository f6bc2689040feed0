import type { Plan } from '../model/plan.js';

const OPEN = /[〔［\[【（(﹝〖]/g;
const CLOSE = /[〕］\]】）)﹞〗]/g;

/**
 * A 文号 in a form that compares equal however it was typeset: NFKC, no whitespace, every bracket
 * style (〔〕 [] 【】 （） ﹝﹞) as 〔〕. Null for a missing number.
 * @example normalizeDocNumber('沈政公领发 [2022] 1 号') // → '沈政公领发〔2022〕1号'
 */
export function normalizeDocNumber(docNumber: string | null | undefined): string | null {
  if (!docNumber) return null;
  const s = docNumber.normalize('NFKC').replace(/\s+/g, '').replace(OPEN, '〔').replace(CLOSE, '〕');
  return s || null;
}

/**
 * A title in a form that compares equal across PDF extraction and quoting: NFKC, no whitespace,
 * no 《》 quotes.
 * @example normalizeTitle('《沈阳市 2022 年政务公开工作要点》') // → '沈阳市2022年政务公开工作要点'
 */
export function normalizeTitle(title: string | null | undefined): string {
  return (title ?? '').normalize('NFKC').replace(/\s+/g, '').replace(/[《》]/g, '');
}

/** How a lower plan cites an upper one. */
export interface Citation {
  by: 'docNumber' | 'title';
  /** The 文号 or title as the lower plan wrote it. */
  value: string;
}

/**
 * Whether `lower` cites `upper` among the superior plans it implements: by 文号 (ignoring spaces
 * and bracket styles) or by title (the plan inside "关于印发X的通知", or the cited title itself).
 * Titles must match exactly: "2022年政务公开工作要点" (the State Council's) is part of every
 * province's title, so containment would be wrong.
 * @example
 * citation(liaozhong, shenyang) // → { by: 'docNumber', value: '沈政公领发〔2022〕1号' }
 */
export function citation(lower: Plan, upper: Plan): Citation | null {
  const doc = normalizeDocNumber(upper.docNumber);
  const title = normalizeTitle(upper.title);
  for (const ref of lower.references) {
    if (doc && normalizeDocNumber(ref.docNumber) === doc) return { by: 'docNumber', value: ref.docNumber! };
  }
  if (!title) return null;
  for (const ref of lower.references) {
    if (normalizeTitle(ref.planTitle) === title || normalizeTitle(ref.title) === title) return { by: 'title', value: ref.planTitle ?? ref.title };
  }
  return null;
}
