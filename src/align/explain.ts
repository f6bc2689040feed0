import type { LinkExplanation } from '../model/comparison.js';
import type { Admission, Alignment, NearestPair } from './align.js';

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Why an item stayed unlinked, from its nearest candidate on the other side: nothing shares its
 * words; the candidate is taken by a link it fits better; the pair scores below the lowest
 * admissible score; it shares no text beyond the heading; it is below the link threshold and the
 * headings share only the genre's wording; or it is below the link threshold and not clearly the
 * best match of both items.
 */
export function explainUnlinked(alignment: Alignment, side: 'upper' | 'lower', index: number, linkOf: (side: 'upper' | 'lower', index: number) => { ids: string[]; score: number } | null): LinkExplanation {
  const near: NearestPair | null | undefined = alignment.nearest?.[side][index];
  const other = side === 'upper' ? 'lower' : 'upper';
  if (!near) return { nearest: null, reason: `no item of the ${other} plan shares its words` };
  const plan = side === 'upper' ? alignment.lower : alignment.upper;
  const link = linkOf(other, near.other);
  const nearest = {
    id: plan.items[near.other]!.item.id,
    score: r3(near.score),
    components: {
      words: r3(near.components.words),
      chars: r3(near.components.chars),
      containment: r3(near.components.containment),
      heading: near.components.heading === null ? null : r3(near.components.heading),
      structure: near.components.structure,
      order: r3(near.components.order),
    },
    linkedTo: link?.ids ?? [],
  };
  const a: Admission | undefined = alignment.admission;
  const s = r3(near.score);
  if (link) return { nearest, reason: `its nearest, ${nearest.id} (${s}), is linked to ${link.ids.join(', ')}, which it matches better (${r3(link.score)})` };
  if (!a) return { nearest, reason: `its nearest, ${nearest.id}, scores ${s}` };
  if (near.score < a.minScore) return { nearest, reason: `its nearest, ${nearest.id}, scores ${s}, below the lowest admissible score ${a.minScore}` };
  const text = Math.max(near.components.chars, near.components.containment);
  if (near.score < a.threshold && text < a.textFloor) {
    return { nearest, reason: `its nearest, ${nearest.id} (${s}), shares no text beyond its heading and topic words (${r3(text)} < ${a.textFloor})` };
  }
  if (near.score < a.threshold && near.genreHeadings) {
    return { nearest, reason: `its nearest, ${nearest.id}, scores ${s}, below the link threshold ${a.threshold}, and their headings share only the wording most headings of the two plans use` };
  }
  if (near.score < a.threshold) {
    return { nearest, reason: `its nearest, ${nearest.id}, scores ${s}, below the link threshold ${a.threshold}, and is not clearly the best match of both items (margin ${r3(near.margin)} < ${a.margin})` };
  }
  return { nearest, reason: `its nearest, ${nearest.id} (${s}), went to a better match in the optimal one-to-one assignment` };
}
