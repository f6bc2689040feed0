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
  `(?:^|[\\d〇○零一二三四五六七八九十]年|[《》（）()\\s、，,：:]|关于|印发|转发|全|本)((?:(?!年|关于|印发|转发|省|市|区|县)[\\u4e00-\\u9fff]){1,10}?(?:${ZONE.source}|特别行政区|自治区|自治州|自治县|自治旗|地区|盟|林区|特区|街道|省|市|区|县|旗|镇|乡))`,
);

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
  const all = texts.map((t) => (t ? t.replace(/\s+/g, '') : ''));
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
    if (pick) return { jurisdiction: { name: pick.name, level: pick.level, parent: pick.parent }, from: ti, how: 'gazetteer' };
    // a short form at the start of a title or issuer: 广西2023年…, 内蒙古自治区… is already full
    const lead = text.replace(/^(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:度)?/, '');
    for (const [s, e] of shorts(gazetteer)) {
      if (lead.startsWith(s)) return { jurisdiction: { name: e.name, level: e.level, parent: e.parent }, from: ti, how: 'short' };
    }
  }
  for (let ti = 0; ti < all.length; ti++) {
    const m = PLACE.exec(all[ti]!);
    if (m?.[1] && !/^(各|我|本|全|该|所属|有关)/.test(m[1])) return { jurisdiction: { name: m[1], level: levelOf(m[1]), parent: null }, from: ti, how: 'suffix' };
  }
  return { jurisdiction: { name: null, level: null, parent: null }, from: -1, how: 'none' };
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
 * @example inferJurisdiction(['沈阳市辽中区2022年政务公开工作要点']) // → { name: '辽中区', level: 'district', parent: '沈阳市' }
 */
export function inferJurisdiction(texts: (string | null | undefined)[], gazetteer: Gazetteer = defaultGazetteer()): Jurisdiction {
  return findJurisdiction(texts, gazetteer).jurisdiction;
}
