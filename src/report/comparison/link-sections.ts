import type { Comparison, Link, LinkStatus, Summary } from '../../model/comparison.js';
import type { Plan, Section } from '../../model/plan.js';
import { eachNode } from '../../model/walk.js';
import type { ComparisonIndex } from './lookup.js';

/** Where a link sits: the section it is listed under, and every section it can be filtered by. */
export interface LinkPlace {
  /**
   * Key of the section the link is listed under: `u:ID` for a section of the upper plan (also for
   * an added item whose lower section corresponds to it), `l:ID` for a lower-plan section without
   * a counterpart, `none` for items outside any section.
   */
  home: string;
  /** Key of the top-level section the link is counted under in the summary. */
  top: string;
  /** Section paths (outermost first) of the home section on each side, for headings. */
  upperPath: Section[];
  lowerPath: Section[];
  /** Section paths of the link's first item on each side. */
  upperItemPath: Section[];
  lowerItemPath: Section[];
  /** Every `u:ID` / `l:ID` key whose section holds one of the link's items, directly or below. */
  keys: string[];
}

/** Counts per status of one top-level section. */
export interface SectionTally {
  key: string;
  side: 'upper' | 'lower' | 'none';
  section: Section | null;
  counts: Summary;
  total: number;
}

/** Sections of both plans and how they correspond, for placing links. */
export interface SectionMap {
  upperChains: Map<string, Section[]>;
  lowerChains: Map<string, Section[]>;
  upperToLower: Map<string, string>;
  lowerToUpper: Map<string, string>;
}

/**
 * Indexes the sections of both plans and the section correspondences of the comparison.
 * @example sectionMap(comparison).upperToLower.get('1.1') // → '1.1', the lower section matched with upper 1.1
 */
export function sectionMap(c: Comparison): SectionMap {
  return {
    upperChains: sectionChains(c.upper),
    lowerChains: sectionChains(c.lower),
    upperToLower: new Map(c.sections.map((s) => [s.upper, s.lower])),
    lowerToUpper: new Map(c.sections.map((s) => [s.lower, s.upper])),
  };
}

/**
 * Each section's id → the chain of sections from the outermost down to it.
 * @example sectionChains(plan).get('1.2')!.map((s) => s.marker) // → ['一、', '(二)']
 */
export function sectionChains(plan: Plan): Map<string, Section[]> {
  const out = new Map<string, Section[]>();
  eachNode(plan.children, (n, path) => {
    if (n.kind === 'section') out.set(n.id, [...path, n]);
  });
  return out;
}

/**
 * Places a link: upper links under their upper section; added ones under the corresponding upper
 * section when there is one.
 * @example placeLink(link, indexComparison(c), sectionMap(c)).home // → 'u:1.1'
 */
export function placeLink(link: Link, idx: ComparisonIndex, map: SectionMap): LinkPlace {
  const upperItemPath = (link.upper[0] && idx.upperSections.get(link.upper[0])) || [];
  const lowerItemPath = (link.lower[0] && idx.lowerSections.get(link.lower[0])) || [];
  const keys = new Set<string>();
  const filed = (path: Section[] | undefined) => (path ?? []).slice(0, MAX_FILTER_DEPTH);
  for (const id of link.upper) for (const s of filed(idx.upperSections.get(id))) keys.add(`u:${s.id}`);
  for (const id of link.lower) {
    for (const s of filed(idx.lowerSections.get(id))) {
      keys.add(`l:${s.id}`);
      const counterpart = map.lowerToUpper.get(s.id);
      if (counterpart) keys.add(`u:${counterpart}`);
    }
  }
  const chainOf = (chains: Map<string, Section[]>, id: string | undefined) => (id === undefined ? [] : (chains.get(id) ?? []));
  let home = 'none';
  let upperPath: Section[] = [];
  let lowerPath: Section[] = [];
  const upperDeepest = upperItemPath[upperItemPath.length - 1];
  const lowerDeepest = lowerItemPath[lowerItemPath.length - 1];
  if (link.upper.length > 0) {
    if (upperDeepest) {
      home = `u:${upperDeepest.id}`;
      upperPath = upperItemPath;
      lowerPath = chainOf(map.lowerChains, map.upperToLower.get(upperDeepest.id));
    }
  } else if (lowerDeepest) {
    const counterpart = map.lowerToUpper.get(lowerDeepest.id);
    home = counterpart ? `u:${counterpart}` : `l:${lowerDeepest.id}`;
    upperPath = chainOf(map.upperChains, counterpart);
    lowerPath = lowerItemPath;
  }
  let top = 'none';
  if (upperPath[0]) top = `u:${upperPath[0].id}`;
  else if (lowerPath[0]) {
    // a lower top-level section may correspond to an upper subsection: count it under that one's top
    const counterpartTop = chainOf(map.upperChains, map.lowerToUpper.get(lowerPath[0].id))[0];
    top = counterpartTop ? `u:${counterpartTop.id}` : `l:${lowerPath[0].id}`;
  }
  return { home, top, upperPath, lowerPath, upperItemPath, lowerItemPath, keys: [...keys] };
}

/**
 * Counts per status for each top-level section, upper-plan sections in document order first,
 * then lower-plan sections without a counterpart, then items outside any section.
 * @example tallyBySection(c, places, map)[0].counts // → { inherited: 7, modified: 8, added: 0, dropped: 0 }
 */
export function tallyBySection(c: Comparison, places: LinkPlace[], map: SectionMap): SectionTally[] {
  const rows = new Map<string, SectionTally>();
  const empty = (): Summary => ({ inherited: 0, modified: 0, added: 0, dropped: 0 });
  const add = (key: string, side: SectionTally['side'], section: Section | null) => rows.set(key, { key, side, section, counts: empty(), total: 0 });
  for (const n of c.upper.children) if (n.kind === 'section') add(`u:${n.id}`, 'upper', n);
  for (const n of c.lower.children) if (n.kind === 'section' && !map.lowerToUpper.has(n.id)) add(`l:${n.id}`, 'lower', n);
  add('none', 'none', null);
  c.links.forEach((link, i) => {
    const row = rows.get(places[i]!.top) ?? rows.get('none')!;
    row.counts[link.status as LinkStatus]++;
    row.total++;
  });
  return [...rows.values()].filter((r) => r.total > 0);
}

/**
 * The path of sections as one label.
 * @example pathLabel(path) // → '一、加强政府信息公开 › （一）以政务公开助推经济平稳健康发展'
 */
export function pathLabel(path: readonly Section[], separator = ' › '): string {
  // a plan built in memory may nest thousands of levels: one label per link would grow with the square of the depth
  const shown = path.length > MAX_PATH_SHOWN ? [...path.slice(0, MAX_PATH_SHOWN / 2).map(sectionLabel), '…', ...path.slice(-MAX_PATH_SHOWN / 2).map(sectionLabel)] : path.map(sectionLabel);
  return shown.join(separator);
}

/** Most sections a path label names: past it, the outermost and innermost halves with "…" between. */
export const MAX_PATH_SHOWN = 8;
/** Deepest sections a link is filed under for filtering (the HTML page's section filter). */
export const MAX_FILTER_DEPTH = 16;

/**
 * A section's marker and title as printed in the plan.
 * @example sectionLabel(section) // → '一、加强政府信息公开,夯实一流基础'
 */
export function sectionLabel(s: Section): string {
  return `${s.marker}${s.title}`;
}
