/**
 * `policy-lineage/read`: the read stage on its own — bytes of any supported format (text, Word,
 * OpenDocument, PDF, a saved web page, Plan JSON) → a {@link ReadDocument} of blocks, which
 * `parsePlan` takes. `readPlan` in the root does both steps.
 * @packageDocumentation
 */

export { readDocument, DEFAULT_MAX_BYTES } from '../read/index.js';
export { detectFormat } from '../read/detect.js';
export { InputTooLargeError } from '../errors.js';
export type {
  DocumentFormat,
  ReadDocument,
  ReadOptions,
  Block,
  BlockHints,
  ParagraphBlock,
  TableBlock,
  DocumentMetadata,
  MetadataValue,
} from '../read/types.js';
export type { Origin, Point, Position } from '../model/position.js';
