import type { Position } from './model/position.js';

/**
 * Stable error codes. Tools that embed the library switch on these, never on messages.
 * - `ENCODING`: the bytes are not text in a supported encoding (or are binary).
 * - `EMPTY`: the document has no text.
 * - `NO_STRUCTURE`: no sections, items or plan table were recognised.
 * - `BAD_PLAN_JSON`: a Plan or Comparison loaded from JSON does not match its schema.
 * - `BAD_OPTION`: an option passed to the API or CLI is out of range.
 * - `UNREADABLE`: the file is a document format that cannot be read: a corrupt zip, an encrypted
 *   or password-protected file, a format no reader handles here.
 * - `TOO_LARGE`: the input is over a bound that keeps reading within time and memory: the file
 *   size, or what a zipped document (.docx, .odt) inflates to (both `maxBytes`, default 50 MB).
 * - `NOT_FOUND` / `IO`: a file could not be read (CLI only).
 */
export type ErrorCode = 'ENCODING' | 'EMPTY' | 'NO_STRUCTURE' | 'BAD_PLAN_JSON' | 'BAD_OPTION' | 'UNREADABLE' | 'TOO_LARGE' | 'NOT_FOUND' | 'IO';

/**
 * Stable codes of {@link ParseWarning}s. Tools switch on these, never on messages. To add one,
 * add a line here (and say what it means in `docs/spec.md`). A Plan JSON written by a newer
 * version may carry codes this list does not know yet; `loadPlanJson` keeps them as they are.
 */
export type WarningCode =
  | 'empty-item' // an item marker with no text after it
  | 'numbering' // a marker that breaks the numbering before it, kept as a new entry
  | 'repaired-metadata' // characters repeated by a page break before a metadata key, dropped
  | 'carried-units' // an item without units given those an annotation meant for it (下同, 同上)
  | 'unclosed-metadata' // a metadata parenthesis that is never closed
  | 'skipped-boilerplate' // website furniture (navigation, print/close links) before the plan
  | 'skipped-line' // text outside the outline (before the first section, inside a task table)
  | 'skipped-trailer' // closing lines after the last item (signature, date, 抄送/印发)
  | 'table-empty-task' // a plan-table row with no task text: its name stands for it
  | 'table-missing-item' // prose items that no task-table row mentions
  | 'table-orphan-row' // a plan-table row without a number before any numbered row
  | 'table-shared-cell' // an empty task cell that shares a merged cell with the row above
  | 'table-stray-text' // a paragraph between plan-table rows, appended to a row
  | 'table-stray-unit' // a unit name standing alone after the table, read as a lead unit
  | 'table-task-differs' // a task-table row that says what its prose item does not
  | 'table-task-misplaced' // a task-table sentence filed under another item's number, moved there
  | 'table-text-after' // rows whose task text sits in paragraphs after the table
  | 'table-title-mismatch' // a task-table row titled differently from its prose item
  | 'table-trailing-row' // a table row after the last item, read as a further task
  | 'table-unmatched-row' // a task-table row with no prose item
  | 'metadata-fallback' // a header fact (title, 文号, issuer, date) taken from the file's metadata
  | 'format-mismatch' // the content is another format than the file name says, and is read as the content
  | 'dropped-furniture' // page furniture a reader dropped (running heads, page numbers, navigation)
  | 'page-furniture' // a page number or running head between lines of the text, dropped
  | 'page-furniture-dropped' // the PDF reader's count of page numbers and running heads dropped
  | 'annotation' // a line without Chinese text (an annotation in another script), dropped
  | 'absorbed-marker' // a marker that breaks the numbering after a cut-off sentence, read as text
  | 'flattened-table' // a table pasted one cell per line, read as a table
  | 'table-section' // a table that holds the items of a section
  | 'skipped-notes' // footnotes a reader left out
  | 'skipped-comments' // comments a reader left out
  | 'skipped-sheets' // hidden sheets of a workbook, left out
  | 'skipped-hidden' // hidden rows and columns of a sheet, left out
  | 'read-sheets' // a workbook with several sheets, read one after another
  | 'site-chrome-dropped' // a saved page's navigation, breadcrumbs and footers, dropped
  | 'long-item' // an item over 20,000 characters, compared on its opening (its text kept whole)
  | 'flattened-nesting' // HTML elements nested past the depth bound, read as siblings (text kept)
  | 'pages-skipped' // PDF pages beyond the page limit, not read
  | 'page-unreadable' // a PDF page that could not be read, skipped
  | 'pages-without-text' // PDF pages without a text layer (scanned), skipped
  | 'converted-traditional' // a plan in traditional characters, parsed in simplified and shown as written
  | 'no-items' // a covering notice that announces its plan without the plan's items
  | 'forwarded-plan' // a notice forwarding another body's plan: the plan's fields are the forwarded plan's
  | 'title-guessed' // no plan title line: the first line or the file's metadata taken
  | 'title-from-notice' // the plan's title taken from the notice title (关于印发X的通知)
  | 'title-chosen' // one of several title candidates chosen
  | 'issuer-guessed' // the issuer read from a signature or masthead, not stated
  | 'date-from-page' // the date taken from the page's text outside the notice
  | 'jurisdiction-from-issuer' // the title names no place: the jurisdiction taken from the issuer or masthead
  | 'jurisdiction-by-suffix' // a place not in the gazetteer: its level read from its name
  | 'jurisdiction-of-superior' // the title names only the superior plan it implements, and nothing else a place: that place taken
  | 'year-from-date' // the title gives no single year: the year taken from the date
  | 'year-from-doc-number'; // the title gives no single year: the year taken from the 文号

/** Where an error (or a warning) is about: the input's name and a span of its text. */
export interface Place {
  /** The file or input the error is about, when known. */
  source?: string | null;
  /** The span of the linear text, when the error is about one place. */
  position?: Position | null;
}

/**
 * The prefix every message starts with: `source:line:column: `, as far as known.
 * @example placePrefix({ source: 'a.txt', position }) // → 'a.txt:12:1: '
 */
export function placePrefix(place: Place): string {
  const start = place.position?.start;
  const at = start ? `${start.line}:${start.column}` : '';
  if (place.source) return at ? `${place.source}:${at}: ` : `${place.source}: `;
  return at ? `line ${at}: ` : '';
}

/**
 * Base class of every error the library throws on bad input. The reason and the place are kept
 * apart (`reason`, `source`, `position`); `message` joins them the one way every message reads.
 * @example
 * try { parsePlan(bytes, { source: 'plan.txt' }); }
 * catch (e) { if (e instanceof PolicyLineageError) console.error(e.code, e.reason, e.source, e.message); }
 */
export class PolicyLineageError extends Error {
  readonly code: ErrorCode;
  /** What is wrong, without the place: "the file is empty". */
  readonly reason: string;
  /** The file or input the error is about, when known. */
  readonly source: string | null;
  /** The span of the linear text the error is about, when it is about one place. */
  readonly position: Position | null;
  /** 1-based line of `position.start`, or null. */
  readonly line: number | null;
  constructor(code: ErrorCode, reason: string, place: Place = {}) {
    const source = place.source ?? null;
    const position = place.position ?? null;
    // a caller from before reasons and places were kept apart may hand in a message already prefixed
    const prefixed = source !== null && reason.startsWith(`${source}:`);
    super(prefixed ? reason : placePrefix({ source, position }) + reason);
    this.name = new.target.name;
    this.code = code;
    this.reason = reason;
    this.source = source;
    this.position = position;
    this.line = position?.start.line ?? null;
  }
}

/** The second argument of the error classes: the place, or (as before) just the source name. */
type PlaceArg = Place | string | null | undefined;

function placeOf(arg: PlaceArg): Place {
  return typeof arg === 'string' || arg === null || arg === undefined ? { source: arg ?? null } : arg;
}

/**
 * The input is binary or not decodable as UTF-8, UTF-16 or GB18030.
 * @example decodeBytes(pngBytes, 'scan.png') // throws EncodingError: "scan.png: the file looks binary…"
 */
export class EncodingError extends PolicyLineageError {
  constructor(reason: string, place?: PlaceArg) {
    super('ENCODING', reason, placeOf(place));
  }
}

/**
 * The input holds no text.
 * @example parsePlan('  \n', { source: 'blank.txt' }) // throws EmptyDocumentError (code EMPTY)
 */
export class EmptyDocumentError extends PolicyLineageError {
  constructor(reason: string, place?: PlaceArg) {
    super('EMPTY', reason, placeOf(place));
  }
}

/**
 * No plan structure (sections, items or a plan table) was found.
 * @example parsePlan('一段普通的文字。') // throws NoStructureError (code NO_STRUCTURE)
 */
export class NoStructureError extends PolicyLineageError {
  constructor(reason: string, place?: PlaceArg) {
    super('NO_STRUCTURE', reason, placeOf(place));
  }
}

/**
 * JSON handed in as a Plan or Comparison does not follow its schema. The message names the path
 * first: `plan.json: $.children[2].leads[0]: expected a string, got 7`.
 * @example
 * try { loadPlanJson(json); } catch (e) { if (e instanceof BadPlanJsonError) console.error(e.path); } // e.g. '$.children[0].text'
 */
export class BadPlanJsonError extends PolicyLineageError {
  /** JSON path of the offending value, e.g. `$.children[3].leads[0]`. */
  readonly path: string;
  constructor(reason: string, place: (Place & { path?: string }) | string = {}, source?: string | null) {
    // (message, path, source), whose message already names the path, is the older form of (reason, { path, source })
    const older = typeof place === 'string';
    const p = older ? { path: place, source: source ?? null } : place;
    const path = p.path ?? '$';
    super('BAD_PLAN_JSON', older || path === '$' ? reason : `${path}: ${reason}`, p);
    this.path = path;
  }
}

/**
 * An option value is invalid.
 * @example comparePlans(a, b, { linkThreshold: 2 }) // throws BadOptionError (code BAD_OPTION)
 */
export class BadOptionError extends PolicyLineageError {
  constructor(reason: string, place?: PlaceArg) {
    super('BAD_OPTION', reason, placeOf(place));
  }
}

/**
 * The file is a document that cannot be read: a corrupt or truncated zip, an encrypted or
 * password-protected file, a format no reader handles (or not in this environment, such as `.doc`
 * in a browser), or input larger than the size limit.
 * @example
 * await readDocument(encryptedDocx, { source: 'plan.docx' }) // throws UnreadableDocumentError (code UNREADABLE)
 */
export class UnreadableDocumentError extends PolicyLineageError {
  /** The format the file was taken for, when it was recognised (e.g. "docx"). */
  readonly format: string | null;
  constructor(reason: string, place?: PlaceArg, format?: string | null) {
    super('UNREADABLE', reason, placeOf(place));
    this.format = format ?? null;
  }
}

/**
 * The input is over a bound that keeps reading within time and memory: the file is larger than
 * `maxBytes` (default 50 MB), or a zipped document (.docx, .odt) inflates its text parts to more
 * than that — a zip bomb. The message names the limit and how to raise it.
 * @example
 * await readDocument(bytes, { source: 'bomb.docx' }) // throws InputTooLargeError (code TOO_LARGE): "bomb.docx: word/document.xml inflates to over 50 MB, …"
 */
export class InputTooLargeError extends PolicyLineageError {
  /** The bound that was passed: bytes, or lines for the parser's line bound. */
  readonly limit: number;
  /** The format the file was taken for, when it was recognised (e.g. "docx"). */
  readonly format: string | null;
  constructor(reason: string, place: PlaceArg, limit: number, format?: string | null) {
    super('TOO_LARGE', reason, placeOf(place));
    this.limit = limit;
    this.format = format ?? null;
  }
}
