// the one diff we use, not the package index (which loads all of jsdiff's 20 modules: ~7 ms of a cold start)
import { diffArrays } from 'diff/lib/diff/array.js';
import type { DiffSpan, ObligationChange, ObligationClause, TextChange } from '../model/comparison.js';
import { comparableForm, plainForm, stripPunctuation } from '../text/comparable.js';
import { isScopeOnly, type Fold } from './adaptation.js';
import { clauseStrength, compareStrength, inlineDeadline, inlineTimeLimit, type ObligationWord } from '../text/obligation.js';
import { formatMonth } from '../text/deadline.js';
import type { Tokenizer } from '../text/segmenter.js';
import { pushAll } from '../model/arrays.js';

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
  /** Each plan's comparable form (see levelFold); default: comparableForm with the plan's places. */
  upperFold?: Fold;
  lowerFold?: Fold;
  /** The plans' years, for inline deadlines written without one ("6月底前"). */
  upperYear?: number | null;
  lowerYear?: number | null;
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
  const tu = tokensOf(upper, options.tokenizer);
  const tl = tokensOf(lower, options.tokenizer);
  const upperFold = options.upperFold ?? ((t: string) => comparableForm(t, options.upperPlaces));
  const lowerFold = options.lowerFold ?? ((t: string) => comparableForm(t, options.lowerPlaces));
  const parts = diffArrays(tu.map(keyer(upperFold)), tl.map(keyer(lowerFold)), { maxEditLength: options.maxEditLength ?? MAX_EDIT_LENGTH });
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
  const spans = merged.map((s, k) => tag(s, merged[k - 1], merged[k + 1], upperFold, lowerFold));
  const clauses = obligationClauses(tu, tl, merged, options.upperYear ?? null, options.lowerYear ?? null);
  return { spans, obligation: obligationSummary(clauses), obligationClauses: clauses, truncated: false };
}

/** Whether a diff changes the requirement: some span is more than equal text, format or adaptation. */
export function isMaterial(change: TextChange): boolean {
  return change.truncated || change.spans.some((s) => s.type !== 'equal' && s.type !== 'format' && s.type !== 'adaptation');
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

const tokenCaches = new WeakMap<Tokenizer, Map<string, string[]>>();
/** The lossless tokens of a text, remembered per tokenizer: an upper plan's items meet many lower plans. Read only. */
function tokensOf(text: string, tokenizer: Tokenizer): string[] {
  let cache = tokenCaches.get(tokenizer);
  if (!cache) tokenCaches.set(tokenizer, (cache = new Map()));
  let tokens = cache.get(text);
  if (!tokens) {
    if (cache.size >= 10_000) cache.clear();
    tokens = lossless(tokenizer(text), text);
    cache.set(text, tokens);
  }
  return tokens;
}

const keyCaches = new WeakMap<Fold, Map<string, string>>();
/** The comparable form of diff tokens under one plan's fold, cached: plans repeat the same words endlessly. */
function keyer(fold: Fold): (token: string) => string {
  let keys = keyCaches.get(fold);
  if (!keys) keyCaches.set(fold, (keys = new Map()));
  const cache = keys;
  return (token) => {
    let k = cache.get(token);
    if (k === undefined) {
      if (cache.size > 100_000) cache.clear();
      k = fold(token);
      cache.set(token, k);
    }
    return k;
  };
}

export interface TokenSpan {
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
      pushAll(last.up, s.up);
      pushAll(last.low, s.low);
      if (last.type !== 'equal') last.type = last.up.length && last.low.length ? 'replacement' : last.up.length ? 'deletion' : 'insertion';
    } else {
      out.push({ type: s.type, up: [...s.up], low: [...s.low] });
    }
  }
  return out;
}

/** Folded text without punctuation but with the level placeholders ◎ ▽ ◇ that stripPunctuation drops. */
function keepPlaceholders(s: string): string {
  return s.replace(/[^\p{L}\p{N}◎▽◇]/gu, '');
}

/** Tokens of context on each side that a level word needs to fold (全|市, 各|区县): a fold works on phrases. */
const CONTEXT = 2;

function tag(s: TokenSpan, before: TokenSpan | undefined, after: TokenSpan | undefined, upperFold: Fold, lowerFold: Fold): DiffSpan {
  const upper = s.up.join('');
  const lower = s.low.join('');
  if (upper === lower) return { type: 'equal', upper, lower };
  // different text, same requirement: only its form changed, or words adapted to the level
  const sameForm = plainForm(upper) === plainForm(lower);
  if (s.type === 'equal') return { type: sameForm ? 'format' : 'adaptation', upper, lower };
  const fu = stripPunctuation(upperFold(upper));
  const fl = stripPunctuation(lowerFold(lower));
  if (fu === fl) return { type: sameForm ? 'format' : 'adaptation', upper, lower };
  const pre = (b: TokenSpan | undefined, side: 'up' | 'low') => (b ? b[side].slice(-CONTEXT).join('') : '');
  const post = (a: TokenSpan | undefined, side: 'up' | 'low') => (a ? a[side].slice(0, CONTEXT).join('') : '');
  const wide = (side: 'up' | 'low', fold: Fold) => stripPunctuation(fold(pre(before, side) + s[side].join('') + post(after, side)));
  if (wide('up', upperFold) === wide('low', lowerFold)) return { type: 'adaptation', upper, lower };
  // the lower plan restates its own scope (全区, 全区各级, 本区) or the upper plan's is left out
  const su = keepPlaceholders(upperFold(upper));
  const sl = keepPlaceholders(lowerFold(lower));
  if ((!su || isScopeOnly(su)) && (!sl || isScopeOnly(sl))) return { type: 'adaptation', upper, lower };
  return { type: s.type, upper, lower };
}

const CLAUSE_END = /^[，,。；;！!？?：:]+$/;
/** Share of a changed clause's text that must be kept on each side for its obligation words to be compared. */
const KEPT_SHARE = 0.5;
const MEANINGFUL_CHARS = /[\p{L}\p{N}]/gu;
const meaningfulLength = (token: string) => token.match(MEANINGFUL_CHARS)?.length ?? 0;
const SENTENCE_END = /[。；;！!？?]/;
const MEANINGFUL = /[\p{L}\p{N}]/u;

/**
 * Reads every clause a change touches on both scales of the graded obligation model
 * (`clauseStrength`): hedges (原则上, 力争, 可, 探索), mandate words (要, 应当, 确保, 不得, 严禁),
 * completion (完成 vs 推进) and inline deadlines. Only clauses that survive on both sides count —
 * a clause kept in part, its obligation words changed: a deleted or inserted sentence that happens
 * to contain 不得 is content, not a change of how binding the requirement is. So is a clause
 * rewritten beyond recognition or one with new clauses around it: at least half of the text of
 * the clauses read on each side must be kept (严格政府网站开设审批 → 政府网站常态化监测 shares only 政府网站).
 */
export function obligationClauses(tu: string[], tl: string[], spans: TokenSpan[], upperYear: number | null, lowerYear: number | null): ObligationClause[] {
  const clauseIds = (tokens: string[]) => {
    const ids: number[] = [];
    let c = 0;
    for (const t of tokens) {
      ids.push(c);
      if (CLAUSE_END.test(t)) c++;
    }
    return ids;
  };
  const cu = clauseIds(tu);
  const cl = clauseIds(tl);
  const keptUpper = new Set<number>();
  const keptLower = new Set<number>();
  // meaningful characters of each clause, and how many of them equal spans keep
  const size = (tokens: string[], ids: number[]) => {
    const all: number[] = [];
    for (let k = 0; k < tokens.length; k++) all[ids[k]!] = (all[ids[k]!] ?? 0) + meaningfulLength(tokens[k]!);
    return all;
  };
  const sizeUpper = size(tu, cu);
  const sizeLower = size(tl, cl);
  const keptCharsUpper: number[] = [];
  const keptCharsLower: number[] = [];
  let i = 0;
  let j = 0;
  const touched: { ua: number; ub: number; la: number; lb: number }[] = [];
  const around = (ids: number[], tokens: string[], at: number, n: number): [number, number] | null => {
    if (ids.length === 0) return null;
    if (n > 0) return [ids[at]!, ids[at + n - 1]!];
    // an insertion point: the clause of the token before, unless that token closes its clause
    const before = at - 1 >= 0 && !CLAUSE_END.test(tokens[at - 1]!) ? at - 1 : Math.min(at, ids.length - 1);
    return [ids[before]!, ids[before]!];
  };
  for (const sp of spans) {
    if (sp.type === 'equal') {
      for (let k = 0; k < sp.up.length; k++) {
        const c = cu[i + k]!;
        if (MEANINGFUL.test(tu[i + k]!)) keptUpper.add(c);
        keptCharsUpper[c] = (keptCharsUpper[c] ?? 0) + meaningfulLength(tu[i + k]!);
      }
      for (let k = 0; k < sp.low.length; k++) {
        const c = cl[j + k]!;
        if (MEANINGFUL.test(tl[j + k]!)) keptLower.add(c);
        keptCharsLower[c] = (keptCharsLower[c] ?? 0) + meaningfulLength(tl[j + k]!);
      }
    } else if (!SENTENCE_END.test(sp.up.join('')) && !SENTENCE_END.test(sp.low.join(''))) {
      const u = around(cu, tu, i, sp.up.length);
      const l = around(cl, tl, j, sp.low.length);
      if (u && l) touched.push({ ua: u[0], ub: u[1], la: l[0], lb: l[1] });
    }
    i += sp.up.length;
    j += sp.low.length;
  }
  const clauseText = (tokens: string[], ids: number[], a: number, b: number) => tokens.filter((_, k) => ids[k]! >= a && ids[k]! <= b && !CLAUSE_END.test(tokens[k]!));
  const out: ObligationClause[] = [];
  const seen = new Set<string>();
  for (const t of touched) {
    const key = `${t.ua}-${t.ub}|${t.la}-${t.lb}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let kept = false;
    for (let c = t.ua; c <= t.ub && !kept; c++) if (keptUpper.has(c)) for (let d = t.la; d <= t.lb; d++) if (keptLower.has(d)) kept = true;
    if (!kept) continue;
    const share = (kept: number[], all: number[], a: number, b: number) => {
      let k = 0;
      let n = 0;
      for (let c = a; c <= b; c++) {
        k += kept[c] ?? 0;
        n += all[c] ?? 0;
      }
      return n ? k / n : 0;
    };
    if (share(keptCharsUpper, sizeUpper, t.ua, t.ub) < KEPT_SHARE || share(keptCharsLower, sizeLower, t.la, t.lb) < KEPT_SHARE) continue;
    const up = clauseText(tu, cu, t.ua, t.ub);
    const low = clauseText(tl, cl, t.la, t.lb);
    const clause = { upper: up.join(''), lower: low.join('') };
    const a = clauseStrength(up);
    const b = clauseStrength(low);
    const differ = (x: ObligationWord[], y: ObligationWord[]) => x.filter((w) => !y.some((v) => v.word === w.word)).map((w) => w.word);
    const aspects = compareStrength(a, b);
    const pick = (scales: string[]) => [differ(a.words.filter((w) => scales.includes(w.scale)), b.words), differ(b.words.filter((w) => scales.includes(w.scale)), a.words)] as const;
    if (aspects.modality) {
      const [wu, wl] = pick(['hedge', 'mandate']);
      out.push({ aspect: 'modality', direction: aspects.modality, upper: wu, lower: wl, clause });
    }
    if (aspects.completion) {
      const [wu, wl] = pick(['completion']);
      out.push({ aspect: 'completion', direction: aspects.completion, upper: wu, lower: wl, clause });
    }
    const du = inlineDeadline(clause.upper, upperYear);
    const dl = inlineDeadline(clause.lower, lowerYear);
    if (du !== null && dl !== null && du !== dl) {
      out.push({ aspect: 'deadline', direction: dl < du ? 'stronger' : 'weaker', upper: [formatMonth(du)], lower: [formatMonth(dl)], clause });
    }
    // a time limit for acting (24小时内 → 12小时内) is a deadline counted from the event
    const lu = inlineTimeLimit(clause.upper);
    const ll = inlineTimeLimit(clause.lower);
    if (lu && ll && lu.hours !== ll.hours) out.push({ aspect: 'deadline', direction: ll.hours < lu.hours ? 'stronger' : 'weaker', upper: [lu.text], lower: [ll.text], clause });
  }
  return out;
}

/** The summary of the text's obligation clauses in the comparison@1 shape: null when none or mixed. */
function obligationSummary(clauses: ObligationClause[]): ObligationChange | null {
  const text = clauses.filter((c) => c.aspect !== 'deadline');
  if (text.length === 0) return null;
  const directions = new Set(text.map((c) => c.direction));
  if (directions.size > 1) return null;
  const uniq = (xs: string[]) => [...new Set(xs)];
  return { upper: uniq(text.flatMap((c) => c.upper)), lower: uniq(text.flatMap((c) => c.lower)), direction: text[0]!.direction };
}
