/**
 * Learning word classes from unlabelled text, for the tagger's cluster features. Each frequent
 * word is described by the words around it (PPMI over left and right neighbours at distance 1
 * and 2), squeezed to a short dense vector by a random projection, then grouped by a
 * hierarchical spherical k-means, so that every word gets a path of class ids from coarse to
 * fine, like a Brown-cluster bit string. Names that occur in the same frames ("قال الرئيس _",
 * "في مدينة _") fall into the same classes even when the labelled corpus never saw them.
 */
import { normalize } from '../../text/normalize.js';
import { seededRandom } from './perceptron.js';

export interface WordClassOptions {
  /** Words seen fewer times get no class. */
  minCount: number;
  /** At most this many words (the most frequent) get a class. */
  maxWords: number;
  /** How many of the most frequent words serve as context dimensions. */
  contextWords: number;
  /** Width of the dense vectors. */
  dims: number;
  /** Branching factor of each level of the hierarchy, e.g. [32, 8, 8]. */
  branching: number[];
  iterations: number;
  seed: number;
}

/** Tokens as ANERcorp cuts them: letter/digit runs with their clitics, punctuation apart. */
export function corpusTokens(text: string): string[] {
  return (text.match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu) ?? []).map(normalize);
}

/** Counts words and, for the kept words, their context words at offsets −2, −1, +1, +2. */
export class ContextCounter {
  readonly counts = new Map<string, number>();
  private readonly sentences: string[][] = [];

  add(tokens: string[]): void {
    for (const t of tokens) this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
    this.sentences.push(tokens);
  }

  /** Dense vectors (row per kept word) and the kept words, in order of frequency. */
  vectors(opts: WordClassOptions): { words: string[]; vectors: Float32Array } {
    const byFreq = [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const words = byFreq
      .filter(([, c]) => c >= opts.minCount)
      .slice(0, opts.maxWords)
      .map(([w]) => w);
    const wordId = new Map(words.map((w, i) => [w, i]));
    const contextId = new Map(byFreq.slice(0, opts.contextWords).map(([w], i) => [w, i]));
    const OFFSETS = [-2, -1, 1, 2];
    const C = opts.contextWords * OFFSETS.length;
    // Sparse co-occurrence counts per word: key = context dimension.
    const cooc: Map<number, number>[] = words.map(() => new Map());
    const contextTotals = new Float64Array(C);
    let total = 0;
    for (const sentence of this.sentences) {
      for (let i = 0; i < sentence.length; i++) {
        const w = wordId.get(sentence[i]!);
        if (w === undefined) continue;
        OFFSETS.forEach((offset, o) => {
          const j = i + offset;
          const ctx = j < 0 ? '<s>' : j >= sentence.length ? '</s>' : sentence[j]!;
          const c = contextId.get(ctx);
          if (c === undefined) return;
          const dim = o * opts.contextWords + c;
          const row = cooc[w]!;
          row.set(dim, (row.get(dim) ?? 0) + 1);
          contextTotals[dim]! += 1;
          total++;
        });
      }
    }
    // The PPMI matrix, one sparse row per word (CSR).
    const rowStart = new Int32Array(words.length + 1);
    const cols: number[] = [];
    const vals: number[] = [];
    cooc.forEach((row, w) => {
      let rowTotal = 0;
      for (const n of row.values()) rowTotal += n;
      for (const [dim, n] of [...row].sort((a, b) => a[0] - b[0])) {
        // Positive PMI, with the context distribution smoothed (^0.75) as word2vec does.
        const pmi = Math.log((n * total) / (rowTotal * contextTotals[dim]! ** 0.75 * total ** 0.25));
        if (pmi <= 0) continue;
        cols.push(dim);
        vals.push(pmi);
      }
      rowStart[w + 1] = cols.length;
    });
    const ppmi: SparseRows = {
      rowStart,
      cols: Int32Array.from(cols),
      vals: Float32Array.from(vals),
      width: C,
    };
    const vectors = topLeftSubspace(ppmi, opts.dims, 2, seededRandom(opts.seed));
    for (let w = 0; w < words.length; w++) normalizeRow(vectors, w * opts.dims, opts.dims);
    this.sentences.length = 0; // the raw text is no longer needed
    return { words, vectors };
  }
}

interface SparseRows {
  rowStart: Int32Array;
  cols: Int32Array;
  vals: Float32Array;
  width: number;
}

/** Y = A·M for sparse A (n × width) and dense M (width × k, row-major). */
function sparseTimesDense(a: SparseRows, m: Float64Array, k: number): Float64Array {
  const n = a.rowStart.length - 1;
  const y = new Float64Array(n * k);
  for (let r = 0; r < n; r++) {
    const yb = r * k;
    for (let p = a.rowStart[r]!; p < a.rowStart[r + 1]!; p++) {
      const v = a.vals[p]!;
      const mb = a.cols[p]! * k;
      for (let d = 0; d < k; d++) y[yb + d]! += v * m[mb + d]!;
    }
  }
  return y;
}

/** Z = Aᵀ·Y for sparse A (n × width) and dense Y (n × k). */
function sparseTransposeTimesDense(a: SparseRows, y: Float64Array, k: number): Float64Array {
  const z = new Float64Array(a.width * k);
  const n = a.rowStart.length - 1;
  for (let r = 0; r < n; r++) {
    const yb = r * k;
    for (let p = a.rowStart[r]!; p < a.rowStart[r + 1]!; p++) {
      const v = a.vals[p]!;
      const zb = a.cols[p]! * k;
      for (let d = 0; d < k; d++) z[zb + d]! += v * y[yb + d]!;
    }
  }
  return z;
}

/** Orthonormalises the k columns of a row-major n × k matrix in place (modified Gram–Schmidt). */
function orthonormalizeColumns(m: Float64Array, n: number, k: number): void {
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < j; i++) {
      let dot = 0;
      for (let r = 0; r < n; r++) dot += m[r * k + i]! * m[r * k + j]!;
      for (let r = 0; r < n; r++) m[r * k + j]! -= dot * m[r * k + i]!;
    }
    let norm = 0;
    for (let r = 0; r < n; r++) norm += m[r * k + j]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < n; r++) m[r * k + j]! /= norm;
  }
}

/**
 * An orthonormal basis of A's top-k left singular subspace by randomised range finding with
 * power iterations (Halko et al. 2011); its rows are the words' coordinates in that subspace,
 * i.e. truncated-SVD embeddings without the singular-value weighting.
 */
function topLeftSubspace(
  a: SparseRows,
  k: number,
  powerIterations: number,
  random: () => number,
): Float32Array {
  const n = a.rowStart.length - 1;
  const gaussian = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  let y = sparseTimesDense(a, Float64Array.from({ length: a.width * k }, gaussian), k);
  for (let q = 0; q < powerIterations; q++) {
    orthonormalizeColumns(y, n, k);
    const z = sparseTransposeTimesDense(a, y, k);
    orthonormalizeColumns(z, a.width, k);
    y = sparseTimesDense(a, z, k);
  }
  orthonormalizeColumns(y, n, k);
  return Float32Array.from(y);
}

function normalizeRow(v: Float32Array, base: number, dims: number): void {
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += v[base + d]! ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) v[base + d]! /= norm;
}

/** Spherical k-means of the rows `members` into k groups; returns each member's group. */
function sphericalKMeans(
  vectors: Float32Array,
  dims: number,
  members: Int32Array,
  k: number,
  iterations: number,
  random: () => number,
): Int32Array {
  const assign = new Int32Array(members.length);
  if (members.length <= k) {
    assign.forEach((_, i) => (assign[i] = i));
    return assign;
  }
  const centroids = new Float32Array(k * dims);
  // Seeds: k distinct members drawn at random (frequency order would seed with particles only).
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(random() * members.length));
  [...picked].forEach((m, c) =>
    centroids.set(vectors.subarray(members[m]! * dims, members[m]! * dims + dims), c * dims),
  );
  for (let iter = 0; iter < iterations; iter++) {
    for (let i = 0; i < members.length; i++) {
      const base = members[i]! * dims;
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const cb = c * dims;
        for (let d = 0; d < dims; d++) dot += vectors[base + d]! * centroids[cb + d]!;
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      assign[i] = arg;
    }
    centroids.fill(0);
    for (let i = 0; i < members.length; i++) {
      const base = members[i]! * dims;
      const cb = assign[i]! * dims;
      for (let d = 0; d < dims; d++) centroids[cb + d]! += vectors[base + d]!;
    }
    for (let c = 0; c < k; c++) normalizeRow(centroids, c * dims, dims);
  }
  return assign;
}

/** Word → class path ids from coarse to fine ('12', '12.3', '12.3.5'). */
export function hierarchicalClasses(
  words: readonly string[],
  vectors: Float32Array,
  opts: WordClassOptions,
): Map<string, string[]> {
  const random = seededRandom(opts.seed + 1);
  const paths: string[][] = words.map(() => []);
  let groups: Int32Array[] = [Int32Array.from(words, (_, i) => i)];
  for (const k of opts.branching) {
    const next: Int32Array[] = [];
    for (const members of groups) {
      const assign = sphericalKMeans(vectors, opts.dims, members, k, opts.iterations, random);
      const buckets: number[][] = Array.from({ length: k }, () => []);
      members.forEach((w, i) => {
        buckets[assign[i]!]!.push(w);
        const path = paths[w]!;
        path.push(path.length ? `${path[path.length - 1]}.${assign[i]}` : String(assign[i]));
      });
      for (const bucket of buckets) if (bucket.length) next.push(Int32Array.from(bucket));
    }
    groups = next;
  }
  return new Map(words.map((w, i) => [w, paths[i]!]));
}
