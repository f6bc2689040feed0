import type { Item, Node, ParseWarning, Section } from '../model/plan.js';
import { joinAllFragments } from './clean.js';
import { coverage } from './similarity-lite.js';
import type { TableEntry, TableRead } from './table.js';
import { unitCell } from './metadata.js';

type Row = Extract<TableEntry, { kind: 'item' | 'continuation' }>;

/** A unit name standing alone between table blocks: short, no punctuation, ends like an agency. */
const UNIT_LIKE = /^[\u4e00-\u9fff（）()〈〉]{2,20}(部|局|委|办|厅|室|中心|政府|集团|会|院|所|队|站|馆|处)$/;

interface Draft {
  item: Item;
  rows: Row[];
}

/**
 * Turns a table-only plan (like 沈阳市2018年政务公开重点工作安排) into sections and items. Section
 * rows ("一、…") open sections; numbered rows are items (name → heading, task → text, units and
 * deadline from their columns); rows without a number are further sub-tasks of the item above.
 * Task text that sits in paragraphs after the table rows that lack it is given back to those rows
 * (by similarity with their names, keeping document order); a row with an empty task cell in the
 * middle of the table shares the merged cell of the row above.
 */
export function tablePlan(read: TableRead, warnings: ParseWarning[]): Node[] {
  const roots: Node[] = [];
  let section: Section | null = null;
  const drafts: Draft[] = [];
  const byEntry = new Map<number, Draft>();
  read.entries.forEach((e, index) => {
    if (e.kind === 'header') return;
    if (e.kind === 'section') {
      section = { kind: 'section', id: '', marker: e.marker, title: e.title, intro: '', children: [], line: e.line };
      roots.push(section);
      return;
    }
    const last = drafts[drafts.length - 1];
    if (e.kind === 'continuation' && last) {
      last.rows.push(e);
      byEntry.set(index, last);
      return;
    }
    if (e.kind === 'continuation') {
      warnings.push({ code: 'table-orphan-row', line: e.line, message: `table row without a number before any numbered row; read as an item` });
    }
    const units = rowUnits(e);
    const item: Item = {
      kind: 'item',
      id: '',
      marker: e.numberRaw,
      heading: e.name,
      text: '',
      leads: units.leads,
      partners: units.partners,
      deadline: e.deadline || null,
      tasks: [],
      line: e.line,
    };
    const draft: Draft = { item, rows: [e] };
    drafts.push(draft);
    byEntry.set(index, draft);
    (section ? section.children : roots).push(item);
  });

  const lastRow = [...read.entries].reverse().find((e) => e.kind !== 'header');
  const lastDraft = drafts[drafts.length - 1];
  if (lastRow?.kind === 'continuation' && lastDraft && lastDraft.rows.length > 1) {
    warnings.push({
      code: 'table-trailing-row',
      line: lastRow.line,
      message: `the last table row has no number; read as a further task of ${rowName(lastDraft.item)}`,
    });
  }
  placeParagraphs(read, drafts, byEntry, warnings);

  const bodies: string[] = [];
  drafts.forEach((d, i) => {
    // paragraphs placed into a row's task go where they stand in the document
    d.rows.sort((a, b) => a.line - b.line);
    let inheritedLeads = d.item.leads;
    for (const row of d.rows) {
      if (row.kind === 'continuation') {
        if (row.lead) inheritedLeads = unitCell(row.lead, 'lead').leads;
        if (row.lead || row.partner) addUnique(d.item.partners, rowUnits(row).partners.filter((u) => !d.item.leads.includes(u)));
        if (row.deadline && !d.item.deadline) d.item.deadline = row.deadline;
      }
      if (row.task) d.item.tasks.push({ text: row.task, leads: [...inheritedLeads], line: row.line });
    }
    let body = joinAllFragments(d.item.tasks.map((t) => t.text));
    if (!body) {
      const prev = drafts[i - 1];
      body = prev ? bodies[i - 1]! : '';
      warnings.push(
        body
          ? {
              code: 'table-shared-cell',
              line: d.item.line,
              message: `${rowName(d.item)} has an empty task cell; it shares the merged cell of ${rowName(prev!.item)}`,
            }
          : { code: 'table-empty-task', line: d.item.line, message: `${rowName(d.item)} has no task text; ${d.item.heading ? 'its name stands for it' : 'the item is empty'}` },
      );
    }
    bodies.push(body);
    d.item.text = withHeading(d.item.heading, body);
  });
  return roots;
}

/**
 * An item's text as prose plans write it: the heading first, then the task text. A table row's
 * name is its heading; the text carries both so that every item reads the same whatever the shape
 * of its plan. They are joined by a space, not a full stop the document does not have.
 */
function withHeading(heading: string, body: string): string {
  if (!heading) return body;
  if (!body || body.startsWith(heading)) return body || heading;
  return `${heading} ${body}`;
}

/**
 * A row as a warning names it: its number and name, whichever it has, and always its line, so
 * that a row with neither is still found.
 */
function rowName(item: Item): string {
  const number = item.marker ? ` ${item.marker}` : '';
  const name = item.heading ? ` "${item.heading}"` : '';
  return `row${number}${name} (line ${item.line}${number || name ? '' : ', no number or name'})`;
}

/** The units of a row's 牵头 and 责任 cells; a 责任 cell that says who 牵头 adds leads. */
function rowUnits(row: Row): { leads: string[]; partners: string[] } {
  const lead = unitCell(row.lead, 'lead');
  const partner = unitCell(row.partner, 'partner');
  const leads = [...lead.leads];
  addUnique(leads, partner.leads);
  const partners: string[] = [];
  addUnique(partners, [...lead.partners, ...partner.partners].filter((u) => !leads.includes(u)));
  return { leads, partners };
}

function addUnique(into: string[], more: string[]): void {
  for (const m of more) if (!into.includes(m)) into.push(m);
}

/** Distributes paragraphs that interrupt a table over the rows whose task cells are empty. */
function placeParagraphs(read: TableRead, drafts: Draft[], byEntry: Map<number, Draft>, warnings: ParseWarning[]): void {
  // group consecutive paragraphs that follow the same entry
  const groups = new Map<number, TableRead['paragraphs']>();
  for (const p of read.paragraphs) {
    const g = groups.get(p.after) ?? [];
    g.push(p);
    groups.set(p.after, g);
  }
  for (const [after, paras] of groups) {
    const anchor = findDraftAtOrBefore(after, byEntry);
    if (!anchor) {
      for (const p of paras) warnings.push({ code: 'skipped-line', line: p.line.no, message: `skipped text before the first table row: "${p.line.text.slice(0, 40)}"` });
      continue;
    }
    // the rows right before the paragraphs that still lack task text
    const end = drafts.indexOf(anchor);
    let start = end;
    while (start >= 0 && !drafts[start]!.rows.some((r) => r.task)) start--;
    const pending = drafts.slice(start + 1, end + 1);
    const units = paras.filter((p) => UNIT_LIKE.test(p.line.text));
    const texts = paras.filter((p) => !UNIT_LIKE.test(p.line.text));
    const target = pending[pending.length - 1] ?? anchor;
    for (const u of units) {
      target.item.leads.push(u.line.text);
      warnings.push({
        code: 'table-stray-unit',
        line: u.line.no,
        message: `unit name "${u.line.text}" stands alone after the table rows; read as a lead unit of ${rowName(target.item)}`,
      });
    }
    if (texts.length === 0) continue;
    if (pending.length === 0) {
      for (const p of texts) {
        anchor.rows.push(paragraphRow(p.line.no, p.line.text));
        warnings.push({ code: 'table-stray-text', line: p.line.no, message: `paragraph between table rows appended to ${rowName(anchor.item)}` });
      }
      continue;
    }
    const split = assignInOrder(
      texts.map((p) => p.line.text),
      pending.map((d) => d.item.heading),
    );
    split.forEach((rowIndex, j) => {
      const p = texts[j]!;
      pending[rowIndex]!.rows.push(paragraphRow(p.line.no, p.line.text));
    });
    warnings.push({
      code: 'table-text-after',
      line: texts[0]!.line.no,
      message: `rows ${pending.map((d) => d.item.marker || `at line ${d.item.line}`).join(', ')} have their task text in ${texts.length} paragraph(s) after the table (lines ${texts[0]!.line.no}–${texts[texts.length - 1]!.line.no}); assigned in order by similarity to the row names: ${pending
        .map((d, k) => `row ${d.item.marker || `at line ${d.item.line}`} ← ${split.filter((r) => r === k).length}`)
        .join(', ')}`,
    });
  }
}

function paragraphRow(line: number, text: string): Row {
  return { kind: 'continuation', line, number: null, numberRaw: '', name: '', task: text, lead: '', partner: '', deadline: '' };
}

function findDraftAtOrBefore(index: number, byEntry: Map<number, Draft>): Draft | undefined {
  for (let i = index; i >= 0; i--) {
    const d = byEntry.get(i);
    if (d) return d;
  }
  return undefined;
}

/**
 * Assigns paragraphs p_0..p_m-1 to rows r_0..r_k-1 in order (each row a contiguous, non-empty run
 * when there are enough paragraphs) maximising the summed similarity of each paragraph to its
 * row's name. Returns the row index of each paragraph.
 */
export function assignInOrder(paragraphs: string[], names: string[]): number[] {
  const m = paragraphs.length;
  const k = names.length;
  if (k === 0) return [];
  if (m <= k) return paragraphs.map((p, j) => j); // not enough text for every row: first rows first
  const sim = paragraphs.map((p) => names.map((n) => coverage(n, p)));
  // best[j][r]: best score placing paragraphs 0..j with paragraph j in row r
  const best: number[][] = Array.from({ length: m }, () => new Array<number>(k).fill(-Infinity));
  const from: number[][] = Array.from({ length: m }, () => new Array<number>(k).fill(-1));
  best[0]![0] = sim[0]![0]!;
  for (let j = 1; j < m; j++) {
    for (let r = 0; r < k; r++) {
      // stay in row r, or move on from row r-1; leave room for the rows after r
      if (m - j < k - r) continue;
      const stay = best[j - 1]![r]!;
      const move = r > 0 ? best[j - 1]![r - 1]! : -Infinity;
      const prev = stay >= move ? r : r - 1;
      const score = Math.max(stay, move);
      if (score === -Infinity) continue;
      best[j]![r] = score + sim[j]![r]!;
      from[j]![r] = prev;
    }
  }
  const out = new Array<number>(m);
  let r = k - 1;
  for (let j = m - 1; j >= 0; j--) {
    out[j] = r;
    r = from[j]![r]!;
  }
  return out;
}

