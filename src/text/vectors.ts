/** A sparse vector: feature ids in ascending order with their weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Maps features (words, n-grams) to dense integer ids. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  /** Number of documents each feature occurs in. */
  readonly df: number[] = [];
  documents = 0;

  id(feature: string): number {
    let id = this.ids.get(feature);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(feature, id);
      this.df.push(0);
    }
    return id;
  }

  private idfCache: number[] = [];

  /** Records one document's features (each counted once) for document frequencies. */
  addDocument(features: Iterable<string>): void {
    this.documents++;
    this.idfCache = [];
    for (const f of new Set(features)) this.df[this.id(f)]!++;
  }

  /** Smoothed inverse document frequency. */
  idf(id: number): number {
    let v = this.idfCache[id];
    if (v === undefined) {
      v = Math.log((this.documents + 1) / ((this.df[id] ?? 0) + 1)) + 1;
      this.idfCache[id] = v;
    }
    return v;
  }
}

/** TF-IDF vector (sublinear tf, L2-normalised) of a bag of features. */
export function tfidf(features: string[], vocab: Vocabulary): SparseVector {
  const counts = new Map<number, number>();
  for (const f of features) {
    const id = vocab.id(f);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const ids = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const weights = new Float64Array(ids.length);
  let norm = 0;
  ids.forEach((id, i) => {
    const w = (1 + Math.log(counts.get(id)!)) * vocab.idf(id);
    weights[i] = w;
    norm += w * w;
  });
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
  return { ids, weights };
}

/** Dot product of two sparse vectors (their cosine when both are normalised). */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) s += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Character n-grams of a string (the string itself when shorter than n); characters, not UTF-16 units. */
export function charNgrams(s: string, n: number): string[] {
  // plans are almost all BMP text, where a character is one code unit and slicing is cheap
  const chars = /[\ud800-\udfff]/.test(s) ? [...s] : null;
  const length = chars ? chars.length : s.length;
  if (length < n) return length ? [s] : [];
  const out: string[] = new Array(length - n + 1);
  for (let i = 0; i + n <= length; i++) out[i] = chars ? chars.slice(i, i + n).join('') : s.slice(i, i + n);
  return out;
}

/**
 * IDF-weighted containment: how much of `part` (by the weight of its distinct features) occurs in
 * `whole`. 1 when every feature of part is in whole — a requirement cut down or split off.
 */
export function containment(part: SparseVector, whole: SparseVector, vocab: Vocabulary): number {
  let total = 0;
  let hit = 0;
  let j = 0;
  for (let i = 0; i < part.ids.length; i++) {
    const id = part.ids[i]!;
    const w = vocab.idf(id);
    total += w;
    while (j < whole.ids.length && whole.ids[j]! < id) j++;
    if (j < whole.ids.length && whole.ids[j] === id) hit += w;
  }
  return total ? hit / total : 0;
}
