/**
 * policy-lineage: read Chinese government work plans, align the plans of different levels item by
 * item, and report what each level inherited, modified, added or dropped.
 *
 * Data flows one way — bytes → text → Plan → Alignment → Comparison → report — and every stage is
 * a pure function usable on its own. Nothing here touches the file system, so it runs in browsers.
 * @packageDocumentation
 */

// model
export { PLAN_SCHEMA, LEVELS } from './model/plan.js';
export type { Plan, Section, Item, Node, Task, Jurisdiction, Reference, ParseWarning, Level } from './model/plan.js';
export { COMPARISON_SCHEMA, LINK_STATUSES } from './model/comparison.js';
export type {
  Comparison,
  Link,
  LinkStatus,
  LinkChanges,
  Relation,
  PairKind,
  Orientation,
  DiffSpan,
  TextChange,
  ObligationChange,
  UnitChange,
  DeadlineChange,
  MoveChange,
  SectionLink,
  Summary,
} from './model/comparison.js';
export { planItems, planSections, itemLabel, itemText } from './model/walk.js';
export { loadPlanJson } from './model/validate.js';
export { Gazetteer, defaultGazetteer } from './model/gazetteer.js';
export type { GazetteerEntry } from './model/gazetteer.js';
export { PolicyLineageError, EncodingError, EmptyDocumentError, NoStructureError, BadPlanJsonError, BadOptionError, UnreadableDocumentError } from './errors.js';
export type { ErrorCode } from './errors.js';

// read: bytes of any supported format → blocks
export { readDocument, DEFAULT_MAX_BYTES } from './read/index.js';
export { detectFormat } from './read/detect.js';
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
} from './read/types.js';
export type { Origin, Point, Position } from './model/position.js';

// decode → normalize → parse
export { decodeBytes } from './parse/decode.js';
export type { DecodedText, SourceEncoding } from './parse/decode.js';
export { cleanSource } from './parse/clean.js';
export { parsePlan } from './parse/index.js';
export type { ParseOptions } from './parse/index.js';
export { readPlan } from './parse/read-plan.js';
export type { ReadPlanOptions } from './parse/read-plan.js';
export { parseMarker } from './parse/markers.js';
export type { Marker, MarkerKind } from './parse/markers.js';
export { extractMetadata } from './parse/metadata.js';
export type { Metadata } from './parse/metadata.js';
export { splitUnits } from './parse/units.js';
export { inferJurisdiction } from './parse/jurisdiction.js';

// text
export { comparableForm, compactForm } from './text/comparable.js';
export { segmentitTokenizer, charTokenizer } from './text/segmenter.js';
export type { Tokenizer } from './text/segmenter.js';
export { loadDictionary, useDictionary, dictionaryLoaded, DICTIONARY_FILE, DictionaryMissingError } from './text/dictionary.js';
export { agencyKey } from './text/agencies.js';
export { parseDeadline } from './text/deadline.js';
export type { Deadline } from './text/deadline.js';

// align → classify
export { preparePlan } from './align/prepare.js';
export type { PreparedPlan, ItemFeatures } from './align/prepare.js';
export { alignPlans, DEFAULT_LINK_THRESHOLD, DEFAULT_MIN_SCORE, DEFAULT_MARGIN, DEFAULT_TEXT_FLOOR } from './align/align.js';
export type { AlignOptions, Alignment, AlignedGroup } from './align/align.js';
export { classifyAlignment, summarize } from './align/classify.js';
export type { ClassifyOptions } from './align/classify.js';
export { comparePlans } from './align/compare.js';
export type { CompareOptions } from './align/compare.js';
export { DEFAULT_WEIGHTS } from './align/score.js';
export type { ScoreComponents, ScoreWeights } from './align/score.js';
export type { GroupOptions } from './align/groups.js';
export { textDiff } from './align/diff.js';
export { unitChange, deadlineChange } from './align/changes.js';
export { inferRelation, orientPair } from './align/relation.js';

// report
export { renderJson } from './report/comparison/json.js';
export { renderText } from './report/comparison/text.js';
export type { TextOptions } from './report/comparison/text.js';
export { renderHtml } from './report/comparison/html.js';
export type { HtmlOptions } from './report/comparison/html.js';
export { renderMarkdown } from './report/comparison/md.js';
export type { MarkdownOptions } from './report/comparison/md.js';
export { renderCsv, CSV_COLUMNS } from './report/comparison/csv.js';
export type { CsvOptions } from './report/comparison/csv.js';
export { renderers as comparisonRenderers } from './report/comparison/index.js';
export type { ComparisonFormat } from './report/comparison/index.js';
export { wordingFor } from './report/comparison/wording.js';
export type { Wording } from './report/comparison/wording.js';
export { reversedPair } from './report/comparison/phrases.js';
export type { Reversal } from './report/comparison/phrases.js';
export { LABELS, STATUS_NAMES, LEVEL_NAMES, langFromLocale } from './report/shared/labels.js';
export type { Lang, LabelKey, Bilingual } from './report/shared/labels.js';
export { sanitizeDeep } from './report/shared/sanitize.js';
export type { Format, Renderer, ReportOptions } from './report/shared/types.js';

// lineage across levels, and corpus mode
export { LINEAGE_SCHEMA, CORPUS_SCHEMA, CORPUS_STATUS_LETTERS } from './model/lineage.js';
export type {
  Lineage,
  LineageHop,
  HopStatus,
  AncestorMatch,
  SkipLevel,
  ParentLink,
  ItemLineage,
  CellStatus,
  ChainCell,
  RequirementChain,
  OtherVersion,
  PlanOrder,
  LevelSummary,
  CorpusStatus,
  CorpusPlanResult,
  CorpusFailure,
  CorpusItemRow,
  CorpusResult,
} from './model/lineage.js';
export { traceLineage, DEFAULT_SKIP_MARGIN } from './lineage/trace.js';
export type { LineageOptions } from './lineage/trace.js';
export { orderPlans } from './lineage/order.js';
export type { OrderOptions } from './lineage/order.js';
export { citation, normalizeDocNumber, normalizeTitle } from './lineage/citations.js';
export type { Citation } from './lineage/citations.js';
export { levelDepth } from './lineage/levels.js';
export { CorpusAggregator, compareForCorpus, corpusPlanResultOf, corpusStatusAt } from './lineage/corpus.js';
export { NETWORK_SCHEMA, inferNetwork, assembleNetwork, planShingles, pairKey } from './lineage/network.js';
export type { NetworkPlan, NetworkEdge, EdgeEvidence, NetworkOptions, NetworkResult, PairResult } from './lineage/network.js';
export { renderLineageJson } from './report/lineage/json.js';
export { renderLineageCsv } from './report/lineage/csv.js';
export { renderLineageHtml } from './report/lineage/html.js';
export type { LineageHtmlOptions } from './report/lineage/html.js';
export { renderLineageText } from './report/lineage/text.js';
export type { LineageTextOptions } from './report/lineage/text.js';
export { renderCorpusJson } from './report/corpus/json.js';
export { renderCorpusCsv } from './report/corpus/csv.js';
export type { CorpusCsvOptions, CorpusTable } from './report/corpus/csv.js';
export { renderCorpusHtml } from './report/corpus/html.js';
export type { CorpusHtmlOptions } from './report/corpus/html.js';
export { renderCorpusText, renderCorpusPlanLine } from './report/corpus/text.js';
export type { CorpusTextOptions } from './report/corpus/text.js';
export { corpusGroups } from './report/corpus/groups.js';
export type { CorpusGroup, GroupStats } from './report/corpus/groups.js';
