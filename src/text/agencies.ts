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
const LEVEL_WORD = /^(省|市|区|县|旗|镇|乡)(?!场|民|辖)/;

/**
 * A key under which the same agency matches across levels and abbreviations: 市工业和信息化局 and
 * 区工信局 → 工业和信息化局; 市卫生健康委 and 区卫健局 → 卫生健康委员会; 市政府办公室 and 区政府办
 * → 政府办公室 (alias groups in `data/agency-aliases.json`). Place names and the level word are
 * dropped first; unknown agencies keep their stripped name.
 * @param places the plan's own place names (see placeNames)
 * @example agencyKey('市工业和信息化局') === agencyKey('区工信局') // → true
 */
export function agencyKey(name: string, places: readonly string[] = NO_PLACES): string {
  // plans name the same few dozen units in every item: the key of a name is worked out once per plan's places
  let keys = keyCache.get(places);
  if (!keys) keyCache.set(places, (keys = new Map()));
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= 10_000) keys.clear();
    key = computeKey(name, places);
    keys.set(name, key);
  }
  return key;
}

const NO_PLACES: readonly string[] = [];
const keyCache = new WeakMap<readonly string[], Map<string, string>>();

function computeKey(name: string, places: readonly string[]): string {
  const table = aliasTable();
  let s = comparableForm(name, places).replace(/[\p{P}\p{S}]/gu, (ch) => (ch === '◎' || ch === '▽' || ch === PLACE ? ch : ''));
  s = s.replace(new RegExp(`^${PLACE}+`), '');
  const candidates = [s, s.replace(LEVEL_PREFIX, ''), s.replace(/^◎/, '')];
  for (const c of candidates) {
    const hit = table.get(c);
    if (hit) return hit;
  }
  const stripped = s.startsWith('◎') ? s.slice(1) : s.replace(LEVEL_WORD, '');
  return table.get(stripped) ?? stripped;
}
