import { LINK_STATUSES, type Comparison, type Link } from '../model/comparison.js';
import type { Plan, Section } from '../model/plan.js';
import { planItems } from '../model/walk.js';
import { changeChips, chipText } from './change-chips.js';
import { linkSides, type ItemView } from './diff-sides.js';
import { levelLabel, RELATION_LINE, tallyLabel } from './labels.js';
import { pathLabel, placeLink, sectionMap, tallyBySection, type LinkPlace } from './link-sections.js';
import { indexComparison, type ComparisonIndex } from './lookup.js';
import { escapeMarkdown, joinMarked, type MarkedRun } from './markdown-inline.js';
import { wordingFor, type Wording } from './wording.js';

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
export function renderMarkdown(c: Comparison): string {
  const w = wordingFor(c.relation);
  const idx = indexComparison(c);
  const map = sectionMap(c);
  const places = c.links.map((l) => placeLink(l, idx, map));
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(c.upper.title || w.upper)} → ${escapeMarkdown(c.lower.title || w.lower)}`, '');
  out.push(`政务公开工作要点对照 · ${RELATION_LINE[c.relation]}.`, '');
  out.push(...factsTable(c, w), '');

  out.push('## 概览 Summary', '');
  out.push(...table(['状态 status', '条数 links', '占比 share'], ['---', '---:', '---:'], summaryRows(c, w)), '');
  const tallies = tallyBySection(c, places, map);
  out.push(
    ...table(
      ['章节 section', ...LINK_STATUSES.map((s) => `${w.status[s].zh} ${s}`), '合计 total'],
      ['---', ...LINK_STATUSES.map(() => '---:'), '---:'],
      [...tallies.map((t) => [escapeMarkdown(tallyLabel(t, w)), ...LINK_STATUSES.map((s) => String(t.counts[s])), String(t.total)]), ['合计 all', ...LINK_STATUSES.map((s) => String(c.summary[s])), String(c.links.length)]],
    ),
    '',
  );
  out.push(
    `Text changes: ~~deleted~~ in the ${w.upper} item, **inserted** in the ${w.lower} item; wording only adapted to the level (市 → 区) and formatting are left plain. ${LINK_STATUSES.map((s) => `${w.status[s].zh} ${s}: ${w.status[s].description}.`).join(' ')}`,
    '',
  );

  const bySection = groupLinks(c.links, places, (l, p) => (l.upper.length > 0 ? p.upperItemPath : null));
  out.push(`## 逐条对照 Item by item (${w.upper} plan's sections)`, '');
  for (const group of bySection) out.push(...linkTable(group, idx, w));

  const added = groupLinks(c.links, places, (l, p) => (l.upper.length === 0 ? p.lowerItemPath : null));
  if (added.length > 0) {
    out.push(`## ${w.status.added.zh} Added in the ${w.lower} plan (${w.lower} plan's sections)`, '');
    for (const group of added) out.push(...linkTable(group, idx, w));
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
    const key = path.map((s) => s.id).join('/');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { path, links: [] }));
    group.links.push({ link, place });
  });
  return [...groups.values()];
}

function linkTable(group: LinkGroup, idx: ComparisonIndex, w: Wording): string[] {
  const heading = group.path.length ? escapeMarkdown(pathLabel(group.path)) : '（无章节）no section';
  const rows = group.links.map(({ link }) => {
    const sides = linkSides(link, idx);
    const status = `${w.status[link.status].zh} ${link.status}`;
    return [
      status,
      itemsCell(sides.upper, 'upper'),
      itemsCell(sides.lower, 'lower'),
      link.score === null ? '—' : link.score.toFixed(2),
      changeChips(link)
        .map((chip) => escapeMarkdown(chipText(chip)))
        .join('; '),
    ];
  });
  return [`### ${heading}`, '', ...table(['状态 status', `${w.upperZh} ${w.upper}`, `${w.lowerZh} ${w.lower}`, '相似度 score', '变化 changes'], ['---', '---', '---', '---:', '---'], rows), ''];
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
  return [...LINK_STATUSES.map((s) => [`${w.status[s].zh} ${s}`, String(c.summary[s]), pct(c.summary[s])]), ['合计 total', String(total), total ? '100%' : '0%']];
}

function factsTable(c: Comparison, w: Wording): string[] {
  const fact = (label: string, get: (p: Plan) => string) => [label, escapeMarkdown(get(c.upper)) || '—', escapeMarkdown(get(c.lower)) || '—'];
  return table(
    [' ', `${w.upperZh} ${w.upper}`, `${w.lowerZh} ${w.lower}`],
    ['---', '---', '---'],
    [
      fact('标题 title', (p) => p.title),
      fact('地区 jurisdiction', (p) => p.jurisdiction.name ?? ''),
      fact('层级 level', (p) => levelLabel(p.jurisdiction.level)),
      fact('文号 document no.', (p) => p.docNumber ?? ''),
      fact('发文机关 issuer', (p) => p.issuer ?? ''),
      fact('印发日期 date', (p) => p.date ?? ''),
      fact('条目 items', (p) => String(planItems(p).length)),
      fact('来源 source', (p) => p.source ?? ''),
    ],
  );
}
