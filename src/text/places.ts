import { defaultGazetteer, type Gazetteer } from '../model/gazetteer.js';
import type { Jurisdiction } from '../model/plan.js';

/**
 * Names by which a plan refers to its own jurisdiction and those above it ("沈阳市", "沈阳",
 * "辽宁省", "辽宁"): a lower plan writes its own name where the upper plan wrote the upper one's.
 */
export function placeNames(j: Jurisdiction, gazetteer: Gazetteer = defaultGazetteer()): string[] {
  const out = new Set<string>();
  if (!j.name) return [];
  const entries = gazetteer.lookup(j.name).filter((e) => !j.parent || e.parent === j.parent);
  const own = entries[0];
  out.add(j.name);
  if (own) {
    out.add(own.short);
    for (const a of gazetteer.ancestors(own)) {
      if (a.level === 'province') continue; // provinces are named as such ("辽宁省政府"), not as the plan's own place
      out.add(a.name);
      out.add(a.short);
    }
  } else {
    const short = j.name.replace(/(省|市|区|县|旗|镇|乡|街道)$/, '');
    if (short.length >= 2) out.add(short);
  }
  // longest first so "沈阳市" is replaced before "沈阳"
  return [...out].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
}
