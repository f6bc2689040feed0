import { formatCounter } from '../number-format.js';
import { tableBlock } from '../table-block.js';
import type { Block, BlockHints, ParagraphBlock, TableBlock } from '../types.js';
import { attr, childrenOf, tagOf, textOfNode, type XmlNode } from '../xml.js';
import { inherited, type ListLevel, type ListStyles } from './lists.js';
import { pushAll } from '../../model/arrays.js';

/** Counters of one list, continued by later lists that say text:continue-list or continue-numbering. */
type Counters = (number | undefined)[];

/** Elements whose content is not running text. */
const SKIPPED = new Set(['text:note', 'office:annotation', 'office:annotation-end', 'text:tracked-changes', 'draw:frame', 'draw:custom-shape', 'text:bookmark', 'text:bookmark-start', 'text:bookmark-end', 'text:soft-page-break', 'text:sequence-decls', 'text:variable-decls', 'text:user-field-decls', 'office:forms', 'text:table-of-content', 'text:alphabetical-index']);

/** Walks office:text into blocks, rendering list and outline numbers. */
export class OdtBody {
  /** Footnotes and comments left out. */
  notes = 0;
  annotations = 0;
  private paragraphNo = 0;
  private tableNo = 0;
  private readonly chains = new Map<string, Counters>();
  private lastChain: Counters | null = null;
  private readonly outlineCounters: Counters = [];

  constructor(private readonly styles: ListStyles) {}

  blocks(container: XmlNode): Block[] {
    const out: Block[] = [];
    for (const n of childrenOf(container)) {
      const tag = tagOf(n);
      if (tag === 'text:p' || tag === 'text:h') pushAll(out, this.paragraph(n, tag === 'text:h' ? this.outlineLabel(n) : null, true));
      else if (tag === 'text:list') pushAll(out, this.list(n, 1, null, null));
      else if (tag === 'table:table') out.push(this.table(n));
      else if (tag === 'text:section' || tag === 'text:soft-page-break' || tag === 'text:numbered-paragraph') pushAll(out, this.blocks(n));
    }
    return out;
  }

  /** The label of a heading outside any list, from the document's outline style. */
  private outlineLabel(h: XmlNode): string | null {
    const level = Number(attr(h, 'text:outline-level') ?? 0);
    const def = this.styles.outline?.get(level);
    if (!level || !def || attr(h, 'text:is-list-header') === 'true') return null;
    const start = attr(h, 'text:restart-numbering') === 'true' ? Number(attr(h, 'text:start-value') ?? def.start) : undefined;
    return this.count(this.outlineCounters, level, def, this.styles.outline!, start);
  }

  /** Advances a level's counter and renders the label; null for a level without numbers. */
  private count(counters: Counters, level: number, def: ListLevel | undefined, all: Map<number, ListLevel>, start?: number): string | null {
    counters[level] = start ?? (counters[level] === undefined ? (def?.start ?? 1) : counters[level]! + 1);
    for (let k = level + 1; k <= 10; k++) counters[k] = undefined;
    if (!def || def.bullet || !def.format) return null;
    const parts: string[] = [];
    for (let l = Math.max(1, level - def.display + 1); l < level; l++) parts.push(formatCounter(counters[l] ?? all.get(l)?.start ?? 1, all.get(l)?.format || '1'));
    parts.push(formatCounter(counters[level]!, def.format));
    return def.prefix + parts.join('.') + def.suffix;
  }

  private list(list: XmlNode, level: number, style: string | null, chain: Counters | null): Block[] {
    const own = attr(list, 'text:style-name');
    let listStyle = own ?? style;
    if (level === 1) {
      const continues = attr(list, 'text:continue-list');
      if (continues && this.chains.has(continues)) chain = this.chains.get(continues)!;
      else if (attr(list, 'text:continue-numbering') === 'true' && this.lastChain) chain = this.lastChain;
      else chain = [];
      const id = attr(list, 'xml:id');
      if (id) this.chains.set(id, chain);
      this.lastChain = chain;
    }
    const out: Block[] = [];
    for (const item of childrenOf(list)) {
      const tag = tagOf(item);
      if (tag !== 'text:list-item' && tag !== 'text:list-header') continue;
      const first = childrenOf(item).find((c) => tagOf(c) !== '#text');
      const firstTag = first ? tagOf(first) : '';
      if (!listStyle && (firstTag === 'text:p' || firstTag === 'text:h')) {
        listStyle = inherited(this.styles, attr(first!, 'text:style-name'), (n) => this.styles.paragraphList.get(n)) ?? null;
      }
      const levels = (listStyle && this.styles.lists.get(listStyle)) || new Map<number, ListLevel>();
      let label: string | null = null;
      if (tag === 'text:list-item' && (firstTag === 'text:p' || firstTag === 'text:h')) {
        const startValue = attr(item, 'text:start-value');
        label = this.count(chain!, level, levels.get(level), levels, startValue ? Number(startValue) : undefined);
      }
      let labelled = false;
      for (const c of childrenOf(item)) {
        const t = tagOf(c);
        if (t === 'text:p' || t === 'text:h') {
          pushAll(out, this.paragraph(c, labelled ? null : label, true));
          labelled = true;
        } else if (t === 'text:list') pushAll(out, this.list(c, level + 1, listStyle, chain));
        else if (t === 'table:table') out.push(this.table(c));
      }
    }
    return out;
  }

  private paragraph(p: XmlNode, label: string | null, counted: boolean): ParagraphBlock[] {
    const styleName = attr(p, 'text:style-name');
    const hints: BlockHints = {};
    const outline = tagOf(p) === 'text:h' ? Number(attr(p, 'text:outline-level') ?? 1) : undefined;
    if (outline) hints.heading = outline;
    const named = inherited(this.styles, styleName, (n) => (/^P\d+$/.test(n) ? undefined : this.styles.displayName.get(n)));
    if (named && named !== 'Standard' && named !== 'Text body') hints.style = named;
    if (inherited(this.styles, styleName, (n) => (this.styles.centred.has(n) ? true : undefined))) hints.centred = true;
    const lines: string[] = [''];
    const state = { chars: 0, boldChars: 0 };
    const paraBold = !!inherited(this.styles, styleName, (n) => (this.styles.bold.has(n) ? true : undefined));
    this.collect(childrenOf(p), lines, state, paraBold);
    if (state.chars > 0 && state.boldChars === state.chars) hints.bold = true;
    if (label && state.chars > 0) {
      hints.numbering = label;
      lines[0] = label + lines[0]!.replace(/^\s+/, '');
    }
    if (counted) this.paragraphNo++;
    return lines.map((text, i) => {
      const block: ParagraphBlock = { kind: 'paragraph', text: text.replace(/[ \t]+/g, ' ').trim() };
      const h = { ...hints };
      if (i > 0) delete h.numbering;
      if (Object.keys(h).length) block.hints = h;
      if (counted) block.origin = { paragraph: this.paragraphNo };
      return block;
    });
  }

  private collect(nodes: XmlNode[], lines: string[], state: { chars: number; boldChars: number }, bold: boolean): void {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === '#text') {
        // ODF collapses white space in text; explicit spaces come as text:s
        const t = textOfNode(n).replace(/[ \t\r\n]+/g, ' ');
        lines[lines.length - 1] += t;
        const visible = t.replace(/\s/g, '').length;
        state.chars += visible;
        if (bold) state.boldChars += visible;
        continue;
      }
      if (tag === 'text:note') this.notes++;
      if (tag === 'office:annotation') this.annotations++;
      if (SKIPPED.has(tag)) continue;
      if (tag === 'text:s') lines[lines.length - 1] += ' '.repeat(Math.min(50, Number(attr(n, 'text:c') ?? 1)));
      else if (tag === 'text:tab') lines[lines.length - 1] += ' ';
      else if (tag === 'text:line-break') lines.push('');
      else {
        const style = attr(n, 'text:style-name');
        const spanBold = style ? this.styles.bold.has(style) || bold : bold;
        this.collect(childrenOf(n), lines, state, spanBold);
      }
    }
  }

  private table(tbl: XmlNode): TableBlock {
    this.tableNo++;
    this.paragraphNo++;
    const rows: string[][] = [];
    const mergedFrom: ('left' | 'above' | null)[][] = [];
    const spans = new Map<number, { text: string; remaining: number }>();
    const rowNodes: XmlNode[] = [];
    const gather = (nodes: XmlNode[]): void => {
      for (const n of nodes) {
        const tag = tagOf(n);
        if (tag === 'table:table-row') {
          const repeat = Math.min(Number(attr(n, 'table:number-rows-repeated') ?? 1), 100);
          for (let k = 0; k < repeat; k++) rowNodes.push(n);
        } else if (/^table:(table-header-rows|table-rows|table-row-group)$/.test(tag)) gather(childrenOf(n));
      }
    };
    gather(childrenOf(tbl));
    for (const tr of rowNodes) {
      const row: string[] = [];
      const from: ('left' | 'above' | null)[] = [];
      const usedAbove: number[] = [];
      for (const tc of childrenOf(tr)) {
        const tag = tagOf(tc);
        if (tag !== 'table:table-cell' && tag !== 'table:covered-table-cell') continue;
        const repeat = Math.min(Number(attr(tc, 'table:number-columns-repeated') ?? 1), 50);
        for (let k = 0; k < repeat; k++) {
          const col = row.length;
          if (tag === 'table:covered-table-cell') {
            const above = spans.get(col);
            if (above && above.remaining > 0) {
              row.push(above.text);
              from.push('above');
              usedAbove.push(col);
            } else {
              row.push(row[col - 1] ?? '');
              from.push(col > 0 ? 'left' : null);
            }
            continue;
          }
          const text = this.cellText(tc);
          row.push(text);
          from.push(null);
          const rowSpan = Number(attr(tc, 'table:number-rows-spanned') ?? 1);
          const colSpan = Number(attr(tc, 'table:number-columns-spanned') ?? 1);
          if (rowSpan > 1) for (let c = col; c < col + colSpan; c++) spans.set(c, { text, remaining: rowSpan - 1 });
        }
      }
      for (const c of usedAbove) spans.get(c)!.remaining--;
      // trailing empty cells repeated to the sheet's edge are no columns
      while (row.length > 1 && row[row.length - 1] === '' && from[from.length - 1] === null && row.length > (rows[0]?.length ?? 0)) {
        row.pop();
        from.pop();
      }
      rows.push(row);
      mergedFrom.push(from);
    }
    return tableBlock(rows, mergedFrom, { paragraph: this.paragraphNo, table: this.tableNo });
  }

  private cellText(tc: XmlNode): string {
    const parts: string[] = [];
    for (const c of childrenOf(tc)) {
      const tag = tagOf(c);
      if (tag === 'text:p' || tag === 'text:h') pushAll(parts, this.paragraph(c, null, false).map((b) => b.text));
      else if (tag === 'text:list') pushAll(parts, this.list(c, 1, null, null).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.rows.map((r) => r.join(' ')))));
      else if (tag === 'table:table') pushAll(parts, this.table(c).rows.map((r) => r.join(' ')));
    }
    return parts.filter(Boolean).join(' ');
  }
}
