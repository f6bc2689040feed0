import { UnreadableDocumentError } from '../../errors.js';
import type { ReadDocument, ReadOptions } from '../types.js';

/**
 * Placeholder until the saved-page reader lands (branch read-pdf-html): refuses every HTML page.
 * The real reader replaces this file, keeping the signature.
 */
export function readHtml(_bytes: Uint8Array, options: ReadOptions = {}): ReadDocument {
  throw new UnreadableDocumentError(`saved web pages cannot be read yet; copy the article text into a .txt file`, options.source ?? null, 'html');
}
