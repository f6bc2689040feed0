import { defaultGazetteer, type Gazetteer, type GazetteerEntry } from '../model/gazetteer.js';
import type { Jurisdiction, Level } from '../model/plan.js';

/** Level by a name's ending, longest endings first, for places the gazetteer does not know. */
const SUFFIX_LEVEL: [RegExp, Level][] = [
  [/(特别行政区|自治区|省)$/, 'province'],
  [/(自治州|地区|盟)$/, 'city'],
  [/(街道|镇|乡)$/, 'township'],
  [/(自治县|自治旗|县|旗|林区|特区)$/, 'county'],
  [/区$/, 'district'],
  [/市$/, 'city'],
];

/** Development zones and new areas: district-like, under the city whose name they start with. */
const ZONE = /(?:经济技术开发区|高新技术产业开发区|高新技术产业园区|经济开发区|技术开发区|开发区|高新区|经开区|新区|保税区|综合保税区|工业园区|产业园区|试验区|管理区)/;
/** A place name by its ending. It may not start with a year, a number or a function word ("2024年赣州市" is 赣州市). */
const PLACE = new RegExp(
  `(?:^|[\\d〇○零一二三四五六七八九十]年|[《》（）()\\s、，,：:]|关于|印发|转发|全|本)((?:(?!年|关于|印发|转发|省|市|区|县)[\\u4e00-\\u9fff]){1,10}?(?:${ZONE.source}|特别行政区|自治区|自治州|自治县|自治旗|地区|盟|林区|特区|街道|省|市|区|县|旗|镇|乡(?!镇|街道)))`,
);

/**
 * A township (镇, 乡, 街道) named right after its county or district: "宣汉县青石镇2023年…",
 * "辽中区茨榆坨街道办事处". The gazetteer stops at county level, so the township is read by its
 * suffix. 乡 followed by 镇 or 街道 is inside the name (东乡街道, 东乡镇); what follows the name must
 * end it (a year, 人民政府, 政务…), so that 农村乡镇 or 乡村振兴 are no townships.
 */
const TOWNSHIP = /^((?:(?!年|省|市|区|县|镇|街道|关于|印发|转发)[\u4e00-\u9fff]){1,8}?(?:街道|镇|乡(?!镇|街道)))(?=$|[0-9０-９〇○零一二三四五六七八九]{4}|年|人民政府|政府|办事处|党委|党工委|党政|关于|印发|政务|机关|便民|[（(《》“"、，,:：])/;

/** Words for the townships in general or in part (各乡镇, 全镇, 所属街道), not one township. */
function genericTownship(name: string): boolean {
  // no township is named X乡镇 or X镇街: those are the words for townships of all kinds
  return name.replace(/乡镇|镇街|街镇|街道|乡|镇|街/g, '') === '' || /(乡镇|镇乡|镇街|街镇)$/.test(name) || /^(各|全|所属|有关|相关|本|该|辖区|下属|涉农|农村|其他|部分|重点)/.test(name);
}

/** The township named right after `county` in a text, if any. */
function townshipAfter(text: string, county: string): string | null {
  for (let at = text.indexOf(county); at >= 0; at = text.indexOf(county, at + 1)) {
    const m = TOWNSHIP.exec(text.slice(at + county.length));
    if (m?.[1] && !genericTownship(m[1])) return m[1];
  }
  return null;
}

/**
 * The superior plan a plan implements, named in its title: "贯彻落实四川省2023年政务公开工作要点任务分工",
 * "关于落实《国务院办公厅…意见》的实施方案". The place in it is the superior's, not the plan's own.
 */
const IMPLEMENTS = /(?:贯彻落实|贯彻|落实)(?:《(?:[^《》]|《[^《》]*》)+》|[^《》]{2,60}?(?:要点|方案|意见|规划|计划|纲要|安排|通知|决定|部署))/g;

/**
 * A title that is a breakdown of another plan (…工作要点任务分工, …实施方案责任清单): the plan's
 * title, then a breakdown word. When a lower government issues it, the title's place is the
 * superior's whose plan is broken down.
 */
const BREAKDOWN = /(?:要点|方案|意见|规划|计划|纲要)(?:重点)?(?:任务|责任|工作)?(?:分工|分解|清单|台账)(?:方案|表|一览表|清单)?$/;

function levelOf(name: string): Level | null {
  if (ZONE.test(name) && new RegExp(`${ZONE.source}$`).test(name)) return 'district';
  for (const [re, level] of SUFFIX_LEVEL) if (re.test(name)) return level;
  return null;
}

/** Generic two-character district names (城区, 郊区, 矿区 …) that name a place only after their city. */
function generic(e: GazetteerEntry): boolean {
  return e.name.length === 2 && /区$/.test(e.name);
}

/** Every gazetteer name occurring in a text, left to right, longest match first. */
function namesIn(text: string, gaz: Gazetteer): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < text.length) {
    const name = gaz.nameAt(text, i);
    if (name) {
      found.push(name);
      i += name.length;
    } else i++;
  }
  return found;
}

/** Where a jurisdiction was found: in which of the texts, and how. */
export interface JurisdictionFinding {
  jurisdiction: Jurisdiction;
  /**
   * Set when the title names a superior plan it implements or breaks down: `passed-over` when that
   * plan's place was set aside for the plan's own, `taken` when nothing else named a place.
   */
  superior?: 'passed-over' | 'taken';
  /** Index of the text (title, issuer, …) the place was found in, or -1. */
  from: number;
  /** `gazetteer`, `short` (a short form such as 广西), `zone` (开发区/新区 by rule) or `suffix`. */
  how: 'gazetteer' | 'short' | 'zone' | 'suffix' | 'national' | 'none';
}

const ORDER: Level[] = ['national', 'province', 'city', 'district', 'county', 'township'];
function rank(level: Level): number {
  // districts and counties sit at the same depth; a district is not "below" a county
  const r = ORDER.indexOf(level);
  return level === 'county' ? ORDER.indexOf('district') : r;
}

/** Short forms of provinces and prefectures that name one place only (广西, 内蒙古, 赣州, 延边). */
const shortIndex = new WeakMap<Gazetteer, Map<string, GazetteerEntry>>();
function shorts(gaz: Gazetteer): Map<string, GazetteerEntry> {
  let map = shortIndex.get(gaz);
  if (map) return map;
  const count = new Map<string, GazetteerEntry[]>();
  for (const e of gaz.entries) {
    if (e.short.length < 2 || e.short === e.name || (e.level !== 'province' && e.level !== 'city')) continue;
    count.set(e.short, [...(count.get(e.short) ?? []), e]);
  }
  map = new Map();
  for (const [s, es] of count) if (es.length === 1 && gaz.lookup(s).length === 0) map.set(s, es[0]!);
  shortIndex.set(gaz, map);
  return map;
}

/**
 * Like {@link inferJurisdiction}, and says in which text and how the place was found, so the
 * parser can warn about a guess (a place taken from the issuer, a level from a suffix).
 * @example findJurisdiction(['2023年政务公开工作要点', '江西省人民政府办公厅']).from // → 1
 */
export function findJurisdiction(texts: (string | null | undefined)[], gazetteer: Gazetteer = defaultGazetteer()): JurisdictionFinding {
  const written = texts.map((t) => (t ? t.replace(/\s+/g, '') : ''));
  // a title or notice title that implements a superior plan names the superior's place: set it aside
  const all = written.map((t) => t.replace(IMPLEMENTS, '　').replace(/　+/g, '　'));
  const found = findIn(all, gazetteer);
  if (found.how === 'none' && all.some((t, i) => t !== written[i])) {
    const fallback = findIn(written, gazetteer);
    return fallback.how === 'none' ? fallback : { ...fallback, superior: 'taken' };
  }
  const title = written[0] ?? '';
  // a lower government's breakdown of its superior's plan (宣汉县 signing 四川省…要点任务分工) is its own
  if (found.from === 0 && BREAKDOWN.test(title)) {
    const rest = findIn(['', ...all.slice(1)], gazetteer);
    if (rest.from > 0 && below(rest.jurisdiction, found.jurisdiction, gazetteer)) return { ...rest, superior: 'passed-over' };
  }
  return all[0] !== written[0] ? { ...found, superior: 'passed-over' } : found;
}

/** Whether `lower` lies under `upper` in the gazetteer (a county of the province, a township of the county). */
function below(lower: Jurisdiction, upper: Jurisdiction, gaz: Gazetteer): boolean {
  if (!lower.name || !upper.name || lower.name === upper.name) return false;
  if (lower.parent === upper.name) return true;
  const parents = lower.level === 'township' && lower.parent ? gaz.lookup(lower.parent) : gaz.lookup(lower.name);
  return parents.some((e) => (lower.level === 'township' && e.name === upper.name) || gaz.ancestors(e).some((a) => a.name === upper.name));
}

function findIn(all: string[], gazetteer: Gazetteer): JurisdictionFinding {
  const context = new Set(all.flatMap((t) => namesIn(t, gazetteer)));
  for (let ti = 0; ti < all.length; ti++) {
    const text = all[ti]!;
    if (!text) continue;
    if (/^(国务院|全国|国家|中共中央办公厅|中央)/.test(text)) return { jurisdiction: { name: '国务院', level: 'national', parent: null }, from: ti, how: 'national' };
    // a development zone or new area named in the text is more specific than the city in its name
    const zone = zoneIn(text, gazetteer);
    if (zone) return { jurisdiction: zone.jurisdiction, from: ti, how: zone.known ? 'gazetteer' : 'zone' };
    const names = namesIn(text, gazetteer);
    let pick: GazetteerEntry | null = null;
    for (const name of names) {
      const candidates = gazetteer.lookup(name);
      // prefer the candidate whose ancestors are named too (枣庄市台儿庄区, 沈阳市辽中区)
      const ranked = candidates
        .map((c) => ({ c, support: gazetteer.ancestors(c).filter((a) => context.has(a.name)).length }))
        .sort((a, b) => b.support - a.support);
      const top = ranked[0];
      if (!top) continue;
      if (top.support === 0 && generic(top.c)) continue;
      if (candidates.length > 1 && top.support === 0 && ranked[1]?.support === 0) {
        // an ambiguous name with no context: keep it without a parent unless something better turns up
        if (!pick) pick = { ...top.c, parent: null };
        continue;
      }
      if (!pick || rank(top.c.level) > rank(pick.level)) pick = top.c;
    }
    if (pick) {
      const town = townshipAfter(text, pick.name);
      // the township may be named alone in the title and after its county only in the signature
      const first = town ? all.findIndex((t) => t.includes(town)) : -1;
      if (town) return { jurisdiction: { name: town, level: 'township', parent: pick.name }, from: first, how: 'suffix' };
      return { jurisdiction: { name: pick.name, level: pick.level, parent: pick.parent }, from: ti, how: 'gazetteer' };
    }
    // a short form at the start of a title or issuer: 广西2023年…, 内蒙古自治区… is already full
    const lead = text.replace(/^(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:度)?/, '');
    for (const [s, e] of shorts(gazetteer)) {
      if (lead.startsWith(s)) return { jurisdiction: { name: e.name, level: e.level, parent: e.parent }, from: ti, how: 'short' };
    }
  }
  for (let ti = 0; ti < all.length; ti++) {
    const m = PLACE.exec(all[ti]!);
    if (m?.[1] && !/^(各|我|本|全|该|所属|有关)/.test(m[1]) && !genericTownship(m[1])) {
      const level = levelOf(m[1]);
      // a township named alone in the title may be named after its county elsewhere (the issuer)
      const parent = level === 'township' ? (all.map((t) => countyBefore(t, m[1]!, gazetteer)).find((c) => c) ?? null) : null;
      return { jurisdiction: { name: m[1], level, parent }, from: ti, how: 'suffix' };
    }
  }
  return { jurisdiction: { name: null, level: null, parent: null }, from: -1, how: 'none' };
}

/** The county or district named right before a township in a text ("宣汉县青石镇人民政府" → 宣汉县). */
function countyBefore(text: string, township: string, gaz: Gazetteer): string | null {
  const at = text.indexOf(township);
  if (at <= 0) return null;
  const names = namesIn(text.slice(0, at), gaz);
  const last = names[names.length - 1];
  return last && text.slice(0, at).endsWith(last) && gaz.lookup(last).some((e) => e.level === 'county' || e.level === 'district') ? last : null;
}

/** A 开发区/高新区/新区 named in a text, with the city it starts with as parent. */
function zoneIn(text: string, gaz: Gazetteer): { jurisdiction: Jurisdiction; known: boolean } | null {
  const m = new RegExp(`((?:(?!年|关于|印发|转发)[\\u4e00-\\u9fff]){2,16}?${ZONE.source})`).exec(text);
  if (!m?.[1]) return null;
  let name = m[1];
  const inside = namesIn(name, gaz);
  // the gazetteer knows it (沈北新区, 浦东新区, NBS-listed 开发区): take that entry, with its parent
  const lastName = inside[inside.length - 1];
  if (lastName && name.endsWith(lastName)) {
    const e = gaz.lookup(lastName);
    const parentNamed = e.find((x) => x.parent && inside.includes(x.parent)) ?? e[0];
    if (parentNamed && (parentNamed.level === 'district' || parentNamed.level === 'county')) {
      return { jurisdiction: { name: parentNamed.name, level: parentNamed.level, parent: parentNamed.parent }, known: true };
    }
  }
  // else its parent is the last prefecture (or county) named in it: "赣州市经济技术开发区"
  let parent: GazetteerEntry | null = null;
  for (const n of inside) {
    const e = gaz.lookup(n).find((x) => x.level === 'city' || x.level === 'county' || x.level === 'district');
    if (e) parent = e;
  }
  if (!parent) {
    for (const [s, e] of shorts(gaz)) if (name.startsWith(s) && e.level === 'city') parent = e;
  }
  // a zone must be named after a place (赣州经开区) or be a known new area; "本区新区" is not a place
  if (!parent && !/新区$/.test(name)) return null;
  name = name.replace(/^.*?(?:省|自治区)(?=.{4,})/, '');
  return { jurisdiction: { name, level: 'district', parent: parent?.name ?? null }, known: false };
}

/**
 * Infers the jurisdiction of a plan from its title and issuer (in that order: a place named in
 * the title wins): the most specific place named, resolved against the gazetteer (using the other
 * names present to tell apart places that share a name), a unique short form (广西, 内蒙古),
 * a development zone or new area by its suffix (level district, the city as parent), else the
 * place by its suffix (省 province, 自治州/地区/盟 city, 区 district, 县/旗 county, 镇/街道 township).
 * A township written after its county (宣汉县青石镇) is the township, the county its parent; the place of
 * a superior plan the title implements (贯彻落实四川省…要点任务分工) is passed over for the issuer's.
 * @example inferJurisdiction(['沈阳市辽中区2022年政务公开工作要点']) // → { name: '辽中区', level: 'district', parent: '沈阳市' }
 */
export function inferJurisdiction(texts: (string | null | undefined)[], gazetteer: Gazetteer = defaultGazetteer()): Jurisdiction {
  return findJurisdiction(texts, gazetteer).jurisdiction;
}
