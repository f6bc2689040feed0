import { attr, childrenNamed, childrenOf, findDeep, tagOf, type XmlNode } from '../xml.js';

/** One level of an ODF list style (text:list-level-style-number) or of the outline style. */
export interface ListLevel {
  format: string;
  prefix: string;
  suffix: string;
  start: number;
  /** text:display-levels: how many levels the label shows ("1.2."). */
  display: number;
  /** A bullet or an image: no number. */
  bullet: boolean;
}

/** The list styles of a document, and the paragraph styles that carry a list style. */
export interface ListStyles {
  lists: Map<string, Map<number, ListLevel>>;
  outline: Map<number, ListLevel> | null;
  /** Paragraph style → its style:list-style-name, through style:parent-style-name. */
  paragraphList: Map<string, string>;
  /** Paragraph style → its parent, for style hints. */
  paragraphParent: Map<string, string>;
  /** Paragraph style → display name. */
  displayName: Map<string, string>;
  /** Paragraph and text styles that centre or embolden. */
  centred: Set<string>;
  bold: Set<string>;
}

function levels(style: XmlNode): Map<number, ListLevel> {
  const out = new Map<number, ListLevel>();
  for (const l of childrenOf(style)) {
    const tag = tagOf(l);
    if (!/^text:(list-level-style-(number|bullet|image)|outline-level-style)$/.test(tag)) continue;
    const level = Number(attr(l, 'text:level') ?? 1);
    out.set(level, {
      format: attr(l, 'style:num-format') ?? '',
      prefix: attr(l, 'style:num-prefix') ?? '',
      suffix: attr(l, 'style:num-suffix') ?? '',
      start: Number(attr(l, 'text:start-value') ?? 1),
      display: Number(attr(l, 'text:display-levels') ?? 1),
      bullet: tag !== 'text:list-level-style-number' && tag !== 'text:outline-level-style',
    });
  }
  return out;
}

/** Reads list styles, the outline style and the paragraph styles of content.xml and styles.xml. */
export function readListStyles(content: XmlNode[], styles: XmlNode[] | null): ListStyles {
  const out: ListStyles = { lists: new Map(), outline: null, paragraphList: new Map(), paragraphParent: new Map(), displayName: new Map(), centred: new Set(), bold: new Set() };
  const containers = [findDeep(content, 'office:automatic-styles'), styles && findDeep(styles, 'office:styles'), styles && findDeep(styles, 'office:automatic-styles')];
  for (const container of containers) {
    if (!container) continue;
    for (const s of childrenNamed(container, 'text:list-style')) out.lists.set(attr(s, 'style:name') ?? '', levels(s));
    const outline = childrenNamed(container, 'text:outline-style')[0];
    if (outline) out.outline = levels(outline);
    for (const s of childrenNamed(container, 'style:style')) {
      const name = attr(s, 'style:name') ?? '';
      const list = attr(s, 'style:list-style-name');
      if (list) out.paragraphList.set(name, list);
      const parent = attr(s, 'style:parent-style-name');
      if (parent) out.paragraphParent.set(name, parent);
      out.displayName.set(name, attr(s, 'style:display-name') ?? name.replace(/_20_/g, ' '));
      const pp = childrenNamed(s, 'style:paragraph-properties')[0];
      if (pp && /^(center)$/.test(attr(pp, 'fo:text-align') ?? '')) out.centred.add(name);
      const tp = childrenNamed(s, 'style:text-properties')[0];
      if (tp && /^(bold|[6-9]00)$/.test(attr(tp, 'fo:font-weight') ?? '')) out.bold.add(name);
    }
  }
  return out;
}

/** A style's property through its parents. */
export function inherited<T>(styles: ListStyles, name: string | undefined, get: (n: string) => T | undefined): T | undefined {
  for (let n = name, depth = 0; n && depth < 20; n = styles.paragraphParent.get(n), depth++) {
    const v = get(n);
    if (v !== undefined) return v;
  }
  return undefined;
}
