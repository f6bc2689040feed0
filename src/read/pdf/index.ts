import { UnreadableDocumentError } from '../../errors.js';
import type { ParseWarning } from '../../model/plan.js';
import type { DocumentMetadata, ReadDocument, ReadOptions } from '../types.js';
import { cMapFactory, type CMapLoads } from './cmaps.js';
import { layoutPages } from './layout.js';
import type { PageContent, Rule, TextRun } from './page.js';

/** Options of {@link readPdf}. */
export interface PdfReadOptions extends ReadOptions {
  /** Pages read at most (default 500); the rest are skipped with a warning. */
  maxPages?: number;
  /** Time allowed for reading, in milliseconds (default 8,000); later pages are skipped with a warning. */
  timeLimitMs?: number;
}

/**
 * Default page cap of {@link readPdf}: far above any work plan, low enough that a file claiming
 * 100,000 pages is read in seconds (pdf.js finds page n by walking the page tree, so the time to
 * reach the pages grows faster than their number).
 */
export const DEFAULT_MAX_PAGES = 500;
const DEFAULT_TIME_LIMIT_MS = 8_000;
/**
 * pdf.js finds page n by walking the page tree from its root, over every kid before it: in a flat
 * tree of N pages, reading k pages costs about k × N steps. Past this many steps fewer pages are
 * read (never fewer than {@link MIN_PAGES}), so a file claiming 100,000 pages ends in a second.
 */
const PAGE_TREE_STEPS = 2_000_000;
const MIN_PAGES = 20;

type PdfJs = typeof import('unpdf');
type Proxy = Awaited<ReturnType<PdfJs['getDocumentProxy']>>;
type PageProxy = Awaited<ReturnType<Proxy['getPage']>>;
type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/**
 * The ruling lines of a page from its drawing operators: every painted path's bounding box (pdf.js
 * gives it with the path), put through the current transformation matrix. Thin boxes are rules;
 * a stroked rectangle gives its four edges. Best effort: a page whose operators fail has no rules,
 * and its tables are then read as text.
 */
async function pageRules(page: PageProxy, ops: Record<string, number>): Promise<Rule[]> {
  const rules: Rule[] = [];
  let list: { fnArray: number[]; argsArray: unknown[] };
  try {
    list = await page.getOperatorList();
  } catch {
    return rules;
  }
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill]);
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && args && args.length === 6) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const box = args[2] as ArrayLike<number> | null | undefined;
      if (!box || box.length !== 4 || !(strokes.has(paint) || fills.has(paint))) continue;
      const [ax, ay] = apply(ctm, box[0]!, box[1]!);
      const [bx, by] = apply(ctm, box[2]!, box[3]!);
      const r: Rule = { x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) };
      const thin = r.x1 - r.x0 <= 2.5 || r.y1 - r.y0 <= 2.5;
      if (thin) rules.push(r);
      else if (strokes.has(paint)) {
        rules.push({ ...r, y1: r.y0 }, { ...r, y0: r.y1 }, { ...r, x1: r.x0 }, { ...r, x0: r.x1 });
      }
    }
  }
  return rules;
}

/**
 * Whether a page's text looks like it could hold a table: several baselines carrying runs set
 * apart by a gap. Reading the drawing operators costs as much as reading the text, so pages of
 * plain prose skip it.
 */
function mayHoldTable(runs: readonly TextRun[]): boolean {
  const byLine = new Map<number, TextRun[]>();
  for (const r of runs) {
    if (r.text.trim() === '') continue;
    const key = Math.round(r.y / Math.max(1, r.size * 0.5));
    const list = byLine.get(key) ?? [];
    list.push(r);
    byLine.set(key, list);
  }
  let split = 0;
  for (const list of byLine.values()) {
    list.sort((a, b) => a.x - b.x);
    for (let i = 1; i < list.length; i++) {
      if (list[i]!.x - (list[i - 1]!.x + list[i - 1]!.width) > list[i]!.size * 0.6) {
        split++;
        break;
      }
    }
    if (split >= 2) return true;
  }
  return false;
}

async function pageContent(page: PageProxy, number: number, ops: Record<string, number>): Promise<PageContent> {
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    runs.push({ text: item.str, x: e! - x0, y: f! - y0, width: item.width, size: Math.hypot(c!, d!) || Math.hypot(a!, b!) });
  }
  const rules = (mayHoldTable(runs) ? await pageRules(page, ops) : []).map((r) => ({ x0: r.x0 - x0, y0: r.y0 - y0, x1: r.x1 - x0, y1: r.y1 - y0 }));
  page.cleanup();
  return { number, width: x1 - x0, height: y1 - y0, runs, rules };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), Math.max(0, ms));
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Whether any of these pages paints an image: a PDF without text is called scanned only when it
 * has images, not when its pages are empty (a broken page tree that pdf.js repaired, say).
 * Undecided (an error, the time limit) counts as images, the message of old.
 */
async function paintsImages(pdf: Proxy, numbers: number[], ops: Record<string, number>, deadline: number): Promise<boolean> {
  const painting = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintImageXObjectRepeat, ops.paintInlineImageXObjectGroup, ops.paintImageMaskXObjectGroup, ops.paintImageMaskXObjectRepeat, ops.paintSolidColorImageMask]);
  for (const n of numbers) {
    const list = await withTimeout(
      pdf.getPage(n).then((p) => p.getOperatorList()),
      Math.max(1000, deadline - Date.now()),
    ).catch(() => 'timeout' as const);
    if (list === 'timeout' || list.fnArray.some((fn) => painting.has(fn))) return true;
  }
  return false;
}

/** "page 3", "pages 2–5, 9": page numbers in ascending order, runs joined. */
function pageList(numbers: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    runs.push(j > i ? `${numbers[i]}–${numbers[j]}` : `${numbers[i]}`);
    i = j + 1;
  }
  return `page${numbers.length === 1 ? '' : 's'} ${runs.join(', ')}`;
}

/** A document title from the PDF info, unless it is a file name or a tool's placeholder. */
function infoTitle(info: unknown): string | null {
  const title = (info as { Title?: unknown } | null)?.Title;
  if (typeof title !== 'string') return null;
  const t = title.trim();
  if (!/[\u4e00-\u9fff]{2}/.test(t) || /\.(docx?|wps|pdf|txt|html?)$/i.test(t) || /^Microsoft Word/i.test(t)) return null;
  return t;
}

/**
 * Reads a PDF with a text layer into blocks: lines rebuilt from positioned text runs, paragraphs
 * from indentation, line gaps and line ends, ruled tables cell by cell; running headers, footers and
 * page numbers dropped and counted in a warning; paragraphs cut by a page break joined. pdf.js (the
 * `unpdf` build) is loaded on first use.
 * @throws {@link UnreadableDocumentError} for a scanned PDF without a text layer, a password-
 * protected PDF, or a file pdf.js cannot open
 * @example
 * const doc = await readPdf(fs.readFileSync('plan.pdf'), { source: 'plan.pdf' });
 * doc.blocks[0];   // { kind: 'paragraph', text: '沈阳市政务公开领导小组文件', … }
 * doc.warnings[0]; // { code: 'page-furniture-dropped', message: 'dropped 15 page numbers, 15 running headers', line: null }
 */
export async function readPdf(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<ReadDocument> {
  const source = options.source ?? null;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const deadline = Date.now() + (options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
  const fail = (why: string) => new UnreadableDocumentError(`${why}`, source, 'pdf');
  const pdfjs = await import('unpdf');
  const { OPS } = (await pdfjs.getResolvedPDFJS()) as unknown as { OPS: Record<string, number> };
  const loads: CMapLoads = { missing: new Set() };
  let pdf: Proxy;
  try {
    // pdf.js works on its own copy: it may detach the buffer it is given
    const opened = pdfjs.getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0,
      stopAtErrors: false,
      useWorkerFetch: false,
      cMapPacked: true,
      BinaryDataFactory: cMapFactory(options.cMapUrl, loads),
    } as Parameters<PdfJs['getDocumentProxy']>[1]);
    const result = await withTimeout(opened, deadline - Date.now());
    if (result === 'timeout') throw fail('the PDF could not be opened in the time allowed');
    pdf = result;
  } catch (error) {
    if (error instanceof UnreadableDocumentError) throw error;
    const name = (error as { name?: string } | null)?.name ?? '';
    if (name === 'PasswordException') throw fail('the PDF is protected by a password; open it with the password and save an unprotected copy (or its text) to read it');
    throw fail(`not a readable PDF (${(error as Error)?.message ?? String(error)})`);
  }
  const warnings: ParseWarning[] = [];
  const pages: PageContent[] = [];
  try {
    const total = pdf.numPages;
    const cap = Math.min(maxPages, Math.max(MIN_PAGES, Math.floor(PAGE_TREE_STEPS / Math.max(1, total))));
    const last = Math.min(total, cap);
    if (total > cap) warnings.push({ code: 'pages-skipped', line: null, message: `the PDF has ${total} pages; read the first ${cap}` });
    const seen = new Map<string, number>();
    const repeated: number[] = [];
    const failed = new Map<string, number[]>();
    const readPage = async (n: number): Promise<PageContent | 'repeat'> => {
      const p = await pdf.getPage(n);
      // a page tree may list one page object many times: read it once
      const ref = p.ref ? `${p.ref.num} ${p.ref.gen}` : null;
      if (ref !== null && seen.has(ref)) return 'repeat';
      if (ref !== null) seen.set(ref, n);
      return pageContent(p, n, OPS);
    };
    for (let n = 1; n <= last; n++) {
      const left = deadline - Date.now();
      const result = left > 0 ? await withTimeout(readPage(n), left).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))) : 'timeout';
      if (result === 'timeout') {
        warnings.push({ code: 'pages-skipped', line: null, message: `reading stopped at the time limit: pages ${n}–${last} were not read` });
        break;
      }
      if (result === 'repeat') {
        repeated.push(n);
        continue;
      }
      if (result instanceof Error) {
        const list = failed.get(result.message) ?? [];
        list.push(n);
        failed.set(result.message, list);
        continue;
      }
      pages.push(result);
    }
    // one warning per reason, not one per page: a broken page tree fails every page the same way
    for (const [why, numbers] of failed) {
      warnings.push({ code: 'page-unreadable', line: null, message: `${pageList(numbers)} could not be read (${why}); skipped` });
    }
    if (repeated.length > 0) {
      warnings.push({ code: 'pages-skipped', line: null, message: `${pageList(repeated)} repeat${repeated.length === 1 ? 's' : ''} a page already read (the page tree lists one page object more than once); skipped` });
    }
    const metadata: DocumentMetadata = {};
    const info = await withTimeout(pdf.getMetadata().catch(() => null), Math.max(1000, deadline - Date.now()));
    const title = info && info !== 'timeout' ? infoTitle(info.info) : null;
    if (title) metadata.title = { value: title, from: 'pdf-info' };

    const withText = pages.filter((p) => p.runs.some((r) => r.text.trim() !== ''));
    if (withText.length === 0) {
      if (pages.length === 0) {
        const first = [...failed][0];
        throw fail(`no page of the PDF could be read${first ? ` (page ${first[1][0]}: ${first[0]})` : ''}`);
      }
      if (loads.missing.size > 0) {
        throw fail(`the PDF's Chinese fonts are not embedded and their character maps (${[...loads.missing].join(', ')}) could not be loaded${options.cMapUrl ? ` from ${String(options.cMapUrl)}` : ''}; serve data/pdf-cmaps/ and pass its URL as cMapUrl`);
      }
      if (!(await paintsImages(pdf, pages.slice(0, 3).map((p) => p.number), OPS, deadline))) {
        throw fail(`the PDF's pages hold neither text nor images (${pages.length} page${pages.length === 1 ? '' : 's'} read): there is nothing to read`);
      }
      throw fail(`a scanned PDF without a text layer (${total} page${total === 1 ? '' : 's'} of images, no text): OCR is needed to read it, or the text version of the document`);
    }
    const empty = pages.filter((p) => !withText.includes(p)).map((p) => p.number);
    if (empty.length > 0) {
      warnings.push({ code: 'pages-without-text', line: null, message: `page${empty.length === 1 ? '' : 's'} ${empty.join(', ')} ha${empty.length === 1 ? 's' : 've'} no text layer (scanned?) and ${empty.length === 1 ? 'was' : 'were'} skipped` });
    }
    const layout = layoutPages(withText);
    return { format: 'pdf', blocks: layout.blocks, metadata, warnings: [...warnings, ...layout.warnings], source };
  } finally {
    void pdf.destroy().catch(() => undefined);
  }
}
