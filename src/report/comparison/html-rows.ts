import type { Link } from '../../model/comparison.js';
import type { Section } from '../../model/plan.js';
import type { ScoreComponents } from '../../align/score.js';
import { escapeHtml as escape } from '../common/html.js';
import { changeChips, CHIP_LABEL, deadlineSummary, type Chip } from './change-chips.js';
import type { ItemView, LinkSides, Piece } from './diff-sides.js';
import { attr, both, type Bi } from './html-i18n.js';
import { pathLabel, type LinkPlace } from './link-sections.js';
import type { ComparisonIndex } from './lookup.js';
import { explainLink, linkExtent } from './phrases.js';

type Side = 'upper' | 'lower';

/**
 * The heading of a run of links listed under one section: the section's path on each side.
 * @example sectionHeadRow(place, bi) // → '<tbody class="section-head" …'
 */
export function sectionHeadRow(place: LinkPlace, bi: Bi): string {
  const cell = (path: Section[], side: Side) =>
    path.length > 0
      ? `<span class="sh-${side}">${escape(pathLabel(path))}</span>`
      : `<span class="sh-${side} none">（${both(bi, (w) => `${side === 'upper' ? w.upper : w.lower} · ${w.t('noSection')}`)}）</span>`;
  return `<tbody class="section-head" data-home="${escape(place.home)}"><tr><th colspan="3"><div class="section-grid"><span class="visually-hidden">${both(bi, (w) => w.t('section'))}</span><span aria-hidden="true"></span>${cell(place.upperPath, 'upper')}${cell(place.lowerPath, 'lower')}</div></th></tr></tbody>`;
}

/**
 * One link as a table row group: status, score and number; the items of each side with their
 * ids; then its field changes, extent and explanation.
 * @example linkRow(c.links[0], 1, places[0], linkSides(c.links[0], idx), idx, bi) // → '<tbody class="link s-inherited" id="L1" …'
 */
export function linkRow(link: Link, n: number, place: LinkPlace, sides: LinkSides, idx: ComparisonIndex, bi: Bi): string {
  const chips = changeChips(link);
  const head = [
    `<span class="badge ${link.status}" ${attr(bi, 'title', (w) => w.status[link.status].description)}>${both(bi, (w) => w.status[link.status].label)}</span>`,
    link.score === null ? '' : `<span class="score">${both(bi, (w) => w.t('score'))} <abbr title="${escape(componentsTitle(link.score, link.components))}">${link.score.toFixed(2)}</abbr></span>`,
    `<span class="link-no"><a href="#L${n}" class="link-anchor" ${attr(bi, 'aria-label', (w) => `${w.t('link')} ${n}`)}>#${n}</a></span>`,
  ].join('');
  const cell = (side: Side) => {
    const views = side === 'upper' ? sides.upper : sides.lower;
    const headerPath = side === 'upper' ? place.upperPath : place.lowerPath;
    const sideLabel = attr(bi, 'data-side-label', (w) => w.t(side === 'upper' ? 'upperPlan' : 'lowerPlan'));
    if (views.length === 0) {
      return `<td class="side ${side} empty-side" ${sideLabel}><p class="absent">${both(bi, (w) => w.t('notInPlan', { side: side === 'upper' ? w.upper : w.lower }))}</p></td>`;
    }
    return `<td class="side ${side}" ${sideLabel}>${views.map((v) => itemBlock(v, side, headerPath, idx, bi)).join('')}</td>`;
  };
  const rows = [`<tr><th scope="row" class="st">${head}</th>${cell('upper')}${cell('lower')}</tr>`];
  const notes: string[] = chips.map((c) => chipItem(c, bi));
  if (linkExtent(link)) notes.push(`<li class="chip extent"><b>${both(bi, (w) => w.t('extent'))}</b>${both(bi, (w) => linkExtent(link, w.lang) ?? '')}</li>`);
  if (explainLink(link, bi.en)) notes.push(`<li class="chip why">${both(bi, (w) => explainLink(link, w) ?? '')}</li>`);
  if (notes.length > 0) rows.push(`<tr class="changes"><td aria-hidden="true"></td><td colspan="2"><ul class="chips" ${attr(bi, 'aria-label', (w) => w.t('changes'))}>${notes.join('')}</ul></td></tr>`);
  return `<tbody class="link s-${link.status}" id="L${n}" data-status="${link.status}" data-sections="${escape(place.keys.join(' '))}">${rows.join('')}</tbody>`;
}

function itemBlock(view: ItemView, side: Side, headerPath: Section[], idx: ComparisonIndex, bi: Bi): string {
  const { item } = view;
  const itemPath = (side === 'upper' ? idx.upperSections : idx.lowerSections).get(item.id) ?? [];
  // say where the item sits only when that is not the section in the heading above the row
  const where = itemPath.length > 0 && lastId(itemPath) !== lastId(headerPath) ? `<span class="where">${both(bi, (w) => w.t('inSection'))} ${escape(pathLabel(itemPath))}</span>` : '';
  const prefix = side === 'upper' ? 'u' : 'l';
  const meta: [string, string][] = [];
  if (item.leads.length) meta.push([both(bi, (w) => w.t('leads')), item.leads.join('、')]);
  if (item.partners.length) meta.push([both(bi, (w) => w.t('partners')), item.partners.join('、')]);
  if (item.deadline) meta.push([both(bi, (w) => w.t('deadline')), item.deadline]);
  const tasks = item.tasks.length
    ? `<details class="tasks"><summary>${both(bi, (w) => w.t('tasks'))} (${item.tasks.length})</summary><ol>${item.tasks
        .map((t) => `<li>${escape(t.text)}${t.leads.length ? ` <span class="task-leads">（${both(bi, (w) => w.t('leads'))}：${escape(t.leads.join('、'))}）</span>` : ''}</li>`)
        .join('')}</ol></details>`
    : '';
  return [
    `<div class="item" id="${prefix}-${escape(item.id)}" data-side="${side}" data-id="${escape(item.id)}">`,
    `<div class="item-head"><span class="iid" ${attr(bi, 'title', (w) => `${w.t(side === 'upper' ? 'upperPlan' : 'lowerPlan')} · ${w.t('id')}`)}>${escape(item.id)}</span><span class="marker">${escape(item.marker)}</span>${where}</div>`,
    `<p class="text">${view.pieces.map((p) => piece(p, side, bi)).join('')}</p>`,
    meta.length ? `<dl class="meta">${meta.map(([k, v]) => `<dt>${k}</dt><dd>${escape(v)}</dd>`).join('')}</dl>` : '',
    tasks,
    '</div>',
  ].join('');
}

function lastId(path: Section[]): string | undefined {
  return path[path.length - 1]?.id;
}

function piece(p: Piece, side: Side, bi: Bi): string {
  const text = escape(p.text);
  switch (p.kind) {
    case 'same':
      return text;
    case 'adaptation':
      return `<span class="adapt" ${attr(bi, 'title', (w) => `${w.t('adaptation')}: ${side === 'upper' ? `${p.text} → ${p.other}` : `${p.other} → ${p.text}`}`)}>${text}</span>`;
    case 'format':
      return `<span class="fmt" ${attr(bi, 'title', (w) => w.t('formatOnly'))}>${text}</span>`;
    case 'changed':
      if (side === 'upper') {
        return `<del${p.span === 'replacement' ? ' class="rep"' : ''} ${attr(bi, 'title', (w) => (p.span === 'replacement' ? `${w.t('deletedFrom')} → ${p.other}` : w.t('deletedFrom')))}>${text}</del>`;
      }
      return `<ins${p.span === 'replacement' ? ' class="rep"' : ''} ${attr(bi, 'title', (w) => (p.span === 'replacement' ? `${w.t('insertedIn')} ← ${p.other}` : w.t('insertedIn')))}>${text}</ins>`;
  }
}

function chipItem(chip: Chip, bi: Bi): string {
  const label = `<b>${both(bi, (w) => w.t(CHIP_LABEL[chip.kind]))}</b>`;
  switch (chip.kind) {
    case 'leads':
    case 'partners': {
      const units = [...chip.added.map((u) => `<span class="plus">+${escape(u)}</span>`), ...chip.removed.map((u) => `<span class="minus">−${escape(u)}</span>`)].join(' ');
      return `<li class="chip ${chip.kind}">${label}${units}</li>`;
    }
    case 'deadline':
      return `<li class="chip deadline">${label}${both(bi, (w) => deadlineSummary(chip.change, w.lang))} <span class="from-to">${escape(chip.change.upper ?? '—')} → ${escape(chip.change.lower ?? '—')}</span></li>`;
    case 'moved':
      return `<li class="chip moved">${label}<span class="from-to">${escape(chip.from.join(' › ') || '—')} → ${escape(chip.to.join(' › ') || '—')}</span></li>`;
    case 'obligation':
      return `<li class="chip obligation-${chip.direction}"${chip.clauses[0] ? ` title="${escape(`「${chip.clauses[0].upper}」→「${chip.clauses[0].lower}」`)}"` : ''}>${label}${both(bi, (w) => w.t(chip.direction))} <span class="from-to">${escape(chip.upper.join('、') || '—')} → ${escape(chip.lower.join('、') || '—')}</span></li>`;
    case 'truncated':
      return `<li class="chip truncated">${label}${both(bi, (w) => w.t('tooLongToDiff'))}</li>`;
  }
}

const COMPONENT_NAMES: [keyof ScoreComponents, string][] = [
  ['words', '词 words'],
  ['chars', '字 chars'],
  ['containment', '包含 containment'],
  ['heading', '标题 heading'],
  ['structure', '章节 structure'],
  ['order', '顺序 order'],
];

function componentsTitle(score: number, c: ScoreComponents | null): string {
  const parts = c ? COMPONENT_NAMES.filter(([k]) => c[k] !== null && c[k] !== undefined).map(([k, name]) => `${name} ${c[k]}`) : [];
  return `${score}${parts.length ? ` — ${parts.join(', ')}` : ''}`;
}
