import obligationData from '../../data/obligation.json';

let words: { word: string; level: number }[] | null = null;
function obligationWords(): { word: string; level: number }[] {
  words ??= Object.entries(obligationData.levels as Record<string, string[]>)
    .flatMap(([level, ws]) => ws.map((word) => ({ word, level: Number(level) })))
    .sort((a, b) => b.word.length - a.word.length);
  return words;
}

/** Obligation words (可, 应当, 鼓励 …) in a piece of changed text, longest match first, with their level. */
export function obligationIn(text: string): { word: string; level: number }[] {
  const out: { word: string; level: number }[] = [];
  let i = 0;
  while (i < text.length) {
    const hit = obligationWords().find((w) => text.startsWith(w.word, i));
    if (hit) {
      out.push(hit);
      i += hit.word.length;
    } else i++;
  }
  return out;
}
