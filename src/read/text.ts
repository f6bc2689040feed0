import { decodeBytes } from './decode.js';
import type { ReadDocument, ReadOptions } from './types.js';

/**
 * Reads a plain-text (or Markdown) plan: the decoded text, one paragraph block per line. Blank
 * lines stay as empty paragraphs so that line numbers in warnings are the file's own; tables
 * written in the text (markdown, tab-separated, HTML) stay text, for the parser reads them there.
 */
export function readText(bytes: Uint8Array, options: ReadOptions = {}): ReadDocument {
  const source = options.source ?? null;
  const { text } = decodeBytes(bytes, source);
  return {
    format: 'text',
    blocks: text.split(/\r\n|\r|\n/).map((line) => ({ kind: 'paragraph' as const, text: line })),
    metadata: {},
    warnings: [],
    source,
  };
}
