import { UnreadableDocumentError } from '../../errors.js';
import type { ReadDocument, ReadOptions } from '../types.js';

/** Placeholder until the reader lands: refuses every file of this format. */
export async function readDoc(_bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  throw new UnreadableDocumentError(`Word 97–2003 (.doc) and WPS files cannot be read yet; save the document as .txt`, options.source ?? null, 'doc');
}
