import type { Item, Node, Plan, Section } from './plan.js';

/**
 * Every item of a plan (or subtree) in document order.
 * @example planItems(plan).map((item) => item.id) // → ['1.1.1', '1.1.2', …]
 */
export function planItems(root: Plan | Section | Node[]): Item[] {
  const out: Item[] = [];
  const visit = (nodes: Node[]): void => {
    for (const n of nodes) {
      if (n.kind === 'item') out.push(n);
      else visit(n.children);
    }
  };
  visit(Array.isArray(root) ? root : root.children);
  return out;
}

/**
 * Every section of a plan in document order (parents before children).
 * @example planSections(plan).map((s) => s.title) // → ['加强政府信息公开,夯实一流基础', '以政务公开助推经济平稳健康发展', …]
 */
export function planSections(root: Plan | Section): Section[] {
  const out: Section[] = [];
  const visit = (nodes: Node[]): void => {
    for (const n of nodes) {
      if (n.kind === 'section') {
        out.push(n);
        visit(n.children);
      }
    }
  };
  visit(root.children);
  return out;
}

/** Maps each item id to the chain of sections that contain it, outermost first. */
export function sectionPaths(plan: Plan): Map<string, Section[]> {
  const out = new Map<string, Section[]>();
  const visit = (nodes: Node[], path: Section[]): void => {
    for (const n of nodes) {
      if (n.kind === 'item') out.set(n.id, path);
      else visit(n.children, [...path, n]);
    }
  };
  visit(plan.children, []);
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
