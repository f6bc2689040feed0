import { attr, child, childrenNamed, findDeep, type XmlNode } from '../xml.js';

/** What a paragraph style gives its paragraphs, with its basedOn chain resolved. */
export interface ParagraphStyle {
  id: string;
  name: string;
  /** Numbering from the style's w:numPr. */
  numId?: string;
  ilvl?: number;
  /** 0-based w:outlineLvl (9 = body text). */
  outlineLvl?: number;
  centred?: boolean;
  bold?: boolean;
}

interface RawStyle extends ParagraphStyle {
  basedOn?: string;
}

/** Whether a toggle property such as w:b is on (present and not val="0"/"false"). */
export function isOn(node: XmlNode | undefined): boolean {
  if (!node) return false;
  const v = attr(node, 'w:val');
  return v === undefined || !/^(0|false|off)$/i.test(v);
}

/** Reads styles.xml: paragraph styles by id, each with what it inherits through w:basedOn. */
export function readStyles(nodes: XmlNode[] | null): { styles: Map<string, ParagraphStyle>; defaultId: string | null } {
  const raw = new Map<string, RawStyle>();
  let defaultId: string | null = null;
  const root = nodes ? findDeep(nodes, 'w:styles') : undefined;
  for (const s of root ? childrenNamed(root, 'w:style') : []) {
    if (attr(s, 'w:type') !== 'paragraph') continue;
    const id = attr(s, 'w:styleId') ?? '';
    const isDefault = attr(s, 'w:default');
    if (isDefault && /^(1|true|on)$/i.test(isDefault)) defaultId = id;
    const pPr = child(s, 'w:pPr');
    const rPr = child(s, 'w:rPr');
    const numPr = pPr && child(pPr, 'w:numPr');
    const numIdNode = numPr && child(numPr, 'w:numId');
    const ilvlNode = numPr && child(numPr, 'w:ilvl');
    const outline = pPr && child(pPr, 'w:outlineLvl');
    const jc = pPr && child(pPr, 'w:jc');
    const b = rPr && child(rPr, 'w:b');
    const style: RawStyle = { id, name: attr(child(s, 'w:name') ?? {}, 'w:val') ?? id };
    const basedOn = child(s, 'w:basedOn');
    if (basedOn) style.basedOn = attr(basedOn, 'w:val');
    if (numIdNode) style.numId = attr(numIdNode, 'w:val');
    if (ilvlNode) style.ilvl = Number(attr(ilvlNode, 'w:val') ?? 0);
    if (outline) style.outlineLvl = Number(attr(outline, 'w:val') ?? 9);
    if (jc) style.centred = /^(center|centre)$/.test(attr(jc, 'w:val') ?? '');
    if (b) style.bold = isOn(b);
    raw.set(id, style);
  }
  const resolved = new Map<string, ParagraphStyle>();
  const resolve = (id: string, depth = 0): ParagraphStyle | undefined => {
    const done = resolved.get(id);
    if (done) return done;
    const s = raw.get(id);
    if (!s) return undefined;
    const parent = s.basedOn && depth < 20 ? resolve(s.basedOn, depth + 1) : undefined;
    const out: ParagraphStyle = { id: s.id, name: s.name };
    for (const key of ['numId', 'ilvl', 'outlineLvl', 'centred', 'bold'] as const) {
      const v = s[key] ?? parent?.[key];
      if (v !== undefined) (out as unknown as Record<string, unknown>)[key] = v;
    }
    resolved.set(id, out);
    return out;
  };
  for (const id of raw.keys()) resolve(id);
  return { styles: resolved, defaultId };
}

/** The outline level a style's name promises: "heading 2", "标题 2", "Heading2" → 2. */
export function headingLevelOfName(name: string): number | undefined {
  const m = /^(?:heading|标题)\s*(\d)$/i.exec(name.trim());
  return m ? Number(m[1]) : /^title$/i.test(name.trim()) || name.trim() === '标题' ? 1 : undefined;
}
