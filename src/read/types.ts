import type { Plan, ParseWarning } from '../model/plan.js';
import type { Origin } from '../model/position.js';

/** The formats the readers recognise, detected from content before the file name. */
export type DocumentFormat = 'text' | 'markdown' | 'plan-json' | 'docx' | 'doc' | 'wps' | 'odt' | 'pdf' | 'html' | 'xlsx' | 'csv';

/** Layout hints a reader found on a paragraph. The parser may use them; it never needs them. */
export interface BlockHints {
  /** Outline level from a heading style or outline level (1 = top). */
  heading?: number;
  bold?: boolean;
  centred?: boolean;
  /**
   * The label of Word/ODT automatic numbering ("一、", "（一）", "1."), when the paragraph had one.
   * It is also already prefixed to `text`, since the label is part of the plan's structure.
   */
  numbering?: string;
  /** The paragraph style's name, as written in the file. */
  style?: string;
}

/** A paragraph (or a line of a PDF/HTML page) of running text. */
export interface ParagraphBlock {
  kind: 'paragraph';
  /** The text, without line breaks (a soft break inside a paragraph becomes a new block). */
  text: string;
  hints?: BlockHints;
  origin?: Origin;
}

/** A table, as rows of cells, with merged cells resolved. */
export interface TableBlock {
  kind: 'table';
  /**
   * Rows of cell texts. A cell merged over several columns or rows (gridSpan, vMerge, colspan,
   * rowspan) is repeated in every position it covers; `merged` marks those repeats.
   */
  rows: string[][];
  /** `merged[r][c]` is true where the cell continues a merge from the left or from above. */
  merged?: boolean[][];
  /**
   * For each merged cell, the side its merge continues from: "left" (gridSpan, colspan) or
   * "above" (vMerge, rowspan); null elsewhere. Readers that know it say so; without it the
   * direction is guessed from equal neighbours.
   */
  mergedFrom?: ('left' | 'above' | null)[][];
  origin?: Origin;
}

/** One block of a read document. */
export type Block = ParagraphBlock | TableBlock;

/** A metadata value found outside the running text, with where it was found. */
export interface MetadataValue {
  value: string;
  /** Where the value came from, e.g. "html-meta-table", "docx-core", "pdf-info", "html-meta-tag". */
  from: string;
}

/**
 * Document metadata the reader found on the way: the 政府信息公开 table of a saved page
 * (索引号, 发布机构, 发文字号, 成文日期, 发布日期, 主题分类), Word core properties, PDF info.
 */
export interface DocumentMetadata {
  title?: MetadataValue;
  /** 发文字号 */
  docNumber?: MetadataValue;
  /** 发布机构 / 发文机关 */
  issuer?: MetadataValue;
  /** 成文日期 (ISO YYYY-MM-DD when it could be read as a date). */
  date?: MetadataValue;
  /** 发布日期 */
  published?: MetadataValue;
  /** 索引号 */
  indexNumber?: MetadataValue;
  /** 主题分类 */
  subject?: MetadataValue;
}

/** What a reader made of a file: the blocks of its text, its metadata and what was dropped. */
export interface ReadDocument {
  format: DocumentFormat;
  blocks: Block[];
  metadata: DocumentMetadata;
  /** Page furniture dropped, guesses made, parts skipped — every one counted, never silent. */
  warnings: ParseWarning[];
  /** Name of the input, when the caller gave one. */
  source: string | null;
  /** Set when the input was a Plan JSON (format "plan-json"): the validated plan itself. */
  plan?: Plan;
}

/** Options of the readers. */
export interface ReadOptions {
  /** File name or path; its extension is a hint used only when the content does not decide. */
  source?: string;
  /** Largest input accepted, in bytes (default 50 MB); also the most a .docx or .odt may unpack its text parts to. */
  maxBytes?: number;
  /**
   * PDF only, in browsers: the URL where the files of the package's `data/pdf-cmaps/` are served
   * (e.g. "/assets/pdf-cmaps/"), needed for PDFs whose Chinese fonts are not embedded. Node reads
   * them from the package without it.
   */
  cMapUrl?: string | URL;
}
