import { EmptyDocumentError, NoStructureError, where } from '../errors.js';
import type { Gazetteer } from '../model/gazetteer.js';
import { PLAN_SCHEMA, type Node, type ParseWarning, type Plan } from '../model/plan.js';
import { planItems } from '../model/walk.js';
import { assignIds, dropTrailer, findBodyStart, isCaption, proseNodes } from './body.js';
import { cleanSource } from './clean.js';
import { decodeBytes } from './decode.js';
import { parseHeader, squeeze, type Header } from './header.js';
import { findJurisdiction } from './jurisdiction.js';
import { convertTraditional, restorePlan } from './traditional.js';
import { planYear } from './year.js';
import { toLines, type Line } from './lines.js';
import { readTable } from './table.js';
import { tablePlan } from './table-plan.js';
import { attachTaskTable } from './tasks.js';

/** Options of {@link parsePlan}. */
export interface ParseOptions {
  /** Name of the input (a file path) used in warnings, errors and `plan.source`. */
  source?: string;
  /** Gazetteer used to infer the jurisdiction (defaults to the shipped one). */
  gazetteer?: Gazetteer;
}

/**
 * Parses a plan document — raw bytes in UTF-8, UTF-16 or GB18030, or an already decoded string —
 * into a {@link Plan}: header facts, the tree of sections and items, and warnings about anything
 * skipped or repaired.
 * @throws {@link EncodingError}, {@link EmptyDocumentError} or {@link NoStructureError}
 * @example
 * import { parsePlan } from 'policy-lineage';
 * const plan = parsePlan(fs.readFileSync('seeds/003_c25a0eff93a0bef6.txt'), { source: '003.txt' });
 * plan.title;              // '沈阳市2022年政务公开工作要点'
 * plan.children[0].title;  // '加强政府信息公开,夯实一流基础'
 */
export function parsePlan(input: string | Uint8Array, options: ParseOptions = {}): Plan {
  const source = options.source ?? null;
  const raw = typeof input === 'string' ? input : decodeBytes(input, source).text;
  const cleaned = cleanSource(raw);
  // traditional characters are converted for parsing; display strings get them back at the end
  const conversion = convertTraditional(cleaned);
  const lines = toLines(conversion ? conversion.text : cleaned);
  if (lines.length === 0) throw new EmptyDocumentError(`${where(source)}the document has no text`, source);
  const warnings: ParseWarning[] = [];
  if (conversion) warnings.push({ code: 'converted-traditional', line: null, message: 'the document is in traditional characters: parsed in simplified, shown as written' });

  const bodyStart = findBodyStart(lines);
  const firstTable = lines.findIndex((l) => l.table);
  let headerLines: Line[];
  let closing: Line[] = [];
  let children: Node[];
  if (bodyStart >= 0 && (firstTable < 0 || bodyStart < firstTable)) {
    headerLines = lines.slice(0, bodyStart);
    const tableAt = lines.findIndex((l, i) => i > bodyStart && l.table);
    let bodyEnd = tableAt < 0 ? lines.length : tableAt;
    const caption = tableAt > 0 ? lines[tableAt - 1] : undefined;
    if (caption && !caption.table && isCaption(caption)) bodyEnd--;
    const before = warnings.length;
    children = proseNodes(dropTrailer(lines.slice(bodyStart, bodyEnd), warnings), warnings);
    const dropped = new Set(warnings.slice(before).filter((w) => w.code === 'skipped-trailer').map((w) => w.line));
    closing = lines.filter((l) => dropped.has(l.no));
    if (tableAt >= 0) {
      const read = readTable(lines.slice(tableAt));
      attachTaskTable(planItems(children), read, warnings);
    }
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
          ? `${where(source)}markers were found but no requirement items under them`
          : `${where(source)}no plan structure found: expected sections such as "一、…", numbered items such as "1." or "（一）", or a plan table`,
        source,
      );
    }
    children = [];
    warnings.push({ code: 'no-items', line: header.titleLine, message: `the document is a notice announcing "${header.title}" without the plan's items (an attachment not included)` });
  }
  assignIds(children);
  warnings.unshift(...header.warnings);
  const plan = assemble(header, headerLines, children, warnings, options);
  plan.source = source;
  if (conversion) restorePlan(plan, conversion.restore);
  plan.warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return plan;
}

/** The plan's header fields from what the header said, with a warning for each guess. */
function assemble(header: Header, headerLines: Line[], children: Node[], warnings: ParseWarning[], options: ParseOptions): Plan {
  let title = header.title;
  if (!title) {
    title = squeeze(headerLines.find((l) => !l.table)?.text ?? '');
    warnings.push({ code: 'title-guessed', line: headerLines[0]?.no ?? null, message: `no plan title found: took the first line "${title}"` });
  }
  const found = findJurisdiction([title, header.issuer, header.masthead, header.noticeTitle], options.gazetteer);
  const jurisdiction = found.jurisdiction;
  if (found.from > 0 && jurisdiction.name) {
    const what = ['the title', 'the issuer', 'the masthead', 'the notice title'][found.from];
    warnings.push({ code: 'jurisdiction-from-issuer', line: header.titleLine, message: `the title names no place: jurisdiction ${jurisdiction.name} taken from ${what}` });
  }
  if ((found.how === 'suffix' || found.how === 'zone') && jurisdiction.name) {
    warnings.push({ code: 'jurisdiction-by-suffix', line: header.titleLine, message: `${jurisdiction.name} is not in the gazetteer: level ${jurisdiction.level ?? 'unknown'} read from its name` });
  }
  const year = planYear(title, header.noticeTitle, header.date, header.docNumber);
  if (year.guess) warnings.push({ code: year.guess, line: header.titleLine, message: `the title gives no single year: year ${year.year} taken from ${year.guess === 'year-from-date' ? 'the date' : 'the 文号'}` });
  return {
    schema: PLAN_SCHEMA,
    title,
    jurisdiction,
    year: year.year,
    docNumber: header.docNumber,
    issuer: header.issuer,
    date: header.date,
    references: header.references,
    preamble: header.preamble,
    children,
    warnings,
    source: null,
    ...(header.forwardedBy ? { forwardedBy: header.forwardedBy } : {}),
  };
}
