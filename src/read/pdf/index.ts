import { UnreadableDocumentError } from '../../errors.js';
import type { ReadDocument, ReadOptions } from '../types.js';

/**
 * Placeholder until the PDF reader lands (branch read-pdf-html): refuses every PDF.
 * The real reader replaces this file, keeping the signature.
 */
export async function readPdf(_bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  throw new UnreadableDocumentError(`PDF files cannot be read yet; extract the text (e.g. pdftotext) and give the .txt file`, options.source ?? null, 'pdf');
}
