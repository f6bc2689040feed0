import { UnreadableDocumentError } from '../../errors.js';
import type { ReadDocument, ReadOptions } from '../types.js';

/** Placeholder until the reader lands: refuses every file of this format. */
export async function readOdt(_bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  throw new UnreadableDocumentError(`OpenDocument (.odt) files cannot be read yet; save the document as .txt`, options.source ?? null, 'odt');
}
