import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { ROOT } from '../helpers.js';

/**
 * The public API, pinned: an export added or removed by accident shows up here. Update the list
 * (and the README) on purpose.
 */
const RUNTIME_EXPORTS = [
  'BadOptionError', 'BadPlanJsonError', 'LABELS', 'STATUS_NAMES', 'LEVEL_NAMES', 'comparisonRenderers', 'corpusGroups', 'langFromLocale', 'reversedPair', 'sanitizeDeep', 'COMPARISON_SCHEMA', 'CORPUS_SCHEMA', 'CORPUS_STATUS_LETTERS', 'CSV_COLUMNS', 'CorpusAggregator', 'DEFAULT_MAX_BYTES',
  'UnreadableDocumentError', 'detectFormat', 'readDocument', 'readPlan',
  'DICTIONARY_FILE', 'DictionaryMissingError', 'dictionaryLoaded', 'loadDictionary', 'useDictionary',
  'NETWORK_SCHEMA', 'assembleNetwork', 'inferNetwork', 'pairKey', 'planShingles',
  'DEFAULT_LINK_THRESHOLD', 'DEFAULT_MARGIN', 'DEFAULT_MIN_SCORE', 'DEFAULT_SKIP_MARGIN', 'DEFAULT_TEXT_FLOOR', 'DEFAULT_WEIGHTS', 'EmptyDocumentError', 'EncodingError',
  'Gazetteer', 'LEVELS', 'LINEAGE_SCHEMA', 'LINK_STATUSES', 'NoStructureError', 'PLAN_SCHEMA', 'PolicyLineageError', 'agencyKey', 'alignPlans',
  'charTokenizer', 'citation', 'classifyAlignment', 'cleanSource', 'compactForm', 'comparableForm', 'compareForCorpus', 'comparePlans',
  'corpusPlanResultOf', 'corpusStatusAt', 'deadlineChange', 'decodeBytes', 'defaultGazetteer', 'extractMetadata', 'inferJurisdiction',
  'inferRelation', 'itemLabel', 'itemText', 'levelDepth', 'loadPlanJson', 'normalizeDocNumber', 'normalizeTitle', 'orderPlans', 'orientPair',
  'parseDeadline', 'parseMarker', 'parsePlan', 'planItems', 'planSections', 'preparePlan', 'renderCorpusCsv', 'renderCorpusHtml',
  'renderCorpusJson', 'renderCorpusPlanLine', 'renderCorpusText', 'renderCsv', 'renderHtml', 'renderJson', 'renderLineageCsv',
  'renderLineageHtml', 'renderLineageJson', 'renderLineageText', 'renderMarkdown', 'renderText', 'segmentitTokenizer',
  'splitUnits', 'summarize', 'textDiff', 'traceLineage', 'unitChange', 'wordingFor',
];

/** Every export of src/index.ts with its declaration's TSDoc. */
function exportedDocs(): { name: string; kind: string; doc: string; tags: string[] }[] {
  const program = ts.createProgram([`${ROOT}/src/index.ts`], { strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, resolveJsonModule: true, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(`${ROOT}/src/index.ts`)!)!;
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const kind = symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class) ? 'callable' : symbol.flags & ts.SymbolFlags.Variable ? 'value' : 'type';
    return {
      name: exported.getName(),
      kind,
      doc: ts.displayPartsToString(symbol.getDocumentationComment(checker)),
      tags: symbol.getJsDocTags(checker).map((t) => t.name),
    };
  });
}

describe('the public API', () => {
  it('exports exactly the pinned names', () => {
    expect(Object.keys(api).sort()).toEqual([...RUNTIME_EXPORTS].sort());
  });

  const docs = exportedDocs();

  it('documents every export with TSDoc', () => {
    expect(docs.filter((d) => d.doc.trim().length < 10).map((d) => d.name)).toEqual([]);
  });

  it('gives every function and class an @example', () => {
    expect(docs.filter((d) => d.kind === 'callable' && !d.tags.includes('example')).map((d) => d.name)).toEqual([]);
  });
});
