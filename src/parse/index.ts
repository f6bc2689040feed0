import { EmptyDocumentError, NoStructureError } from '../errors.js';
import type { Gazetteer } from '../model/gazetteer.js';
import { PLAN_SCHEMA, type Node, type ParseWarning, type Plan } from '../model/plan.js';
import { planItems } from '../model/walk.js';
import { assignIds, findBodyStart } from './body.js';
import type { ReadDocument } from '../read/types.js';
import { headerFacts, planInput, withOrigins } from './blocks.js';
import { cleanSource } from './clean.js';
import { parseHeader } from './header.js';
import { inferJurisdiction } from './jurisdiction.js';
import { lineStarts, toLines, type Line } from './lines.js';
import { fillPositions } from './positions.js';
import { readTable } from './table.js';
import { tablePlan } from './table-plan.js';
import { bodyNodes } from './zones.js';
import { flattenedTables } from './flat-table.js';
import { dropPageFurniture } from './furniture.js';

/** Options of {@link parsePlan}. */
export interface ParseOptions {
  /** Name of the input (a file path) used in warnings, errors and `plan.source`. */
  source?: string;
  /** Gazetteer used to infer the jurisdiction (defaults to the shipped one). */
  gazetteer?: Gazetteer;
}

/**
 * Parses a plan document — raw bytes of text in UTF-8, UTF-16 or GB18030, an already decoded
 * string, or a {@link ReadDocument} from {@link readDocument} (Word, OpenDocument, PDF, HTML) —
 * into a {@link Plan}: header facts, the tree of sections and items, and warnings about anything
 * skipped or repaired. A read document's paragraphs become lines and its tables tab-separated
 * rows; its metadata fills header facts the text does not give; its warnings come first.
 * Given a read Plan JSON, returns that plan.
 * @throws {@link EncodingError}, {@link EmptyDocumentError}, {@link NoStructureError}, or
 * {@link UnreadableDocumentError} for the bytes of a Word, OpenDocument or PDF file (use {@link readPlan})
 * @example
 * import { parsePlan } from 'policy-lineage';
 * const plan = parsePlan(fs.readFileSync('seeds/003_c25a0eff93a0bef6.txt'), { source: '003.txt' });
 * plan.title;              // '沈阳市2022年政务公开工作要点'
 * plan.children[0].title;  // '加强政府信息公开,夯实一流基础'
 */
export function parsePlan(input: string | Uint8Array | ReadDocument, options: ParseOptions = {}): Plan {
  const doc = typeof input === 'string' || input instanceof Uint8Array ? null : input;
  const source = options.source ?? doc?.source ?? null;
  if (doc?.plan) return doc.plan;
  const given = planInput(input, source);
  const warnings: ParseWarning[] = [];
  const lines = flattenedTables(dropPageFurniture(withOrigins(toLines(cleanSource(given.text), lineStarts(given.text)), given.origins), warnings), warnings);
  if (lines.length === 0) throw new EmptyDocumentError('the document has no text', { source });

  const bodyStart = findBodyStart(lines);
  const firstTable = lines.findIndex((l) => l.table);
  let headerLines: Line[];
  let children: Node[];
  if (bodyStart >= 0 && (firstTable < 0 || bodyStart < firstTable)) {
    headerLines = lines.slice(0, bodyStart);
    children = bodyNodes(lines.slice(bodyStart), warnings);
  } else if (firstTable >= 0) {
    headerLines = lines.slice(0, firstTable);
    children = tablePlan(readTable(lines.slice(firstTable)), warnings);
  } else {
    throw new NoStructureError(
      `no plan structure found: expected sections such as "一、…", numbered items such as "1." or "（一）", or a plan table`,
      { source },
    );
  }
  if (planItems(children).length === 0) {
    throw new NoStructureError('markers were found but no requirement items under them', { source });
  }
  assignIds(children);
  const header = parseHeader(headerLines);
  warnings.unshift(...header.warnings);
  const { title, docNumber, issuer, date } = headerFacts(header, headerLines[0]?.text ?? null, doc, warnings);
  if (doc) warnings.unshift(...doc.warnings);
  const jurisdiction = inferJurisdiction([title, issuer, header.masthead, header.noticeTitle], options.gazetteer);
  const year = Number(/(\d{4})\s*年/.exec(title)?.[1] ?? date?.slice(0, 4) ?? NaN);
  fillPositions(children, warnings, lines);
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    schema: PLAN_SCHEMA,
    title,
    jurisdiction,
    year: Number.isNaN(year) ? null : year,
    docNumber,
    issuer,
    date,
    references: header.references,
    preamble: header.preamble,
    children,
    warnings,
    source,
  };
}
