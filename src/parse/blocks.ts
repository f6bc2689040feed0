import { UnreadableDocumentError } from '../errors.js';
import type { Origin } from '../model/position.js';
import type { ParseWarning } from '../model/plan.js';
import type { MetadataValue, ReadDocument, TableBlock } from '../read/types.js';
import { decodeBytes } from '../read/decode.js';
import { squeeze } from './header.js';
import type { Line } from './lines.js';
import { startsItem } from './table.js';

/** A read document laid out as the lines of text the parser works on, with each line's origin. */
export interface LinearText {
  text: string;
  /** `origins[n - 1]` is where line n came from, when the reader said. */
  origins: (Origin | undefined)[];
}

/**
 * Lays a read document out as text, one line per paragraph and one tab-separated line per table
 * row — the forms the parser already reads. Empty paragraphs are dropped (they carry no page
 * breaks in a word processor's file); line breaks or tabs inside a block become spaces.
 */
export function linearise(doc: ReadDocument): LinearText {
  const lines: string[] = [];
  const origins: (Origin | undefined)[] = [];
  const keepBlank = doc.format === 'text' || doc.format === 'markdown';
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') {
      const text = block.text.replace(/[\r\n]+/g, ' ');
      if (!keepBlank && !text.trim()) continue;
      lines.push(text);
      origins.push(block.origin);
      continue;
    }
    tableLines(block).forEach((row, r) => {
      lines.push(row);
      origins.push(block.origin ? { ...block.origin, row: r + 1 } : undefined);
    });
  }
  return { text: lines.join('\n'), origins };
}

/**
 * A table's rows as tab-separated lines, the way text copied out of Word has them: a cell merged
 * from the left is empty (a section row spanning the table stays one cell); a cell merged from
 * above is repeated (a 牵头单位 shared by several items belongs to each of them), except in a row
 * whose first cell is itself merged from above and that carries no number of its own — that row
 * continues the item above, as a row without a number does in a text table, so its merged cells
 * stay empty. A row whose first cell is merged but whose next cell starts with its own number
 * ("2" or "2.…") is a new item under a group cell (一、… merged over its items): only the group
 * cell is emptied, as in copied text, and the group's shared cells are repeated.
 */
function tableLines(table: TableBlock): string[] {
  const out: string[] = [];
  table.rows.forEach((row, r) => {
    const from = (c: number): 'left' | 'above' | null => mergeDirection(table, r, c);
    const grouped = row.length > 1 && from(0) === 'above' && from(1) === null && startsItem(clean(row[1]!));
    const continues = row.length > 0 && from(0) === 'above' && !grouped;
    const cells = row.map((cell, c) => {
      const direction = from(c);
      if (direction === 'left' || (direction === 'above' && (continues || c === 0))) return '';
      return clean(cell);
    });
    if (cells.every((c) => !c)) return;
    // a row must have three cells for the parser to take it as a table row
    while (cells.length < 3) cells.push('');
    out.push(cells.join('\t'));
  });
  return out;
}

/** Where the cell at (r, c) continues a merge from: the reader's word, else told by equal neighbours. */
function mergeDirection(table: TableBlock, r: number, c: number): 'left' | 'above' | null {
  const given = table.mergedFrom?.[r]?.[c];
  if (given !== undefined) return given;
  if (!table.merged?.[r]?.[c]) return null;
  const row = table.rows[r]!;
  return c > 0 && row[c] === row[c - 1] ? 'left' : 'above';
}

function clean(cell: string): string {
  return cell.replace(/[\t\r\n]+/g, ' ').trim();
}

/** The parser's input, as text to split into lines, with the origins of its lines and the document it came from. */
export interface PlanInput {
  text: string;
  origins: (Origin | undefined)[] | null;
  doc: ReadDocument | null;
}

/**
 * Turns what {@link parsePlan} was given into text: a string as is, bytes decoded as text (a Word,
 * OpenDocument or PDF file is refused with a pointer to the asynchronous readers), a read document
 * laid out by {@link linearise}.
 */
export function planInput(input: string | Uint8Array | ReadDocument, source: string | null): PlanInput {
  if (typeof input === 'string') return { text: input, origins: null, doc: null };
  if (input instanceof Uint8Array) {
    const kind = binaryDocumentKind(input);
    if (kind) {
      throw new UnreadableDocumentError(`this is ${kind}, not text; read it with readPlan() or readDocument(), which read Word, OpenDocument and PDF files`, source, null);
    }
    return { text: decodeBytes(input, source).text, origins: null, doc: null };
  }
  const { text, origins } = linearise(input);
  return { text, origins, doc: input };
}

function binaryDocumentKind(bytes: Uint8Array): string | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'a zip file (a .docx or .odt document)';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'an OLE file (a .doc or .wps document)';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'a PDF';
  return null;
}

/** Lines with the origins of their blocks attached. */
export function withOrigins(lines: Line[], origins: (Origin | undefined)[] | null): Line[] {
  if (!origins) return lines;
  for (const line of lines) {
    const origin = origins[line.no - 1];
    if (origin) line.origin = origin;
  }
  return lines;
}

/** The header facts the parser settles on. */
export interface HeaderFacts {
  title: string;
  docNumber: string | null;
  issuer: string | null;
  date: string | null;
}

/**
 * The header facts read from the text, completed from the metadata a reader found (a saved page's
 * 发文字号 / 发布机构 / 成文日期, a PDF's or Word file's title). The text wins where it says
 * something; each fact taken from metadata is reported in a warning. A Word file's core title
 * is the weakest witness — offices leave the title of an older template there — so it is used
 * only when the text yields no title line at all.
 */
export function headerFacts(
  fromText: { title: string | null; docNumber: string | null; issuer: string | null; date: string | null },
  firstLine: string | null,
  doc: ReadDocument | null,
  warnings: ParseWarning[],
): HeaderFacts {
  const meta = doc?.metadata ?? {};
  const taken = (field: string, value: MetadataValue): string => {
    warnings.push({ code: 'metadata-fallback', line: null, message: `${field} "${value.value}" taken from the document's metadata (${value.from})` });
    return value.value;
  };
  const weakTitle = meta.title && /core/.test(meta.title.from);
  let title = fromText.title ?? null;
  if (!title && meta.title && !weakTitle && meta.title.value.trim()) title = taken('title', meta.title);
  if (!title && firstLine) title = squeeze(firstLine);
  if (!title && meta.title?.value.trim()) title = taken('title', meta.title);
  return {
    title: title ?? '',
    docNumber: fromText.docNumber ?? (meta.docNumber?.value ? taken('文号', meta.docNumber) : null),
    issuer: fromText.issuer ?? (meta.issuer?.value ? taken('issuer', meta.issuer) : null),
    date: fromText.date ?? (meta.date && /^\d{4}-\d{2}-\d{2}$/.test(meta.date.value) ? taken('date', meta.date) : null),
  };
}
