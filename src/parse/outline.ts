import type { ParseWarning } from '../model/plan.js';
import type { Position } from '../model/position.js';
import { endsParagraph, joinFragments } from './clean.js';
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
  /** From the marker to the end of the node's last line (children not counted). */
  position: Position;
  children: OutlineNode[];
}

/** Conventional nesting depth of each marker kind; used when a kind appears for the first time. */
const RANK: Record<MarkerKind, number> = { 'cn-dun': 0, 'cn-paren': 1, arabic: 2, 'arabic-paren': 3, circled: 4 };

/** Lines shorter than this that lack final punctuation are whole headings, not text cut by a page break. */
const SHORT_HEADING = 30;

/**
 * Builds the outline tree from body lines using the markers at line starts. Nesting follows the
 * order in which marker kinds appear (一、 then （一） then 1. …), so a plan may skip a level
 * (items "16." directly under "二、") or number one level continuously across sections (台儿庄's
 * （一）…（十六）). A line whose marker breaks the numbering while the text before it is cut mid-
 * sentence is taken as a continuation of that text; any other line without a marker continues the
 * node above it (page breaks cut sentences and even words).
 */
export function buildOutline(lines: Line[], warnings: ParseWarning[]): { roots: OutlineNode[]; leading: Line[] } {
  const roots: OutlineNode[] = [];
  const leading: Line[] = [];
  const stack: OutlineNode[] = [];
  const lastOfKind = new Map<MarkerKind, number>();
  let current: OutlineNode | null = null;

  for (const line of lines) {
    const m = parseMarker(line.text);
    const decision = m ? placeMarker(m, stack, lastOfKind, current) : null;
    if (m && decision) {
      if (decision.warn) {
        warnings.push({ code: 'numbering', line: line.no, position: spanOf(line), message: `marker "${m.raw}" does not follow the numbering before it (${decision.warn}); kept as a new entry` });
      }
      stack.length = decision.depth;
      const node: OutlineNode = { marker: m, line: line.no, parts: m.rest ? [m.rest] : [], partLines: m.rest ? [line.no] : [], position: spanOf(line), children: [] };
      const parent = stack[stack.length - 1];
      (parent ? parent.children : roots).push(node);
      stack.push(node);
      lastOfKind.set(m.kind, m.value);
      current = node;
    } else if (current) {
      current.parts.push(line.text);
      current.partLines.push(line.no);
      current.position = { ...current.position, end: line.position.end };
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
  if (fits) return { depth };
  const last = current?.parts[current.parts.length - 1] ?? '';
  // a number that breaks the sequence right after a cut-off sentence is part of that sentence
  if (current && last && !endsParagraph(last)) return null;
  const expected = at >= 0 ? stack[at]!.marker.value + 1 : 1;
  return { depth, warn: `expected ${expected}` };
}

/** Joined text of a node's parts. */
export function nodeText(node: OutlineNode): string {
  return node.parts.reduce((acc, p) => joinFragments(acc, p), '');
}

/**
 * Splits a section node's parts into its title and the text that introduces it. A short first line
 * without final punctuation is a complete title; a long one ending mid-sentence was cut by a break.
 */
export function sectionTitle(node: OutlineNode): { title: string; intro: string } {
  const parts = node.parts;
  let title = parts[0] ?? '';
  let i = 1;
  while (i < parts.length && title.length >= SHORT_HEADING && !endsParagraph(title)) title = joinFragments(title, parts[i++]!);
  let intro = parts.slice(i).reduce((acc, p) => joinFragments(acc, p), '');
  const sentences = splitSentences(title, '。！？!?');
  if (sentences.length > 1) {
    intro = joinFragments(sentences.slice(1).join(''), intro);
    title = sentences[0]!;
  }
  return { title: title.replace(/[。.]$/, ''), intro };
}
