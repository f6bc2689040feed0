import { UnreadableDocumentError } from '../../errors.js';
import type { ParseWarning } from '../../model/plan.js';
import type { Block, ReadDocument, ReadOptions } from '../types.js';

/** The part of word-extractor's document we use. */
interface ExtractedDocument {
  getBody(options?: { filterUnicode?: boolean }): string;
  getHeaders(options?: { includeFooters?: boolean; filterUnicode?: boolean }): string;
  getFooters(options?: { filterUnicode?: boolean }): string;
  getFootnotes(options?: { filterUnicode?: boolean }): string;
}

type Extractor = new () => { extract(source: unknown): Promise<ExtractedDocument> };

/** word-extractor, loaded in Node only; bundlers must not follow the specifier (it needs fs and Buffer). */
async function loadExtractor(): Promise<Extractor | null> {
  const node = typeof process !== 'undefined' && !!process.versions?.node && typeof (globalThis as { Buffer?: unknown }).Buffer === 'function';
  if (!node) return null;
  const specifier = 'word-extractor';
  const mod = (await import(/* @vite-ignore */ /* webpackIgnore: true */ specifier)) as { default?: Extractor } & Extractor;
  return mod.default ?? mod;
}

/**
 * Reads a Word 97–2003 (.doc) or WPS document with word-extractor: the body text, whose table
 * cells end in tabs (Word's cell marks), read back into table rows; headers, footers and
 * footnotes left out and counted. Works in Node only: in a browser it throws, saying to save the
 * file as .docx. Word's automatic numbering is not in a .doc's text stream, so numbers that Word
 * generated are missing (the .docx reader renders them).
 * @throws {@link UnreadableDocumentError} in a browser, or for a damaged or encrypted file
 * @example
 * const doc = await readDoc(fs.readFileSync('plan.doc'), { source: 'plan.doc' });
 */
export async function readDoc(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  const source = options.source ?? null;
  const kind = /\.wps$/i.test(source ?? '') ? 'WPS (.wps)' : 'Word 97–2003 (.doc)';
  const Extractor = await loadExtractor();
  if (!Extractor) {
    throw new UnreadableDocumentError(`${kind} files can be read only in Node, not in a browser; save the document as .docx and try again`, source, 'doc');
  }
  const buffer = (globalThis as unknown as { Buffer: { from(b: ArrayBufferLike, o: number, l: number): unknown } }).Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let extracted: ExtractedDocument;
  try {
    extracted = await new Extractor().extract(buffer);
  } catch (e) {
    throw new UnreadableDocumentError(`a damaged ${kind} file: ${(e as Error).message}; expected a Word document`, source, 'doc');
  }
  const raw = { filterUnicode: false };
  const body = extracted.getBody(raw);
  if (garbled(body)) {
    throw new UnreadableDocumentError(`the text of this ${kind} file cannot be read (it may be encrypted or password-protected); open it in Word or WPS, remove the password and save it as .docx`, source, 'doc');
  }
  const warnings: ParseWarning[] = [];
  const headers = nonEmptyParts(extracted.getHeaders({ includeFooters: false, ...raw }));
  const footers = nonEmptyParts(extracted.getFooters(raw));
  const dropped = [headers && `${headers} running header line${headers > 1 ? 's' : ''}`, footers && `${footers} footer line${footers > 1 ? 's' : ''} (page numbers)`].filter(Boolean);
  if (dropped.length) warnings.push({ code: 'dropped-furniture', line: null, message: `dropped ${dropped.join(', ')}: page furniture, not part of the plan` });
  const notes = nonEmptyParts(extracted.getFootnotes(raw));
  if (notes) warnings.push({ code: 'skipped-notes', line: null, message: `left out ${notes} footnote line(s)` });
  return { format: 'doc', blocks: bodyBlocks(body), metadata: {}, warnings, source };
}

function nonEmptyParts(text: string): number {
  return text.split('\n').filter((l) => l.trim()).length;
}

/** Text that is mostly control characters or private-use code points: encrypted or not text at all. */
function garbled(text: string): boolean {
  const sample = text.slice(0, 20000);
  if (!sample.trim()) return false;
  let bad = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c < 32 && c !== 9 && c !== 10) || (c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd) bad++;
  }
  return bad / sample.length > 0.2;
}

/** Whether the lines after i reach a row end before a blank line or a paragraph of the body. */
function continuesRow(lines: string[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j <= i + 20; j++) {
    const next = lines[j]!;
    if (next.endsWith('\t')) return true;
    if (!next.trim()) return false;
  }
  return false;
}

/**
 * The body text as blocks. A line ending in a tab is a table row (every cell ends in a cell mark,
 * read as a tab); a line without one just before a row, inside a table, is an earlier paragraph
 * of one of that row's cells, and is joined to it. Rows are padded to the table's width, so a cell
 * spanning the row (a section row) stands alone in its first column.
 */
export function bodyBlocks(body: string): Block[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let table: string[][] | null = null;
  let pending: string[] = [];
  let paragraphNo = 0;
  const flushTable = () => {
    if (!table) return;
    const width = Math.max(...table.map((r) => r.length));
    for (const r of table) while (r.length < width) r.push('');
    blocks.push({ kind: 'table', rows: table, origin: { paragraph: ++paragraphNo } });
    table = null;
  };
  const paragraph = (text: string) => {
    blocks.push({ kind: 'paragraph', text: text.trim(), origin: { paragraph: ++paragraphNo } });
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.endsWith('\t')) {
      // paragraphs of a cell before its last one came on lines of their own
      const joined = [...pending, line].join(' ');
      pending = [];
      const cells = joined.slice(0, -1).split('\t').map((c) => c.trim());
      (table ??= []).push(cells);
      continue;
    }
    if ((table || line.includes('\t') || pending.length) && line.trim() && continuesRow(lines, i)) {
      pending.push(line.trim());
      continue;
    }
    for (const p of pending) paragraph(p);
    pending = [];
    flushTable();
    if (line.trim()) paragraph(line);
  }
  for (const p of pending) paragraph(p);
  flushTable();
  return blocks;
}
