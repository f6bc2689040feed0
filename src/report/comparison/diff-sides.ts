import { diffChars } from 'diff/lib/diff/character.js';
import type { DiffSpan, Link } from '../../model/comparison.js';
import type { Item } from '../../model/plan.js';
import { joinFragments } from '../../parse/clean.js';
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

/** Character edits beyond which a format or adaptation span is marked whole rather than narrowed. */
const MAX_QUIET_EDITS = 200;

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
 * @example
 * const sides = linkSides(link, indexComparison(comparison));
 * sides.lower[0].pieces.filter((p) => p.kind === 'changed'); // text the lower item inserted or rewrote
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
  const out: Piece[] = [];
  for (const s of spans) {
    const text = s[side];
    const other = side === 'upper' ? s.lower : s.upper;
    if (text === '') continue;
    const kind = KIND[s.type];
    if (kind === 'format' || kind === 'adaptation') out.push(...quietPieces(s, side, kind));
    else out.push({ kind, span: s.type, text, other });
  }
  return out;
}

/**
 * Narrows a format or adaptation span to the characters that differ, so "…,及时…" → "…，及时…"
 * marks the comma rather than the whole sentence.
 */
function quietPieces(s: DiffSpan, side: 'upper' | 'lower', kind: PieceKind): Piece[] {
  const parts = diffChars(s.upper, s.lower, { maxEditLength: MAX_QUIET_EDITS });
  // too many differences to be worth narrowing: mark the span whole
  if (!parts) return [{ kind, span: s.type, text: s[side], other: side === 'upper' ? s.lower : s.upper }];
  const out: Piece[] = [];
  parts.forEach((part, i) => {
    const mine = side === 'upper' ? part.removed : part.added;
    const theirs = side === 'upper' ? part.added : part.removed;
    if (theirs) return;
    if (!mine) {
      out.push({ kind: 'same', span: 'equal', text: part.value, other: part.value });
      return;
    }
    // the other side's counterpart is the neighbouring part of the opposite kind, if any
    const near = [parts[i + 1], parts[i - 1]].find((p) => p && (side === 'upper' ? p.added : p.removed));
    out.push({ kind, span: s.type, text: part.value, other: near?.value ?? '' });
  });
  return out;
}

/**
 * Lays the pieces over the items' texts. The diff's tokenizer may drop whitespace, so whitespace
 * in the text that the pieces lack joins the piece before it; anything else that does not match
 * makes the cut fail.
 */
function cutByItems(pieces: Piece[], items: Item[]): ItemView[] | null {
  let joined = '';
  const owner: number[] = [];
  items.forEach((item, k) => {
    const t = displayText(item);
    const before = joined.length;
    joined = joinFragments(joined, t);
    for (let i = owner.length; i < joined.length; i++) owner.push(i < before + (joined.length - before - t.length) ? -1 : k);
  });
  const flat: { ch: string; piece: number }[] = [];
  pieces.forEach((p, n) => {
    for (const ch of p.text) flat.push({ ch, piece: n });
  });
  const real = [...joined];
  const views: ItemView[] = items.map((item) => ({ item, pieces: [] }));
  let at = 0; // UTF-16 offset in joined, to look up the owning item
  let j = 0;
  let lastPiece = 0;
  const emit = (ch: string, piece: number, k: number) => {
    if (k < 0) return;
    const list = views[k]!.pieces;
    const tail = list[list.length - 1] as (Piece & { from?: number }) | undefined;
    if (tail && tail.from === piece) tail.text += ch;
    else list.push({ ...pieces[piece]!, text: ch, from: piece } as Piece & { from: number });
  };
  for (const ch of real) {
    const k = owner[at]!;
    at += ch.length;
    // whitespace the tokenizer kept but the text lacks is skipped
    while (j < flat.length && /\s/u.test(flat[j]!.ch) && flat[j]!.ch !== ch) j++;
    if (j < flat.length && flat[j]!.ch === ch) {
      lastPiece = flat[j]!.piece;
      emit(ch, lastPiece, k);
      j++;
    } else if (/\s/u.test(ch) && pieces.length > 0) {
      emit(ch, lastPiece, k);
    } else {
      return null;
    }
  }
  while (j < flat.length && /\s/u.test(flat[j]!.ch)) j++;
  if (j < flat.length) return null;
  for (const v of views) v.pieces = v.pieces.map(({ kind, span, text, other }) => ({ kind, span, text, other }));
  return views;
}
