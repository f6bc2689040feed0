/**
 * Positions in the unist style (`{ start, end }` of `{ line, column, offset }` points), plus the
 * place in the original file that a reader mapped the text from (a Word paragraph, a PDF page).
 *
 * `line` and `column` are 1-based and count in the *linear text* the parser worked on (for a plain
 * text file that is the file itself; for Word, PDF or HTML it is the text the reader produced, one
 * block per line). `offset` is 0-based in UTF-16 code units of that same text.
 */

/** One place in the linear text. */
export interface Point {
  /** 1-based line. */
  line: number;
  /** 1-based column (UTF-16 code units). */
  column: number;
  /** 0-based offset in the linear text, when known. */
  offset?: number;
}

/** Where a block came from in the original file, as far as the reader could tell. */
export interface Origin {
  /** 1-based page of a PDF. */
  page?: number;
  /** 1-based paragraph of a Word/ODT document (body paragraphs, tables counted as one each). */
  paragraph?: number;
  /** 1-based table of the document, and 1-based row and cell inside it. */
  table?: number;
  row?: number;
  cell?: number;
}

/** A span of the linear text, with the original-file place of its start when a reader gave one. */
export interface Position {
  start: Point;
  end: Point;
  origin?: Origin;
}
