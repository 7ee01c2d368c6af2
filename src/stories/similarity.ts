/**
 * TF-IDF vectors and their cosine: the measures story clustering is built from. Terms are interned
 * ids (see StoryClusterer), so a vector is two typed arrays, not a Map: building one, and the
 * cosine, run thousands of times per article and cost no string hashing this way.
 */

export interface Vector {
  /** Term ids, in the order of the terms given. */
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

export type Idf = (id: number) => number;

function withNorm(ids: Int32Array, weights: Float64Array): Vector {
  let sum = 0;
  for (let k = 0; k < weights.length; k++) sum += weights[k]! * weights[k]!;
  return { ids, weights, norm: Math.sqrt(sum) };
}

/** Sublinear term frequency times IDF: a word said five times is not five times the evidence. */
export function termVector(terms: ReadonlyMap<number, number>, idf: Idf): Vector {
  const ids = new Int32Array(terms.size);
  const weights = new Float64Array(terms.size);
  let k = 0;
  for (const [id, tf] of terms) {
    ids[k] = id;
    weights[k++] = Math.log(1 + tf) * idf(id);
  }
  return withNorm(ids, weights);
}

/**
 * Keys (entities, event signatures) weigh by rarity alone, times how many articles name them.
 * A list must hold each key once.
 */
export function keyVector(keys: ReadonlyMap<number, number> | readonly number[], idf: Idf): Vector {
  if (Array.isArray(keys)) {
    const list = keys as readonly number[];
    return withNorm(
      Int32Array.from(list),
      Float64Array.from(list, (id) => idf(id)),
    );
  }
  const map = keys as ReadonlyMap<number, number>;
  const ids = new Int32Array(map.size);
  const weights = new Float64Array(map.size);
  let k = 0;
  for (const [id, n] of map) {
    ids[k] = id;
    weights[k++] = Math.sqrt(n) * idf(id);
  }
  return withNorm(ids, weights);
}

/**
 * The cosine of two vectors. `scratch` is all zeros, indexed by term id, and is left so. The sum
 * runs over the smaller vector in its order (the larger is spread into `scratch` to be read), and
 * a term the larger lacks adds an exact zero.
 */
export function cosine(a: Vector, b: Vector, scratch: Float64Array): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const small = a.ids.length <= b.ids.length ? a : b;
  const large = small === a ? b : a;
  for (let k = 0; k < large.ids.length; k++) scratch[large.ids[k]!] = large.weights[k]!;
  let dot = 0;
  for (let k = 0; k < small.ids.length; k++) dot += small.weights[k]! * scratch[small.ids[k]!]!;
  for (let k = 0; k < large.ids.length; k++) scratch[large.ids[k]!] = 0;
  return dot / (a.norm * b.norm);
}
