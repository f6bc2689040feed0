/**
 * Per-field parse accuracy over the hand readings of test/fixtures/parse/<case>/. Each measure is
 * a share over the cases (or the reading nodes) that give the field; a case the parser refuses
 * scores zero on every field it gives. The measures:
 *
 * - title, 文号, date: the parsed value equals the reading's (NFKC, no whitespace; null = null).
 * - jurisdiction: the parsed jurisdiction's name equals the reading's; level: its level does.
 * - citations: share of the reading's references whose title is among the parsed references'
 *   titles (recall); parsed references the reading does not list are counted as "spurious".
 * - items: share of reading items whose `start` is found as the start of a parsed item's text
 *   (each parsed item used once, in document order); parsed items that match no reading item are
 *   counted as "spurious" (a covering notice must have none).
 * - headings: share of reading sections found among the parsed sections with the same title.
 * - leads: share of reading items that give leads (non-empty) whose matched parsed item has the
 *   same leads as sets (an item not found scores zero); partners and deadline alike (deadline over
 *   items that give a non-null one).
 * - refusals: cases whose reading expects a plan but parsing threw.
 */
import { planItems } from '../src/model/walk.js';
import type { Item, Node, Plan, Section } from '../src/model/plan.js';
import { compact as c, parseCase, parseCases, readingItems, readingSections, type ParseCase, type RItem } from '../test/support/parse-fixtures.js';
import { section } from './util.js';

interface Tally {
  hit: number;
  total: number;
}

const FIELDS = ['title', '文号', 'date', 'jurisdiction', 'level', 'citations', 'items', 'headings', 'leads', 'partners', 'deadline'] as const;
type Field = (typeof FIELDS)[number];

/** Scores of one case, field by field, plus its spurious items and citations. */
export interface CaseScore {
  name: string;
  fields: Partial<Record<Field, Tally>>;
  spuriousItems: number;
  spuriousCitations: number;
  refused: boolean;
}

function sections(nodes: Node[]): Section[] {
  return nodes.flatMap((n) => (n.kind === 'section' ? [n, ...sections(n.children)] : []));
}

const sameSet = (a: string[], b: string[]): boolean => {
  const x = new Set(a.map(c));
  const y = new Set(b.map(c));
  return x.size === y.size && [...x].every((v) => y.has(v));
};

/** Scores one case against its reading. */
export async function scoreCase(k: ParseCase): Promise<CaseScore> {
  const r = k.reading;
  const score: CaseScore = { name: k.name, fields: {}, spuriousItems: 0, spuriousCitations: 0, refused: false };
  if (r.refused !== undefined) return score;
  let plan: Plan | null = null;
  try {
    plan = await parseCase(k);
  } catch {
    score.refused = true;
  }
  const put = (f: Field, hit: number, total: number): void => {
    if (total > 0) score.fields[f] = { hit, total };
  };
  const eq = (a: string | null | undefined, b: string | null | undefined): number => (plan && (a ? c(a) : null) === (b ? c(b) : null) ? 1 : 0);
  if (r.title !== undefined) put('title', eq(plan?.title, r.title), 1);
  if (r.docNumber !== undefined) put('文号', eq(plan?.docNumber, r.docNumber), 1);
  if (r.date !== undefined) put('date', eq(plan?.date, r.date), 1);
  if (r.jurisdiction?.name !== undefined) put('jurisdiction', eq(plan?.jurisdiction.name, r.jurisdiction.name), 1);
  if (r.jurisdiction?.level !== undefined) put('level', eq(plan?.jurisdiction.level, r.jurisdiction.level), 1);
  if (r.references !== undefined) {
    const parsed = (plan?.references ?? []).map((x) => c(x.title));
    const wanted = r.references.map((x) => c(x.title));
    put('citations', wanted.filter((t) => parsed.includes(t)).length, wanted.length);
    score.spuriousCitations = parsed.filter((t) => !wanted.includes(t)).length;
  }
  if (r.children !== undefined) {
    const items = plan ? planItems(plan) : [];
    const want = readingItems(r.children);
    const match = matchItems(want, items);
    put('items', match.filter(Boolean).length, want.filter((w) => w.start !== undefined).length);
    score.spuriousItems = items.length - new Set(match.filter(Boolean)).size;
    const withLeads = want.map((w, i) => [w, match[i]] as const).filter(([w]) => w.leads && w.leads.length > 0);
    put('leads', withLeads.filter(([w, m]) => m && sameSet(m.leads, w.leads!)).length, withLeads.length);
    const withPartners = want.map((w, i) => [w, match[i]] as const).filter(([w]) => w.partners && w.partners.length > 0);
    put('partners', withPartners.filter(([w, m]) => m && sameSet(m.partners, w.partners!)).length, withPartners.length);
    const withDeadline = want.map((w, i) => [w, match[i]] as const).filter(([w]) => w.deadline);
    put('deadline', withDeadline.filter(([w, m]) => m?.deadline && c(m.deadline) === c(w.deadline!)).length, withDeadline.length);
    const titles = plan ? sections(plan.children).map((s) => c(s.title)) : [];
    const wantTitles = readingSections(r.children).filter((s) => s.title !== undefined).map((s) => c(s.title!));
    put('headings', wantTitles.filter((t) => titles.includes(t)).length, wantTitles.length);
  }
  return score;
}

/** Each reading item's parsed item: the next unused one whose text starts as the reading says. */
function matchItems(want: RItem[], items: Item[]): (Item | undefined)[] {
  const used = new Set<Item>();
  let from = 0;
  return want.map((w) => {
    if (w.start === undefined) return undefined;
    const start = c(w.start);
    const ok = (it: Item): boolean => !used.has(it) && c(it.text).startsWith(start);
    let i = items.findIndex((it, j) => j >= from && ok(it));
    if (i < 0) i = items.findIndex(ok);
    if (i < 0) return undefined;
    used.add(items[i]!);
    from = i + 1;
    return items[i];
  });
}

/** Runs every case and prints per-field accuracy. */
export async function parseAccuracyBench(): Promise<Record<Field, Tally>> {
  const cases = parseCases();
  section(`Parse accuracy: ${cases.length} hand-read cases in test/fixtures/parse/`);
  const scores = await Promise.all(cases.map(scoreCase));
  const total = Object.fromEntries(FIELDS.map((f) => [f, { hit: 0, total: 0 }])) as Record<Field, Tally>;
  for (const s of scores) {
    for (const f of FIELDS) {
      const t = s.fields[f];
      if (t) {
        total[f].hit += t.hit;
        total[f].total += t.total;
      }
    }
  }
  for (const f of FIELDS) {
    const t = total[f];
    console.log(`${(f === '文号' ? '文号 docNumber' : f).padEnd(14)} ${t.total ? (t.hit / t.total).toFixed(3) : '  –  '} (${t.hit}/${t.total})`);
  }
  const spuriousItems = scores.reduce((a, s) => a + s.spuriousItems, 0);
  const spuriousCitations = scores.reduce((a, s) => a + s.spuriousCitations, 0);
  const refused = scores.filter((s) => s.refused).map((s) => s.name);
  console.log(`spurious items ${spuriousItems}, spurious citations ${spuriousCitations}, refused ${refused.length}${refused.length ? ` (${refused.join(', ')})` : ''}`);
  const weak = scores.filter((s) => Object.values(s.fields).some((t) => t.hit < t.total) || s.spuriousItems > 0);
  for (const s of weak) {
    const misses = Object.entries(s.fields)
      .filter(([, t]) => t.hit < t.total)
      .map(([f, t]) => `${f} ${t.hit}/${t.total}`);
    if (s.spuriousItems) misses.push(`spurious items ${s.spuriousItems}`);
    console.log(`  ${s.name}: ${misses.join(', ')}`);
  }
  return total;
}

if (import.meta.url === `file://${process.argv[1]}`) await parseAccuracyBench();
