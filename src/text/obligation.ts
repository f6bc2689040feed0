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
