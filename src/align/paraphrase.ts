import paraphraseData from '../../data/paraphrase.json';

let table: Map<string, string> | null = null;
function synonyms(): Map<string, string> {
  if (!table) {
    table = new Map();
    for (const group of paraphraseData.groups) for (const w of group) table.set(w, group[0]!);
  }
  return table;
}

/**
 * The word a policy verb or adverb stands for (强化 → 加强, 推动 → 推进, 完善 → 健全, 持续 →
 * 进一步; `data/paraphrase.json`); other words are their own.
 * @example synonymKey('强化') // → '加强'
 */
export function synonymKey(word: string): string {
  return synonyms().get(word) ?? word;
}

let pattern: RegExp | null = null;
/** Text with every policy verb of `data/paraphrase.json` replaced by its group's first word, longest first. */
export function synonymFold(text: string): string {
  pattern ??= new RegExp([...synonyms().keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
  return text.replace(pattern, (w) => synonymKey(w));
}

/** Whether two pieces of text differ only by policy-verb synonyms (进一步加强 / 持续强化). */
export function sameUpToSynonyms(a: string, b: string): boolean {
  return synonymFold(a) === synonymFold(b);
}
