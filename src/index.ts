/**
 * policy-lineage: read Chinese government work plans, align the plans of different levels item by
 * item, and report what each level inherited, modified, added or dropped.
 *
 * Data flows one way — bytes → text → Plan → Alignment → Comparison → report — and every stage is
 * a pure function usable on its own. Nothing here touches the file system, so it runs in browsers.
 * Lineage across more than two levels and corpus mode are in `policy-lineage/lineage`; tokenizers
 * and the text-level helpers (normal forms, markers, metadata parentheses, deadlines, diffs) in
 * `policy-lineage/text`. The data model is specified in `docs/spec.md`.
 * @packageDocumentation
 */

// model
export { PLAN_SCHEMA, LEVELS } from './model/plan.js';
export type { Plan, Section, Item, Node, Task, Jurisdiction, Reference, ParseWarning, Level } from './model/plan.js';
export type { Position, Point, Origin } from './model/position.js';
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
  ScoreComponents,
} from './model/comparison.js';
export { planItems, planSections, itemLabel, itemText } from './model/walk.js';
export { loadPlanJson } from './model/validate.js';
export { Gazetteer, defaultGazetteer } from './model/gazetteer.js';
export type { GazetteerEntry } from './model/gazetteer.js';
export { PolicyLineageError, EncodingError, EmptyDocumentError, NoStructureError, BadPlanJsonError, BadOptionError, UnreadableDocumentError } from './errors.js';
export { DictionaryMissingError } from './text/dictionary.js';
export type { ErrorCode, WarningCode, Place } from './errors.js';

// read → decode → parse (the read stage's parts: policy-lineage/read)
export { readPlan } from './parse/read-plan.js';
export type { ReadPlanOptions } from './parse/read-plan.js';
export type { DocumentFormat, ReadDocument, ReadOptions } from './read/types.js';
export { decodeBytes } from './read/decode.js';
export type { DecodedText, SourceEncoding } from './read/decode.js';
export { parsePlan } from './parse/index.js';
export type { ParseOptions } from './parse/index.js';
export type { Tokenizer } from './text/segmenter.js';

// align → classify
export { preparePlan } from './align/prepare.js';
export type { PreparedPlan, ItemFeatures } from './align/prepare.js';
export { alignPlans, DEFAULT_LINK_THRESHOLD, DEFAULT_MIN_SCORE, DEFAULT_MARGIN, DEFAULT_TEXT_FLOOR } from './align/align.js';
export type { AlignOptions, Alignment, AlignedGroup } from './align/align.js';
export { classifyAlignment } from './align/classify.js';
export type { ClassifyOptions } from './align/classify.js';
export { comparePlans } from './align/compare.js';
export type { CompareOptions } from './align/compare.js';
export { DEFAULT_WEIGHTS } from './align/score.js';
export type { ScoreWeights } from './align/score.js';
export type { GroupOptions } from './align/groups.js';

// report
export { renderJson } from './report/comparison/json.js';
export { renderText } from './report/comparison/text.js';
export type { TextOptions } from './report/comparison/text.js';
export { renderHtml } from './report/comparison/html.js';
export type { HtmlOptions } from './report/comparison/html.js';
export { renderMarkdown } from './report/comparison/md.js';
export type { MarkdownOptions } from './report/comparison/md.js';
export { renderCsv } from './report/comparison/csv.js';
export type { CsvOptions } from './report/comparison/csv.js';
export type { Format, ReportOptions } from './report/common/types.js';
// the reports' names of statuses and levels, in Chinese and English, for tools that show them
export { STATUS_NAMES, LEVEL_NAMES } from './report/common/labels.js';
export type { Lang, Bilingual } from './report/common/labels.js';
