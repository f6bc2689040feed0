import type { Relation } from '../model/comparison.js';
import { LEVELS, type Plan } from '../model/plan.js';

/**
 * Infers how two plans relate: the same jurisdiction in different years is a `revision`; two
 * plans of the same level (or whose levels are unknown) are `peer`s; otherwise `hierarchy`.
 * @example inferRelation(shenyang2018, shenyang2022) // → 'revision'
 */
export function inferRelation(a: Plan, b: Plan): Relation {
  const ja = a.jurisdiction;
  const jb = b.jurisdiction;
  if (ja.name && ja.name === jb.name && a.year !== b.year) return 'revision';
  if (!ja.level || !jb.level) return 'peer';
  const depth = (level: string) => (level === 'county' ? LEVELS.indexOf('district') : LEVELS.indexOf(level as never));
  return depth(ja.level) === depth(jb.level) ? 'peer' : 'hierarchy';
}
