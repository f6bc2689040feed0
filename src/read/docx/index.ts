import { UnreadableDocumentError } from '../../errors.js';
import { DEFAULT_MAX_BYTES } from '../limits.js';
import type { ParseWarning } from '../../model/plan.js';
import type { DocumentMetadata, ReadDocument, ReadOptions } from '../types.js';
import { unzipParts } from '../unzip.js';
import { XmlTooDeepError, allText, coreTitle, childrenOf, findDeep, parseXml, tagOf, type XmlNode } from '../xml.js';
import { BodyReader } from './body.js';
import { Numbering } from './numbering.js';
import { readStyles } from './styles.js';

const PARTS = /^(word\/(document\d*|styles|numbering|footnotes|endnotes|comments)\.xml|word\/(header|footer)\d*\.xml|docProps\/core\.xml|\[Content_Types\]\.xml)$/;

/**
 * Reads a Word 2007+ document (.docx, .docm, .dotx): paragraphs with their style hints and with
 * Word's automatic numbering rendered into the text, tables with merged cells resolved. Headers,
 * footers (page numbers), footnotes and comments are left out and counted in warnings.
 * @throws {@link UnreadableDocumentError} for a damaged zip or a package without a document part
 * @example
 * const doc = await readDocx(fs.readFileSync('plan.docx'), { source: 'plan.docx' });
 * doc.blocks[2]; // { kind: 'paragraph', text: '一、加强政府信息公开', hints: { numbering: '一、', … } }
 */
export async function readDocx(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  const source = options.source ?? null;
  // the text parts may unpack to no more than the file may be: a zip bomb stops there
  const files = unzipParts(bytes, PARTS, { limit: options.maxBytes ?? DEFAULT_MAX_BYTES, source, format: 'docx' });
  const text = (name: string): string | null => {
    const f = files[name];
    return f ? new TextDecoder().decode(f) : null;
  };
  const mainName = files['word/document.xml'] ? 'word/document.xml' : Object.keys(files).find((n) => /^word\/document\d*\.xml$/.test(n));
  const main = mainName ? text(mainName) : null;
  if (!main) throw new UnreadableDocumentError(`a Word package without its document part (word/document.xml); expected a .docx document`, source, 'docx');
  let nodes: XmlNode[];
  try {
    nodes = parseXml(main);
  } catch (e) {
    throw new UnreadableDocumentError(e instanceof XmlTooDeepError ? `word/document.xml: ${e.message}` : `a damaged Word file: word/document.xml is not well-formed XML (${(e as Error).message})`, source, 'docx');
  }
  const body = findDeep(nodes, 'w:body');
  const { styles, defaultId } = readStyles(safeXml(text('word/styles.xml')));
  const numbering = new Numbering(safeXml(text('word/numbering.xml')));
  const reader = new BodyReader({ styles, defaultStyle: defaultId, numbering });
  const blocks = body ? reader.blocks(childrenOf(body)) : [];

  const warnings: ParseWarning[] = [];
  const furniture = furnitureCounts(files);
  if (furniture.length) warnings.push({ code: 'dropped-furniture', line: null, message: `dropped ${furniture.join(', ')}: page furniture, not part of the plan` });
  const notes = noteCount(safeXml(text('word/footnotes.xml')), 'w:footnote') + noteCount(safeXml(text('word/endnotes.xml')), 'w:endnote');
  if (notes) warnings.push({ code: 'skipped-notes', line: null, message: `left out ${notes} footnote(s)/endnote(s)` });
  const comments = noteCount(safeXml(text('word/comments.xml')), 'w:comment');
  if (comments) warnings.push({ code: 'skipped-comments', line: null, message: `left out ${comments} comment(s)` });

  const metadata: DocumentMetadata = coreTitle(safeXml(text('docProps/core.xml')), 'docx-core');
  return { format: 'docx', blocks, metadata, warnings, source };
}

function safeXml(xml: string | null): XmlNode[] | null {
  if (!xml) return null;
  try {
    return parseXml(xml);
  } catch {
    return null;
  }
}

/** "1 running header, 2 footers" for the header and footer parts that hold any text or field. */
function furnitureCounts(files: Record<string, Uint8Array>): string[] {
  let headers = 0;
  let footers = 0;
  for (const name of Object.keys(files)) {
    const m = /^word\/(header|footer)\d*\.xml$/.exec(name);
    if (!m) continue;
    const xml = new TextDecoder().decode(files[name]);
    if (!/<w:t[\s>]|<w:instrText|<w:fldSimple/.test(xml)) continue;
    if (m[1] === 'header') headers++;
    else footers++;
  }
  const out: string[] = [];
  if (headers) out.push(`${headers} running header${headers > 1 ? 's' : ''}`);
  if (footers) out.push(`${footers} footer${footers > 1 ? 's' : ''} (page numbers)`);
  return out;
}

/** Notes or comments with content (Word's separator notes have negative or 0/1 ids and a type). */
function noteCount(nodes: XmlNode[] | null, tag: string): number {
  if (!nodes) return 0;
  const root = nodes.find((n) => tagOf(n) !== '?xml') ?? nodes[0];
  if (!root) return 0;
  return childrenOf(root).filter((n) => tagOf(n) === tag && !/separator|continuation/.test(JSON.stringify(n[':@'] ?? {})) && allText(n).trim()).length;
}
