/** A sparse vector: feature ids in ascending order with their weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * The features of one plan's items, counted once per plan so that every comparison it takes part
 * in starts from integers: distinct features in first-seen order, each item's distinct features
 * (as indices into that list, in first-seen order) with their sublinear term frequencies, and
 * each feature's document frequency over the plan.
 */
export interface FeatureTable {
  names: string[];
  index: Map<string, number>;
  /** Per item: its distinct features, first-seen order. */
  docs: Int32Array[];
  /** Per item: 1 + ln(count) of each of its distinct features, aligned with `docs`. */
  tf: Float64Array[];
  /** Per item: whether it counts as a document (items without the feature kind may not). */
  counted: boolean[];
  df: Int32Array;
  /** Items counted as documents. */
  documents: number;
}

/** Counts the features of a list of documents (null: the item is not a document) into a {@link FeatureTable}. */
export function featureTable(documents: (string[] | null)[]): FeatureTable {
  const index = new Map<string, number>();
  const names: string[] = [];
  const df: number[] = [];
  const docs: Int32Array[] = [];
  const tf: Float64Array[] = [];
  const counted: boolean[] = [];
  let n = 0;
  const counts = new Map<number, number>();
  for (const features of documents) {
    counts.clear();
    for (const f of features ?? []) {
      let id = index.get(f);
      if (id === undefined) {
        id = names.length;
        index.set(f, id);
        names.push(f);
        df.push(0);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const { ids, tf: w } = sublinearCounts(counts);
    if (features) for (const id of ids) df[id]!++;
    docs.push(ids);
    tf.push(w);
    counted.push(features !== null);
    if (features) n++;
  }
  return { names, index, docs, tf, counted, df: Int32Array.from(df), documents: n };
}

/** Feature counts as ids (in the map's order) with their sublinear term frequencies, 1 + ln(count). */
export function sublinearCounts(counts: ReadonlyMap<number, number>): { ids: Int32Array; tf: Float64Array } {
  const ids = new Int32Array(counts.size);
  const tf = new Float64Array(counts.size);
  let k = 0;
  for (const [id, c] of counts) {
    ids[k] = id;
    tf[k++] = 1 + Math.log(c);
  }
  return { ids, tf };
}

/** Maps features (words, n-grams) to dense integer ids. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  /** Features of a table the vocabulary started from: their ids are the table's own. */
  private readonly base: ReadonlyMap<string, number> | null;
  /** Number of documents each feature occurs in. */
  readonly df: number[];
  documents = 0;
  private idfs = new Float64Array(0);
  private idfsStale = true;

  private readonly baseNames: readonly string[];
  private readonly names: string[] = [];
  /** Per-feature factors of the IDF, when a weighting was given. */
  private readonly idfFactors: number[] | null;

  /**
   * A vocabulary that starts with a table's features (ids and document frequencies as in the
   * table); `weight`, when given, scales each feature's IDF (a genre's common wording weighs less).
   */
  constructor(
    base?: FeatureTable,
    private readonly weight?: (feature: string) => number,
  ) {
    this.base = base ? base.index : null;
    this.baseNames = base ? base.names : [];
    this.df = base ? Array.from(base.df) : [];
    this.documents = base ? base.documents : 0;
    this.idfFactors = weight ? this.baseNames.map(weight) : null;
  }

  id(feature: string): number {
    let id = this.base?.get(feature);
    if (id !== undefined) return id;
    id = this.ids.get(feature);
    if (id === undefined) {
      id = this.df.length;
      this.ids.set(feature, id);
      this.names.push(feature);
      this.df.push(0);
      if (this.idfFactors) this.idfFactors.push(this.weight!(feature));
    }
    return id;
  }

  /** Records one document's features (each counted once) for document frequencies. */
  addDocument(features: Iterable<string>): void {
    this.documents++;
    this.idfsStale = true;
    for (const f of new Set(features)) this.df[this.id(f)]!++;
  }

  /**
   * Adds the documents of a table, as many calls of addDocument in the table's order would: returns
   * each table feature's id here.
   */
  addTable(table: FeatureTable): Int32Array {
    const map = new Int32Array(table.names.length);
    for (let k = 0; k < table.names.length; k++) {
      const id = this.id(table.names[k]!);
      map[k] = id;
      this.df[id]! += table.df[k]!;
    }
    this.documents += table.documents;
    this.idfsStale = true;
    return map;
  }

  private scratchSpace = new Float64Array(0);
  /** A scratch array with one slot per feature (for building vectors). */
  scratch(): Float64Array {
    if (this.scratchSpace.length < this.df.length) this.scratchSpace = new Float64Array(Math.max(this.df.length, this.scratchSpace.length * 2));
    return this.scratchSpace;
  }

  /** Smoothed inverse document frequency. */
  idf(id: number): number {
    if (this.idfsStale) {
      const idfs = new Float64Array(this.df.length);
      for (let i = 0; i < idfs.length; i++) idfs[i] = this.rawIdf(i);
      this.idfs = idfs;
      this.idfsStale = false;
    }
    // a feature met after the counts (a sentence's bigram) occurs in no document
    return id < this.idfs.length ? this.idfs[id]! : this.rawIdf(id);
  }

  private rawIdf(id: number): number {
    const idf = Math.log((this.documents + 1) / ((this.df[id] ?? 0) + 1)) + 1;
    return this.idfFactors ? idf * (this.idfFactors[id] ?? 1) : idf;
  }
}

/**
 * TF-IDF vector of one table document whose features have the ids `ids` (aligned with `tf`) in
 * `vocab`: the same vector {@link tfidf} makes of the document's features.
 */
export function tableVector(ids: Int32Array, tf: Float64Array, vocab: Vocabulary): SparseVector {
  // the weights in ascending id order, as tfidf sums them: sort the (distinct) ids, find each tf by id
  const tfOf = vocab.scratch();
  for (let k = 0; k < ids.length; k++) tfOf[ids[k]!] = tf[k]!;
  const sorted = Int32Array.from(ids).sort();
  const weights = new Float64Array(sorted.length);
  let norm = 0;
  for (let i = 0; i < sorted.length; i++) {
    const id = sorted[i]!;
    const w = tfOf[id]! * vocab.idf(id);
    weights[i] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
  return { ids: sorted, weights };
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
