import { EmptyDocumentError, InputTooLargeError, NoStructureError } from '../errors.js';
import type { Gazetteer } from '../model/gazetteer.js';
import { PLAN_SCHEMA, type Node, type ParseWarning, type Plan } from '../model/plan.js';
import { pushAll } from '../model/arrays.js';
import { planItems, withLongItemWarnings } from '../model/walk.js';
import { assignIds, findBodyStart, splitRunInBody } from './body.js';
import type { ReadDocument } from '../read/types.js';
import { headerFacts, planInput, withOrigins } from './blocks.js';
import { cleanSource } from './clean.js';
import { parseHeader, type Header } from './header.js';
import { findJurisdiction } from './jurisdiction.js';
import { convertTraditional, restorePlan } from './traditional.js';
import { planYear } from './year.js';
import { lineStarts, toLines, type Line } from './lines.js';
import { fillPositions } from './positions.js';
import { pipeRowsWithoutLead, readTable } from './table.js';
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
  /**
   * Most lines a document may have (default 200,000). A work plan has a few thousand at most;
   * parsing costs time and memory in proportion to the lines, so far larger input is refused
   * with an {@link InputTooLargeError} instead of running for minutes.
   */
  maxLines?: number;
}

/** Default of {@link ParseOptions.maxLines}: some fifty times the longest plan of this genre. */
const DEFAULT_MAX_LINES = 200_000;

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
  refuseTooManyLines(given.text, options.maxLines ?? DEFAULT_MAX_LINES, source);
  const warnings: ParseWarning[] = [];
  const cleaned = cleanSource(given.text);
  // traditional characters are converted for parsing; display strings get them back at the end
  const conversion = convertTraditional(cleaned);
  let lines = flattenedTables(pipeRowsWithoutLead(dropPageFurniture(withOrigins(toLines(conversion ? conversion.text : cleaned, lineStarts(given.text)), given.origins), warnings)), warnings);
  if (lines.length === 0) throw new EmptyDocumentError(`the document has no text`, { source });
  if (conversion) warnings.push({ code: 'converted-traditional', line: null, message: 'the document is in traditional characters: parsed in simplified, shown as written' });

  let bodyStart = findBodyStart(lines);
  if (bodyStart < 0) {
    lines = splitRunInBody(lines);
    bodyStart = findBodyStart(lines);
  }
  const firstTable = lines.findIndex((l) => l.table);
  let headerLines: Line[];
  let closing: Line[] = [];
  let children: Node[];
  if (bodyStart >= 0 && (firstTable < 0 || bodyStart < firstTable)) {
    headerLines = lines.slice(0, bodyStart);
    const before = warnings.length;
    children = bodyNodes(lines.slice(bodyStart), warnings);
    // the signature and date after the last item are the notice's: the header reads them
    const dropped = new Set(warnings.slice(before).filter((w) => w.code === 'skipped-trailer').map((w) => w.line));
    closing = lines.filter((l) => dropped.has(l.no));
  } else if (firstTable >= 0) {
    headerLines = lines.slice(0, firstTable);
    children = tablePlan(readTable(lines.slice(firstTable)), warnings);
  } else {
    headerLines = lines;
    children = [];
  }
  const header = parseHeader(headerLines, closing);
  if (planItems(children).length === 0) {
    // a covering notice that only announces its plan (the plan is an attachment not included)
    if (!header.announces || !header.title) {
      throw new NoStructureError(
        children.length
          ? `markers were found but no requirement items under them`
          : `no plan structure found: expected sections such as "一、…", numbered items such as "1." or "（一）", or a plan table`,
        { source },
      );
    }
    children = [];
    warnings.push({ code: 'no-items', line: header.titleLine, message: `the document is a notice announcing "${header.title}" without the plan's items (an attachment not included)` });
  }
  assignIds(children);
  // a spread into unshift would pass every warning on the stack; a text of a million markers has as many
  const bodyWarnings = warnings.splice(0);
  pushAll(pushAll(warnings, header.warnings), bodyWarnings);
  const plan = assemble(header, headerLines, children, warnings, doc, options);
  if (doc) plan.warnings = [...doc.warnings, ...plan.warnings];
  plan.source = source;
  if (conversion) restorePlan(plan, conversion.restore);
  fillPositions(plan.children, plan.warnings, lines);
  plan.warnings = withLongItemWarnings(plan);
  plan.warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return plan;
}

/** The plan's header fields from what the header said, with a warning for each guess. */
function assemble(header: Header, headerLines: Line[], children: Node[], warnings: ParseWarning[], doc: ReadDocument | null, options: ParseOptions): Plan {
  if (!header.title) {
    const first = headerLines.find((l) => !l.table);
    warnings.push({ code: 'title-guessed', line: first?.no ?? null, message: `no plan title line found: took the first line or the document's metadata` });
  }
  const { title, docNumber, issuer, date } = headerFacts(header, headerLines.find((l) => !l.table)?.text ?? null, doc, warnings);
  const found = findJurisdiction([title, issuer, header.masthead, header.noticeTitle], options.gazetteer);
  const jurisdiction = found.jurisdiction;
  if (found.from > 0 && jurisdiction.name) {
    const what = ['the title', 'the issuer', 'the masthead', 'the notice title'][found.from];
    const why = found.superior ? 'the title names the place of the superior plan it breaks down or implements' : 'the title names no place';
    warnings.push({ code: 'jurisdiction-from-issuer', line: header.titleLine, message: `${why}: jurisdiction ${jurisdiction.name} taken from ${what}` });
  }
  if (found.superior === 'taken' && jurisdiction.name) {
    warnings.push({ code: 'jurisdiction-of-superior', line: header.titleLine, message: `only the superior plan the title implements names a place, and no signature does: jurisdiction ${jurisdiction.name} is a guess` });
  }
  if ((found.how === 'suffix' || found.how === 'zone') && jurisdiction.name) {
    warnings.push({ code: 'jurisdiction-by-suffix', line: header.titleLine, message: `${jurisdiction.name} is not in the gazetteer: level ${jurisdiction.level ?? 'unknown'} read from its name` });
  }
  const year = planYear(title, header.noticeTitle, date, docNumber);
  if (year.guess) warnings.push({ code: year.guess, line: header.titleLine, message: `the title gives no single year: year ${year.year} taken from ${year.guess === 'year-from-date' ? 'the date' : 'the 文号'}` });
  return {
    schema: PLAN_SCHEMA,
    title,
    jurisdiction,
    year: year.year,
    docNumber,
    issuer,
    date,
    references: header.references,
    preamble: header.preamble,
    children,
    warnings,
    source: null,
    ...(header.forwardedBy ? { forwardedBy: header.forwardedBy } : {}),
  };
}

/** Counted before anything else is done with the text: cheap, and bounds everything after it. */
function refuseTooManyLines(text: string, limit: number, source: string | null): void {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (++lines > limit) {
      let total = lines;
      for (let more = text.indexOf('\n', at + 1); more >= 0; more = text.indexOf('\n', more + 1)) total++;
      throw new InputTooLargeError(`the document has ${total} lines, over the limit of ${limit} (a work plan has a few thousand; raise it with maxLines, on the command line --max-lines)`, { source }, limit);
    }
  }
}
