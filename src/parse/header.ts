import type { ParseWarning, Reference } from '../model/plan.js';
import { asciiDigits, findDate, isoDate } from './dates.js';
import type { Line } from './lines.js';

export { isoDate } from './dates.js';

/**
 * 文号 such as 沈政公领发〔2022〕1号: an issuer abbreviation, the year in any of the brackets
 * offices use (〔〕 [] ［］ ﹝﹞ 【】 （） () 〖〗), a number, 号 or 號; spaces tolerated.
 */
export const DOC_NUMBER = /[\u4e00-\u9fff]{1,14}\s*[〔\[［﹝【（(〖]\s*[0-9０-９]{4}\s*[〕\]］﹞】）)〗]\s*(?:第\s*)?[0-9０-９]{1,4}\s*[号號]/;
/** A line that is a 文号, perhaps with the signer after it ("签发人：…") or a label before it. */
const DOC_NUMBER_LINE = new RegExp(`^(?:文号[:：])?(${DOC_NUMBER.source})(?:签发人[:：].{0,10})?$`);
const BOILERPLATE =
  /(更新日期|发布日期|发布时间|信息来源|来源[:：]|浏览(次数)?[:：]|访问量|字号[:：]|【\s*(打印|关闭|字体)|分享到|责任编辑|当前位置|您所在的位置|索引号|主题分类|公开方式|有效性[:：]|首页\s*[>＞»]|[>＞»]\s*(政务公开|政府信息公开|通知公告|政策文件))/;
/** Rows of the 政府信息公开 table of a saved page: label, value. */
const FIELD_LABELS = ['标题', '文号', '发文字号', '发文机关', '发布机关', '发布机构', '成文日期', '发文日期', '发布日期'];
/** A line that opens with one of them, or names a 文号 or 成文日期 anywhere: a page field line. */
const PAGE_FIELD_LINE = new RegExp(`^(?:${FIELD_LABELS.join('|')})[:：]|(?:发文字号|成文日期)[:：]`);
// pages space the two-character labels out ("标  题")
const PAGE_FIELD = new RegExp(`(${FIELD_LABELS.map((l) => (l.length === 2 ? [...l].join('\\s*') : l)).join('|')})\\s*[:：]\\s*([^:：]*?)(?=\\s+[\\u4e00-\\u9fff]{2,5}[:：]|$)`, 'g');
/**
 * The labels of a saved page's metadata block. Pasted from a web page they often stand alone,
 * one line each with the value on the next line; a label is never itself a value (an issuer, a date).
 */
const PAGE_LABEL = new RegExp(
  `^(${[...FIELD_LABELS, '名称', '生效日期', '废止日期', '索引号', '主题分类', '主题词', '组配分类', '体裁分类', '服务对象', '公开方式', '公开范围', '公开时限', '公开属性', '有效性', '效力状态', '信息来源', '来源', '所属机构', '信息分类'].join('|')})[:：]?$`,
);
const PUBLICITY = /^[（(](此件|此页|本件|本文).{0,12}[）)]$/;
const MASTHEAD = /^(.{2,40}?)文件$/;
/** A notice title: 关于印发/转发…的通知, …关于…的通知 (通报, 意见, 决定, 函). */
const NOTICE_TITLE = /关于.{2,}(通知|通告|通报|决定|批复|函)$|(印发|转发|下发|发布).{2,}(通知)$/;
/**
 * The genres a plan's own title ends with: a word naming a plan or its breakdown, then perhaps the
 * form it is laid out in. Offices combine the two freely (任务分解表, 责任分解, 工作台账, 分工一览表,
 * 任务清单), so the words and forms are listed apart rather than each combination.
 */
const PLAN_WORDS = ['要点', '安排', '方案', '计划', '细则', '举措', '措施', '重点', '意见', '规划', '目录', '任务', '分工', '分解', '清单', '台账'];
const PLAN_FORMS = ['一览表', '明细表', '汇总表', '表', '清单', '台账', '单'];
export const PLAN_GENRE = new RegExp(`(?:${PLAN_WORDS.join('|')})(?:${PLAN_FORMS.join('|')})?$`);
/** Words that end the name of an issuing body. */
const ORGAN = /(人民政府|政府|办公室|办公厅|领导小组|委员会|管理委员会|管委会|工作委员会|委|局|厅|办|中心|小组|服务中心)$/;
/** Titles of cited documents that are superior plans or notices. */
const CITES_PLAN = /(要点|通知|方案|安排|计划|意见|任务|清单|规划|纲要|决定)$/;
const SENTENCE = /[。，,；;！？]/;
const YEAR = /(?<![\d\-—–~至到])(\d{4})\s*年(?!\s*[-—–~至到]\s*\d)/;

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
  /** Set when the document forwards another body's plan (转发…的通知): the forwarding notice. */
  forwardedBy: Forwarding | null;
  /** True when the notice announces a plan (现将…印发给你们, 关于印发…的通知). */
  announces: boolean;
  warnings: ParseWarning[];
}

/** The notice by which one body forwards another's plan (the plan's own fields are the inner plan's). */
export interface Forwarding {
  title: string;
  issuer: string | null;
  docNumber: string | null;
  date: string | null;
}

/** Removes all whitespace (titles and 文号 are compared and shown without the spaces PDF extraction adds). */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}

/** Strips title quotes: 《X》 → X, 〈X〉 → 《X》 inside. */
function unquote(s: string): string {
  const t = s.replace(/^《(.+)》$/, '$1');
  return t.replace(/〈/g, '《').replace(/〉/g, '》');
}

/** The plan named in a notice title "…关于印发《X》的通知" / "…关于印发X的通知" / "转发…X的通知". */
export function plannedTitle(noticeTitle: string): string | null {
  const t = squeeze(noticeTitle).replace(/[〈]/g, '《').replace(/[〉]/g, '》');
  const inner = forwardedNotice(t);
  if (inner) return plannedTitle(inner) ?? splitIssuer(inner).rest;
  const quoted = /(?:印发|下发|发布|制定)《([^《》]+)》/.exec(t);
  if (quoted?.[1]) return quoted[1];
  const m = /(?:印发|下发|发布)(.+?)的(通知|通告)/.exec(t);
  return m?.[1] ? m[1].replace(/^《|》$/g, '') : null;
}

/** The forwarded document inside "…转发《Y》的通知" / "…转发Y的通知", or null when not a forwarding notice. */
function forwardedNotice(t: string): string | null {
  const m = /转发《?(.+?)》?的通知$/.exec(t);
  if (!m?.[1]) return null;
  // "转发A关于印发B的通知的通知": the inner notice ends with 的通知 too
  const inner = m[1];
  return /的通知$/.test(inner) || /关于/.test(inner) || PLAN_GENRE.test(inner) ? inner : null;
}

/** "江西省人民政府办公厅2023年政务公开工作要点" → issuer and the rest, split after an organ name. */
function splitIssuer(t: string): { issuer: string | null; rest: string } {
  const about = /^(.+?)关于(?:印发)?(.+)$/.exec(t);
  if (about) return { issuer: about[1]!, rest: plannedTitle(t) ?? about[2]!.replace(/的通知$/, '') };
  const m = /^(.{2,30}?(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|领导小组|委员会|管委会|政务公开办))(.{4,})$/.exec(t);
  return m ? { issuer: m[1]!, rest: m[2]! } : { issuer: null, rest: t };
}

type Kind = 'boilerplate' | 'page' | 'publicity' | 'masthead' | 'docNumber' | 'date' | 'notice' | 'addressee' | 'planTitle' | 'organ' | 'text';

function classify(t: string): Kind {
  if (PUBLICITY.test(t)) return 'publicity';
  if (DOC_NUMBER_LINE.test(asciiDigits(t))) return 'docNumber';
  if (isoDate(t)) return 'date';
  if (PAGE_FIELD_LINE.test(t)) return 'page';
  if (BOILERPLATE.test(t)) return 'boilerplate';
  if (MASTHEAD.test(t) && t.length <= 40) return 'masthead';
  // a notice title may carry its 文号 in a parenthesis at the end
  const core = t.replace(new RegExp(`[（(]${DOC_NUMBER.source}[）)]$`), '');
  if (NOTICE_TITLE.test(core) && core.length <= 120 && !/[。；;]/.test(core)) return 'notice';
  if (/[:：]$/.test(t) && t.length <= 120 && !/。/.test(t)) return 'addressee';
  if (isPlanTitle(t)) return 'planTitle';
  if (ORGAN.test(t) && t.length <= 40 && !SENTENCE.test(t)) return 'organ';
  return 'text';
}

export function isPlanTitle(t: string): boolean {
  const s = unquote(t.replace(/^附件\s*\d*\s*[:：]?\s*/, ''));
  if (s.length < 6 || s.length > 70 || SENTENCE.test(s.replace(/（[^）]*）|\([^)]*\)/g, ''))) return false;
  if (!PLAN_GENRE.test(s.replace(/[（(][^）)]*[）)]$/, ''))) return false;
  // "关于…的通知" is a notice; "关于加强…的实施意见" is a plan
  return !/^关于印发|^印发|^转发/.test(s);
}

interface Candidate<T> {
  value: T;
  score: number;
  line: number;
  why: string;
}

function best<T>(cands: Candidate<T>[]): Candidate<T> | null {
  return cands.reduce<Candidate<T> | null>((b, c) => (!b || c.score > b.score ? c : b), null);
}

/** A logical header line: one source line, or two joined where a title was broken over lines. */
interface HLine {
  no: number;
  text: string;
  /** The line as written, spaces kept (the page's field table is split at them). */
  raw: string;
  kind: Kind;
  bold: boolean;
  centred: boolean;
}

/**
 * A notice title written with its 文号 in front, perhaps in title quotes
 * ("X〔2023〕5号《…关于印发〈Y〉的通知》"), rewritten in the usual order "…的通知（X〔2023〕5号）",
 * so that the title and the 文号 are read as from any notice line. Other lines are returned as they are.
 */
function numberFirstNotice(t: string): string {
  const m = new RegExp(`^(${DOC_NUMBER.source})(.+)$`).exec(t);
  const rest = m ? m[2]! : t;
  const bare = /^《(.+)》$/.test(rest) && !/^《[^《》]*》.+《/.test(rest) ? rest.slice(1, -1) : rest;
  if (bare === t || classify(bare) !== 'notice') return t;
  return m ? `${bare}（${m[1]!}）` : bare;
}

function joinSplitTitles(lines: Line[]): HLine[] {
  const out: HLine[] = [];
  const pieceOk = (p: string): boolean => p.length <= 40 && !SENTENCE.test(p) && !/[:：]$/.test(p);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    let text = numberFirstNotice(squeeze(l.text));
    let kind = classify(text);
    const hints = (l as Line & { hints?: { bold?: boolean; centred?: boolean } }).hints;
    const label = PAGE_LABEL.exec(text);
    if (label) {
      // a metadata label alone on its line: its value is the next line, unless that is a label too;
      // a title is left to be read as a title line
      const next = lines[i + 1] ? squeeze(lines[i + 1]!.text) : '';
      const takesValue = next && !PAGE_LABEL.test(next) && label[1] !== '标题' && label[1] !== '名称';
      const joined = takesValue ? `${label[1]}：${next}` : `${label[1]}：`;
      const k = classify(joined);
      out.push({ no: l.no, text: joined, raw: takesValue ? `${label[1]}：${lines[i + 1]!.raw}` : joined, kind: k === 'boilerplate' ? k : 'page', bold: false, centred: false });
      if (takesValue) i++;
      continue;
    }
    // a title broken over two or three lines: the joined text is a title, the last piece alone is not
    if ((kind === 'text' || kind === 'organ') && pieceOk(text)) {
      for (let n = 1; n <= 2 && i + n < lines.length; n++) {
        const pieces = lines.slice(i, i + n + 1).map((x) => squeeze(x.text));
        const last = classify(pieces[n]!);
        if (!pieceOk(pieces[n]!) || ['docNumber', 'date', 'masthead', 'boilerplate', 'page', 'publicity', 'addressee'].includes(last)) break;
        const joined = pieces.join('');
        const jk = classify(joined);
        const accept = jk === 'notice' ? last !== 'notice' || kind === 'organ' : jk === 'planTitle' && kind !== 'organ' && last !== 'planTitle';
        if (accept) {
          text = joined;
          kind = jk;
          i += n;
          break;
        }
        if (last === 'notice' || last === 'planTitle') break;
      }
    }
    out.push({ no: l.no, text, raw: l.raw, kind, bold: !!hints?.bold, centred: !!hints?.centred });
  }
  return out;
}

/** A notice whose title announces a plan, or whose text says 现将…印发/转发给你们. */
const ANNOUNCES = /(现将|现把|特将|将).{0,80}(印发|转发|下发|发)给你们|印发给你们|转发给你们/;

/**
 * Reads the notice header — the lines before the plan body: masthead, 文号, notice title,
 * addressees, notice text, signature, date, the plan's own title and its preamble — and the
 * superior plans they cite. Each field is chosen among scored candidate lines; every guess
 * (a title taken from the notice title, an issuer from the masthead, a date from the web page)
 * is reported as a warning. Website boilerplate ("更新日期… 浏览:") is skipped with a warning.
 * `closing` are lines after the body (signature and date at the end of the document).
 */
export function parseHeader(lines: Line[], closing: Line[] = []): Header {
  const warnings: ParseWarning[] = [];
  const all = joinSplitTitles(lines);
  for (const l of all) if (l.kind === 'boilerplate') warnings.push({ code: 'skipped-boilerplate', line: l.no, message: `skipped website boilerplate "${l.text}"` });

  // a forwarding notice (转发…的通知) comes first; the forwarded notice and plan follow
  const fwdAt = all.findIndex((l) => l.kind === 'notice' && forwardedNotice(l.text) !== null);
  if (fwdAt >= 0) {
    const dateAt = all.findIndex((l, i) => i > fwdAt && l.kind === 'date');
    const innerFrom = dateAt >= 0 ? dateAt + 1 : all.length;
    const outer = readFields(all.slice(0, innerFrom), [], warnings);
    const innerLines = all.slice(innerFrom);
    const inner = readFields(innerLines, closing.map(toHLine), warnings);
    const fwdTitle = all[fwdAt]!.text;
    const forwarded = forwardedNotice(fwdTitle)!;
    const split = splitIssuer(forwarded);
    const issuer = inner.issuer ?? split.issuer;
    const title = inner.title ?? plannedTitle(fwdTitle);
    const citedNumber = docNumberAfter(all.slice(fwdAt, innerFrom).map((l) => l.text).join(''), forwarded);
    warnings.push({
      code: 'forwarded-plan',
      line: all[fwdAt]!.no,
      message: `the document forwards ${issuer ?? 'another body'}'s plan "${title ?? forwarded}"; the forwarding notice (${outer.issuer ?? 'issuer unknown'}${outer.docNumber ? `, ${outer.docNumber}` : ''}) is kept in forwardedBy`,
    });
    const references = findReferences(
      [...outer.noticeText, ...inner.noticeText, inner.preamble],
      [title, inner.noticeTitle ? plannedTitle(inner.noticeTitle) : null],
      [inner.docNumber ?? citedNumber, outer.docNumber],
    ).filter((r) => squeeze(r.title) !== squeeze(forwarded));
    return {
      title,
      titleLine: inner.titleLine,
      noticeTitle: inner.noticeTitle ?? fwdTitle,
      issuer,
      masthead: inner.masthead,
      docNumber: inner.docNumber ?? citedNumber,
      date: inner.date,
      references,
      preamble: inner.preamble,
      forwardedBy: { title: fwdTitle, issuer: outer.issuer, docNumber: outer.docNumber, date: outer.date },
      announces: true,
      warnings,
    };
  }
  const f = readFields(all, closing.map(toHLine), warnings);
  const references = findReferences([...f.noticeText, f.preamble], [f.title, f.noticeTitle ? plannedTitle(f.noticeTitle) : null], [f.docNumber]);
  return {
    title: f.title,
    titleLine: f.titleLine,
    noticeTitle: f.noticeTitle,
    issuer: f.issuer,
    masthead: f.masthead,
    docNumber: f.docNumber,
    date: f.date,
    references,
    preamble: f.preamble,
    forwardedBy: null,
    announces: f.announces,
    warnings,
  };
}

function toHLine(l: Line): HLine {
  const t = squeeze(l.text);
  return { no: l.no, text: t, raw: l.raw, kind: classify(t), bold: false, centred: false };
}

/** The 文号 written right after a cited title in a text, e.g. 《Y》（赣府厅字〔2023〕5号）. */
function docNumberAfter(text: string, title: string): string | null {
  const at = text.indexOf(title);
  if (at < 0) return null;
  const m = new RegExp(`^》?\\s*[（(]\\s*(${DOC_NUMBER.source})`).exec(text.slice(at + title.length));
  return m?.[1] ? squeeze(m[1]) : null;
}

/** The header fields read from the lines, before citations and forwarding are worked out. */
type Fields = Pick<Header, 'title' | 'titleLine' | 'noticeTitle' | 'issuer' | 'masthead' | 'docNumber' | 'date' | 'preamble' | 'announces'> & {
  /** The text above the plan's title (the covering notice), searched for citations with the preamble. */
  noticeText: string[];
};

function readFields(all: HLine[], closing: HLine[], warnings: ParseWarning[]): Fields {
  const noticeAt = all.findIndex((l) => l.kind === 'notice');
  const notice = noticeAt >= 0 ? all[noticeAt]! : null;
  const noticeTitle = notice ? notice.text.replace(new RegExp(`[（(]?${DOC_NUMBER.source}[）)]?$`), '') : null;
  const inner = noticeTitle ? plannedTitle(noticeTitle) : null;
  const masthead = all.map((l) => (l.kind === 'masthead' ? (MASTHEAD.exec(l.text)?.[1] ?? null) : null)).find((m) => m) ?? null;
  const page = pageFields(all);

  // --- the signature and its date: the date line after the notice text, the issuer just above it
  const dates: Candidate<string>[] = [];
  const issuers: Candidate<string>[] = [];
  const scan = [...all, ...closing];
  scan.forEach((l, i) => {
    if (l.kind !== 'date') return;
    const value = isoDate(l.text)!;
    const prev = scan[i - 1];
    const signed = prev && !metadataValues(all, i - 1) && (prev.kind === 'organ' || (prev.kind === 'text' && !SENTENCE.test(prev.text) && prev.text.length <= 40));
    const inClosing = i >= all.length;
    const underTitle = prev && (prev.kind === 'planTitle' || prev.kind === 'notice');
    dates.push({ value, score: (signed ? 4 : 1) + (underTitle ? 2 : 0) - (inClosing ? 1 : 0), line: l.no, why: signed ? 'signature' : 'date line' });
    if (signed && prev) issuers.push({ value: prev.text, score: 5 - (inClosing ? 1 : 0), line: prev.no, why: 'signature' });
  });
  if (page.date) dates.push({ value: page.date.value, score: page.date.label === '成文日期' || page.date.label === '发文日期' ? 2 : 0.5, line: page.date.line, why: `the page's ${page.date.label}` });
  // a date written into the notice title line or its parenthesis "（2023年3月5日印发）"
  for (const l of all) {
    if (l.kind !== 'planTitle' && l.kind !== 'notice') continue;
    const d = findDate(l.text);
    if (d) dates.push({ value: d.iso, score: 1.5, line: l.no, why: 'the title line' });
  }
  if (masthead) issuers.push({ value: masthead, score: 2, line: all.find((l) => l.kind === 'masthead')!.no, why: 'the masthead' });
  if (noticeTitle) {
    const prefix = /^(.+?)(?:关于|印发|转发)/.exec(noticeTitle)?.[1];
    if (prefix && prefix.length >= 3) issuers.push({ value: prefix, score: 3, line: notice!.no, why: 'the notice title' });
    else if (noticeAt > 0 && all[noticeAt - 1]!.kind === 'organ') issuers.push({ value: all[noticeAt - 1]!.text, score: 3, line: all[noticeAt - 1]!.no, why: 'the line above the notice title' });
  }
  if (page.issuer) issuers.push({ value: page.issuer.value, score: 1, line: page.issuer.line, why: "the page's 发布机构" });
  const date = best(dates);
  const issuer = best(issuers);
  if (date && date.why !== 'signature' && date.why !== 'date line' && date.why !== 'the title line') {
    warnings.push({ code: 'date-from-page', line: date.line, message: `date ${date.value} taken from ${date.why}` });
  }
  if (issuer && issuer.why !== 'signature') warnings.push({ code: 'issuer-guessed', line: issuer.line, message: `issuer "${issuer.value}" taken from ${issuer.why}` });

  // --- 文号: a line of its own (above the notice title, or under the date), the title line, the page's 发文字号
  const numbers: Candidate<string>[] = [];
  all.forEach((l, i) => {
    if (l.kind === 'docNumber') {
      const value = squeeze(DOC_NUMBER_LINE.exec(asciiDigits(l.text))?.[1] ?? l.text);
      const beforeNotice = noticeAt < 0 || i < noticeAt;
      numbers.push({ value: restoreDigits(value, l.text), score: beforeNotice ? 5 : 4, line: l.no, why: 'its own line' });
    } else if (l.kind === 'notice' || l.kind === 'planTitle') {
      const m = new RegExp(`[（(]?(${DOC_NUMBER.source})[）)]?$`).exec(l.text);
      if (m?.[1] && !/》[（(]/.test(l.text.slice(Math.max(0, (m.index ?? 0) - 1), (m.index ?? 0) + 1))) {
        numbers.push({ value: squeeze(m[1]), score: 4, line: l.no, why: 'the title line' });
      }
    }
  });
  if (page.docNumber) numbers.push({ value: page.docNumber.value, score: 3, line: page.docNumber.line, why: "the page's 发文字号" });
  const docNumber = best(numbers);

  // --- the plan's title: the genre-named line just above the body wins; the notice's inner title backs it
  const titles: Candidate<string>[] = [];
  const lastBodyish = all.length;
  all.forEach((l, i) => {
    if (l.kind !== 'planTitle') return;
    const value = unquote(l.text.replace(/^附件\s*\d*\s*[:：]?\s*/, ''));
    const after = all.slice(i + 1);
    const lastTitle = !after.some((a) => a.kind === 'planTitle' || a.kind === 'notice');
    const followedByText = after.length === 0 || after[0]!.kind === 'text' || i + 1 === lastBodyish;
    let score = 1;
    if (lastTitle) score += 3;
    if (followedByText && lastTitle) score += 1;
    if (inner && squeeze(unquote(inner)) === value) score += 3;
    if (YEAR.test(value) || /[〇○零一二三四五六七八九]{4}年/.test(value)) score += 1;
    if (l.bold || l.centred) score += 1;
    if (/^附件/.test(l.text)) score -= 1;
    if (/^关于/.test(value) && !/意见$/.test(value)) score -= 2;
    titles.push({ value, score, line: l.no, why: 'a title line' });
  });
  if (inner) titles.push({ value: unquote(inner), score: 3.5, line: notice!.no, why: 'the notice title' });
  if (page.title) {
    const pt = plannedTitle(page.title.value) ?? page.title.value;
    if (isPlanTitle(pt)) titles.push({ value: pt, score: 1, line: page.title.line, why: "the page's 标题" });
  }
  const title = best(titles);
  const distinct = new Set(titles.map((t) => t.value));
  if (title && title.why !== 'a title line') {
    warnings.push({ code: 'title-from-notice', line: title.line, message: `no title line of its own: the plan's title "${title.value}" taken from ${title.why}` });
  } else if (title && distinct.size > 1) {
    const others = [...distinct].filter((v) => v !== title.value);
    warnings.push({ code: 'title-chosen', line: title.line, message: `took "${title.value}" as the plan's title over ${others.map((o) => `"${o}"`).join(', ')}` });
  }
  const titleIndex = title?.why === 'a title line' ? all.findIndex((l) => l.no === title.line) : -1;

  // the preamble is the text after the plan's own title; the notice text is what precedes it
  const preamble = titleIndex >= 0 ? all.slice(titleIndex + 1).filter((l) => l.kind === 'text').map((l) => l.text).join('') : '';
  const noticeText = all.filter((l, i) => (titleIndex < 0 || i < titleIndex) && (l.kind === 'text' || l.kind === 'notice' || l.kind === 'planTitle')).map((l) => l.text);
  const announces = !!inner || noticeText.some((t) => ANNOUNCES.test(t));
  return {
    title: title?.value ?? null,
    titleLine: titleIndex >= 0 ? title!.line : null,
    noticeTitle,
    issuer: issuer?.value ?? null,
    masthead,
    docNumber: docNumber?.value ?? null,
    date: date?.value ?? null,
    preamble,
    noticeText,
    announces,
  };
}

/**
 * Whether a body and a date at `at` are the values of a web page's metadata block (its labels
 * stripped) rather than a signature: a signature closes the notice text, so it has notice text
 * above it and the addressees never below it.
 */
function metadataValues(all: HLine[], at: number): boolean {
  if (at < 0 || at >= all.length) return false;
  let from = at - 1;
  while (from >= 0 && all[from]!.kind !== 'notice') from--;
  if (all.slice(from + 1, at).some((l) => l.kind === 'text' || l.kind === 'addressee')) return false;
  return all.slice(at + 1).some((l) => l.kind === 'addressee');
}

/** Keeps the 文号 as written (full-width digits included) once it was found on the ASCII form. */
function restoreDigits(found: string, written: string): string {
  const w = squeeze(written).replace(/^文号[:：]/, '');
  return w.startsWith(found) || asciiDigits(w).startsWith(found) ? w.slice(0, found.length) : found;
}

interface PageField {
  value: string;
  label: string;
  line: number;
}

/** The 政府信息公开 table a saved web page carries (发文字号, 成文日期, 发布机构, 标题). */
function pageFields(all: HLine[]): { title?: PageField; docNumber?: PageField; issuer?: PageField; date?: PageField } {
  const out: { title?: PageField; docNumber?: PageField; issuer?: PageField; date?: PageField } = {};
  for (const l of all) {
    if (l.kind !== 'page' && l.kind !== 'boilerplate') continue;
    for (const m of l.raw.matchAll(PAGE_FIELD)) {
      const label = squeeze(m[1]!);
      const value = squeeze(m[2] ?? '');
      if (!value) continue;
      if (label === '标题') out.title ??= { value, label, line: l.no };
      else if ((label === '发文字号' || label === '文号') && DOC_NUMBER.test(value)) out.docNumber ??= { value: squeeze(DOC_NUMBER.exec(value)![0]), label, line: l.no };
      else if (label === '发文机关' || label === '发布机关' || label === '发布机构') out.issuer ??= { value, label, line: l.no };
      else if (findDate(value)) {
        const rank = (x: string): number => (x === '成文日期' || x === '发文日期' ? 2 : 1);
        if (!out.date || rank(label) > rank(out.date.label)) out.date = { value: findDate(value)!.iso, label, line: l.no };
      }
    }
  }
  return out;
}

const CITE = new RegExp(`《((?:[^《》]|《[^《》]*》){2,160})》\\s*(?:[（(]\\s*(${DOC_NUMBER.source})\\s*[）)])?`, 'g');
/** An unquoted notice title cited with its 文号: 根据国务院办公厅关于印发…的通知（国办发〔2023〕5号）精神. */
const CITE_BARE = new RegExp(
  `(?:根据|按照|依据|贯彻落实|落实|贯彻|对照|结合|参照|和|、)\\s*([^，。；;《》、（）()]{6,90}?(?:的通知|工作要点|实施方案|的意见))\\s*[（(]\\s*(${DOC_NUMBER.source})\\s*[）)]`,
  'g',
);

/**
 * Superior documents cited as 《title》 with an optional （文号） right after, or unquoted with
 * a 文号 (根据…的通知（国办发〔2023〕5号）精神). The plan's own titles and 文号 are not citations.
 * @example findReferences(['为贯彻落实《国务院办公厅关于印发2023年政务公开工作要点的通知》（国办发〔2023〕5号）精神'], [null])
 * // → [{ title: '国务院办公厅关于印发2023年政务公开工作要点的通知', docNumber: '国办发〔2023〕5号', planTitle: '2023年政务公开工作要点' }]
 */
export function findReferences(texts: string[], ownTitles: (string | null)[], ownNumbers: (string | null)[] = []): Reference[] {
  const own = new Set(ownTitles.filter((t): t is string => !!t).map((t) => squeeze(unquote(t))));
  const ownNo = new Set(ownNumbers.filter((t): t is string => !!t).map((t) => asciiDigits(squeeze(t))));
  const found: { at: number; text: number; title: string; docNumber: string | null }[] = [];
  texts.forEach((text, ti) => {
    for (const m of text.matchAll(CITE)) found.push({ at: m.index ?? 0, text: ti, title: squeeze(m[1] ?? ''), docNumber: m[2] ? squeeze(m[2]) : null });
    for (const m of text.matchAll(CITE_BARE)) {
      const title = squeeze(m[1] ?? '').replace(/^(精神|要求|部署)/, '');
      if (/^(现将|将|经)/.test(title)) continue;
      found.push({ at: (m.index ?? 0) + m[0].indexOf(m[1]!), text: ti, title, docNumber: squeeze(m[2] ?? '') });
    }
  });
  found.sort((a, b) => a.text - b.text || a.at - b.at);
  const out: Reference[] = [];
  for (const f of found) {
    const title = f.title;
    if (!title || own.has(title) || !CITES_PLAN.test(title)) continue;
    if (f.docNumber && ownNo.has(asciiDigits(f.docNumber))) continue;
    const existing = out.find((r) => r.title === title);
    if (existing) {
      existing.docNumber ??= f.docNumber;
      continue;
    }
    const planTitle = plannedTitle(title);
    if (planTitle && own.has(squeeze(planTitle))) continue;
    out.push({ title, docNumber: f.docNumber, planTitle });
  }
  return out;
}
