import { squeeze } from './header.js';
import type { Line } from './lines.js';
import { parseMarker } from './markers.js';
import { cellText, splitRow, type TableRow } from './table-cells.js';
import { pushAll } from '../model/arrays.js';

/** What a column of a plan table holds. */
export type ColumnRole = 'num' | 'name' | 'task' | 'lead' | 'partner' | 'deadline' | 'none';

const ROLE_PATTERNS: [ColumnRole, RegExp][] = [
  ['num', /^(序号|编号|序)$/],
  ['name', /(事项名称|指标名称|任务名称|工作名称|项目名称|事项|名称)/],
  ['lead', /牵头/],
  ['partner', /(责任|配合|协办|参与)/],
  ['deadline', /(时限|时间|节点)/],
  ['task', /(任务|内容|措施|要求)/],
];

/** The role a header cell names, "none" for an empty cell, null for a cell that names none. */
export function roleOf(cell: string): ColumnRole | null {
  const t = squeeze(cell);
  if (!t) return 'none';
  for (const [role, re] of ROLE_PATTERNS) if (re.test(t)) return role;
  return null;
}

/** A header row names at least two known columns and nothing else. */
export function headerRoles(cells: string[]): ColumnRole[] | null {
  const roles = cells.map(roleOf);
  if (roles.some((r) => r === null)) return null;
  const known = roles.filter((r) => r !== 'none');
  return known.length >= 2 ? (roles as ColumnRole[]) : null;
}

/** A data row of a plan table, read by meaning. */
export type TableEntry =
  | { kind: 'header'; line: number; roles: ColumnRole[] }
  | { kind: 'section'; line: number; marker: string; value: number; title: string }
  | {
      kind: 'item' | 'continuation';
      line: number;
      /** Row number ("序号" cell or the "1." before the name). */
      number: number | null;
      numberRaw: string;
      name: string;
      task: string;
      lead: string;
      partner: string;
      deadline: string;
    };

/** The table's rows and the non-table paragraphs found between them. */
export interface TableRead {
  entries: TableEntry[];
  /** Paragraphs inside the table zone, with the index of the entry they follow. */
  paragraphs: { after: number; line: Line }[];
}

const TAIL_ROLES: ColumnRole[] = ['lead', 'partner', 'deadline'];

/**
 * Reads a table zone (markdown pipe rows or tab-separated rows, with header rows repeated at page
 * breaks) into entries. Columns are read by meaning rather than by position, because PDF
 * extraction shifts cells: the unit and deadline columns are counted from the right end of the
 * row, a leading cell that is a bare number is the row number, and the cells left between are
 * the item name and its task text. A first column that groups numbered rows (a merged
 * "一、…" cell over several rows: in copied text the rows under it are one cell short or start
 * with an empty cell) opens a section wherever its text changes. A "一、…" line of its own
 * between rows opens a section too.
 */
export function readTable(lines: Line[]): TableRead {
  const entries: TableEntry[] = [];
  const paragraphs: { after: number; line: Line }[] = [];
  let roles: ColumnRole[] = ['name', 'task', 'lead', 'partner', 'deadline'];
  const rows = lines.map((l) => (l.table ? splitRow(l) : null));
  const grouped = hasGroupColumn(rows);
  let group: string | null = null;
  lines.forEach((line, i) => {
    if (!line.table) {
      const section = sectionLine(line, lines[i + 1]);
      if (section) {
        entries.push(section);
        group = null;
      } else paragraphs.push({ after: entries.length - 1, line });
      return;
    }
    const row = rows[i];
    if (!row) return;
    const header = headerRoles(row.cells);
    if (header) {
      roles = header;
      entries.push({ kind: 'header', line: line.no, roles });
      return;
    }
    const read = grouped ? groupedRow(row.cells, roles, line.no, group) : null;
    if (read) {
      pushAll(entries, read.entries);
      group = read.group;
      return;
    }
    const entry = readRow(row.cells, roles, line.no);
    if (entry?.kind === 'section') group = null;
    if (entry) entries.push(entry);
  });
  return { entries, paragraphs };
}

const SECTION_KINDS = new Set(['cn-dun', 'cn-paren']);

/** A row number as a cell starts with it: a bare number, "1." or "（1）". */
export function startsItem(cell: string): boolean {
  if (/^\d{1,3}$/.test(cell)) return true;
  const m = parseMarker(cell);
  return m?.kind === 'arabic' || m?.kind === 'arabic-paren';
}

/** A cell that can title a group of rows: a short phrase, with or without a "一、" marker. */
function groupTitle(cell: string): { marker: string; value: number; title: string } | null {
  if (!cell || startsItem(cell)) return null;
  const m = parseMarker(cell);
  const marked = m && SECTION_KINDS.has(m.kind) ? m : null;
  const title = (marked ? marked.rest : cell).replace(/[。.]$/, '');
  if (title.length < 2 || !looksLikeName(title)) return null;
  return { marker: marked?.raw ?? '', value: marked?.value ?? 0, title };
}

/**
 * Whether the table's first column groups its numbered rows. Sure when a group cell carries a
 * section marker; without one, only when some group is seen to cover a further numbered row
 * (the same text repeated, an empty first cell, or a row one cell short), since a lone short
 * phrase before a numbered cell may be an ordinary name column.
 */
function hasGroupColumn(rows: (TableRow | null)[]): boolean {
  const data = rows.filter((r): r is TableRow => r !== null && headerRoles(r.cells) === null).map((r) => r.cells.map(cellText));
  for (let i = 0; i < data.length; i++) {
    const cells = data[i]!;
    if (cells.length < 3) continue;
    const g = groupTitle(cells[0]!);
    if (!g || !startsItem(cells[1]!)) continue;
    if (g.marker) return true;
    const next = data[i + 1];
    if (!next) continue;
    const covered =
      (next.length === cells.length - 1 && startsItem(next[0]!)) ||
      (!next[0] && startsItem(next.find(Boolean) ?? '')) ||
      (next[0] === cells[0] && startsItem(next[1] ?? ''));
    if (covered) return true;
  }
  return false;
}

/**
 * A row of a table with a group column: a group cell opens a section (when its text differs from
 * the group above, since Word repeats or merges it) and the rest of the row is read as a row of
 * the columns after it; a row without the group cell, empty or left out, belongs to the group
 * above. Null for a row of another shape, read as an ordinary row.
 */
function groupedRow(cells: string[], roles: ColumnRole[], line: number, current: string | null): { entries: TableEntry[]; group: string | null } | null {
  if (roles.length < 3) return null;
  let texts = cells.map(cellText);
  const inner = roles.slice(1);
  // a number in the group column with an empty last cell: the row lost its group cell and was padded at the end
  if (current !== null && texts.length === roles.length && startsItem(texts[0]!) && !texts[texts.length - 1]) {
    cells = cells.slice(0, -1);
    texts = texts.slice(0, -1);
  }
  if (current !== null && texts.length === roles.length - 1 && startsItem(texts[0]!)) {
    const entry = readRow(cells, inner, line);
    return entry ? { entries: [entry], group: current } : null;
  }
  if (current === null) return groupStart(cells, texts, inner, line, current);
  if (!texts[0] && texts.slice(1).some(Boolean)) {
    const entry = readRow(cells.slice(1), inner, line);
    return entry ? { entries: [entry], group: current } : null;
  }
  return groupStart(cells, texts, inner, line, current);
}

/** A row whose first cell is a group title and whose next cell starts a numbered row. */
function groupStart(cells: string[], texts: string[], inner: ColumnRole[], line: number, current: string | null): { entries: TableEntry[]; group: string | null } | null {
  const g = groupTitle(texts[0] ?? '');
  if (!g || !startsItem(texts[1] ?? '')) return null;
  const entry = readRow(cells.slice(1), inner, line);
  if (!entry) return null;
  const key = squeeze(texts[0]!);
  const entries: TableEntry[] = key === current ? [entry] : [{ kind: 'section', line, marker: g.marker, value: g.value, title: g.title }, entry];
  return { entries, group: key };
}

/** A "一、…" heading on a line of its own right before a table row: a section row that lost its cells. */
function sectionLine(line: Line, next: Line | undefined): TableEntry | null {
  if (!next?.table) return null;
  const m = parseMarker(line.text);
  if (m?.kind !== 'cn-dun') return null;
  const title = m.rest.replace(/[。.]$/, '');
  if (!title || !looksLikeName(title)) return null;
  return { kind: 'section', line: line.no, marker: m.raw, value: m.value, title };
}

function readRow(rawCells: string[], roles: ColumnRole[], line: number): TableEntry | null {
  const texts = rawCells.map(cellText);
  if (texts.every((t) => !t)) return null;
  // the unit and deadline columns, counted from the right
  const tail: ColumnRole[] = [];
  for (let i = roles.length - 1; i >= 0 && TAIL_ROLES.includes(roles[i]!); i--) tail.unshift(roles[i]!);
  const headCount = Math.max(1, texts.length - tail.length);
  const head = texts.slice(0, headCount);
  const tailCells = rawCells.slice(headCount);
  const tailOf = (role: ColumnRole): string => {
    const i = tail.indexOf(role);
    return i >= 0 ? (tailCells[i] ?? '').replace(/<[^>]*>/g, ' ').trim() : '';
  };
  const first = head[0] ?? '';
  const rest = head.slice(1);
  const marker = parseMarker(first);
  if (marker?.kind === 'cn-dun' && rest.every((c) => !c) && tailCells.every((c) => !c.trim())) {
    return { kind: 'section', line, marker: marker.raw, value: marker.value, title: marker.rest.replace(/[。.]$/, '') };
  }
  let number: number | null = null;
  let numberRaw = '';
  let name = '';
  let others: string[] = rest;
  let taskOnly = false;
  if (/^\d{1,3}$/.test(first)) {
    number = Number(first);
    numberRaw = first;
  } else if (marker && (marker.kind === 'arabic' || marker.kind === 'arabic-paren')) {
    number = marker.value;
    numberRaw = marker.raw;
    // "1.及时公开各类规划。" alone in its row is the task itself; "1. 助企纾困信息公开" before a task cell names it
    if (/[。；;！!]$/.test(marker.rest) && rest.every((c) => !c)) {
      others = [marker.rest];
      taskOnly = true;
    }
    else name = marker.rest.replace(/[。.]$/, '');
  } else if (first) {
    others = head;
  }
  const filled = others.filter(Boolean);
  let task: string;
  // after a bare row number, a short phrase is the item's name unless the header puts the task there
  const nameCell = filled[0];
  if (number !== null && !name && !taskOnly && nameCell && looksLikeName(nameCell) && (filled.length > 1 || roleAt(roles, head, nameCell) !== 'task')) {
    name = filled[0]!.replace(/[。.]$/, '');
    task = filled.slice(1).join('');
  } else {
    task = filled.join('');
  }
  return {
    kind: number === null ? 'continuation' : 'item',
    line,
    number,
    numberRaw,
    name,
    task,
    lead: tailOf('lead'),
    partner: tailOf('partner'),
    deadline: squeeze(tailOf('deadline')),
  };
}

/** The role of the column a cell sits in, when the row has as many cells as the header. */
function roleAt(roles: ColumnRole[], head: string[], cell: string): ColumnRole | undefined {
  const i = head.indexOf(cell);
  return i >= 0 && head.length <= roles.length ? roles[i] : undefined;
}

/** An item name is a short phrase, not a sentence. */
function looksLikeName(s: string): boolean {
  return s.length <= 40 && !/[。；;]/.test(s.replace(/[。.]$/, ''));
}

/** Cells of a line written "a | b | c |" without the leading pipe of a markdown row; null for fewer than three. */
function pipeCells(raw: string): string[] | null {
  const t = raw.trim().replace(/\s*\|$/, '');
  if (!/\s\|\s/.test(t)) return null;
  const cells = t.split(/\s*\|\s*/).map((c) => c.trim());
  return cells.length >= 3 ? cells : null;
}

/**
 * Reads lines written as pipe rows without their leading "|" ("序号 | 工作任务 | 牵头单位 |") as
 * markdown rows. Only after a header row naming plan columns that the next line matches cell
 * for cell, since " | " also separates links in a page's navigation; from there every line of as
 * many cells is a row, and lines between them (a cell's text wrapped) stay text.
 */
export function pipeRowsWithoutLead(lines: Line[]): Line[] {
  let width = 0;
  return lines.map((line, i) => {
    if (line.table) {
      width = 0;
      return line;
    }
    const cells = pipeCells(line.raw);
    if (!cells) return line;
    if (cells.length !== width) {
      const next = lines[i + 1];
      const opens = headerRoles(cells) !== null && next !== undefined && !next.table && pipeCells(next.raw)?.length === cells.length;
      if (!opens) return line;
      width = cells.length;
    }
    const raw = `| ${cells.join(' | ')} |`;
    return { ...line, raw, text: raw, table: true };
  });
}
