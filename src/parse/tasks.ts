import type { Item, ParseWarning } from '../model/plan.js';
import { joinFragments } from './clean.js';
import { splitSentences } from './sentences.js';
import { bigramSet, compact, coverage } from './similarity-lite.js';
import type { TableEntry, TableRead } from './table.js';
import { unitCell } from './metadata.js';

type Row = Extract<TableEntry, { kind: 'item' | 'continuation' }>;

interface TableItem {
  number: number | null;
  name: string;
  line: number;
  rows: Row[];
}

/** A sentence counts as found in a text when this share of its bigrams occurs there. */
const FOUND = 0.8;

function clip(s: string, n = 24): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

function sameTitle(a: string, b: string): boolean {
  const x = compact(a);
  const y = compact(b);
  return x === y || (x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x)));
}

/**
 * Reconciles a task-breakdown table (任务分解表) with the prose items it repeats: each prose item
 * gets the table's sub-tasks (text and lead units) as `tasks`. Table rows are matched to items by
 * number. Where the table disagrees with the prose — a different item title, or a sentence filed
 * under another number — a warning names both places, and a sentence that belongs to another item
 * is attached to that item. No text is invented or dropped.
 */
export function attachTaskTable(items: Item[], read: TableRead, warnings: ParseWarning[]): void {
  const tableItems: TableItem[] = [];
  for (const e of read.entries) {
    if (e.kind === 'item') tableItems.push({ number: e.number, name: e.name, line: e.line, rows: [e] });
    else if (e.kind === 'continuation') tableItems[tableItems.length - 1]?.rows.push(e);
  }
  for (const p of read.paragraphs) {
    warnings.push({ code: 'skipped-line', line: p.line.no, message: `skipped text inside the task table: "${clip(p.line.text, 40)}"` });
  }
  const byNumber = new Map<number, Item>();
  const numbers = items.map((it) => Number(/\d+/.exec(it.marker)?.[0] ?? NaN));
  const unique = new Set(numbers).size === numbers.length && numbers.every((n) => !Number.isNaN(n));
  items.forEach((it, i) => byNumber.set(unique ? numbers[i]! : i + 1, it));

  const seen = new Set<Item>();
  const sets = new Map(items.map((it) => [it, bigramSet(it.text)]));
  tableItems.forEach((t, i) => {
    const item = byNumber.get(unique && t.number !== null ? t.number : i + 1);
    if (!item) {
      const text = t.rows.map((r) => r.task).join('');
      warnings.push({ code: 'table-unmatched-row', line: t.line, message: `task table row ${t.number ?? '?'}${t.name ? ` "${t.name}"` : ''} (line ${t.line}) has no prose item; its text: "${clip(text, 60)}"` });
      return;
    }
    seen.add(item);
    if (t.name && item.heading && !sameTitle(t.name, item.heading)) {
      warnings.push({
        code: 'table-title-mismatch',
        line: t.line,
        message: `task table row ${t.number} (line ${t.line}) is titled "${t.name}" but prose item ${item.marker} (line ${item.line}) is "${item.heading}"`,
      });
    }
    let leads = unitCell(t.rows[0]!.lead, 'lead').leads;
    if (item.leads.length === 0 && leads.length) item.leads = [...leads];
    if (!item.deadline && t.rows[0]!.deadline) item.deadline = t.rows[0]!.deadline;
    for (const row of t.rows) {
      if (row.lead) leads = unitCell(row.lead, 'lead').leads;
      if (!row.task) continue;
      const pieces: { home: Item; text: string }[] = [];
      for (const sentence of splitSentences(row.task)) {
        const home = homeOf(sentence, item, items, sets);
        if (home !== item) {
          warnings.push({
            code: 'table-task-misplaced',
            line: row.line,
            message: `task table row ${t.number} (line ${row.line}) lists "${clip(sentence)}", which is the text of prose item ${home.marker} (line ${home.line}); attached to item ${home.marker}`,
          });
        } else if (coverage(sentence, sets.get(item)!) < FOUND && compact(sentence).length > 4) {
          warnings.push({
            code: 'table-task-differs',
            line: row.line,
            message: `task table row ${t.number} (line ${row.line}) says "${clip(sentence)}", which prose item ${item.marker} (line ${item.line}) does not`,
          });
        }
        const last = pieces[pieces.length - 1];
        if (last && last.home === home) last.text = joinFragments(last.text, sentence);
        else pieces.push({ home, text: sentence });
      }
      for (const piece of pieces) piece.home.tasks.push({ text: piece.text, leads: [...leads], line: row.line });
    }
  });
  const missing = items.filter((it) => !seen.has(it));
  if (tableItems.length > 0 && missing.length > 0) {
    warnings.push({
      code: 'table-missing-item',
      line: missing[0]!.line,
      message: `the task table has no row for prose item(s) ${missing.map((m) => m.marker).join(' ')}`,
    });
  }
}

/** The item whose prose holds a table sentence: its own item unless another one clearly does. */
function homeOf(sentence: string, own: Item, items: Item[], sets: Map<Item, Set<string>>): Item {
  const ownScore = coverage(sentence, sets.get(own)!);
  if (ownScore >= FOUND) return own;
  let best = own;
  let bestScore = ownScore;
  for (const it of items) {
    if (it === own) continue;
    const s = coverage(sentence, sets.get(it)!);
    if (s > bestScore) {
      best = it;
      bestScore = s;
    }
  }
  return bestScore >= FOUND && bestScore - ownScore >= 0.2 ? best : own;
}
