import { Tokenizer } from 'htmlparser2';
import { isChromeElement } from './chrome.js';
import { pushAll } from '../../model/arrays.js';

/** A line of the page as a browser would break it, with what the scanner learnt about it. */
export interface HtmlLine {
  kind: 'line';
  /** Order of appearance in the page. */
  seq: number;
  text: string;
  /** Characters of the line inside links. */
  linkChars: number;
  /** Emitted inside a navigation, header, footer or other chrome element. */
  chrome: boolean;
  heading?: number;
  centred?: boolean;
}

/** A table of the page, merged cells resolved. */
export interface HtmlTable {
  kind: 'table';
  seq: number;
  rows: string[][];
  merged: boolean[][];
  mergedFrom: ('left' | 'above' | null)[][];
  chrome: boolean;
}

export type HtmlItem = HtmlLine | HtmlTable;

/** An element that may hold the article: its tag, names, and what it holds. */
export interface Container {
  tag: string;
  names: string;
  depth: number;
  /** First and past-last `seq` of the lines inside. */
  from: number;
  to: number;
  /** CJK characters inside, and those inside links. */
  cjk: number;
  linkCjk: number;
}

export interface ScanResult {
  items: HtmlItem[];
  containers: Container[];
  /** `<meta name=… content=…>` by lower-cased name. */
  metaTags: Map<string, string>;
  /** The `<title>` text. */
  title: string;
  /** Script and style elements skipped. */
  scripts: number;
  /** Elements opened deeper than {@link MAX_HTML_DEPTH}, read as siblings of the innermost one. */
  flattened: number;
}

interface Cell {
  items: HtmlItem[];
  colspan: number;
  rowspan: number;
}

interface TableContext {
  rows: Cell[][];
  cell: Cell | null;
  seq: number;
  /** `items` of the enclosing sink, where the table's result goes. */
  parent: HtmlItem[];
}

const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'main',
  'header', 'footer', 'nav', 'aside', 'blockquote', 'center', 'pre', 'hr', 'form', 'address', 'figure', 'figcaption',
  'table', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption', 'body', 'html', 'title', 'option', 'fieldset', 'legend',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'select', 'textarea', 'button']);
const CONTAINER = new Set(['div', 'td', 'article', 'section', 'main', 'body', 'center', 'form', 'span', 'font']);
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
/** Bounds on spans from the page's attributes, so a hostile colspan cannot blow up a grid. */
const MAX_SPAN = 64;
const MAX_CELLS = 200_000;
/** How far down the open elements an end tag or an implied end is looked for. */
const CLOSE_SEARCH = 256;
/**
 * Deepest element nesting kept, as in Chromium's parser (512): an element opened deeper is read as
 * a sibling of the innermost one — the text stays, the deeper structure goes — so the open
 * elements stay bounded whatever the page.
 */
export const MAX_HTML_DEPTH = 512;
const IMPLIED_SEARCH = 64;
const TABLE_SCOPE = new Set(['table']);
const IMPLIED = new Map<string, { closes: string[]; scope: ReadonlySet<string> }>([
  ['td', { closes: ['td', 'th'], scope: new Set(['table', 'tr']) }],
  ['th', { closes: ['td', 'th'], scope: new Set(['table', 'tr']) }],
  ['tr', { closes: ['tr'], scope: TABLE_SCOPE }],
  ['thead', { closes: ['thead', 'tbody', 'tfoot'], scope: TABLE_SCOPE }],
  ['tbody', { closes: ['thead', 'tbody', 'tfoot'], scope: TABLE_SCOPE }],
  ['tfoot', { closes: ['thead', 'tbody', 'tfoot'], scope: TABLE_SCOPE }],
  ['li', { closes: ['li'], scope: new Set(['ul', 'ol']) }],
  ['dt', { closes: ['dt', 'dd'], scope: new Set(['dl']) }],
  ['dd', { closes: ['dt', 'dd'], scope: new Set(['dl']) }],
  ['option', { closes: ['option'], scope: new Set(['select']) }],
]);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'isindex']);

interface Handler {
  onopentag(tag: string, attribs: Record<string, string>): void;
  onclosetag(tag: string): void;
  ontext(text: string): void;
}

/**
 * Drives htmlparser2's tokenizer directly. Its Parser keeps open elements in an array it shifts
 * and unshifts, which costs time in proportion to the depth for every tag — quadratic on a page
 * nested 200,000 deep; here the open elements are the scanner's own stack, pushed and popped.
 */
function tokenize(html: string, handler: Handler): void {
  let tag = '';
  let attribs: Record<string, string> = {};
  let name = '';
  let value = '';
  const endOpen = () => {
    if (!tag) return;
    handler.onopentag(tag, attribs);
    if (VOID.has(tag)) handler.onclosetag(tag);
    tag = '';
  };
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname: (s, e) => {
        tag = html.slice(s, e).toLowerCase();
        attribs = {};
      },
      onattribname: (s, e) => {
        name = html.slice(s, e).toLowerCase();
        value = '';
      },
      onattribdata: (s, e) => {
        value += html.slice(s, e);
      },
      onattribentity: (cp) => {
        value += String.fromCodePoint(cp);
      },
      onattribend: () => {
        if (!(name in attribs)) attribs[name] = value;
      },
      onopentagend: endOpen,
      onselfclosingtag: endOpen,
      onclosetag: (s, e) => {
        const closing = html.slice(s, e).toLowerCase();
        if (closing === 'br') {
          handler.onopentag('br', {});
          handler.onclosetag('br');
        } else if (!VOID.has(closing)) handler.onclosetag(closing);
      },
      ontext: (s, e) => handler.ontext(html.slice(s, e)),
      ontextentity: (cp) => handler.ontext(String.fromCodePoint(cp)),
      oncdata: () => undefined,
      oncomment: () => undefined,
      ondeclaration: () => undefined,
      onprocessinginstruction: () => undefined,
      onend: () => undefined,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
}

const isHeading = (tag: string) => tag.length === 2 && tag[0] === 'h' && tag[1]! >= '1' && tag[1]! <= '6';

function countCjk(s: string): number {
  return s.match(CJK)?.length ?? 0;
}

function isCentred(tag: string, attribs: Record<string, string>): boolean {
  if (tag === 'center') return true;
  if ((attribs.align ?? '').toLowerCase() === 'center') return true;
  return /text-align\s*:\s*center/i.test(attribs.style ?? '');
}

/**
 * Reads a page in one streaming pass (htmlparser2 callbacks, an explicit element stack, no
 * recursion, so nesting depth costs nothing but memory): lines broken where a browser breaks
 * them (block elements, `<br>`), tables with their spans resolved, chrome elements marked, and
 * for each possible article container the range of lines it holds and how much Chinese text
 * (outside and inside links) it has.
 */
export function scanHtml(html: string): ScanResult {
  const items: HtmlItem[] = [];
  const containers: Container[] = [];
  const metaTags = new Map<string, string>();
  let title = '';
  let scripts = 0;
  let flattened = 0;

  let seq = 0;
  let cjk = 0;
  let linkCjk = 0;
  let link = 0;
  let chrome = 0;
  let skip = 0;
  let inTitle = false;
  let pre = 0;
  let line = '';
  let lineLink = 0;
  let lineHeading: number | undefined;
  let lineCentred = false;
  let centred = 0;
  const headings: number[] = [];

  const tables: TableContext[] = [];
  const stack: { tag: string; container: number; chrome: boolean; centred: boolean }[] = [];

  const sink = (): HtmlItem[] => {
    const t = tables[tables.length - 1];
    return t?.cell ? t.cell.items : (t?.parent ?? items);
  };

  const flush = () => {
    const text = line === '' ? '' : line.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '').replace(/[ \t\r\n\f]+/g, ' ');
    if (text !== '') {
      const item: HtmlLine = { kind: 'line', seq: seq++, text, linkChars: Math.min(lineLink, text.length), chrome: chrome > 0 };
      if (lineHeading) item.heading = lineHeading;
      if (lineCentred || centred > 0) item.centred = true;
      sink().push(item);
    }
    line = '';
    lineLink = 0;
    lineHeading = headings[headings.length - 1];
    lineCentred = false;
  };

  const closeTable = () => {
    flush();
    const t = tables.pop()!;
    const result = resolveTable(t);
    const parent = t.parent;
    if (result) parent.push({ ...result, seq: t.seq, chrome: chrome > 0 });
    else for (const row of t.rows) for (const cell of row) pushAll(parent, cell.items); // a layout table
  };

  const handler = {
      onopentag(tag: string, attribs: Record<string, string>) {
        closeImplied(tag);
        if (stack.length >= MAX_HTML_DEPTH && !VOID.has(tag)) {
          flattened++;
          closeElement(stack.pop()!);
        }
        if (skip > 0 || SKIP.has(tag)) {
          if (SKIP.has(tag)) scripts += tag === 'script' || tag === 'style' ? 1 : 0;
          skip++;
          stack.push({ tag, container: -1, chrome: false, centred: false });
          return;
        }
        if (tag === 'meta') {
          const name = (attribs.name ?? attribs.property ?? '').toLowerCase();
          if (name && attribs.content) metaTags.set(name, attribs.content);
        }
        if (tag === 'title') inTitle = true;
        if (tag === 'br') {
          flush();
          stack.push({ tag, container: -1, chrome: false, centred: false });
          return;
        }
        if (BLOCK.has(tag)) flush();
        const isChrome = isChromeElement(tag, attribs);
        if (isChrome) chrome++;
        const c = isCentred(tag, attribs);
        if (c) centred++;
        if (isHeading(tag)) {
          headings.push(Number(tag[1]));
          lineHeading = Number(tag[1]);
        }
        if (tag === 'a') link++;
        if (tag === 'pre') pre++;
        let container = -1;
        const names = `${attribs.class ?? ''} ${attribs.id ?? ''}`.trim();
        if (CONTAINER.has(tag) || (names && tag !== 'a')) {
          container = containers.length;
          containers.push({ tag, names, depth: stack.length, from: seq, to: seq, cjk, linkCjk });
        }
        if (tag === 'table') tables.push({ rows: [], cell: null, seq, parent: sink() });
        const t = tables[tables.length - 1];
        if (t && tag === 'tr') t.rows.push([]);
        if (t && (tag === 'td' || tag === 'th')) {
          if (t.rows.length === 0) t.rows.push([]);
          const span = (v: string | undefined) => Math.min(MAX_SPAN, Math.max(1, Number.parseInt(v ?? '1', 10) || 1));
          t.cell = { items: [], colspan: span(attribs.colspan), rowspan: span(attribs.rowspan) };
          t.rows[t.rows.length - 1]!.push(t.cell);
        }
        stack.push({ tag, container, chrome: isChrome, centred: c });
      },
      ontext(text: string) {
        if (skip > 0) return;
        if (inTitle) {
          title += text;
          return;
        }
        const n = countCjk(text);
        cjk += n;
        if (link > 0) {
          linkCjk += n;
          lineLink += text.trim().length;
        }
        if (pre > 0 && text.includes('\n')) {
          const parts = text.split('\n');
          parts.forEach((p, i) => {
            if (i > 0) flush();
            line += p;
          });
          return;
        }
        line += text;
      },
      onclosetag(tag: string) {
        // the matching element, if open near the top: the elements above it were left unclosed
        const at = openAt(tag, CLOSE_SEARCH);
        if (at < 0) return;
        while (stack.length > at) closeElement(stack.pop()!);
      },
  };

  /** Index of the nearest open element named `tag` within `limit` levels of the top, or -1. */
  function openAt(tag: string, limit: number, stopAt?: ReadonlySet<string>): number {
    for (let i = stack.length - 1; i >= 0 && i >= stack.length - limit; i--) {
      if (stack[i]!.tag === tag) return i;
      if (stopAt?.has(stack[i]!.tag)) return -1;
    }
    return -1;
  }

  /** The end tags HTML lets a page leave out: a new cell ends the cell before it, and so on. */
  function closeImplied(tag: string): void {
    const rule = IMPLIED.get(tag);
    if (rule) {
      for (const open of rule.closes) {
        const at = openAt(open, IMPLIED_SEARCH, rule.scope);
        if (at >= 0) {
          while (stack.length > at) closeElement(stack.pop()!);
          return;
        }
      }
    }
    if (BLOCK.has(tag) && stack[stack.length - 1]?.tag === 'p') closeElement(stack.pop()!);
  }

  function closeElement(el: { tag: string; container: number; chrome: boolean; centred: boolean }): undefined {
    const tag = el.tag;
    if (skip > 0) {
      skip--;
      return undefined;
    }
    if (tag === 'title') {
      inTitle = false;
      return undefined;
    }
    if (BLOCK.has(tag)) flush();
    const t = tables[tables.length - 1];
    if (t && (tag === 'td' || tag === 'th')) t.cell = null;
    if (t && tag === 'table') closeTable();
    if (isHeading(tag)) {
      headings.pop();
      lineHeading = headings[headings.length - 1];
    }
    if (tag === 'a') link = Math.max(0, link - 1);
    if (tag === 'pre') pre = Math.max(0, pre - 1);
    if (el.chrome) chrome--;
    if (el.centred) centred--;
    if (el.container >= 0) {
      const c = containers[el.container]!;
      c.to = seq;
      c.cjk = cjk - c.cjk;
      c.linkCjk = linkCjk - c.linkCjk;
      // an element without Chinese text can never be the article: dropped while it is the last
      // one recorded, so that millions of empty wrappers cost no memory
      if (c.cjk === 0 && c.linkCjk === 0 && el.container === containers.length - 1) containers.pop();
    }
    return undefined;
  }

  tokenize(html, handler);
  while (stack.length > 0) closeElement(stack.pop()!);
  while (tables.length > 0) closeTable();
  flush();
  return { items, containers, metaTags, title: title.trim(), scripts, flattened };
}

function cellText(cell: Cell): string {
  return cell.items
    .filter((i): i is HtmlLine => i.kind === 'line')
    .map((i) => i.text)
    .join(' ')
    .trim();
}

/**
 * The grid of a table with colspan and rowspan resolved, or null when the table is for layout
 * (one cell, a table inside a cell, or a cell as long as an article).
 */
function resolveTable(t: TableContext): Omit<HtmlTable, 'seq' | 'chrome'> | null {
  const rows = t.rows.filter((r) => r.length > 0);
  if (rows.length === 0) return null;
  const cellsCount = rows.reduce((n, r) => n + r.length, 0);
  if (cellsCount <= 1 || cellsCount > MAX_CELLS) return null;
  for (const row of rows) for (const cell of row) {
    if (cell.items.some((i) => i.kind === 'table')) return null;
    if (cellText(cell).length > 1500) return null;
  }
  const grid: (string | undefined)[][] = [];
  const merged: boolean[][] = [];
  const from: ('left' | 'above' | null)[][] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    merged[r] ??= [];
    from[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c] !== undefined) c++;
      const text = cellText(cell);
      const rowspan = Math.min(cell.rowspan, rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < cell.colspan; dc++) {
          const rr = r + dr;
          grid[rr] ??= [];
          merged[rr] ??= [];
          from[rr] ??= [];
          grid[rr]![c + dc] = text;
          merged[rr]![c + dc] = dr > 0 || dc > 0;
          from[rr]![c + dc] = dr > 0 ? 'above' : dc > 0 ? 'left' : null;
        }
      }
      c += cell.colspan;
    }
  });
  const width = grid.reduce((m, r) => Math.max(m, r.length), 0);
  return {
    kind: 'table',
    rows: grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')),
    merged: merged.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? false)),
    mergedFrom: from.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)),
  };
}
