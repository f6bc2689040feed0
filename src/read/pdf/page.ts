/**
 * What the PDF reader takes from each page before any layout decision: text runs and ruling
 * lines with their positions, in PDF user space (points, origin at the bottom left).
 */

/** A run of text as pdf.js reports it: one show-text operation, on one baseline. */
export interface TextRun {
  text: string;
  /** Left end of the baseline. */
  x: number;
  /** Baseline height from the page bottom. */
  y: number;
  width: number;
  /** Font size in points (from the text matrix). */
  size: number;
}

/** A thin drawn line or filled rectangle: a table border. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One page: its size, text runs and ruling lines. */
export interface PageContent {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  rules: Rule[];
}
