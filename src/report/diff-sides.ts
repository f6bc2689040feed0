import type { DiffSpan, Link } from '../model/comparison.js';
import type { Item } from '../model/plan.js';
import { joinFragments } from '../parse/clean.js';
import { displayText, type ComparisonIndex } from './lookup.js';

/**
 * How a piece of one side's text fares: `same` (in both plans), `changed` (deleted or replaced on
 * the upper side, inserted or replacing on the lower side), `adaptation` (wording adapted to the
 * level, 市 → 区) or `format` (punctuation, width, traditional characters).
 */
export type PieceKind = 'same' | 'changed' | 'adaptation' | 'format';

/** A run of one side's text with how it changed; `other` is the other side's text of the same span. */
export interface Piece {
  kind: PieceKind;
  span: DiffSpan['type'];
  text: string;
  other: string;
}

/** One item of a side of a link, with its text cut into diff pieces. */
export interface ItemView {
  item: Item;
  pieces: Piece[];
}

/** Both sides of a link as items with their diffed text. */
export interface LinkSides {
  upper: ItemView[];
  lower: ItemView[];
  /** False when the link has no usable diff (no text change, a truncated diff, or spans that do not match the texts). */
  diffed: boolean;
}

const KIND: Record<DiffSpan['type'], PieceKind> = {
  equal: 'same',
  format: 'format',
  adaptation: 'adaptation',
  insertion: 'changed',
  deletion: 'changed',
  replacement: 'changed',
};

/**
 * Cuts a link's text diff back into the items of each side, so a split or a merge shows each item
 * with its own highlighted text. The diff runs over the items' texts joined the way the classifier
 * joins them; when the spans do not spell out exactly that text (which would be a bug upstream),
 * the items are shown plain rather than with misplaced highlights.
 */
export function linkSides(link: Link, idx: ComparisonIndex): LinkSides {
  const upperItems = link.upper.map((id) => idx.upper.get(id)).filter((i): i is Item => i !== undefined);
  const lowerItems = link.lower.map((id) => idx.lower.get(id)).filter((i): i is Item => i !== undefined);
  const text = link.changes.text;
  const plain = (items: Item[]): ItemView[] => items.map((item) => ({ item, pieces: [{ kind: 'same', span: 'equal', text: displayText(item), other: '' }] }));
  if (!text || text.truncated) return { upper: plain(upperItems), lower: plain(lowerItems), diffed: false };
  const upper = cutByItems(sidePieces(text.spans, 'upper'), upperItems);
  const lower = cutByItems(sidePieces(text.spans, 'lower'), lowerItems);
  if (!upper || !lower) return { upper: plain(upperItems), lower: plain(lowerItems), diffed: false };
  return { upper, lower, diffed: true };
}

function sidePieces(spans: DiffSpan[], side: 'upper' | 'lower'): Piece[] {
  const other = side === 'upper' ? 'lower' : 'upper';
  return spans.filter((s) => s[side] !== '').map((s) => ({ kind: KIND[s.type], span: s.type, text: s[side], other: s[other] }));
}

function cutByItems(pieces: Piece[], items: Item[]): ItemView[] | null {
  let joined = '';
  const bounds: [number, number][] = [];
  for (const item of items) {
    const t = displayText(item);
    joined = joinFragments(joined, t);
    bounds.push([joined.length - t.length, joined.length]);
  }
  if (pieces.map((p) => p.text).join('') !== joined) return null;
  const views: ItemView[] = items.map((item) => ({ item, pieces: [] }));
  let at = 0;
  for (const p of pieces) {
    const end = at + p.text.length;
    bounds.forEach(([from, to], k) => {
      const a = Math.max(at, from);
      const b = Math.min(end, to);
      if (a < b) views[k]!.pieces.push({ ...p, text: p.text.slice(a - at, b - at) });
    });
    at = end;
  }
  return views;
}
