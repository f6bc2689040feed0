/**
 * `target.push(...items)` without the spread: a spread passes every element as an argument on the
 * stack, and a few hundred thousand (a plan of 250,000 items, a table of as many cells) overflow it.
 * @example pushAll(children, nodes) // the same as children.push(...nodes), for any length
 */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
  return target;
}
