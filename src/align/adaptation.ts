import adaptationData from '../../data/adaptation.json';
import { defaultGazetteer, type Gazetteer } from '../model/gazetteer.js';
import { LEVELS, type Jurisdiction, type Level } from '../model/plan.js';
import { comparableForm, PLACE } from '../text/comparable.js';
import { toSimplified } from '../text/simplified.js';

/** A function that puts a plan's text in the form the alignment compares (see {@link levelFold}). */
export type Fold = (text: string) => string;

interface Rule {
  re: RegExp;
  replace: string;
}

interface LevelWords {
  self: string[];
  below: string[];
}

const levels = adaptationData.levels as Record<Level, LevelWords>;

/**
 * Characters that, before a one-character level word, make it part of another word: 社区, 园区,
 * 城市, 超市, 城乡, 大街 are not levels. After one: 市场, 市民, 区域, 区别.
 */
const NOT_BEFORE = '城超都股上门夜早集社园地景小辖片矿郊湾老新开发保税验灾库校厂禁郡村重古大商步行业专';
const NOT_AFTER = '场民域别间划块位容貌值';

function alternation(words: string[]): string {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      const folded = comparableBase(w);
      return folded.length === 1 ? `(?<![${NOT_BEFORE}])${escape(folded)}(?![${NOT_AFTER}])` : escape(folded);
    })
    .join('|');
}

/** NFKC, simplified characters, no whitespace, lower case: the base every fold starts from. */
function comparableBase(text: string): string {
  return toSimplified(text.normalize('NFKC')).replace(/\s+/g, '').toLowerCase();
}

/** The levels a jurisdiction speaks for: its own and every one above it up to the province. */
function levelChain(j: Jurisdiction, gazetteer: Gazetteer): Level[] {
  if (!j.level) return [];
  const out: Level[] = [j.level];
  const entry = j.name ? gazetteer.lookup(j.name).find((e) => !j.parent || e.parent === j.parent) : undefined;
  if (entry) for (const a of gazetteer.ancestors(entry)) if (!out.includes(a.level)) out.push(a.level);
  // without the gazetteer, the levels above by rank: a district plan also names its city and province
  const rank = LEVELS.indexOf(j.level === 'county' ? 'district' : j.level);
  for (const level of LEVELS) {
    const r = LEVELS.indexOf(level);
    if (level !== 'national' && r < rank && r >= LEVELS.indexOf('province') && !out.includes(level)) out.push(level);
  }
  return out;
}

/** Levels whose `below` words name a level under some plan: 村 and 社区 are literal at every level. */
const BELOW_LEVELS: Level[] = ['province', 'city', 'district', 'county'];

const ruleCache = new Map<string, Rule[]>();

/**
 * The adaptation rules of one plan, derived from its jurisdiction and parent chain: the words by
 * which it names its own level and the levels above ({S}: 区, 市, 省 for a district) fold to ◎,
 * the words for the levels below some plan ({B}: 区县(市), 街道, 乡镇, 镇街 …) to ▽. So a city's 全市 / 市直各部门 / 各涉农区县 and its district's
 * 全区 / 区直各部门 / 各涉农街镇 meet, whatever the pair; a change of level that changes who
 * must act (市级以下 → 区级以下) does not fold.
 */
function rulesFor(j: Jurisdiction, gazetteer: Gazetteer): Rule[] {
  const chain = levelChain(j, gazetteer);
  const key = chain.join('>');
  let rules = ruleCache.get(key);
  if (rules) return rules;
  if (chain.length === 0) {
    rules = [];
  } else {
    const self = chain.flatMap((l) => levels[l]?.self ?? []);
    // every level's word for the levels under it: a city plan's 乡镇(街道) meets its district's 镇(街)
    const below = BELOW_LEVELS.flatMap((l) => levels[l].below);
    const S = `(?:${alternation(self)})`;
    const B = `(?:${alternation(below.length ? below : ['▽▽'])})`;
    rules = (adaptationData.templates as { pattern: string; replace: string }[]).map((t) => ({
      re: new RegExp(t.pattern.replaceAll('{S}', S).replaceAll('{B}', B), 'g'),
      replace: t.replace,
    }));
  }
  ruleCache.set(key, rules);
  return rules;
}

/** The level-free rules of data/adaptation.json (村(居) → 村(社区) …), applied after the derived ones. */
let levelFree: Rule[] | null = null;
function levelFreeRules(): Rule[] {
  levelFree ??= (adaptationData.rules as { pattern: string; replace: string; levelFree?: boolean }[])
    .filter((r) => r.levelFree)
    .map((r) => ({ re: new RegExp(r.pattern, 'g'), replace: r.replace }));
  return levelFree;
}

/**
 * The comparable form of a plan's texts for alignment: NFKC, simplified characters, no spacing,
 * the plan's own place names as ◇, and its level words folded by the rules derived from its
 * jurisdiction (see `data/adaptation.json`, `levels` and `templates`). A plan whose level is
 * unknown falls back to {@link comparableForm}'s fixed rules.
 * @example levelFold({ name: '辽中区', level: 'district', parent: '沈阳市' }, ['辽中区', '辽中'])('全区各街道') // → '全◎各▽'
 */
export function levelFold(j: Jurisdiction, places: readonly string[], gazetteer: Gazetteer = defaultGazetteer()): Fold {
  if (!j.level) return (text) => comparableForm(text, places);
  const rules = rulesFor(j, gazetteer);
  const free = levelFreeRules();
  // diff spans and their contexts repeat endlessly in a large comparison: remember short texts
  const cache = new Map<string, string>();
  return (text) => {
    const hit = text.length <= CACHED_LENGTH ? cache.get(text) : undefined;
    if (hit !== undefined) return hit;
    let s = comparableBase(text);
    for (const p of places) if (p) s = s.split(p).join(PLACE);
    for (const r of rules) s = s.replace(r.re, r.replace);
    for (const r of free) s = s.replace(r.re, r.replace);
    if (text.length <= CACHED_LENGTH) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(text, s);
    }
    return s;
  };
}

const CACHED_LENGTH = 64;
const CACHE_LIMIT = 50_000;

const SCOPE = new RegExp(adaptationData.scopeWords);

/**
 * Whether folded text, inserted or dropped on its own, only restates the plan's own scope (全区,
 * 本区, 全区各级, the place name): a lower plan writes 全区各级政府 where its city wrote 各级政府.
 * @example isScopeOnly('全◎') // → true
 */
export function isScopeOnly(folded: string): boolean {
  return folded.length > 0 && SCOPE.test(folded);
}
