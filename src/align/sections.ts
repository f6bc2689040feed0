import type { Section } from '../model/plan.js';
import type { SectionLink } from '../model/comparison.js';
import { stripPunctuation } from '../text/comparable.js';
import { headingSimilarity } from './score.js';
import { maxWeightMatching, type WeightedEdge } from './matching.js';
import type { PreparedPlan } from './prepare.js';

/** Sections of both plans matched to each other, by the items they share and by their titles. */
export interface SectionAlignment {
  links: SectionLink[];
  /** Lower section id for each aligned upper section id. */
  upperToLower: Map<string, string>;
}

/** Above this many section pairs, titles are compared only where items or equal titles connect them. */
const ALL_TITLES = 10_000;

const innermost = (sections: Section[]): Section | undefined => sections[sections.length - 1];
const outermost = (sections: Section[]): Section | undefined => sections[0];

/**
 * Aligns the sections of two plans twice over — the sections that hold items directly, and the
 * top-level sections — each as a global assignment weighted by the scores of the item pairs linked
 * between them plus the similarity of their titles (so an empty or renamed section still finds
 * its counterpart when its items do).
 */
export function alignSections(upper: PreparedPlan, lower: PreparedPlan, pairs: { u: number; l: number; score: number }[]): SectionAlignment {
  const links: SectionLink[] = [];
  const upperToLower = new Map<string, string>();
  for (const pick of [innermost, outermost]) {
    const us = unique(upper.items.map((f) => pick(f.sections)));
    const ls = unique(lower.items.map((f) => pick(f.sections)));
    if (us.length === 0 || ls.length === 0) continue;
    const ui = new Map(us.map((s, i) => [s.id, i]));
    const li = new Map(ls.map((s, i) => [s.id, i]));
    const weight = new Map<number, number>();
    for (const p of pairs) {
      const su = pick(upper.items[p.u]!.sections);
      const sl = pick(lower.items[p.l]!.sections);
      if (!su || !sl) continue;
      const key = ui.get(su.id)! * ls.length + li.get(sl.id)!;
      weight.set(key, (weight.get(key) ?? 0) + p.score);
    }
    const edges: WeightedEdge[] = [];
    const uk = us.map((su) => titleKey(su, upper));
    const lk = ls.map((sl) => titleKey(sl, lower));
    const edge = (i: number, j: number) => {
      const title = headingSimilarity(uk[i]!, lk[j]!) ?? 0;
      const w = (weight.get(i * ls.length + j) ?? 0) + (title >= 0.5 ? title : 0);
      if (w > 0.3) edges.push({ row: i, col: j, weight: w });
    };
    if (us.length * ls.length <= ALL_TITLES) {
      for (let i = 0; i < us.length; i++) for (let j = 0; j < ls.length; j++) edge(i, j);
    } else {
      // many sections: titles compared where items already link the sections, or where titles are equal
      const byTitle = new Map<string, number[]>();
      lk.forEach((k, j) => byTitle.set(k, [...(byTitle.get(k) ?? []), j]));
      const keys = new Set(weight.keys());
      uk.forEach((k, i) => (byTitle.get(k) ?? []).forEach((j) => keys.add(i * ls.length + j)));
      for (const key of [...keys].sort((a, b) => a - b)) edge(Math.floor(key / ls.length), key % ls.length);
    }
    const edgeWeight = new Map(edges.map((e) => [e.row * ls.length + e.col, e.weight]));
    maxWeightMatching(us.length, ls.length, edges).forEach((j, i) => {
      if (j < 0) return;
      const su = us[i]!;
      const sl = ls[j]!;
      if (upperToLower.has(su.id)) return;
      upperToLower.set(su.id, sl.id);
      links.push({ upper: su.id, lower: sl.id, score: round(edgeWeight.get(i * ls.length + j) ?? 0) });
    });
  }
  links.sort((a, b) => compareIds(a.upper, b.upper));
  return { links, upperToLower };
}

/**
 * How well two items' places in the outline correspond: 1 when their innermost sections are
 * aligned, 0.5 when only their top-level sections are, 0 otherwise; null when a plan has no sections.
 */
export function structureScore(u: Section[], l: Section[], alignment: SectionAlignment): number | null {
  if (u.length === 0 || l.length === 0) return null;
  if (alignment.upperToLower.get(innermost(u)!.id) === innermost(l)!.id) return 1;
  if (alignment.upperToLower.get(outermost(u)!.id) === outermost(l)!.id) return 0.5;
  return 0;
}

function titleKey(s: Section, plan: PreparedPlan): string {
  return stripPunctuation(plan.fold(s.title));
}

function unique(sections: (Section | undefined)[]): Section[] {
  const seen = new Map<string, Section>();
  for (const s of sections) if (s && !seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}

/** Orders path ids numerically ("2.10" after "2.9"). */
export function compareIds(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d) return d;
  }
  return 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
