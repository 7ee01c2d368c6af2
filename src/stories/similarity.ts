/**
 * TF-IDF vectors and their cosine: the measures story clustering is built from. Terms are interned
 * ids (see StoryClusterer), so a vector is two typed arrays, not a Map: building one, and the
 * cosine, run thousands of times per article and cost no string hashing this way. A vector is
 * refilled in place when its terms are reweighed: no new arrays (and no garbage) each time.
 */

export interface Vector {
  /** Term ids, in the order of the terms given; the first `length` count. */
  ids: Int32Array;
  /** At least `length` long; the first `length` count. */
  weights: Float64Array;
  length: number;
  norm: number;
}

export type Idf = (id: number) => number;

/** A vector to fill, with room for `capacity` terms. */
export function emptyVector(capacity = 0): Vector {
  return { ids: NO_IDS, weights: new Float64Array(capacity), length: 0, norm: 0 };
}

/** The ids of an empty vector (never written: a vector is given its ids when filled). */
const NO_IDS = new Int32Array(0);

/** Makes `vector` hold the first `count` of `ids` (the array itself, not a copy), with room for their weights. */
function prepare(vector: Vector, ids: Int32Array, count: number): Float64Array {
  vector.ids = ids;
  vector.length = count;
  if (vector.weights.length < count)
    vector.weights = new Float64Array(Math.max(count, 2 * vector.weights.length));
  return vector.weights;
}

function setNorm(vector: Vector): Vector {
  const { weights, length } = vector;
  let sum = 0;
  for (let k = 0; k < length; k++) sum += weights[k]! * weights[k]!;
  vector.norm = Math.sqrt(sum);
  return vector;
}

/**
 * Fills `into` with sublinear term frequency times IDF (a word said five times is not five times
 * the evidence) for the first `count` of `ids`, with their frequencies in `tfs`. `into` keeps `ids`
 * itself: it is valid while they do not change.
 */
export function termVector(
  ids: Int32Array,
  tfs: Float64Array,
  count: number,
  idf: Idf,
  into: Vector,
): Vector {
  const weights = prepare(into, ids, count);
  for (let k = 0; k < count; k++) weights[k] = Math.log(1 + tfs[k]!) * idf(ids[k]!);
  return setNorm(into);
}

/**
 * Fills `into` for keys (entities, event signatures), which weigh by rarity alone, times how many
 * articles name them: the first `count` of `ids`, each named `counts[k]` times (once without
 * `counts`). As for termVector, `into` keeps `ids`.
 */
export function keyVector(
  ids: Int32Array,
  counts: Float64Array | null,
  count: number,
  idf: Idf,
  into: Vector,
): Vector {
  const weights = prepare(into, ids, count);
  for (let k = 0; k < count; k++) weights[k] = counts ? Math.sqrt(counts[k]!) * idf(ids[k]!) : idf(ids[k]!);
  return setNorm(into);
}

/**
 * One vector compared with many (an article with its candidate stories and their members),
 * spread once into arrays indexed by term id, so that each comparison reads only the other
 * vector. `cosine` gives bit for bit what the plain cosine over the shorter vector gives (the
 * reference in test/stories): the same products, summed in the same order (a term one side lacks
 * adds an exact zero there, and nothing here).
 */
export class SpreadVector {
  private vector: Vector = emptyVector();
  /** Per term id: its weight in the vector, 0 if it lacks it. */
  private weightById = new Float64Array(1024);
  /** Per term id: its position in the vector + 1, 0 if it lacks it. */
  private positionById = new Int32Array(1024);
  /** Per position of the vector: its product with the other vector's weight (zeros between uses). */
  private products = new Float64Array(128);

  /** Spreads `vector` (ids below `idLimit`), until `clear`. */
  spread(vector: Vector, idLimit: number): void {
    if (idLimit > this.weightById.length) {
      this.weightById = new Float64Array(Math.max(idLimit, 2 * this.weightById.length));
      this.positionById = new Int32Array(this.weightById.length);
    }
    if (vector.length > this.products.length) this.products = new Float64Array(2 * vector.length);
    this.vector = vector;
    for (let k = 0; k < vector.length; k++) {
      this.weightById[vector.ids[k]!] = vector.weights[k]!;
      this.positionById[vector.ids[k]!] = k + 1;
    }
  }

  clear(): void {
    const { ids, length } = this.vector;
    for (let k = 0; k < length; k++) {
      this.weightById[ids[k]!] = 0;
      this.positionById[ids[k]!] = 0;
    }
    this.vector = emptyVector();
  }

  /** cosine(spread vector, other). */
  cosine(other: Vector): number {
    const a = this.vector;
    if (a.norm === 0 || other.norm === 0) return 0;
    let dot = 0;
    if (a.length <= other.length) {
      // Summed over the spread vector, in its order.
      const { products, positionById } = this;
      for (let j = 0; j < other.length; j++) {
        const at = positionById[other.ids[j]!]!;
        if (at !== 0) products[at - 1] = a.weights[at - 1]! * other.weights[j]!;
      }
      for (let k = 0; k < a.length; k++) {
        dot += products[k]!;
        products[k] = 0;
      }
    } else {
      // Summed over the other, in its order.
      const { weightById } = this;
      for (let j = 0; j < other.length; j++) dot += other.weights[j]! * weightById[other.ids[j]!]!;
    }
    return dot / (a.norm * other.norm);
  }
}
