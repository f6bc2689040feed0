import type { Item, Node, ParseWarning, Section } from '../model/plan.js';
import { planItems } from '../model/walk.js';
import { dropTrailer, isCaption, proseNodes } from './body.js';
import type { Line } from './lines.js';
import { parseMarker, type MarkerKind } from './markers.js';
import type { OutlineState } from './outline.js';
import { readTable } from './table.js';
import { tablePlan } from './table-plan.js';
import { attachTaskTable } from './tasks.js';
import { pushAll } from '../model/arrays.js';

/**
 * Builds the plan tree from the body lines (from the first section on): prose, and the tables
 * that interrupt it. A table ends where the prose resumes with the next top-level section
 * ("二、" after the "一、" before the table), so a plan whose sections are each followed by their
 * own small task table reads section by section. A table after prose that has items is the task
 * breakdown of those items (their `tasks`); a table after a section that has no items of its own
 * holds that section's items.
 */
export function bodyNodes(body: Line[], warnings: ParseWarning[]): Node[] {
  const top = parseMarker(body[0]?.text ?? '')?.kind;
  const state: OutlineState = { lastOfKind: new Map() };
  const children: Node[] = [];
  let i = 0;
  while (i < body.length) {
    let t = i;
    while (t < body.length && !body[t]!.table) t++;
    const resume = t < body.length ? resumeAt(body, t, top, lastTop(body.slice(i, t), top)) : body.length;
    let proseEnd = t;
    const caption = body[t - 1];
    if (t < body.length && caption && t - 1 > i && isCaption(caption)) proseEnd--;
    const nodes = proseNodes(dropTrailer(body.slice(i, proseEnd), warnings), warnings, state);
    if (t < body.length) {
      const read = readTable(body.slice(t, resume));
      const items = planItems(nodes);
      // a lone section heading with its intro before a table is that table's section, not an item
      if (items.length > 1 || (items.length === 1 && nodes[0]?.kind === 'section')) attachTaskTable(items, read, warnings);
      else adoptTable(nodes, tablePlan(read, warnings), warnings, body[t]!.no);
    }
    pushAll(children, nodes);
    i = resume;
  }
  return children;
}

/** The value of the last top-level marker in a stretch of prose. */
function lastTop(lines: Line[], top: MarkerKind | undefined): number {
  let v = 0;
  for (const l of lines) {
    const m = parseMarker(l.text);
    if (m && m.kind === top) v = m.value;
  }
  return v;
}

/** Index of the first line after a table where prose resumes with the next top-level marker. */
function resumeAt(body: Line[], from: number, top: MarkerKind | undefined, last: number): number {
  if (!top || last === 0) return body.length;
  for (let j = from; j < body.length; j++) {
    const l = body[j]!;
    if (l.table) continue;
    const m = parseMarker(l.text);
    if (m?.kind === top && m.value === last + 1) return j;
  }
  return body.length;
}

/** Puts a table's items under the section the prose before it opened (turning a leaf into that section). */
function adoptTable(nodes: Node[], table: Node[], warnings: ParseWarning[], line: number): void {
  if (table.length === 0) return;
  let list = nodes;
  let last = list[list.length - 1];
  while (last?.kind === 'section' && last.children[last.children.length - 1]?.kind === 'section') {
    list = last.children;
    last = list[list.length - 1];
  }
  if (!last) {
    pushAll(nodes, table);
    return;
  }
  if (last.kind === 'section') {
    pushAll(last.children, table);
    return;
  }
  const item = last as Item;
  const title = item.heading || item.text.replace(/[。.]$/, '');
  const intro = item.heading ? item.text.slice(item.text.indexOf(item.heading) + item.heading.length).replace(/^[。.\s]+/, '') : '';
  const section: Section = { kind: 'section', id: '', marker: item.marker, title, intro, children: table, line: item.line };
  list[list.length - 1] = section;
  warnings.push({ code: 'table-section', line, message: `the table at line ${line} holds the items of section ${item.marker} "${title}"` });
}
