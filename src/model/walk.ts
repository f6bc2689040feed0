import type { Item, Node, ParseWarning, Plan, Section } from './plan.js';

/**
 * Every item of a plan (or subtree) in document order.
 * @example planItems(plan).map((item) => item.id) // → ['1.1.1', '1.1.2', …]
 */
export function planItems(root: Plan | Section | Node[]): Item[] {
  const out: Item[] = [];
  eachNode(Array.isArray(root) ? root : root.children, (n) => {
    if (n.kind === 'item') out.push(n);
  });
  return out;
}

/**
 * Calls `visit` on every node in document order (a section before its children), with the chain
 * of sections above the node. An explicit stack: a plan nested thousands of sections deep (built
 * in memory; Plan JSON stops at 64) is walked as well as a flat one.
 */
export function eachNode(nodes: Node[], visit: (node: Node, path: readonly Section[]) => void): void {
  const path: Section[] = [];
  // a frame per open list of children: the list, the next index, and the section it belongs to
  const stack: { nodes: Node[]; at: number }[] = [{ nodes, at: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.at >= top.nodes.length) {
      stack.pop();
      path.pop();
      continue;
    }
    const n = top.nodes[top.at++]!;
    visit(n, path);
    if (n.kind === 'section') {
      path.push(n);
      stack.push({ nodes: n.children, at: 0 });
    }
  }
}

/**
 * Every section of a plan in document order (parents before children).
 * @example planSections(plan).map((s) => s.title) // → ['加强政府信息公开,夯实一流基础', '以政务公开助推经济平稳健康发展', …]
 */
export function planSections(root: Plan | Section): Section[] {
  const out: Section[] = [];
  eachNode(root.children, (n) => {
    if (n.kind === 'section') out.push(n);
  });
  return out;
}

/** Maps each item id to the chain of sections that contain it, outermost first. */
export function sectionPaths(plan: Plan): Map<string, Section[]> {
  const out = new Map<string, Section[]>();
  // items of one section share one copy of its chain (the chain to a section is its last element's)
  let copy: Section[] = [];
  eachNode(plan.children, (n, path) => {
    if (n.kind !== 'item') return;
    if (path.length !== copy.length || path[path.length - 1] !== copy[copy.length - 1]) copy = [...path];
    out.set(n.id, copy);
  });
  return out;
}

/**
 * A short human label for an item: its marker and heading, or the start of its text.
 * @example itemLabel(item) // → '6. 加强疫情防控信息公开'
 */
export function itemLabel(item: Item, max = 24): string {
  const head = item.heading || item.text;
  const short = head.length > max ? `${head.slice(0, max)}…` : head;
  return `${item.marker} ${short}`.trim();
}

/**
 * An item's full requirement text, heading sentence first. Parsed items already start with their
 * heading; Plan JSON from other tools may keep the heading apart, so it is put back in front.
 * @example itemText({ ...item, heading: '优化政策咨询服务', text: '提高热线服务水平。' }) // → '优化政策咨询服务。提高热线服务水平。'
 */
export function itemText(item: Item): string {
  return item.heading && !item.text.startsWith(item.heading) ? `${item.heading}。${item.text}` : item.text;
}

/**
 * Most characters of an item that are compared (scored, diffed, shingled). Items of real plans are
 * a few hundred characters, rarely a few thousand; past this an item is compared on its opening,
 * so that one pasted-in book costs no more than this. The text itself stays whole in the Plan
 * and in the reports; a `long-item` warning of the plan says which item was cut for comparing.
 */
export const MAX_COMPARED_CHARS = 20_000;

/**
 * The part of an item's text that comparison looks at: {@link itemText}, cut at
 * {@link MAX_COMPARED_CHARS}.
 * @example comparedText(item).length <= MAX_COMPARED_CHARS // true
 */
export function comparedText(item: Item): string {
  const text = itemText(item);
  return text.length > MAX_COMPARED_CHARS ? text.slice(0, MAX_COMPARED_CHARS) : text;
}

/**
 * The plan's warnings with a `long-item` warning added for each item over
 * {@link MAX_COMPARED_CHARS} that has none yet (parsing and loading Plan JSON both call it, so a
 * plan round-tripped through JSON keeps one per item).
 * @example withLongItemWarnings(plan).filter((w) => w.code === 'long-item')
 */
export function withLongItemWarnings(plan: Plan): ParseWarning[] {
  const added: ParseWarning[] = [];
  for (const item of planItems(plan)) {
    const length = itemText(item).length;
    if (length <= MAX_COMPARED_CHARS) continue;
    const message = `item ${item.marker || item.id} is ${length} characters long: compared on its first ${MAX_COMPARED_CHARS} (its text is kept whole)`;
    if (plan.warnings.some((w) => w.code === 'long-item' && w.message === message)) continue;
    const w: ParseWarning = { code: 'long-item', line: item.line, message };
    if (item.position) w.position = item.position;
    added.push(w);
  }
  return added.length ? [...plan.warnings, ...added] : plan.warnings;
}
