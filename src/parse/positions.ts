import type { Node, ParseWarning } from '../model/plan.js';
import type { Point } from '../model/position.js';
import { spanOf, type Line } from './lines.js';

/**
 * Gives a position to every node, task and warning that has a line but no position yet — the
 * table readers and the header know only line numbers — and stretches each section to the end
 * of its last descendant. An item keeps the span of its own lines; its tasks have theirs. The walk keeps its own stack: a plan's depth never reaches the call stack.
 */
export function fillPositions(children: Node[], warnings: ParseWarning[], lines: Line[]): void {
  const byLine = new Map<number, Line>();
  for (const l of lines) if (!byLine.has(l.no)) byLine.set(l.no, l);
  const at = (no: number | null) => (no === null ? undefined : byLine.get(no));

  for (const w of warnings) {
    const l = at(w.line);
    if (!w.position && l) w.position = spanOf(l);
  }
  // post-order: a node is finished after its children, so a section can end where its last child does
  const stack: { node: Node; done: boolean }[] = children.map((node) => ({ node, done: false })).reverse();
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const n = top.node;
    if (n.kind === 'section' && !top.done) {
      top.done = true;
      for (let i = n.children.length - 1; i >= 0; i--) stack.push({ node: n.children[i]!, done: false });
      continue;
    }
    stack.pop();
    const own = at(n.line);
    if (!n.position && own) n.position = spanOf(own);
    if (n.kind === 'item') {
      for (const t of n.tasks) {
        const l = at(t.line);
        if (!t.position && l) t.position = spanOf(l);
      }
      // an item spans its own lines only: its task rows may sit in a table pages later, and a
      // span stretched to them would overlap every item in between
      if (!n.position && n.tasks[0]?.position) n.position = n.tasks[0].position;
    } else {
      const last = n.children[n.children.length - 1]?.position;
      if (n.position && last && later(last.end, n.position.end)) n.position = { ...n.position, end: last.end };
    }
  }
}

function later(a: Point, b: Point): boolean {
  return a.line > b.line || (a.line === b.line && a.column > b.column);
}
