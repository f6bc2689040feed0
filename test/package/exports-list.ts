/**
 * The public API, pinned: an export added or removed by accident shows up in api-docs.test.ts
 * (against src) and exports.test.ts (against dist, as users load it). Update the lists — and the
 * README's API section and CHANGELOG.md — on purpose.
 */
export const RUNTIME_EXPORTS = {
  '.': [
    // model
    'PLAN_SCHEMA', 'COMPARISON_SCHEMA', 'LEVELS', 'LINK_STATUSES', 'planItems', 'planSections', 'itemLabel', 'itemText', 'loadPlanJson',
    'Gazetteer', 'defaultGazetteer',
    // errors
    'PolicyLineageError', 'EncodingError', 'EmptyDocumentError', 'NoStructureError', 'BadPlanJsonError', 'BadOptionError', 'UnreadableDocumentError',
    'DictionaryMissingError',
    // read → decode → parse → align → classify
    'readPlan', 'decodeBytes', 'parsePlan', 'preparePlan', 'alignPlans', 'classifyAlignment', 'comparePlans',
    'DEFAULT_LINK_THRESHOLD', 'DEFAULT_MIN_SCORE', 'DEFAULT_MARGIN', 'DEFAULT_TEXT_FLOOR', 'DEFAULT_WEIGHTS',
    // report
    'renderJson', 'renderText', 'renderHtml', 'renderMarkdown', 'renderCsv', 'STATUS_NAMES', 'LEVEL_NAMES',
  ],
  './read': ['readDocument', 'detectFormat', 'DEFAULT_MAX_BYTES', 'InputTooLargeError'],
  './lineage': [
    'LINEAGE_SCHEMA', 'CORPUS_SCHEMA', 'CORPUS_STATUS_LETTERS', 'traceLineage', 'DEFAULT_SKIP_MARGIN', 'orderPlans', 'citation', 'normalizeDocNumber',
    'normalizeTitle', 'CorpusAggregator', 'compareForCorpus', 'corpusPlanResultOf', 'corpusStatusAt', 'learnGenre', 'GENRE_MIN_YEARS', 'levelDepth',
    'NETWORK_SCHEMA', 'inferNetwork', 'assembleNetwork', 'planShingles', 'pairKey', 'renderLineageJson', 'renderLineageCsv', 'renderLineageHtml',
    'renderLineageText', 'renderCorpusJson', 'renderCorpusCsv', 'renderCorpusHtml', 'renderCorpusText', 'renderCorpusPlanLine', 'corpusGroups',
  ],
  './text': [
    'segmentitTokenizer', 'charTokenizer', 'loadDictionary', 'useDictionary', 'dictionaryLoaded', 'DICTIONARY_FILE', 'comparableForm', 'compactForm', 'agencyKey', 'parseDeadline', 'cleanSource', 'parseMarker',
    'extractMetadata', 'splitUnits', 'inferJurisdiction', 'textDiff', 'deadlineChange',
  ],
  './xlsx': ['renderXlsx'],
} as const;

/** The source file of each entry point (tsup.config.ts builds them to dist/index, dist/read, dist/lineage, dist/text, dist/xlsx). */
export const ENTRY_SOURCES: Record<keyof typeof RUNTIME_EXPORTS, string> = {
  '.': 'src/index.ts',
  './read': 'src/exports/read.ts',
  './lineage': 'src/exports/lineage.ts',
  './text': 'src/exports/text.ts',
  './xlsx': 'src/exports/xlsx.ts',
};
