/**
 * Builds data/segment-dict.bin — the compact segmentation dictionary — from segmentit's own
 * dictionary, loaded the documented way (`Segment#loadDict`), so every word, frequency and
 * part-of-speech, and every override of a later dictionary over an earlier one, is segmentit's.
 * Run by `npm run build` (and by the test setup when the file is missing or older than segmentit).
 *
 *   tsx scripts/make-dictionary.ts [out]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as segmentitModule from 'segmentit';
import { DICTIONARY_FILE, DICTIONARY_MAGIC, DICTIONARY_VERSION, dictionaryLayout, hashUnits } from '../src/text/dictionary.js';

interface Reference {
  DICT: { TABLE: Record<string, { f: number; p: number }> };
  use(m: unknown): Reference;
  loadDict(d: unknown): Reference;
}
const seg = ((segmentitModule as { default?: unknown }).default ?? segmentitModule) as {
  Segment: new () => Reference;
  modules: unknown;
  dicts: string[];
};

/** The dictionary bytes (deterministic: entries sorted by length, then code units). */
export function makeDictionary(): Uint8Array {
  const s = new seg.Segment();
  s.use(seg.modules);
  s.loadDict(seg.dicts);
  const table = s.DICT.TABLE;
  const words = Object.keys(table).filter((w) => w.length < 256);
  words.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const posValues = [...new Set(words.map((w) => table[w]!.p))].sort((a, b) => a - b);
  if (posValues.length > 256) throw new Error('more than 256 part-of-speech values');
  for (const w of words) {
    const f = table[w]!.f;
    if (!Number.isInteger(f) || f < 0 || f > 0xffffffff) throw new Error(`frequency of ${w} is not a uint32: ${f}`);
  }
  const count = words.length;
  let slotCount = 1;
  while (slotCount < count * 1.7) slotCount <<= 1;
  const charCount = words.reduce((n, w) => n + w.length, 0);
  const at = dictionaryLayout(count, slotCount, charCount, posValues.length);
  const buffer = new ArrayBuffer(at.size);
  const head = new DataView(buffer);
  [DICTIONARY_MAGIC, DICTIONARY_VERSION, count, slotCount, charCount, posValues.length, words.at(-1)!.length, 0].forEach((v, i) =>
    head.setUint32(i * 4, v, true),
  );
  const groupFirst = new Int32Array(buffer, at.groupFirst, 257);
  const groupChar = new Int32Array(buffer, at.groupChar, 257);
  const pos = new Float64Array(buffer, at.pos, posValues.length);
  const chars = new Uint16Array(buffer, at.chars, charCount);
  const slots = new Int32Array(buffer, at.slots, slotCount);
  const freq = new Uint32Array(buffer, at.freq, count);
  const posIndex = new Uint8Array(buffer, at.posIndex, count);
  posValues.forEach((p, i) => (pos[i] = p));
  const posOf = new Map(posValues.map((p, i) => [p, i]));
  let c = 0;
  for (let len = 0, e = 0; len < 257; len++) {
    groupFirst[len] = e;
    groupChar[len] = c;
    while (e < count && words[e]!.length === len) {
      const w = words[e]!;
      for (let i = 0; i < w.length; i++) chars[c++] = w.charCodeAt(i);
      freq[e] = table[w]!.f;
      posIndex[e] = posOf.get(table[w]!.p)!;
      let slot = hashUnits(w, 0, w.length) & (slotCount - 1);
      while (slots[slot] !== 0) slot = (slot + 1) & (slotCount - 1);
      slots[slot] = e + 1;
      e++;
    }
  }
  return new Uint8Array(buffer);
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? resolve(ROOT, 'data', DICTIONARY_FILE));
  const bytes = makeDictionary();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  console.log(`${out}: ${bytes.length} bytes`);
}
