import { defaultGazetteer, type Gazetteer, type GazetteerEntry } from '../model/gazetteer.js';
import type { Jurisdiction, Level } from '../model/plan.js';

const SUFFIX_LEVEL: [RegExp, Level][] = [
  [/(省|自治区)$/, 'province'],
  [/(自治州|地区|盟)$/, 'city'],
  [/(街道|镇|乡)$/, 'township'],
  [/(县|旗)$/, 'county'],
  [/区$/, 'district'],
  [/市$/, 'city'],
];

/** A place name by its ending, for places the gazetteer does not know. */
const PLACE = /([\u4e00-\u9fff]{2,8}?(?:自治区|自治州|省|市|区|县|旗|镇|乡|街道))/;

function levelOf(name: string): Level | null {
  for (const [re, level] of SUFFIX_LEVEL) if (re.test(name)) return level;
  return null;
}

/** Every gazetteer name occurring in a text, left to right, longest match first. */
function namesIn(text: string, gaz: Gazetteer): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < text.length) {
    const name = gaz.namesLongestFirst.find((n) => text.startsWith(n, i));
    if (name) {
      found.push(name);
      i += name.length;
    } else i++;
  }
  return found;
}

/**
 * Infers the jurisdiction of a plan from its title and issuer: the most specific place named,
 * resolved against the gazetteer (using the other names present to tell apart places that share
 * a name), else by its suffix (省 province, 市 city, 区 district, 县 county, 镇/街道 township).
 * @example inferJurisdiction(['沈阳市辽中区2022年政务公开工作要点']) // → { name: '辽中区', level: 'district', parent: '沈阳市' }
 */
export function inferJurisdiction(texts: (string | null | undefined)[], gazetteer: Gazetteer = defaultGazetteer()): Jurisdiction {
  const all = texts.filter((t): t is string => !!t).map((t) => t.replace(/\s+/g, ''));
  for (const text of all) {
    if (/^(国务院|全国|国家)/.test(text)) return { name: '国务院', level: 'national', parent: null };
    const names = namesIn(text, gazetteer);
    if (names.length === 0) continue;
    const context = new Set(all.flatMap((t) => namesIn(t, gazetteer)));
    let best: GazetteerEntry | null = null;
    for (const name of names) {
      const candidates = gazetteer.lookup(name);
      // prefer the candidate whose ancestors are named too (枣庄市台儿庄区, 沈阳市辽中区)
      const ranked = candidates
        .map((c) => ({ c, support: gazetteer.ancestors(c).filter((a) => context.has(a.name)).length }))
        .sort((a, b) => b.support - a.support);
      const pick = ranked[0];
      if (!pick || (candidates.length > 1 && pick.support === 0 && ranked[1]?.support === 0)) {
        // an ambiguous name with no context: keep it without a parent unless something better turns up
        if (!best) best = { ...(candidates[0] as GazetteerEntry), parent: null };
        continue;
      }
      if (!best || rank(pick.c.level) > rank(best.level)) best = pick.c;
    }
    if (best) return { name: best.name, level: best.level, parent: best.parent };
  }
  for (const text of all) {
    const m = PLACE.exec(text);
    if (m?.[1]) return { name: m[1], level: levelOf(m[1]), parent: null };
  }
  return { name: null, level: null, parent: null };
}

const ORDER: Level[] = ['national', 'province', 'city', 'district', 'county', 'township'];
function rank(level: Level): number {
  // districts and counties sit at the same depth; a district is not "below" a county
  const r = ORDER.indexOf(level);
  return level === 'county' ? ORDER.indexOf('district') : r;
}
