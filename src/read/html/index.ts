import { EmptyDocumentError } from '../../errors.js';
import type { ParseWarning } from '../../model/plan.js';
import type { Block, DocumentMetadata, ReadDocument, ReadOptions } from '../types.js';
import { decodeHtml } from './charset.js';
import { chromeLineKind, type ChromeKind } from './chrome.js';
import { metadataField, metadataLine, setMetadata } from './metadata.js';
import { MAX_HTML_DEPTH, scanHtml, type Container, type HtmlItem, type HtmlTable } from './scan.js';

/** class or id words of the elements government sites put the article in. */
const CONTENT_NAME = /(content|article|zoom|trs_editor|view|detail|main|text|zhengwen|wzcon|news_con|pages?_con|conTxt|xxgk_con)/i;

/**
 * The element holding the article: among elements named like content containers, the one with the
 * most Chinese text outside links, if it holds at least half of the page's; otherwise the deepest
 * element holding most of the page's text outside links (the block with the most Chinese and the
 * fewest links).
 */
function articleRange(containers: Container[], total: number): { from: number; to: number } | null {
  const score = (c: Container) => c.cjk - 2 * c.linkCjk;
  const body = containers.reduce((m, c) => Math.max(m, score(c)), 0);
  if (body === 0) return null;
  let best: Container | null = null;
  for (const c of containers) {
    if (!CONTENT_NAME.test(c.names) || score(c) < body * 0.5) continue;
    if (!best || score(c) > score(best) || (score(c) === score(best) && c.depth > best.depth)) best = c;
  }
  if (best) {
    // the deepest named container that still holds nearly all of it: #zoom inside .article inside .main
    const top = best;
    for (const c of containers) {
      if (CONTENT_NAME.test(c.names) && c.from >= top.from && c.to <= top.to && score(c) >= score(top) * 0.85 && c.depth > best.depth) best = c;
    }
  } else {
    for (const c of containers) {
      if (score(c) < body * 0.75) continue;
      if (!best || c.depth > best.depth) best = c;
    }
  }
  return best && best.to > best.from ? { from: best.from, to: best.to } : { from: 0, to: total };
}

/** Whether a table is the 政府信息公开 metadata table: label cells such as 索引号 and 发文字号. */
function metadataTable(t: HtmlTable): [keyof DocumentMetadata, string][] | null {
  const pairs: [keyof DocumentMetadata, string][] = [];
  t.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (t.merged[r]?.[c]) return;
      const field = metadataField(cell);
      if (field) {
        // the value is the next cell; an empty one means the page has no such value
        const value = row[c + 1];
        if (value && !metadataField(value)) pairs.push([field, value]);
        return;
      }
      const inline = /^([^:：]{1,8})[:：]\s*(.+)$/.exec(cell);
      const f = inline ? metadataField(inline[1]!) : null;
      if (f) pairs.push([f, inline![2]!]);
    });
  });
  const fields = new Set(pairs.map(([f]) => f));
  return fields.size >= 2 && (fields.has('indexNumber') || fields.has('docNumber') || fields.has('issuer') || fields.has('date')) ? pairs : null;
}

const CHROME_WORDS: Record<ChromeKind, string> = {
  breadcrumb: 'breadcrumb',
  'related links': 'related-links line',
  'site footer': 'site-footer line',
  'page tools': 'page-tools line',
  'previous/next links': 'previous/next link',
};

/**
 * Reads a saved government web page (UTF-8, GBK, GB2312 or GB18030, told by BOM or `<meta>`):
 * finds the article body, drops the site chrome around and inside it (navigation, header, footer,
 * breadcrumbs, related links, 网站标识码 / ICP备 / 公网安备 lines, print / close / share / font-size
 * tools, previous / next links, scripts), keeps `<p>`, `<br>`, `<div>`, `<li>` and headings as
 * separate lines, reads tables with colspan and rowspan resolved, and takes the 政府信息公开
 * metadata table (索引号, 发布机构, 发文字号, 成文日期 …), the same labels written as lines, and
 * `<meta name="ArticleTitle|PubDate|ContentSource">` into `metadata`. Everything dropped is
 * counted in warnings.
 * @throws {@link EmptyDocumentError} when the page has no text
 * @example
 * const doc = readHtml(fs.readFileSync('notice.html'), { source: 'notice.html' });
 * doc.metadata.docNumber; // { value: '沈政公领发〔2022〕1号', from: 'html-meta-table' }
 * doc.warnings;           // [{ code: 'site-chrome-dropped', message: 'dropped 1 breadcrumb, 12 navigation lines, …' }]
 */
export function readHtml(bytes: Uint8Array, options: ReadOptions = {}): ReadDocument {
  const source = options.source ?? null;
  const { text } = decodeHtml(bytes);
  const scan = scanHtml(text);
  const metadata: DocumentMetadata = {};
  const warnings: ParseWarning[] = [];
  const counts = new Map<string, number>();
  const count = (what: string, n = 1) => counts.set(what, (counts.get(what) ?? 0) + n);

  // metadata tables anywhere on the page (they often sit outside the article)
  const items: HtmlItem[] = [];
  for (const item of scan.items) {
    const pairs = item.kind === 'table' ? metadataTable(item) : null;
    if (pairs) {
      for (const [field, value] of pairs) setMetadata(metadata, field, value, 'html-meta-table');
      count('metadata table');
    } else items.push(item);
  }

  const range = articleRange(scan.containers, Number.MAX_SAFE_INTEGER);
  const blocks: Block[] = [];
  // the article's title is often a heading just above the body container
  if (range) {
    const before = items.filter((i) => i.seq < range.from);
    const heading = [...before].reverse().find((i) => i.kind === 'line' && !i.chrome && (i.heading ?? 9) <= 3 && /[\u4e00-\u9fff]{4}/.test(i.text));
    if (heading && heading.kind === 'line') blocks.push({ kind: 'paragraph', text: heading.text, hints: { heading: heading.heading!, centred: true } });
  }
  for (const item of items) {
    const inside = !range || (item.seq >= range.from && item.seq < range.to);
    if (item.kind === 'table') {
      if (!inside || item.chrome) {
        count('table outside the article');
        continue;
      }
      blocks.push({ kind: 'table', rows: item.rows, merged: item.merged, mergedFrom: item.mergedFrom });
      continue;
    }
    const kind = chromeLineKind(item.text);
    const meta = metadataLine(item.text);
    if (meta) {
      // label lines anywhere on the page fill the metadata; inside the article they are not text
      setMetadata(metadata, meta.field, meta.value, 'html-meta-lines');
      count('metadata line');
      continue;
    }
    if (kind) {
      count(CHROME_WORDS[kind]);
      continue;
    }
    if (item.chrome) {
      count('navigation line');
      continue;
    }
    if (!inside) {
      count('line outside the article');
      continue;
    }
    if (item.linkChars >= item.text.length * 0.9 && item.text.length <= 60) {
      count('link line');
      continue;
    }
    const block: Block = { kind: 'paragraph', text: item.text };
    if (item.heading || item.centred) block.hints = { ...(item.heading ? { heading: item.heading } : {}), ...(item.centred ? { centred: true } : {}) };
    blocks.push(block);
  }

  const tag = (name: string) => scan.metaTags.get(name.toLowerCase());
  if (tag('ArticleTitle')) setMetadata(metadata, 'title', tag('ArticleTitle')!, 'html-meta-tag');
  if (tag('PubDate')) setMetadata(metadata, 'published', tag('PubDate')!, 'html-meta-tag');
  if (tag('ContentSource')) setMetadata(metadata, 'issuer', tag('ContentSource')!, 'html-meta-tag');
  if (!metadata.title && scan.title) {
    // "<notice title>_<column>_<site>": the first part is the document's
    const first = scan.title.split(/\s*[_|｜]\s*|\s+-\s+/)[0]!.trim();
    if (/[\u4e00-\u9fff]{4}/.test(first)) metadata.title = { value: first, from: 'html-title' };
  }

  if (blocks.length === 0) throw new EmptyDocumentError(`the web page has no article text`, source);
  if (scan.scripts > 0) count(scan.scripts === 1 ? 'script or style' : 'scripts and styles', scan.scripts);
  const parts = [...counts].map(([what, n]) => `${n} ${n === 1 || what.startsWith('scripts') ? what : plural(what)}`);
  if (parts.length) warnings.push({ code: 'site-chrome-dropped', line: null, message: `dropped ${parts.join(', ')}` });
  if (scan.flattened > 0) {
    warnings.push({ code: 'flattened-nesting', line: null, message: `${scan.flattened} element(s) nested deeper than ${MAX_HTML_DEPTH} levels were read as siblings of the element at that depth: their text is kept, their nesting is not` });
  }
  return { format: 'html', blocks, metadata, warnings, source };
}

function plural(what: string): string {
  if (what.endsWith('outside the article')) return what.replace(/^(\w+)/, '$1s');
  if (what.endsWith('breadcrumb')) return `${what}s`;
  return what.replace(/(line|link|table)$/, '$1s');
}
