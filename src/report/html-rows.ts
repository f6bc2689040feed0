import escape from 'lodash/escape.js';
import type { Link } from '../model/comparison.js';
import type { Section } from '../model/plan.js';
import type { ScoreComponents } from '../align/score.js';
import { changeChips, type Chip } from './change-chips.js';
import type { ItemView, LinkSides, Piece } from './diff-sides.js';
import { pathLabel, type LinkPlace } from './link-sections.js';
import type { ComparisonIndex } from './lookup.js';
import type { Wording } from './wording.js';

type Side = 'upper' | 'lower';

/**
 * The heading of a run of links listed under one section: the section's path on each side.
 * @example sectionHeadRow(place, wordingFor('hierarchy')) // → '<tbody class="section-head" …'
 */
export function sectionHeadRow(place: LinkPlace, w: Wording): string {
  const cell = (path: Section[], side: Side) =>
    path.length > 0
      ? `<span class="sh-${side}">${escape(pathLabel(path))}</span>`
      : `<span class="sh-${side} none">（${escape(side === 'upper' ? w.upperZh : w.lowerZh)}无对应章节）</span>`;
  return `<tbody class="section-head" data-home="${escape(place.home)}"><tr><th colspan="3"><div class="section-grid"><span class="visually-hidden">章节 Section</span><span aria-hidden="true"></span>${cell(place.upperPath, 'upper')}${cell(place.lowerPath, 'lower')}</div></th></tr></tbody>`;
}

/**
 * One link as a table row group: status, score and number; the items of each side; then its
 * field changes.
 * @example linkRow(c.links[0], 1, places[0], linkSides(c.links[0], idx), idx, w) // → '<tbody class="link s-inherited" id="L1" …'
 */
export function linkRow(link: Link, n: number, place: LinkPlace, sides: LinkSides, idx: ComparisonIndex, w: Wording): string {
  const chips = changeChips(link);
  const status = w.status[link.status];
  const head = [
    `<span class="badge ${link.status}" title="${escape(status.description)}">${escape(status.zh)}<span class="en">${escape(status.en)}</span></span>`,
    link.score === null ? '' : `<span class="score">相似度 <abbr title="${escape(componentsTitle(link.score, link.components))}">${link.score.toFixed(2)}</abbr></span>`,
    `<span class="link-no"><a href="#L${n}" aria-label="link ${n}">#${n}</a></span>`,
  ].join('');
  const cell = (side: Side) => {
    const views = side === 'upper' ? sides.upper : sides.lower;
    const headerPath = side === 'upper' ? place.upperPath : place.lowerPath;
    if (views.length === 0) {
      const name = side === 'upper' ? w.upper : w.lower;
      const nameZh = side === 'upper' ? w.upperZh : w.lowerZh;
      return `<td class="side ${side} empty-side"><p class="absent">${escape(nameZh)}计划无对应条目 · not in the ${escape(name)} plan</p></td>`;
    }
    return `<td class="side ${side}">${views.map((v) => itemBlock(v, side, headerPath, idx, w)).join('')}</td>`;
  };
  const rows = [`<tr><th scope="row" class="st">${head}</th>${cell('upper')}${cell('lower')}</tr>`];
  if (chips.length > 0) rows.push(`<tr class="changes"><td aria-hidden="true"></td><td colspan="2"><ul class="chips" aria-label="字段变化 field changes">${chips.map((c) => chipItem(c, w)).join('')}</ul></td></tr>`);
  return `<tbody class="link s-${link.status}" id="L${n}" data-status="${link.status}" data-sections="${escape(place.keys.join(' '))}">${rows.join('')}</tbody>`;
}

function itemBlock(view: ItemView, side: Side, headerPath: Section[], idx: ComparisonIndex, w: Wording): string {
  const { item } = view;
  const itemPath = (side === 'upper' ? idx.upperSections : idx.lowerSections).get(item.id) ?? [];
  // say where the item sits only when that is not the section in the heading above the row
  const where = itemPath.length > 0 && lastId(itemPath) !== lastId(headerPath) ? `<span class="where">位于 in ${escape(pathLabel(itemPath))}</span>` : '';
  const prefix = side === 'upper' ? 'u' : 'l';
  const meta: [string, string][] = [];
  if (item.leads.length) meta.push(['牵头单位', item.leads.join('、')]);
  if (item.partners.length) meta.push(['责任单位', item.partners.join('、')]);
  if (item.deadline) meta.push(['完成时限', item.deadline]);
  const tasks = item.tasks.length
    ? `<details class="tasks"><summary>任务分解 tasks (${item.tasks.length})</summary><ol>${item.tasks
        .map((t) => `<li>${escape(t.text)}${t.leads.length ? ` <span class="task-leads">（牵头：${escape(t.leads.join('、'))}）</span>` : ''}</li>`)
        .join('')}</ol></details>`
    : '';
  return [
    `<div class="item" id="${prefix}-${escape(item.id)}" data-side="${side}" data-id="${escape(item.id)}">`,
    `<div class="item-head"><span class="marker">${escape(item.marker)}</span><span class="iid" title="${escape(side === 'upper' ? w.upper : w.lower)} item id">${escape(item.id)}</span>${where}</div>`,
    `<p class="text">${view.pieces.map((p) => piece(p, side, w)).join('')}</p>`,
    meta.length ? `<dl class="meta">${meta.map(([k, v]) => `<dt>${k}</dt><dd>${escape(v)}</dd>`).join('')}</dl>` : '',
    tasks,
    '</div>',
  ].join('');
}

function lastId(path: Section[]): string | undefined {
  return path[path.length - 1]?.id;
}

function piece(p: Piece, side: Side, w: Wording): string {
  const text = escape(p.text);
  switch (p.kind) {
    case 'same':
      return text;
    case 'adaptation':
      return `<span class="adapt" title="${escape(`属地化表述，不计为修改 · jurisdiction adaptation, not a material change: ${side === 'upper' ? `${p.text} → ${p.other}` : `${p.other} → ${p.text}`}`)}">${text}</span>`;
    case 'format':
      return `<span class="fmt" title="仅格式差异 · formatting only (punctuation, full/half width, traditional characters)">${text}</span>`;
    case 'changed':
      if (side === 'upper') {
        const title = p.span === 'replacement' ? `${w.lowerZh}改为 · replaced in the ${w.lower} plan by: ${p.other}` : `${w.lowerZh}删除 · deleted in the ${w.lower} plan`;
        return `<del${p.span === 'replacement' ? ' class="rep"' : ''} title="${escape(title)}">${text}</del>`;
      } else {
        const title = p.span === 'replacement' ? `${w.lowerZh}改写 · replaces the ${w.upper} plan's: ${p.other}` : `${w.lowerZh}新增 · inserted in the ${w.lower} plan`;
        return `<ins${p.span === 'replacement' ? ' class="rep"' : ''} title="${escape(title)}">${text}</ins>`;
      }
  }
}

function chipItem(chip: Chip, w: Wording): string {
  const label = `<b>${escape(chip.label)}</b>`;
  switch (chip.kind) {
    case 'leads':
    case 'partners': {
      const units = [...chip.added.map((u) => `<span class="plus">+${escape(u)}</span>`), ...chip.removed.map((u) => `<span class="minus">−${escape(u)}</span>`)].join(' ');
      const kept = chip.kept.map(([a, b]) => (a === b ? a : `${a} → ${b}`)).join('、');
      const title = `${chip.labelEn}: + only in the ${w.lower} plan, − only in the ${w.upper} plan${kept ? `; kept: ${kept}` : ''}`;
      return `<li class="chip ${chip.kind}" title="${escape(title)}">${label}${units}</li>`;
    }
    case 'deadline':
      return `<li class="chip deadline">${label}${escape(chip.summary)} <span class="from-to">${escape(chip.upper ?? '—')} → ${escape(chip.lower ?? '—')}</span></li>`;
    case 'moved':
      return `<li class="chip moved">${label}moved <span class="from-to">${escape(chip.from.join(' › ') || '—')} → ${escape(chip.to.join(' › ') || '—')}</span></li>`;
    case 'obligation':
      return `<li class="chip obligation-${chip.direction}" title="${escape(`the ${w.lower} plan's wording is ${chip.direction === 'stronger' ? 'more' : 'less'} binding`)}">${label}${chip.direction === 'stronger' ? '加强 stronger' : '减弱 weaker'} <span class="from-to">${escape(chip.upper.join('、') || '—')} → ${escape(chip.lower.join('、') || '—')}</span></li>`;
    case 'truncated':
      return `<li class="chip truncated">${label}too long to diff · texts shown in full</li>`;
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
  const parts = c ? COMPONENT_NAMES.filter(([k]) => c[k] !== null).map(([k, name]) => `${name} ${c[k]}`) : [];
  return `similarity ${score}${parts.length ? ` — ${parts.join(', ')}` : ''}`;
}
