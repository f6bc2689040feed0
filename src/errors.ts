/**
 * Stable error codes. Tools that embed the library switch on these, never on messages.
 * - `ENCODING`: the bytes are not text in a supported encoding (or are binary).
 * - `EMPTY`: the document has no text.
 * - `NO_STRUCTURE`: no sections, items or plan table were recognised.
 * - `BAD_PLAN_JSON`: a Plan or Comparison loaded from JSON does not match its schema.
 * - `BAD_OPTION`: an option passed to the API or CLI is out of range.
 * - `UNREADABLE`: the file is a document format that cannot be read: a corrupt zip, an encrypted
 *   or password-protected file, a format no reader handles here, a file over the size limit.
 * - `NOT_FOUND` / `IO`: a file could not be read (CLI only).
 */
export type ErrorCode = 'ENCODING' | 'EMPTY' | 'NO_STRUCTURE' | 'BAD_PLAN_JSON' | 'BAD_OPTION' | 'UNREADABLE' | 'NOT_FOUND' | 'IO';

/**
 * Base class of every error the library throws on bad input.
 * @example
 * try { parsePlan(bytes, { source: 'plan.txt' }); }
 * catch (e) { if (e instanceof PolicyLineageError) console.error(e.code, e.message); }
 */
export class PolicyLineageError extends Error {
  readonly code: ErrorCode;
  /** The file or input the error is about, when known. */
  readonly source: string | null;
  /** 1-based line, when the error is about one place. */
  readonly line: number | null;
  constructor(code: ErrorCode, message: string, options: { source?: string | null; line?: number | null } = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.source = options.source ?? null;
    this.line = options.line ?? null;
  }
}

/**
 * The input is binary or not decodable as UTF-8, UTF-16 or GB18030.
 * @example decodeBytes(pngBytes, 'scan.png') // throws EncodingError: "scan.png: the file looks binary…"
 */
export class EncodingError extends PolicyLineageError {
  constructor(message: string, source?: string | null) {
    super('ENCODING', message, { source: source ?? null });
  }
}

/**
 * The input holds no text.
 * @example parsePlan('  \n', { source: 'blank.txt' }) // throws EmptyDocumentError (code EMPTY)
 */
export class EmptyDocumentError extends PolicyLineageError {
  constructor(message: string, source?: string | null) {
    super('EMPTY', message, { source: source ?? null });
  }
}

/**
 * No plan structure (sections, items or a plan table) was found.
 * @example parsePlan('一段普通的文字。') // throws NoStructureError (code NO_STRUCTURE)
 */
export class NoStructureError extends PolicyLineageError {
  constructor(message: string, source?: string | null) {
    super('NO_STRUCTURE', message, { source: source ?? null });
  }
}

/**
 * JSON handed in as a Plan or Comparison does not follow its schema.
 * @example
 * try { loadPlanJson(json); } catch (e) { if (e instanceof BadPlanJsonError) console.error(e.path); } // e.g. '$.children[0].text'
 */
export class BadPlanJsonError extends PolicyLineageError {
  /** JSON path of the offending value, e.g. `$.children[3].leads[0]`. */
  readonly path: string;
  constructor(message: string, path: string, source?: string | null) {
    super('BAD_PLAN_JSON', message, { source: source ?? null });
    this.path = path;
  }
}

/**
 * An option value is invalid.
 * @example comparePlans(a, b, { linkThreshold: 2 }) // throws BadOptionError (code BAD_OPTION)
 */
export class BadOptionError extends PolicyLineageError {
  constructor(message: string) {
    super('BAD_OPTION', message);
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
  constructor(message: string, source?: string | null, format?: string | null) {
    super('UNREADABLE', message, { source: source ?? null });
    this.format = format ?? null;
  }
}

/** Prefixes a message with the source name, the way every error message starts. */
export function where(source: string | null | undefined, line?: number | null): string {
  if (!source) return line ? `line ${line}: ` : '';
  return line ? `${source}:${line}: ` : `${source}: `;
}
