import { PolicyLineageError } from '../errors.js';
import { readPackageData } from './package-data.js';

/**
 * The segmentation dictionary as one compact binary asset (made at build time from segmentit's
 * own dictionary by scripts/make-dictionary.ts): words as UTF-16 code units grouped by length, a
 * frequency and a part-of-speech per word, and a prebuilt open-addressing hash table. Loading is
 * taking typed-array views over the bytes — no per-word objects, no parsing — so every process and
 * every worker has it in about a millisecond.
 *
 * Layout (little-endian): a 32-byte header (`PLSD`, version, count, slot count, char count,
 * part-of-speech count, longest word), the first entry and first char of each word length
 * (257 + 257 int32), the part-of-speech values (float64), the chars (uint16), the slots (int32,
 * entry + 1, 0 = empty), the frequencies (uint32) and each entry's part-of-speech index (uint8).
 */
export const DICTIONARY_MAGIC = 0x44534c50; // 'PLSD'
export const DICTIONARY_VERSION = 1;
/**
 * File name of the dictionary asset: `data/segment-dict.bin` in the package, made by `npm run build`.
 * A web app serves it next to its bundle and calls {@link loadDictionary}.
 */
export const DICTIONARY_FILE = 'segment-dict.bin';

const HEADER = 32;
const GROUPS = 257;

/** FNV-1a over UTF-16 code units; the same function builds and reads the table. */
export function hashUnits(text: string, from: number, len: number): number {
  let h = FNV_BASIS;
  for (let i = 0; i < len; i++) h = fnvStep(h, text.charCodeAt(from + i));
  return h >>> 0;
}

/** FNV-1a's start value; `fnvStep(…fnvStep(FNV_BASIS, c0)…, cn) >>> 0` is hashUnits of c0…cn. */
export const FNV_BASIS = 0x811c9dc5;

/** One unit of FNV-1a (the running value, before the final `>>> 0`). */
export function fnvStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}

/** Offsets of each section in the binary, shared by the writer and the reader. */
export function dictionaryLayout(count: number, slotCount: number, charCount: number, posCount: number) {
  const align = (n: number, a: number): number => Math.ceil(n / a) * a;
  const groupFirst = HEADER;
  const groupChar = groupFirst + GROUPS * 4;
  const pos = align(groupChar + GROUPS * 4, 8);
  const chars = pos + posCount * 8;
  const slots = align(chars + charCount * 2, 4);
  const freq = slots + slotCount * 4;
  const posIndex = freq + count * 4;
  const size = posIndex + count;
  return { groupFirst, groupChar, pos, chars, slots, freq, posIndex, size };
}

/** A word's record: the `{ f, p }` pair segmentit keeps (frequency and part-of-speech bits). */
export interface WordRecord {
  f: number;
  p: number;
}

/**
 * Read-only view of the compact dictionary. Build with {@link WordDictionary.fromBytes}.
 */
export class WordDictionary {
  /** Word lengths present, ascending (the order segmentit tries them in). */
  readonly lengths: readonly number[];
  readonly size: number;
  readonly byteLength: number;
  private readonly mask: number;
  private readonly groupFirst: Int32Array;
  private readonly groupChar: Int32Array;
  private readonly posTable: Float64Array;
  private readonly chars: Uint16Array;
  private readonly slots: Int32Array;
  private readonly freqs: Uint32Array;
  private readonly posIndex: Uint8Array;

  private constructor(buffer: ArrayBuffer, base: number) {
    const head = new DataView(buffer, base, HEADER);
    if (head.getUint32(0, true) !== DICTIONARY_MAGIC || head.getUint32(4, true) !== DICTIONARY_VERSION) {
      throw new PolicyLineageError('IO', `the segmentation dictionary is not a ${DICTIONARY_FILE} of version ${DICTIONARY_VERSION}`);
    }
    const count = head.getUint32(8, true);
    const slotCount = head.getUint32(12, true);
    const charCount = head.getUint32(16, true);
    const posCount = head.getUint32(20, true);
    const at = dictionaryLayout(count, slotCount, charCount, posCount);
    if (buffer.byteLength - base < at.size) throw new PolicyLineageError('IO', `the segmentation dictionary is truncated (${buffer.byteLength - base} of ${at.size} bytes)`);
    this.size = count;
    this.byteLength = at.size;
    this.mask = slotCount - 1;
    this.groupFirst = new Int32Array(buffer, base + at.groupFirst, GROUPS);
    this.groupChar = new Int32Array(buffer, base + at.groupChar, GROUPS);
    this.posTable = new Float64Array(buffer, base + at.pos, posCount);
    this.chars = new Uint16Array(buffer, base + at.chars, charCount);
    this.slots = new Int32Array(buffer, base + at.slots, slotCount);
    this.freqs = new Uint32Array(buffer, base + at.freq, count);
    this.posIndex = new Uint8Array(buffer, base + at.posIndex, count);
    const lengths: number[] = [];
    for (let len = 1; len < GROUPS - 1; len++) if (this.groupFirst[len + 1]! > this.groupFirst[len]!) lengths.push(len);
    this.lengths = lengths;
  }

  /**
   * Views over the bytes of `segment-dict.bin` (copied once when they are not 8-byte aligned).
   * @example const dict = WordDictionary.fromBytes(bytes); dict.has('公开') // true
   */
  static fromBytes(bytes: ArrayBuffer | Uint8Array): WordDictionary {
    if (bytes instanceof Uint8Array) {
      if (bytes.byteOffset % 8 === 0 && bytes.buffer instanceof ArrayBuffer) return new WordDictionary(bytes.buffer, bytes.byteOffset);
      const copy = new Uint8Array(bytes.byteLength);
      copy.set(bytes);
      return new WordDictionary(copy.buffer, 0);
    }
    return new WordDictionary(bytes, 0);
  }

  /** Entry number of text[from, from + len), or -1. */
  find(text: string, from: number, len: number): number {
    return this.findHashed(text, from, len, hashUnits(text, from, len));
  }

  /**
   * {@link WordDictionary.find} with the hash of text[from, from + len) already known: FNV-1a
   * extends one unit at a time, so a caller trying every length at a position hashes each unit once.
   */
  findHashed(text: string, from: number, len: number, hash: number): number {
    if (len <= 0 || len >= GROUPS - 1) return -1;
    const first = this.groupFirst[len]!;
    const end = this.groupFirst[len + 1]!;
    if (end === first) return -1;
    const chars = this.chars;
    let slot = hash & this.mask;
    for (;;) {
      const e = this.slots[slot]! - 1;
      if (e < 0) return -1;
      if (e >= first && e < end) {
        const o = this.groupChar[len]! + (e - first) * len;
        let i = 0;
        while (i < len && chars[o + i] === text.charCodeAt(from + i)) i++;
        if (i === len) return e;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * Whether a word is in the dictionary.
   * @example dict.has('政务公开') // true
   */
  has(word: string): boolean {
    return this.find(word, 0, word.length) >= 0;
  }

  /** Frequency of an entry. */
  freq(entry: number): number {
    return this.freqs[entry]!;
  }

  /** Part-of-speech bits of an entry. */
  pos(entry: number): number {
    return this.posTable[this.posIndex[entry]!]!;
  }

  /**
   * The `{ f, p }` record of a word, or undefined.
   * @example dict.get('公开') // { f: …, p: … }
   */
  get(word: string): WordRecord | undefined {
    const e = this.find(word, 0, word.length);
    return e < 0 ? undefined : { f: this.freq(e), p: this.pos(e) };
  }
}

/**
 * The dictionary is needed and nobody handed it in (a browser that did not call loadDictionary).
 * @example try { comparePlans(a, b); } catch (e) { if (e instanceof DictionaryMissingError) await loadDictionary('/segment-dict.bin'); }
 */
export class DictionaryMissingError extends PolicyLineageError {
  constructor() {
    super(
      'IO',
      `the segmentation dictionary is not loaded: call loadDictionary(url) or useDictionary(bytes) with ${DICTIONARY_FILE} first, or pass a tokenizer`,
    );
  }
}

let current: WordDictionary | null = null;
let loads = 0;

/**
 * Hands the library the bytes of `segment-dict.bin` (e.g. fetched by a web page, or read once
 * and shared by worker threads). Later calls replace the dictionary.
 * @example useDictionary(new Uint8Array(await (await fetch('/segment-dict.bin')).arrayBuffer()));
 */
export function useDictionary(bytes: ArrayBuffer | Uint8Array): void {
  current = WordDictionary.fromBytes(bytes);
  loads++;
}

/**
 * Fetches `segment-dict.bin` from a URL (browsers, Deno, workers) and installs it; resolves when
 * the word tokenizer is ready. In Node nothing needs to be called: the file is read on first use.
 * @example await loadDictionary('/assets/segment-dict.bin'); comparePlans(a, b);
 */
export async function loadDictionary(url: string | URL): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new PolicyLineageError('IO', `${String(url)}: could not fetch the segmentation dictionary (HTTP ${response.status})`);
  useDictionary(new Uint8Array(await response.arrayBuffer()));
}

/**
 * Whether the dictionary has been loaded in this process (the parse stage never loads it).
 * @example parsePlan(text); dictionaryLoaded() // false
 */
export function dictionaryLoaded(): boolean {
  return current !== null;
}

/** Times the dictionary was installed (tests check the parse stage never loads it). */
export function dictionaryLoadCount(): number {
  return loads;
}

/** Node: the asset next to the package. */
function loadFromNode(): boolean {
  const bytes = readPackageData(DICTIONARY_FILE);
  if (!bytes) return false;
  useDictionary(bytes);
  return true;
}

/** The dictionary, loading it on first use. */
export function dictionary(): WordDictionary {
  if (!current && !loadFromNode()) throw new DictionaryMissingError();
  return current!;
}
