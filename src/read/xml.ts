import { XMLParser } from 'fast-xml-parser';

/** An element in document order, as fast-xml-parser's preserveOrder mode gives it. */
export type XmlNode = Record<string, unknown>;

const ATTRS = ':@';
const TEXT = '#text';

let parser: XMLParser | null = null;

/**
 * Deepest element nesting parsed (fast-xml-parser's bound, stated here so the readers can name it):
 * Word and OpenDocument nest a few dozen levels even with tables in tables and text boxes.
 */
export const MAX_XML_DEPTH = 100;

/** An XML part nested deeper than {@link MAX_XML_DEPTH}: refused, not taken for malformed XML. */
export class XmlTooDeepError extends Error {}

/**
 * Parses an XML part of an Office file into nodes in document order. Entities are decoded by
 * {@link decodeEntities} rather than by the parser, which leaves numeric references alone.
 */
export function parseXml(xml: string): XmlNode[] {
  parser ??= new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    maxNestedTags: MAX_XML_DEPTH,
  });
  try {
    return parser.parse(xml) as XmlNode[];
  } catch (e) {
    if (/maximum nested tags/i.test((e as Error).message)) throw new XmlTooDeepError(`its elements nest more than ${MAX_XML_DEPTH} levels deep, past the bound of this reader`);
    throw e;
  }
}

/** The element's tag name ("w:p"), or "#text" for a text node. */
export function tagOf(node: XmlNode): string {
  for (const k in node) if (k !== ATTRS) return k;
  return '';
}

/** The element's children (empty for a text node). */
export function childrenOf(node: XmlNode): XmlNode[] {
  const v = node[tagOf(node)];
  return Array.isArray(v) ? (v as XmlNode[]) : [];
}

/** An attribute's value, entities decoded. */
export function attr(node: XmlNode, name: string): string | undefined {
  const a = node[ATTRS] as Record<string, string> | undefined;
  const v = a?.[name];
  return v === undefined ? undefined : decodeEntities(String(v));
}

/** The text of a text node, entities decoded. */
export function textOfNode(node: XmlNode): string {
  const v = node[TEXT];
  return v === undefined ? '' : decodeEntities(String(v));
}

/** The first child with this tag. */
export function child(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag);
}

/** All children with this tag. */
export function childrenNamed(node: XmlNode, tag: string): XmlNode[] {
  return childrenOf(node).filter((c) => tagOf(c) === tag);
}

/** The first element with this tag anywhere below the given nodes (depth first). */
export function findDeep(nodes: XmlNode[], tag: string): XmlNode | undefined {
  for (const n of nodes) {
    if (tagOf(n) === tag) return n;
    const found = findDeep(childrenOf(n), tag);
    if (found) return found;
  }
  return undefined;
}

/**
 * The dc:title of an Office package's core properties (docProps/core.xml, ODF meta.xml), as a
 * metadata value from `from`; often a template's, so the parser takes it as the weakest witness.
 */
export function coreTitle(nodes: XmlNode[] | null, from: string): { title?: { value: string; from: string } } {
  const title = nodes ? findDeep(nodes, 'dc:title') : undefined;
  const value = title ? allText(title).trim() : '';
  return value ? { title: { value, from } } : {};
}

/** All text below a node, in order. */
export function allText(node: XmlNode): string {
  if (tagOf(node) === TEXT) return textOfNode(node);
  return childrenOf(node).map(allText).join('');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}
