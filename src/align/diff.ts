import { diffArrays, diffChars } from 'diff';
import type { DiffSpan, ObligationChange, TextChange } from '../model/comparison.js';
import { compactForm, comparableForm, plainForm } from '../text/comparable.js';
import { obligationIn } from '../text/obligation.js';
import type { Tokenizer } from '../text/segmenter.js';

/** Beyond this many token edits a diff is not worth computing: the texts are shown as one replacement. */
export const MAX_EDIT_LENGTH = 400;

/** Options of {@link textDiff}. */
export interface DiffOptions {
  /** Splits a text into words (tokens the diff works on). */
  tokenizer: Tokenizer;
  /** Place names of each plan, folded like jurisdiction words ("沈阳市" ↔ "辽中区"). */
  upperPlaces: readonly string[];
  lowerPlaces: readonly string[];
  /** Token edits beyond which the diff gives up (default {@link MAX_EDIT_LENGTH}). */
  maxEditLength?: number;
}

/**
 * The word-level diff of two requirement texts, as spans tagged equal / adaptation / format /
 * insertion / deletion / replacement, plus a flag when the change makes the requirement more or
 * less binding. Tokens are compared in comparable form, so width, traditional characters and
 * spacing never count as changes; a changed span whose two sides fold to the same comparable text
 * (市 → 区, 各区县(市)政府 → 各镇、街) is an adaptation. The diff gives up beyond `maxEditLength`
 * token edits and reports the texts as one replacement, so no pair can stall a comparison.
 * @example
 * textDiff('各单位可通过网站公开。', '各单位应通过网站公开。', { tokenizer: segmentitTokenizer, upperPlaces: [], lowerPlaces: [] }).obligation
 * // → { upper: ['可'], lower: ['应'], direction: 'stronger' }
 */
export function textDiff(upper: string, lower: string, options: DiffOptions): TextChange {
  const tu = lossless(options.tokenizer(upper), upper);
  const tl = lossless(options.tokenizer(lower), lower);
  const key = tokenKey;
  const parts = diffArrays(tu.map(key), tl.map(key), { maxEditLength: options.maxEditLength ?? MAX_EDIT_LENGTH });
  if (!parts) {
    return { spans: [{ type: 'replacement', upper, lower }], obligation: null, truncated: true };
  }
  const raw: TokenSpan[] = [];
  let i = 0;
  let j = 0;
  for (const p of parts) {
    const up = p.added ? [] : tu.slice(i, i + p.count);
    const low = p.removed ? [] : tl.slice(j, j + p.count);
    raw.push({ type: p.removed ? 'deletion' : p.added ? 'insertion' : 'equal', up, low });
    if (!p.added) i += p.count;
    if (!p.removed) j += p.count;
  }
  const merged = mergeChanges(raw);
  const spans = merged.map((s) => tag(s, options));
  return { spans, obligation: obligationChange(merged), truncated: false };
}

/**
 * Tokens that join back into the text exactly: whatever a tokenizer drops (spaces, characters it
 * normalised) comes back as tokens of its own, so diff spans always spell the original text.
 */
function lossless(tokens: string[], text: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (const t of tokens) {
    if (!t) continue;
    const found = text.indexOf(t, at);
    if (found < 0) continue;
    if (found > at) out.push(text.slice(at, found));
    out.push(t);
    at = found + t.length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

const keys = new Map<string, string>();
/** Comparable form of a diff token, cached: plans repeat the same words endlessly. */
function tokenKey(token: string): string {
  let k = keys.get(token);
  if (k === undefined) {
    if (keys.size > 100_000) keys.clear();
    k = comparableForm(token);
    keys.set(token, k);
  }
  return k;
}

interface TokenSpan {
  type: DiffSpan['type'];
  up: string[];
  low: string[];
}

/** Joins a deletion and an insertion that touch into one replacement; adjacent spans of one kind into one. */
function mergeChanges(spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && (last.type === 'equal') === (s.type === 'equal')) {
      last.up.push(...s.up);
      last.low.push(...s.low);
      if (last.type !== 'equal') last.type = last.up.length && last.low.length ? 'replacement' : last.up.length ? 'deletion' : 'insertion';
    } else {
      out.push({ type: s.type, up: [...s.up], low: [...s.low] });
    }
  }
  return out;
}

function tag(s: TokenSpan, options: DiffOptions): DiffSpan {
  const upper = s.up.join('');
  const lower = s.low.join('');
  if (upper === lower) return { type: 'equal', upper, lower };
  // different text, same requirement: only its form changed, or words adapted to the level
  const sameForm = plainForm(upper) === plainForm(lower);
  if (s.type === 'equal' || compactForm(upper, options.upperPlaces) === compactForm(lower, options.lowerPlaces)) {
    return { type: sameForm ? 'format' : 'adaptation', upper, lower };
  }
  return { type: s.type, upper, lower };
}

/**
 * Compares the obligation words a change swaps: 可 → 应, 鼓励 → 要求, 要 → 应当. Only edits made of
 * nothing but obligation words count (the characters that changed, found by a character diff
 * inside each changed span): a rewritten phrase that happens to contain 推进 is content, not a
 * change of how binding the requirement is.
 */
function obligationChange(spans: TokenSpan[]): ObligationChange | null {
  const removed: { word: string; level: number }[] = [];
  const added: { word: string; level: number }[] = [];
  const pure = (piece: string) => {
    const words = obligationIn(piece);
    return words.length > 0 && words.reduce((n, w) => n + w.word.length, 0) === piece.length ? words : null;
  };
  for (const s of spans) {
    if (s.type === 'equal') continue;
    const up = s.up.join('');
    const low = s.low.join('');
    for (const c of up && low ? diffChars(up, low) : [{ value: up || low, removed: !!up, added: !!low }]) {
      if (!c.removed && !c.added) continue;
      const words = pure(c.value.replace(/[\s\p{P}]/gu, ''));
      if (words) (c.removed ? removed : added).push(...words);
    }
  }
  if (removed.length === 0 && added.length === 0) return null;
  const max = (ws: { level: number }[]): number => Math.max(0, ...ws.map((w) => w.level));
  const from = max(removed);
  const to = max(added);
  if (from === to) return null;
  return { upper: removed.map((w) => w.word), lower: added.map((w) => w.word), direction: to > from ? 'stronger' : 'weaker' };
}
