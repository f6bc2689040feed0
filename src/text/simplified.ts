import t2sData from '../../data/t2s.json';

let table: Map<number, string> | null = null;

/** Traditional/variant → simplified, character by character (OpenCC's TSCharacters table). */
export function toSimplified(s: string): string {
  table ??= new Map(Object.entries(t2sData.map as Record<string, string>).map(([k, v]) => [k.codePointAt(0)!, v]));
  let out = '';
  for (const ch of s) out += table.get(ch.codePointAt(0)!) ?? ch;
  return out;
}
