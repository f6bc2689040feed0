import type { ParseWarning } from '../model/plan.js';
import type { Position } from '../model/position.js';
import { endsParagraph, joinFragments, joinAllFragments } from './clean.js';
import { spanOf, type Line } from './lines.js';
import { parseMarker, type Marker, type MarkerKind } from './markers.js';
import { splitSentences } from './sentences.js';

/** A node of the outline before it is decided whether it is a section or an item. */
export interface OutlineNode {
  marker: Marker;
  line: number;
  /** Text pieces in order: the marker line's rest, then continuation lines. */
  parts: string[];
  /** Source line of each part. */
  partLines: number[];
  /** From the line of the marker to the end of the node's last line (children not counted). */
  position: Position;
  children: OutlineNode[];
}

/** Conventional nesting depth of each marker kind; used when a kind appears for the first time. */
const RANK: Record<MarkerKind, number> = {
  part: -4,
  chapter: -3,
  jie: -2,
  article: -1,
  'cn-dun': 0,
  'cn-paren': 1,
  arabic: 2,
  'arabic-paren': 3,
  'paren-circled': 4,
  circled: 5,
  latin: 6,
  'cn-is': 7,
};

/** Marker kinds that open with a bracket or are a single symbol: distinctive even right after a title. */
const BRACKETED = new Set<MarkerKind>(['cn-paren', 'arabic-paren', 'paren-circled', 'circled']);

/** Lines shorter than this that lack final punctuation are whole headings, not text cut by a page break. */
const SHORT_HEADING = 30;

/** Numbering state carried from one stretch of prose to the next (prose interrupted by tables). */
export interface OutlineState {
  lastOfKind: Map<MarkerKind, number>;
}

/**
 * Builds the outline tree from body lines using markers at line starts and inside lines.
 *
 * Nesting follows the order in which marker kinds appear (一、 then （一） then 1. …), so a plan
 * may skip a level (items "16." directly under "二、") or number one level continuously across
 * sections (台儿庄's （一）…（十六）). A line whose marker breaks the numbering while the text before
 * it is cut mid-sentence is taken as a continuation of that text (with a warning); any other line
 * without a marker continues the node above it (page breaks cut sentences and even words).
 *
 * Inside a line, a marker starts a new node when it continues the numbering and stands where an
 * entry can start: after 。！？, after ；or a closing parenthesis when it is the next sibling, or
 * right after a short title when it is bracketed ("一、总体要求（一）指导思想。…"). That reads run-in
 * text, up to a whole plan on one line. Run-in enumerations (一是…二是…, "：①…；②…") stay text.
 * 一是 at the start of a line is an entry only under a node that is a bare title.
 */
export function buildOutline(lines: Line[], warnings: ParseWarning[], state: OutlineState = { lastOfKind: new Map() }): { roots: OutlineNode[]; leading: Line[] } {
  const roots: OutlineNode[] = [];
  const leading: Line[] = [];
  const stack: OutlineNode[] = [];
  const { lastOfKind } = state;
  let current: OutlineNode | null = null;
  /** The line being read: nodes opened on it start there, text added from it ends there. */
  let here: Line | null = null;

  const open = (m: Marker, depth: number, lineNo: number, rest: string): void => {
    stack.length = depth;
    const node: OutlineNode = { marker: m, line: lineNo, parts: [], partLines: [], position: spanOf(here!), children: [] };
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(node);
    stack.push(node);
    lastOfKind.set(m.kind, m.value);
    current = node;
    addText(rest, lineNo);
  };

  /** Adds text to the current node, starting new nodes at the markers inside it. */
  const addText = (text: string, lineNo: number): void => {
    let rest = text;
    while (rest) {
      const cut = current ? findInlineMarker(rest, current, stack, lastOfKind, lineNo, warnings) : null;
      const piece = cut ? rest.slice(0, cut.at).trimEnd() : rest;
      if (piece && current) {
        current.parts.push(piece);
        current.partLines.push(lineNo);
        current.position = { ...current.position, end: here!.position.end };
      }
      if (!cut) return;
      rest = cut.marker.rest;
      open(cut.marker, cut.depth, lineNo, '');
    }
  };

  for (const line of lines) {
    here = line;
    const m = parseMarker(line.text);
    const decision = m ? placeMarker(m, stack, lastOfKind, current) : null;
    if (m && decision) {
      if (decision.warn) {
        warnings.push({ code: 'numbering', line: line.no, position: spanOf(line), message: `marker "${m.raw}" does not follow the numbering before it (${decision.warn}); kept as a new entry` });
      }
      open(m, decision.depth, line.no, m.rest);
    } else if (current) {
      if (m && m.kind !== 'cn-is') {
        warnings.push({ code: 'absorbed-marker', line: line.no, message: `"${m.raw}" at the start of the line breaks the numbering after a sentence cut short; read as a continuation of the text above` });
      }
      addText(line.text, line.no);
    } else {
      leading.push(line);
    }
  }
  return { roots, leading };
}

interface Placement {
  /** Stack depth the new node goes to (its parent is stack[depth-1]). */
  depth: number;
  /** Set when the numbering is off but the marker is accepted anyway. */
  warn?: string;
  /** The marker continues a kind open on the stack (a sibling of a node there). */
  sibling: boolean;
}

function placeMarker(m: Marker, stack: OutlineNode[], lastOfKind: Map<MarkerKind, number>, current: OutlineNode | null): Placement | null {
  let at = -1;
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.marker.kind === m.kind) at = i;
  let depth: number;
  let fits: boolean;
  const continuous = (lastOfKind.get(m.kind) ?? 0) + 1 === m.value;
  if (at >= 0) {
    depth = at;
    fits = stack[at]!.marker.value + 1 === m.value || continuous;
  } else {
    depth = stack.length;
    while (depth > 0 && RANK[stack[depth - 1]!.marker.kind] >= RANK[m.kind]) depth--;
    fits = m.value === 1 || continuous;
  }
  if (m.kind === 'cn-is') {
    // 一是 lines are entries only where they are the structure: under a bare title, never after body text
    const parent = stack[depth - 1];
    if (!fits || (parent && parent.children.length === 0 && !isBareTitle(parent))) return null;
    return { depth, sibling: at >= 0 };
  }
  if (fits) return { depth, sibling: at >= 0 };
  const last = current?.parts[current.parts.length - 1] ?? '';
  // a number that breaks the sequence right after a cut-off sentence is part of that sentence
  if (current && last && !endsParagraph(last)) return null;
  const expected = at >= 0 ? stack[at]!.marker.value + 1 : 1;
  return { depth, warn: `expected ${expected}`, sibling: at >= 0 };
}

/** A node that so far holds only a title: one short part with no sentence inside it. */
function isBareTitle(node: OutlineNode): boolean {
  if (node.parts.length > 1) return false;
  const t = node.parts[0] ?? '';
  return t.length <= 40 && !/[。！？!?；;]./.test(t);
}

const INLINE_START = /[（(一二三四五六七八九十0-9０-９①-⑳⑴-⒇㈠-㈩第A-Z]/u;
const OPENERS = '（(《“‘「『【〈';
const CLOSERS = '）)》”’」』】〉';

/**
 * The first marker inside `text` (not at its start) that begins a new node, with where it goes;
 * marker-like text after a full stop that does not continue the numbering is reported.
 */
function findInlineMarker(
  text: string,
  current: OutlineNode,
  stack: OutlineNode[],
  lastOfKind: Map<MarkerKind, number>,
  lineNo: number,
  warnings: ParseWarning[],
): { at: number; marker: Marker; depth: number } | null {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (i > 0 && depth === 0 && INLINE_START.test(ch)) {
      const prev = text.charAt(i - 1);
      const m = parseMarker(text.slice(i));
      // an entry has text of its own, not just a bracket or a metadata parenthesis
      if (m && m.kind !== 'cn-is' && /^[^（(【\[]*[\u4e00-\u9fff]{2}/.test(m.rest)) {
        const strong = /[。！？!?]/.test(prev);
        const soft = /[；;）)]/.test(prev);
        // the entry's text so far, joined only when asked: an entry that absorbs thousands of lines
        // would otherwise be joined again for every marker-like text in them
        const shortTitle = () => {
          const before = joinFragments(current.parts.join(''), text.slice(0, i));
          return before.length <= 40 && !/[。！？!?；;：:]/.test(before);
        };
        const afterTitle = BRACKETED.has(m.kind) && !/[\p{P}\s]/u.test(prev) && shortTitle();
        if (strong || soft || afterTitle) {
          const p = placeMarker(m, stack, lastOfKind, null);
          // a new entry inside a line is the next sibling of an open entry or the first child of the current one
          const ok = p && !p.warn && (p.sibling || p.depth === stack.length) && (strong || p.sibling || (afterTitle && !soft));
          if (ok && p) return { at: i, marker: m, depth: p.depth };
          if (strong && m.kind !== 'circled' && m.kind !== 'latin') {
            warnings.push({ code: 'absorbed-marker', line: lineNo, message: `"${m.raw}" inside the text after "${text.slice(Math.max(0, i - 8), i)}" does not continue the numbering; kept as text of the entry above` });
          }
        }
      }
    }
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
  }
  return null;
}

/** Joined text of a node's parts. */
export function nodeText(node: OutlineNode): string {
  return joinAllFragments(node.parts);
}

/**
 * Splits a section node's parts into its title and the text that introduces it. A short first line
 * without final punctuation is a complete title; a long one ending mid-sentence was cut by a break
 * when what follows is a short remainder, not a paragraph of its own.
 */
export function sectionTitle(node: OutlineNode): { title: string; intro: string } {
  const parts = node.parts;
  let title = parts[0] ?? '';
  let i = 1;
  while (i < parts.length && title.length >= SHORT_HEADING && !endsParagraph(title) && parts[i]!.length <= 20) title = joinFragments(title, parts[i++]!);
  let intro = joinAllFragments(parts.slice(i));
  const sentences = splitSentences(title, '。！？!?');
  if (sentences.length > 1) {
    intro = joinFragments(sentences.slice(1).join(''), intro);
    title = sentences[0]!;
  }
  return { title: title.replace(/[。.]$/, ''), intro };
}
