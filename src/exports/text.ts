/**
 * `policy-lineage/text`: the tokenizers and the text-level helpers the stages are built from —
 * cleaning, outline markers, metadata parentheses, unit lists, jurisdictions, the comparable
 * forms texts are aligned in, agency names, deadlines and word diffs.
 * @packageDocumentation
 */

export { segmentitTokenizer, charTokenizer } from '../text/segmenter.js';
export type { Tokenizer } from '../text/segmenter.js';
// the segmentation dictionary: Node loads it by itself, a browser hands it in before the first comparison
export { loadDictionary, useDictionary, dictionaryLoaded, DICTIONARY_FILE } from '../text/dictionary.js';
export { comparableForm, compactForm } from '../text/comparable.js';
export { agencyKey } from '../text/agencies.js';
export { parseDeadline } from '../text/deadline.js';
export type { Deadline } from '../text/deadline.js';
export { cleanSource } from '../parse/clean.js';
export { parseMarker } from '../parse/markers.js';
export type { Marker, MarkerKind } from '../parse/markers.js';
export { extractMetadata } from '../parse/metadata.js';
export type { Metadata } from '../parse/metadata.js';
export { splitUnits } from '../parse/units.js';
export { inferJurisdiction } from '../parse/jurisdiction.js';
export { textDiff } from '../align/diff.js';
export type { DiffOptions } from '../align/diff.js';
export { deadlineChange } from '../align/changes.js';
