import { squeeze } from './header.js';
import type { Line } from './lines.js';
import { parseMarker } from './markers.js';
import { cellText, splitRow } from './table-cells.js';

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
 * the item name and its task text.
 */
export function readTable(lines: Line[]): TableRead {
  const entries: TableEntry[] = [];
  const paragraphs: { after: number; line: Line }[] = [];
  let roles: ColumnRole[] = ['name', 'task', 'lead', 'partner', 'deadline'];
  for (const line of lines) {
    if (!line.table) {
      paragraphs.push({ after: entries.length - 1, line });
      continue;
    }
    const row = splitRow(line);
    if (!row) continue;
    const header = headerRoles(row.cells);
    if (header) {
      roles = header;
      entries.push({ kind: 'header', line: line.no, roles });
      continue;
    }
    const entry = readRow(row.cells, roles, line.no);
    if (entry) entries.push(entry);
  }
  return { entries, paragraphs };
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
  if (/^\d{1,3}$/.test(first)) {
    number = Number(first);
    numberRaw = first;
  } else if (marker && (marker.kind === 'arabic' || marker.kind === 'arabic-paren')) {
    number = marker.value;
    numberRaw = marker.raw;
    name = marker.rest.replace(/[。.]$/, '');
  } else if (first) {
    others = head;
  }
  const filled = others.filter(Boolean);
  let task: string;
  // after a bare row number, a short phrase is the item's name unless the header puts the task there
  const nameCell = filled[0];
  if (number !== null && !name && nameCell && looksLikeName(nameCell) && (filled.length > 1 || roleAt(roles, head, nameCell) !== 'task')) {
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
