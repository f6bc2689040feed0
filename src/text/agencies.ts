import aliasData from '../../data/agency-aliases.json';
import { comparableForm, PLACE } from './comparable.js';

let aliases: Map<string, string> | null = null;
function aliasTable(): Map<string, string> {
  if (!aliases) {
    aliases = new Map();
    for (const g of aliasData.groups) {
      aliases.set(g.canonical, g.canonical);
      for (const a of g.aliases) aliases.set(a, g.canonical);
    }
  }
  return aliases;
}

const LEVEL_PREFIX = /^[◎省市区县旗镇乡]/;
// 市级以下 / 区级以下 name different actors: the level word stays
const LEVEL_WORD = /^(省|市|区|县|旗|镇|乡)(?!场|民|辖|级及?以[上下])/;

/**
 * A key under which the same agency matches across levels and abbreviations: 市工业和信息化局 and
 * 区工信局 → 工业和信息化局; 市卫生健康委 and 区卫健局 → 卫生健康委员会; 市政府办公室 and 区政府办
 * → 政府办公室 (alias groups in `data/agency-aliases.json`). Place names and the level word are
 * dropped first; unknown agencies keep their stripped name.
 *
 * Pass the plan's own fold (a prepared plan's `fold`, derived from its jurisdiction and parent
 * chain) to name the levels below it as that plan does: a city's 各区县(市)政府 and its district's
 * 各乡镇 or 各涉农街镇 then meet, whatever words the pair uses. Without one, the fixed rules of
 * {@link comparableForm} apply.
 * @param places the plan's own place names (see placeNames); ignored when `fold` is given (it holds them)
 * @param fold the plan's comparable form (see levelFold)
 * @example agencyKey('市工业和信息化局') === agencyKey('区工信局') // → true
 */
export function agencyKey(name: string, places: readonly string[] = NO_PLACES, fold?: (text: string) => string): string {
  // plans name the same few dozen units in every item: a name's key is worked out once per plan (its fold, or its places)
  const owner: object = fold ?? places;
  let keys = keyCache.get(owner);
  if (!keys) keyCache.set(owner, (keys = new Map()));
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= 10_000) keys.clear();
    key = computeKey(name, places, fold);
    keys.set(name, key);
  }
  return key;
}

const NO_PLACES: readonly string[] = [];
const keyCache = new WeakMap<object, Map<string, string>>();

function computeKey(name: string, places: readonly string[], fold: ((text: string) => string) | undefined): string {
  const table = aliasTable();
  let s = (fold ? fold(name) : comparableForm(name, places)).replace(/[\p{P}\p{S}]/gu, (ch) => (ch === '◎' || ch === '▽' || ch === PLACE ? ch : ''));
  s = s.replace(new RegExp(`^${PLACE}+`), '');
  const candidates = [s, s.replace(LEVEL_PREFIX, ''), s.replace(/^◎/, '')];
  for (const c of candidates) {
    const hit = table.get(c);
    if (hit) return hit;
  }
  const stripped = s.startsWith('◎') ? s.slice(1) : s.replace(LEVEL_WORD, '');
  return table.get(stripped) ?? stripped;
}
