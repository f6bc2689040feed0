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

let shared: Gazetteer | null = null;
/**
 * The gazetteer shipped with the library (built once, on first use).
 * @example defaultGazetteer().lookup('辽中区') // → [{ name: '辽中区', level: 'district', parent: '沈阳市', short: '辽中' }]
 */
export function defaultGazetteer(): Gazetteer {
  shared ??= new Gazetteer(gazetteerData.jurisdictions as GazetteerEntry[]);
  return shared;
}
