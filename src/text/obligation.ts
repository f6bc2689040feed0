import obligationData from '../../data/obligation.json';

/** Which scale an obligation word sits on (see `data/obligation.json`). */
export type ObligationScale = 'mandate' | 'hedge' | 'completion';

/** An obligation word found in a clause. */
export interface ObligationWord {
  word: string;
  scale: ObligationScale;
  level: number;
}

/** How binding one clause is, read on the two scales of `data/obligation.json`. */
export interface ClauseStrength {
  /** The weakest hedge (1 optional … 3 qualified), or null when the clause does not hedge. */
  hedge: number | null;
  /** The strongest mandate word (4 要 … 6 严禁); 4 for a bare imperative. */
  mandate: number;
  /** 2 when the clause asks for an outcome (完成, 实现), 1 for progress (推进), 0 when silent. */
  completion: number;
  words: ObligationWord[];
}

let lexicon: Map<string, ObligationWord> | null = null;
let longest = 1;
function words(): Map<string, ObligationWord> {
  if (!lexicon) {
    lexicon = new Map();
    for (const scale of ['completion', 'mandate', 'hedge'] as const) {
      for (const [level, ws] of Object.entries(obligationData[scale] as Record<string, string[]>)) {
        for (const word of ws) {
          lexicon.set(word, { word, scale, level: Number(level) });
          longest = Math.max(longest, word.length);
        }
      }
    }
  }
  return lexicon;
}

/**
 * The obligation words of a tokenised clause, longest first, each starting and ending on a token
 * boundary: 可 in 可|通过 counts, the 可 of 可能 or 许可 does not; 原则上 counts however the
 * tokenizer cut it (原则|上).
 */
export function obligationWords(tokens: readonly string[]): ObligationWord[] {
  const table = words();
  const out: ObligationWord[] = [];
  let i = 0;
  while (i < tokens.length) {
    let hit: ObligationWord | undefined;
    let span = 0;
    let text = '';
    for (let k = i; k < tokens.length && text.length < longest; k++) {
      text += tokens[k];
      const w = table.get(text);
      if (w) {
        hit = w;
        span = k - i + 1;
      }
    }
    if (hit) {
      out.push(hit);
      i += span;
    } else i++;
  }
  return out;
}

/**
 * How binding a clause is: its weakest hedge, strongest mandate and completion.
 * @example clauseStrength(['原则上', '不得', '开展']) // → { hedge: 3, mandate: 5, completion: 1, … }
 */
export function clauseStrength(tokens: readonly string[]): ClauseStrength {
  const found = obligationWords(tokens);
  let hedge: number | null = null;
  let mandate = 4;
  let completion = 0;
  for (const w of found) {
    if (w.scale === 'hedge') hedge = hedge === null ? w.level : Math.min(hedge, w.level);
    else if (w.scale === 'mandate') mandate = Math.max(mandate, w.level);
    else completion = Math.max(completion, w.level);
  }
  return { hedge, mandate, completion, words: found };
}

/** The direction of a change on one aspect, or null when the aspect did not change. */
export type StrengthDirection = 'stronger' | 'weaker';

/**
 * Compares two readings of one clause, aspect by aspect. Modality first by hedge (no hedge is
 * stronger than any), then by mandate: 不得 → 原则上不得 and 确保 → 力争 are weaker, 不得 → 严禁
 * and 探索建立 → 建立 stronger. Completion separately: 完成 → 推进 is weaker. A clause silent on
 * completion counts as progress when the other names an outcome.
 */
export function compareStrength(a: ClauseStrength, b: ClauseStrength): { modality: StrengthDirection | null; completion: StrengthDirection | null } {
  const ha = a.hedge ?? 9;
  const hb = b.hedge ?? 9;
  const modality = ha !== hb ? (hb > ha ? 'stronger' : 'weaker') : a.mandate !== b.mandate ? (b.mandate > a.mandate ? 'stronger' : 'weaker') : null;
  const ca = a.completion || 1;
  const cb = b.completion || 1;
  const completion = (a.completion || b.completion) && ca !== cb ? (cb > ca ? 'stronger' : 'weaker') : null;
  return { modality, completion };
}

const INLINE_DEADLINE = /(?:(\d{4})年)?(\d{1,2})月(?:底|末|份|中旬|下旬|上旬|\d{1,2}日)?(?:前|以前|之前)|(?:(\d{4})年)?年(?:底|末|内)(?:前)?|(\d{4})年(?:底|末|内)(?:前)?/g;

/**
 * The latest date a clause sets as a deadline ("6月底前", "2022年底前", "年内"), as year·12 +
 * month with `year` for dates without one; null when it names none.
 * @example inlineDeadline('2022年6月底前完成', 2022) // → 2022 * 12 + 6
 */
export function inlineDeadline(text: string, year: number | null): number | null {
  let latest: number | null = null;
  for (const m of text.matchAll(INLINE_DEADLINE)) {
    let value: number | null = null;
    if (m[2]) {
      const y = m[1] ? Number(m[1]) : year;
      if (y !== null) value = y * 12 + Number(m[2]);
    } else {
      const y = m[3] ? Number(m[3]) : m[4] ? Number(m[4]) : year;
      if (y !== null) value = y * 12 + 12;
    }
    if (value !== null && (latest === null || value > latest)) latest = value;
  }
  return latest;
}

/** Hours per unit of a time limit; a working day counts as 7/5 of a calendar day. */
const LIMIT_UNIT_HOURS: Record<string, number> = { 小时: 1, 个小时: 1, 日: 24, 天: 24, 个工作日: 33.6, 工作日: 33.6, 周: 168, 个星期: 168, 星期: 168, 个月: 720 };
const INLINE_LIMIT = /([0-9]{1,3}|[一二两三四五六七八九十]{1,3})(个小时|小时|个工作日|工作日|日|天|周|个星期|星期|个月)(?:以内|之内|内)/g;
const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 15, 十五, 二十, 三 → their value; null for what is not a number below 100. */
function smallNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? (NUMERALS[s] ?? null) : null;
  const tens = ten === 0 ? 1 : NUMERALS[s.slice(0, ten)];
  const ones = ten === s.length - 1 ? 0 : NUMERALS[s.slice(ten + 1)];
  return tens === undefined || ones === undefined ? null : tens * 10 + ones;
}

/**
 * The shortest time limit a clause sets for acting ("24小时内作出回应", "5个工作日内", "十五日内"),
 * in hours, with the words that set it; null when it names none. A shorter limit binds more.
 * @example inlineTimeLimit('对重大舆情要在24小时内作出回应') // → { hours: 24, text: '24小时内' }
 */
export function inlineTimeLimit(text: string): { hours: number; text: string } | null {
  let best: { hours: number; text: string } | null = null;
  for (const m of text.matchAll(INLINE_LIMIT)) {
    const n = smallNumber(m[1]!);
    if (!n) continue;
    const hours = n * LIMIT_UNIT_HOURS[m[2]!]!;
    if (!best || hours < best.hours) best = { hours, text: m[0] };
  }
  return best;
}
