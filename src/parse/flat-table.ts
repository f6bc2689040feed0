import type { ParseWarning } from '../model/plan.js';
import type { Line } from './lines.js';
import { parseMarker } from './markers.js';
import { looksLikeDeadline, looksLikeUnits } from './metadata.js';
import { headerRoles, roleOf, type ColumnRole } from './table.js';
import { pushAll } from '../model/arrays.js';

/** A header cell on a line of its own is a short label. */
const MAX_LABEL = 8;

/**
 * Rebuilds task tables that were pasted as one cell per line — "序号" / "工作任务" / "责任单位" /
 * "完成时限" on lines of their own, then "1" / the task / the unit / the deadline — as tab-separated
 * rows, which the table reader then reads like any other. A row starts at the next row number; its
 * last lines are given to the unit and deadline columns when they read as units and deadlines, the
 * lines before them to the name and task columns. Section rows ("一、…") between rows stay rows.
 * @example
 * flattenedTables(lines('序号', '工作任务', '责任单位', '1', '公开预算。', '市财政局'), []) // → two tab-separated rows
 */
export function flattenedTables(lines: Line[], warnings: ParseWarning[]): Line[] {
  const out: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    const header = headerAt(lines, i);
    if (!header) {
      out.push(lines[i++]!);
      continue;
    }
    const { roles, length } = header;
    const first = lines[i]!;
    const rows: Line[] = [{ ...first, no: first.no, raw: roles.map((_, k) => lines[i + k]!.text).join('\t'), text: '', table: true }];
    let j = i + length;
    let expected = 1;
    const cellRoles = roles.slice(1);
    while (j < lines.length) {
      const l = lines[j]!;
      const m = parseMarker(l.text);
      if (!l.table && m?.kind === 'cn-dun' && l.text.length <= 40) {
        rows.push({ ...l, raw: [l.text, ...cellRoles.map(() => '')].join('\t'), text: '', table: true });
        j++;
        continue;
      }
      if (l.table || l.text.trim() !== String(expected)) break;
      let k = j + 1;
      while (k < lines.length && !lines[k]!.table && lines[k]!.text.trim() !== String(expected + 1) && !(parseMarker(lines[k]!.text)?.kind === 'cn-dun') && k - j <= cellRoles.length * 3) k++;
      const cells = assignCells(lines.slice(j + 1, k).map((x) => x.text), cellRoles);
      rows.push({ ...l, raw: [String(expected), ...cells].join('\t'), text: '', table: true });
      expected++;
      j = k;
    }
    if (expected === 1) {
      out.push(lines[i++]!);
      continue;
    }
    for (const r of rows) r.text = r.raw.trim();
    warnings.push({ code: 'flattened-table', line: first.no, message: `a table pasted one cell per line (lines ${first.no}–${lines[j - 1]!.no}, ${expected - 1} rows) read as a table` });
    pushAll(out, rows);
    i = j;
  }
  return out;
}

/** A run of at least three label lines, starting with 序号, that name table columns. */
function headerAt(lines: Line[], i: number): { roles: ColumnRole[]; length: number } | null {
  const labels: string[] = [];
  for (let k = i; k < lines.length && labels.length < 8; k++) {
    const l = lines[k]!;
    if (l.table || l.text.length > MAX_LABEL || parseMarker(l.text)) break;
    const role = roleOf(l.text);
    if (!role || role === 'none') break;
    labels.push(l.text);
  }
  if (labels.length < 3) return null;
  const roles = headerRoles(labels);
  return roles && roles[0] === 'num' ? { roles, length: labels.length } : null;
}

/** Gives a row's lines to its columns: units and deadlines from the end, the rest to name and task. */
function assignCells(texts: string[], roles: ColumnRole[]): string[] {
  const cells = roles.map(() => '');
  const rest = [...texts];
  for (let r = roles.length - 1; r >= 0 && rest.length > 0; r--) {
    const role = roles[r]!;
    const last = rest[rest.length - 1]!;
    if (role === 'deadline' && looksLikeDeadline(last)) cells[r] = rest.pop()!;
    else if ((role === 'lead' || role === 'partner') && looksLikeUnits(last) && rest.length > 1) cells[r] = rest.pop()!;
    else if (role === 'lead' || role === 'partner' || role === 'deadline') continue;
    else break;
  }
  const head = roles.map((role, r) => [role, r] as const).filter(([role]) => role === 'name' || role === 'task' || role === 'none');
  if (head.length === 1) cells[head[0]![1]] = rest.join('');
  else if (head.length > 1) {
    const name = head.find(([role]) => role === 'name');
    const task = head.find(([role]) => role === 'task') ?? head[head.length - 1]!;
    if (name && rest.length > 1) {
      cells[name[1]] = rest.shift()!;
    }
    cells[task[1]] = rest.join('');
  }
  return cells;
}
