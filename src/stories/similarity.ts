/** TF-IDF vectors and their cosine: the measures story clustering is built from. */

export interface Vector {
  weights: Map<string, number>;
  norm: number;
}

export type Idf = (term: string) => number;

function withNorm(weights: Map<string, number>): Vector {
  let sum = 0;
  for (const weight of weights.values()) sum += weight * weight;
  return { weights, norm: Math.sqrt(sum) };
}

/** Sublinear term frequency times IDF: a word said five times is not five times the evidence. */
export function termVector(terms: ReadonlyMap<string, number>, idf: Idf): Vector {
  const weights = new Map<string, number>();
  for (const [term, tf] of terms) weights.set(term, Math.log(1 + tf) * idf(term));
  return withNorm(weights);
}

/** Keys (entities, event signatures) weigh by rarity alone, times how many articles name them. */
export function keyVector(keys: ReadonlyMap<string, number> | readonly string[], idf: Idf): Vector {
  const weights = new Map<string, number>();
  if (Array.isArray(keys)) for (const key of keys as readonly string[]) weights.set(key, idf(key));
  else for (const [key, n] of keys as ReadonlyMap<string, number>) weights.set(key, Math.sqrt(n) * idf(key));
  return withNorm(weights);
}

export function cosine(a: Vector, b: Vector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, weight] of small.weights) {
    const other = large.weights.get(key);
    if (other !== undefined) dot += weight * other;
  }
  return dot / (a.norm * b.norm);
}
