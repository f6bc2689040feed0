/**
 * `policy-lineage/lineage`: lineage across more than two levels (province → city → district …)
 * and corpus mode (one upper plan against many lower plans), with their reports.
 * @packageDocumentation
 */

export { LINEAGE_SCHEMA, CORPUS_SCHEMA, CORPUS_STATUS_LETTERS } from '../model/lineage.js';
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
} from '../model/lineage.js';
export { traceLineage, DEFAULT_SKIP_MARGIN } from '../lineage/trace.js';
export type { LineageOptions } from '../lineage/trace.js';
export { orderPlans } from '../lineage/order.js';
export type { OrderOptions } from '../lineage/order.js';
export { citation, normalizeDocNumber, normalizeTitle } from '../text/citations.js';
export type { Citation } from '../text/citations.js';
export { CorpusAggregator, compareForCorpus, corpusPlanResultOf, corpusStatusAt } from '../lineage/corpus.js';
export { learnGenre, GENRE_MIN_YEARS } from '../align/genre.js';
export type { Genre } from '../align/genre.js';
export { levelDepth } from '../lineage/levels.js';
export { NETWORK_SCHEMA, inferNetwork, assembleNetwork, planShingles, pairKey } from '../lineage/network.js';
export type { NetworkPlan, NetworkEdge, EdgeEvidence, NetworkOptions, NetworkResult, PairResult } from '../lineage/network.js';
export { renderLineageJson } from '../report/lineage/json.js';
export { renderLineageCsv } from '../report/lineage/csv.js';
export { renderLineageHtml } from '../report/lineage/html.js';
export type { LineageHtmlOptions } from '../report/lineage/html.js';
export { renderLineageText } from '../report/lineage/text.js';
export type { LineageTextOptions } from '../report/lineage/text.js';
export { renderCorpusJson } from '../report/corpus/json.js';
export { renderCorpusCsv } from '../report/corpus/csv.js';
export type { CorpusCsvOptions, CorpusTable } from '../report/corpus/csv.js';
export { renderCorpusHtml } from '../report/corpus/html.js';
export type { CorpusHtmlOptions } from '../report/corpus/html.js';
export { renderCorpusText, renderCorpusPlanLine } from '../report/corpus/text.js';
export type { CorpusTextOptions } from '../report/corpus/text.js';
export { corpusGroups } from '../report/corpus/groups.js';
export type { CorpusGroup, GroupStats } from '../report/corpus/groups.js';
