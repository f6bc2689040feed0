import type { ParseWarning, Reference } from '../model/plan.js';
import type { Line } from './lines.js';

/** 文号 such as 沈政公领发〔2022〕1号 (brackets 〔〕 [] 【】 （） alike, spaces tolerated). */
export const DOC_NUMBER = /[\u4e00-\u9fff]{1,14}\s*[〔\[【（(]\s*\d{4}\s*[〕\]】）)]\s*\d{1,4}\s*号/;
const DOC_NUMBER_LINE = new RegExp(`^${DOC_NUMBER.source}$`);
const DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const BOILERPLATE = /(更新日期|发布日期|发布时间|信息来源|来源[:：]|浏览(次数)?[:：]|访问量|字号[:：]|【\s*(打印|关闭|字体)|分享到|责任编辑)/;
const PUBLICITY = /^[（(](此件|此页|本件|本文).{0,12}[）)]$/;
const MASTHEAD = /^(.{2,40}?)文件$/;
const NOTICE_TITLE = /关于.{2,}(通知|通告|意见|决定|批复|函)$|印发.{2,}(通知)$/;
const PLAN_TITLE = /(要点|安排|方案|计划|任务|清单|细则|举措|措施|重点|意见)$/;
const CITES_PLAN = /(要点|通知|方案|安排|计划|意见|任务|清单)$/;

/** What the notice header says about the plan. */
export interface Header {
  title: string | null;
  /** Line of the plan's own title, or null when the title came from elsewhere. */
  titleLine: number | null;
  noticeTitle: string | null;
  issuer: string | null;
  masthead: string | null;
  docNumber: string | null;
  date: string | null;
  references: Reference[];
  preamble: string;
  warnings: ParseWarning[];
}

/** Removes all whitespace (titles and 文号 are compared and shown without the spaces PDF extraction adds). */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}

/** "2022年5月21日" → "2022-05-21"; null for anything else or an impossible date. */
export function isoDate(text: string): string | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The plan named in a notice title "…关于印发《X》的通知" / "…关于印发X的通知". */
export function plannedTitle(noticeTitle: string): string | null {
  const t = squeeze(noticeTitle);
  const quoted = /印发《([^《》]+)》/.exec(t);
  if (quoted?.[1]) return quoted[1];
  const m = /印发(.+?)的(通知|通告)$/.exec(t);
  return m?.[1] ?? null;
}

type Kind = 'boilerplate' | 'publicity' | 'masthead' | 'docNumber' | 'date' | 'notice' | 'addressee' | 'planTitle' | 'text';

function classify(text: string): Kind {
  const t = squeeze(text);
  if (BOILERPLATE.test(text)) return 'boilerplate';
  if (PUBLICITY.test(t)) return 'publicity';
  if (DOC_NUMBER_LINE.test(t)) return 'docNumber';
  if (isoDate(t)) return 'date';
  if (MASTHEAD.test(t) && t.length <= 40) return 'masthead';
  if (NOTICE_TITLE.test(t) && t.length <= 90) return 'notice';
  if (/[:：]$/.test(t) && t.length <= 120 && !/。/.test(t)) return 'addressee';
  if (PLAN_TITLE.test(t) && t.length <= 60 && !/[。，,；;]/.test(t) && !/^关于/.test(t)) return 'planTitle';
  return 'text';
}

/** Superior plans cited as 《title》 with an optional （文号） right after. */
export function findReferences(texts: string[], ownTitles: (string | null)[]): Reference[] {
  const own = new Set(ownTitles.filter((t): t is string => !!t).map(squeeze));
  const out: Reference[] = [];
  const cite = new RegExp(`《([^《》]{2,120})》\\s*(?:[（(]\\s*(${DOC_NUMBER.source})\\s*[）)])?`, 'g');
  for (const text of texts) {
    for (const m of text.matchAll(cite)) {
      const title = squeeze(m[1] ?? '');
      if (!title || own.has(title) || !CITES_PLAN.test(title)) continue;
      const docNumber = m[2] ? squeeze(m[2]) : null;
      const existing = out.find((r) => r.title === title);
      if (existing) {
        existing.docNumber ??= docNumber;
        continue;
      }
      const planTitle = plannedTitle(title);
      if (planTitle && own.has(planTitle)) continue;
      out.push({ title, docNumber, planTitle });
    }
  }
  return out;
}

/**
 * Reads the notice header — the lines before the plan body: masthead, 文号, notice title,
 * addressees, notice text, signature, date, the plan's own title and its preamble — and the
 * superior plans they cite. Website boilerplate ("更新日期… 浏览:") is skipped with a warning.
 */
export function parseHeader(lines: Line[]): Header {
  const warnings: ParseWarning[] = [];
  const kinds = lines.map((l) => classify(l.text));
  let docNumber: string | null = null;
  let date: string | null = null;
  let issuer: string | null = null;
  let masthead: string | null = null;
  let noticeTitle: string | null = null;
  let titleIndex = -1;
  kinds.forEach((k, i) => {
    const line = lines[i]!;
    const t = squeeze(line.text);
    if (k === 'boilerplate') warnings.push({ code: 'skipped-boilerplate', line: line.no, message: `skipped website boilerplate "${line.text}"` });
    if (k === 'docNumber') docNumber ??= t;
    if (k === 'masthead') masthead ??= MASTHEAD.exec(t)?.[1] ?? null;
    if (k === 'notice') noticeTitle ??= t;
    if (k === 'planTitle') titleIndex = i;
    if (k === 'date' && !date) {
      date = isoDate(t);
      const prev = lines[i - 1];
      if (prev && kinds[i - 1] === 'text' && !/[。，,；;]/.test(prev.text) && squeeze(prev.text).length <= 40) issuer = squeeze(prev.text);
    }
  });
  let title: string | null = titleIndex >= 0 ? squeeze(lines[titleIndex]!.text) : null;
  if (!title && noticeTitle) title = plannedTitle(noticeTitle);
  issuer ??= masthead ?? (noticeTitle ? (/^(.+?)关于/.exec(noticeTitle)?.[1] ?? null) : null);

  // the preamble is the text after the plan's own title; the notice text is what precedes it
  const preambleLines = titleIndex >= 0 ? lines.slice(titleIndex + 1).filter((_, j) => kinds[titleIndex + 1 + j] === 'text') : [];
  const noticeText = lines.filter((_, i) => (titleIndex < 0 || i < titleIndex) && (kinds[i] === 'text' || kinds[i] === 'notice'));
  const preamble = preambleLines.map((l) => l.text).join('');
  const references = findReferences(
    [...noticeText.map((l) => l.text), preamble],
    [title, noticeTitle ? plannedTitle(noticeTitle) : null],
  );
  return { title, titleLine: titleIndex >= 0 ? lines[titleIndex]!.no : null, noticeTitle, issuer, masthead, docNumber, date, references, preamble, warnings };
}
