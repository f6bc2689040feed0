import { tableBlock } from '../table-block.js';
import type { Block, BlockHints, ParagraphBlock, TableBlock } from '../types.js';
import { attr, child, childrenOf, tagOf, textOfNode, type XmlNode } from '../xml.js';
import type { Numbering } from './numbering.js';
import { headingLevelOfName, isOn, type ParagraphStyle } from './styles.js';
import { pushAll } from '../../model/arrays.js';

/** What the body walk needs to know about the file. */
export interface BodyContext {
  styles: Map<string, ParagraphStyle>;
  defaultStyle: string | null;
  numbering: Numbering;
}

/** Elements whose content is not running text: deleted revisions, drawings, field codes, notes. */
const SKIPPED = new Set([
  'w:pPr',
  'w:rPr',
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:instrText',
  'w:delInstrText',
  'w:drawing',
  'w:pict',
  'w:object',
  'mc:AlternateContent',
  'w:footnoteReference',
  'w:endnoteReference',
  'w:commentReference',
  'w:annotationRef',
  'w:bookmarkStart',
  'w:bookmarkEnd',
  'w:proofErr',
]);

/** A paragraph's text as a list of lines (a w:br starts a new one) and whether all of it is bold. */
interface Runs {
  lines: string[];
  bold: boolean;
  chars: number;
}

function collectRuns(nodes: XmlNode[], out: Runs, styleBold: boolean): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (SKIPPED.has(tag)) continue;
    if (tag === 'w:r') {
      const rPr = child(n, 'w:rPr');
      if (rPr && isOn(child(rPr, 'w:vanish'))) continue;
      const b = rPr ? child(rPr, 'w:b') : undefined;
      const bold = b ? isOn(b) : styleBold;
      for (const part of childrenOf(n)) {
        const t = tagOf(part);
        if (t === 'w:t') {
          const text = childrenOf(part).map(textOfNode).join('');
          out.lines[out.lines.length - 1] += text;
          if (text.trim()) {
            out.chars += text.length;
            if (!bold) out.bold = false;
          }
        } else if (t === 'w:tab' || t === 'w:ptab') {
          out.lines[out.lines.length - 1] += ' ';
        } else if (t === 'w:br' || t === 'w:cr') {
          // a page or column break is no end of the sentence; a line break is
          const type = attr(part, 'w:type');
          if (type !== 'page' && type !== 'column') out.lines.push('');
        } else if (t === 'w:noBreakHyphen') {
          out.lines[out.lines.length - 1] += '-';
        } else if (t === 'w:sym') {
          const code = attr(part, 'w:char');
          const c = code ? parseInt(code, 16) : NaN;
          // symbol fonts map to the private use area; only real characters are kept
          if (Number.isFinite(c) && (c < 0xe000 || c > 0xf8ff)) out.lines[out.lines.length - 1] += String.fromCharCode(c);
        }
      }
      continue;
    }
    // hyperlinks, content controls, smart tags, insertions, simple fields: their runs are text
    collectRuns(childrenOf(n), out, styleBold);
  }
}

/** Reads the blocks of a w:body (or a table cell, or a header), in order. */
export class BodyReader {
  private paragraphNo = 0;
  private tableNo = 0;
  constructor(private readonly ctx: BodyContext) {}

  blocks(nodes: XmlNode[]): Block[] {
    const out: Block[] = [];
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === 'w:p') pushAll(out, this.paragraph(n, true));
      else if (tag === 'w:tbl') out.push(this.table(n));
      else if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml' || tag === 'w:ins' || tag === 'w:moveTo') pushAll(out, this.blocks(childrenOf(n)));
    }
    return out;
  }

  /** A paragraph as blocks: one per line (soft breaks split it), numbering label first. */
  private paragraph(p: XmlNode, counted: boolean): ParagraphBlock[] {
    const pPr = child(p, 'w:pPr');
    const styleNode = pPr && child(pPr, 'w:pStyle');
    const styleId = (styleNode && attr(styleNode, 'w:val')) ?? this.ctx.defaultStyle ?? '';
    const style = this.ctx.styles.get(styleId);
    const hints: BlockHints = {};
    if (style && style.id !== this.ctx.defaultStyle) hints.style = style.name;

    const outlineNode = pPr && child(pPr, 'w:outlineLvl');
    const outline = outlineNode ? Number(attr(outlineNode, 'w:val') ?? 9) : style?.outlineLvl;
    const heading = outline !== undefined && outline < 9 ? outline + 1 : style ? headingLevelOfName(style.name) : undefined;
    if (heading) hints.heading = heading;
    const jc = pPr && child(pPr, 'w:jc');
    const centred = jc ? /^(center|centre)$/.test(attr(jc, 'w:val') ?? '') : style?.centred;
    if (centred) hints.centred = true;

    const runs: Runs = { lines: [''], bold: true, chars: 0 };
    collectRuns(childrenOf(p), runs, style?.bold ?? false);
    if (runs.chars > 0 && runs.bold) hints.bold = true;

    const label = this.label(pPr, style, styleId);
    // Word shows the number of an empty numbered paragraph too (a 序号 cell holds nothing else)
    if (label) {
      hints.numbering = label.label;
      runs.lines[0] = label.label + label.suffix + runs.lines[0]!.replace(/^\s+/, '');
    }
    if (counted) this.paragraphNo++;
    const origin = counted ? { paragraph: this.paragraphNo } : undefined;
    return runs.lines.map((text, i) => {
      const block: ParagraphBlock = { kind: 'paragraph', text: text.trim() };
      const h = i === 0 ? hints : { ...hints, numbering: undefined };
      if (h.numbering === undefined) delete h.numbering;
      if (Object.keys(h).length) block.hints = h;
      if (origin) block.origin = origin;
      return block;
    });
  }

  /** The numbering label of a paragraph: its own w:numPr, else its style's. */
  private label(pPr: XmlNode | undefined, style: ParagraphStyle | undefined, styleId: string): { label: string; suffix: string } | null {
    const numPr = pPr && child(pPr, 'w:numPr');
    const numIdNode = numPr && child(numPr, 'w:numId');
    const ilvlNode = numPr && child(numPr, 'w:ilvl');
    let numId = numIdNode ? attr(numIdNode, 'w:val') : undefined;
    let ilvl = ilvlNode ? Number(attr(ilvlNode, 'w:val') ?? 0) : undefined;
    if (numId === undefined && style?.numId !== undefined) numId = style.numId;
    if (ilvl === undefined) ilvl = style?.numId !== undefined && numId === style.numId ? (style.ilvl ?? 0) : 0;
    if (numId === undefined) {
      const tied = this.ctx.numbering.styleList(styleId);
      if (!tied) return null;
      numId = tied.numId;
      ilvl = tied.ilvl;
    }
    return this.ctx.numbering.next(numId, ilvl);
  }

  /** A table, with gridSpan and vMerge resolved into repeated cells. */
  private table(tbl: XmlNode): TableBlock {
    this.tableNo++;
    this.paragraphNo++;
    const table = this.tableNo;
    const rows: string[][] = [];
    const mergedFrom: ('left' | 'above' | null)[][] = [];
    for (const tr of childrenOf(tbl)) {
      if (tagOf(tr) !== 'w:tr') continue;
      const trPr = child(tr, 'w:trPr');
      const before = Number((trPr && child(trPr, 'w:gridBefore') && attr(child(trPr, 'w:gridBefore')!, 'w:val')) ?? 0);
      const row: string[] = Array(before).fill('');
      const from: ('left' | 'above' | null)[] = Array(before).fill(null);
      for (const tc of cellsOf(tr)) {
        const tcPr = child(tc, 'w:tcPr');
        const spanNode = tcPr && child(tcPr, 'w:gridSpan');
        const span = Math.max(1, Number((spanNode && attr(spanNode, 'w:val')) ?? 1));
        const vMerge = tcPr && child(tcPr, 'w:vMerge');
        const continues = vMerge !== undefined && (attr(vMerge, 'w:val') ?? 'continue') === 'continue';
        const col = row.length;
        const above = rows[rows.length - 1];
        const text = continues && above ? (above[col] ?? '') : this.cellText(tc);
        for (let k = 0; k < span; k++) {
          row.push(text);
          from.push(k > 0 ? 'left' : continues && above ? 'above' : null);
        }
      }
      rows.push(row);
      mergedFrom.push(from);
    }
    return tableBlock(rows, mergedFrom, { paragraph: this.paragraphNo, table });
  }

  /** A cell's paragraphs (and nested tables' text), joined by spaces. */
  private cellText(tc: XmlNode): string {
    const parts: string[] = [];
    const walk = (nodes: XmlNode[]): void => {
      for (const n of nodes) {
        const tag = tagOf(n);
        if (tag === 'w:p') pushAll(parts, this.paragraph(n, false).map((b) => b.text));
        else if (tag === 'w:tbl') for (const tr of childrenOf(n)) for (const c of tagOf(tr) === 'w:tr' ? cellsOf(tr) : []) walk(childrenOf(c));
        else if (tag !== 'w:tcPr') walk(childrenOf(n));
      }
    };
    walk(childrenOf(tc));
    return parts.filter(Boolean).join(' ');
  }
}

/** A row's cells, also those wrapped in content controls. */
function cellsOf(tr: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  for (const n of childrenOf(tr)) {
    const tag = tagOf(n);
    if (tag === 'w:tc') out.push(n);
    else if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml') pushAll(out, cellsOf(n));
  }
  return out;
}
