import { UnreadableDocumentError } from '../../errors.js';
import { DEFAULT_MAX_BYTES } from '../limits.js';
import type { ParseWarning } from '../../model/plan.js';
import type { DocumentMetadata, ReadDocument, ReadOptions } from '../types.js';
import { unzipParts } from '../unzip.js';
import { XmlTooDeepError, allText, coreTitle, findDeep, parseXml, type XmlNode } from '../xml.js';
import { OdtBody } from './body.js';
import { readListStyles } from './lists.js';

const PARTS = /^(content|styles|meta)\.xml$/;

/**
 * Reads an OpenDocument text (.odt): headings and paragraphs with list numbering rendered into the
 * text (text:list levels with num-format, num-prefix, num-suffix, start values; the outline
 * numbering of headings), tables with spanned and covered cells resolved. Headers and footers
 * (in styles.xml) and notes are left out and counted.
 * @throws {@link UnreadableDocumentError} for a damaged zip or a package without content.xml
 * @example
 * const doc = await readOdt(fs.readFileSync('plan.odt'), { source: 'plan.odt' });
 */
export async function readOdt(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  const source = options.source ?? null;
  // the text parts may unpack to no more than the file may be: a zip bomb stops there
  const files = unzipParts(bytes, PARTS, { limit: options.maxBytes ?? DEFAULT_MAX_BYTES, source, format: 'odt' });
  const xml = (name: string): XmlNode[] | null => {
    const f = files[name];
    if (!f) return null;
    try {
      return parseXml(new TextDecoder().decode(f));
    } catch (e) {
      if (name === 'content.xml') throw new UnreadableDocumentError(e instanceof XmlTooDeepError ? `content.xml: ${e.message}` : `a damaged OpenDocument file: content.xml is not well-formed XML (${(e as Error).message})`, source, 'odt');
      return null;
    }
  };
  const content = xml('content.xml');
  if (!content) throw new UnreadableDocumentError(`an OpenDocument package without content.xml; expected an .odt document`, source, 'odt');
  const styles = xml('styles.xml');
  const lists = readListStyles(content, styles);
  const text = findDeep(content, 'office:text');
  const body = new OdtBody(lists);
  const blocks = text ? body.blocks(text) : [];

  const warnings: ParseWarning[] = [];
  const furniture = furnitureCounts(styles);
  if (furniture.length) warnings.push({ code: 'dropped-furniture', line: null, message: `dropped ${furniture.join(', ')}: page furniture, not part of the plan` });
  if (body.notes) warnings.push({ code: 'skipped-notes', line: null, message: `left out ${body.notes} footnote(s)/endnote(s)` });
  if (body.annotations) warnings.push({ code: 'skipped-comments', line: null, message: `left out ${body.annotations} comment(s)` });

  const metadata: DocumentMetadata = coreTitle(xml('meta.xml'), 'odt-meta-core');
  return { format: 'odt', blocks, metadata, warnings, source };
}

/** Master pages' headers and footers that hold any text or page-number field. */
function furnitureCounts(styles: XmlNode[] | null): string[] {
  if (!styles) return [];
  let headers = 0;
  let footers = 0;
  const walk = (nodes: XmlNode[]): void => {
    for (const n of nodes) {
      const tag = Object.keys(n).find((k) => k !== ':@') ?? '';
      if (/^style:(header|header-first|header-left)$/.test(tag) || /^style:(footer|footer-first|footer-left)$/.test(tag)) {
        const has = allText(n).trim() || JSON.stringify(n).includes('text:page-number');
        if (has && tag.startsWith('style:header')) headers++;
        else if (has) footers++;
        continue;
      }
      const children = n[tag];
      if (Array.isArray(children)) walk(children as XmlNode[]);
    }
  };
  walk(styles);
  const out: string[] = [];
  if (headers) out.push(`${headers} running header${headers > 1 ? 's' : ''}`);
  if (footers) out.push(`${footers} footer${footers > 1 ? 's' : ''} (page numbers)`);
  return out;
}
