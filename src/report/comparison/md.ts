import { LINK_STATUSES, type Comparison, type Link } from '../../model/comparison.js';
import type { Plan, Section } from '../../model/plan.js';
import type { Lang } from '../common/labels.js';
import { sanitizeDeep } from '../common/sanitize.js';
import { changeChips, chipText } from './change-chips.js';
import { linkSides, type ItemView } from './diff-sides.js';
import { explainLink, linkExtent, planFacts, relationLine, reversalNote, tallyLabel, warningLines } from './phrases.js';
import { pathLabel, placeLink, sectionMap, tallyBySection, type LinkPlace } from './link-sections.js';
import { indexComparison, type ComparisonIndex } from './lookup.js';
import { escapeMarkdown, joinMarked, type MarkedRun } from './md-inline.js';
import { wordingFor, type Wording } from './wording.js';
import { pushAll } from '../../model/arrays.js';

/** Options of {@link renderMarkdown}. */
export interface MarkdownOptions {
  /** Report language, `en` (default) or `zh`. */
  lang?: Lang;
}

/**
 * The comparison as GitHub-flavoured Markdown, for wikis and pull requests: both plans' facts,
 * counts per status (overall and per top-level section), then one table of links per section of
 * the upper plan and, in a final part, the added items under the lower plan's sections. Diffs show
 * ~~deleted~~ text in the upper item and **inserted** text in the lower one; wording adapted to
 * the level stays plain. Plan text is escaped so it cannot break a table or become markup, and
 * the output contains no HTML.
 * @example
 * writeFileSync('comparison.md', renderMarkdown(comparePlans(upperPlan, lowerPlan)));
 */
export function renderMarkdown(comparison: Comparison, options: MarkdownOptions = {}): string {
  const c = sanitizeDeep(comparison);
  const w = wordingFor(c.relation, options.lang ?? 'en');
  const idx = indexComparison(c);
  const map = sectionMap(c);
  const places = c.links.map((l) => placeLink(l, idx, map));
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(c.upper.title || w.upper)} → ${escapeMarkdown(c.lower.title || w.lower)}`, '');
  out.push(`${w.t('reportKind')} · ${escapeMarkdown(relationLine(c.relation, w.lang))}`, '');
  const note = reversalNote(c, w);
  if (note) out.push(`> ${escapeMarkdown(note)}`, '');
  out.push(...factsTable(c, w), '');
  const warnings = [c.upper, c.lower].flatMap((p) => warningLines(p, w.lang));
  if (warnings.length) {
    pushAll(out, warnings.map((l) => `- ${escapeMarkdown(l.trim())}`));
    out.push('');
  }

  out.push(`## ${w.t('summary')}`, '');
  out.push(...table([w.t('status'), w.t('links'), w.t('share')], ['---', '---:', '---:'], summaryRows(c, w)), '');
  const tallies = tallyBySection(c, places, map);
  out.push(
    ...table(
      [w.t('section'), ...LINK_STATUSES.map((s) => w.status[s].label), w.t('total')],
      ['---', ...LINK_STATUSES.map(() => '---:'), '---:'],
      [...tallies.map((t) => [escapeMarkdown(tallyLabel(t, w)), ...LINK_STATUSES.map((s) => String(t.counts[s])), String(t.total)]), [w.t('all'), ...LINK_STATUSES.map((s) => String(c.summary[s])), String(c.links.length)]],
    ),
    '',
  );
  out.push(`${w.t('textMarks')} ${LINK_STATUSES.map((s) => `${w.status[s].label}: ${w.status[s].description}.`).join(' ')}`, '');

  const bySection = groupLinks(c.links, places, (l, p) => (l.upper.length > 0 ? p.upperItemPath : null));
  out.push(`## ${w.t('itemByItemUpper')}`, '');
  for (const group of bySection) pushAll(out, linkTable(group, idx, w));

  const added = groupLinks(c.links, places, (l, p) => (l.upper.length === 0 ? p.lowerItemPath : null));
  if (added.length > 0) {
    out.push(`## ${w.t('addedInLower')}`, '');
    for (const group of added) pushAll(out, linkTable(group, idx, w));
  }
  return `${out.join('\n').trimEnd()}\n`;
}

interface LinkGroup {
  path: Section[];
  links: { link: Link; place: LinkPlace }[];
}

/** Groups links by the section path `pathOf` gives (null leaves a link out), in order of first appearance. */
function groupLinks(links: Link[], places: LinkPlace[], pathOf: (l: Link, p: LinkPlace) => Section[] | null): LinkGroup[] {
  const groups = new Map<string, LinkGroup>();
  links.forEach((link, i) => {
    const place = places[i]!;
    const path = pathOf(link, place);
    if (path === null) return;
    // the chain down to a section is the section's own: its id and depth name the path
    const key = path.length ? `${path.length}/${path[path.length - 1]!.id}` : '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { path, links: [] }));
    group.links.push({ link, place });
  });
  return [...groups.values()];
}

function linkTable(group: LinkGroup, idx: ComparisonIndex, w: Wording): string[] {
  const heading = group.path.length ? escapeMarkdown(pathLabel(group.path)) : w.t('noSection');
  const rows = group.links.map(({ link }) => {
    const sides = linkSides(link, idx);
    const status = w.status[link.status].label;
    const notes = [...changeChips(link).map((chip) => chipText(chip, w))];
    const extent = linkExtent(link, w.lang);
    if (extent) notes.push(`${w.t('extent')}: ${extent}`);
    const why = explainLink(link, w);
    if (why) notes.push(why);
    return [
      status,
      itemsCell(sides.upper, 'upper'),
      itemsCell(sides.lower, 'lower'),
      link.score === null ? '—' : link.score.toFixed(2),
      notes.map(escapeMarkdown).join('; '),
    ];
  });
  return [`### ${heading}`, '', ...table([w.t('status'), w.t('upperPlan'), w.t('lowerPlan'), w.t('score'), w.t('changes')], ['---', '---', '---', '---:', '---'], rows), ''];
}

function itemsCell(views: ItemView[], side: 'upper' | 'lower'): string {
  if (views.length === 0) return '—';
  const mark = side === 'upper' ? '~~' : '**';
  return views
    .map((v) => {
      const runs: MarkedRun[] = v.pieces.map((p) => ({ mark: p.kind === 'changed' ? mark : '', text: escapeMarkdown(p.text) }));
      return `${escapeMarkdown(v.item.marker)} \\[${escapeMarkdown(v.item.id)}\\] ${joinMarked(runs)}`;
    })
    .join(' ‖ ');
}

function table(header: string[], align: string[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.map((x) => x || ' ').join(' | ')} |`;
  return [line(header), line(align), ...rows.map(line)];
}

function summaryRows(c: Comparison, w: Wording): string[][] {
  const total = c.links.length;
  const pct = (n: number) => `${total ? Math.round((n / total) * 100) : 0}%`;
  return [...LINK_STATUSES.map((s) => [w.status[s].label, String(c.summary[s]), pct(c.summary[s])]), [w.t('total'), String(total), total ? '100%' : '0%']];
}

function factsTable(c: Comparison, w: Wording): string[] {
  const facts = (p: Plan) => {
    const m = new Map<string, string>();
    for (const [k, v] of planFacts(p, w)) m.set(k, m.has(k) ? `${m.get(k)}; ${v}` : v);
    return m;
  };
  const upper = facts(c.upper);
  const lower = facts(c.lower);
  const keys = [w.t('title'), ...new Set([...upper.keys(), ...lower.keys()])];
  upper.set(w.t('title'), c.upper.title);
  lower.set(w.t('title'), c.lower.title);
  return table(
    [' ', w.t('upperPlan'), w.t('lowerPlan')],
    ['---', '---', '---'],
    keys.map((k) => [k, escapeMarkdown(upper.get(k) ?? '') || '—', escapeMarkdown(lower.get(k) ?? '') || '—']),
  );
}
