/**
 * MinHash signatures over word shingles of the normalised body: syndicated copies and re-posts
 * (same text, other boilerplate or a changed word) have nearly equal signatures.
 */
import { tokenize, type Token } from '../text/tokenize.js';
import type { Span } from '../types.js';

export const SIGNATURE_SIZE = 64;
const SHINGLE_WORDS = 4;
/** Bands of rows for locality-sensitive bucketing: 16 × 4 finds pairs above ~0.6 Jaccard. */
export const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of words[from..to) joined by spaces, without building the joined string. */
function fnv1aWords(words: readonly string[], from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let w = from; w < to; w++) {
    if (w > from) hash = Math.imul(hash ^ 0x20, FNV_PRIME);
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  }
  return hash >>> 0;
}

/** The normalised words (word, Latin and number tokens) of the spans. */
function shingleWords(
  text: string,
  spans: readonly Span[],
  tokens?: readonly (readonly Token[])[],
): string[] {
  const words: string[] = [];
  spans.forEach((span, k) => {
    for (const token of tokens?.[k] ?? tokenize(text, span.start, span.end)) {
      if (token.kind === 'word' || token.kind === 'latin' || token.kind === 'number') words.push(token.norm);
    }
  });
  return words;
}

/** The hash of each shingle, repeats included (they do not change a minimum). */
function shingleList(words: readonly string[]): Uint32Array {
  if (words.length < SHINGLE_WORDS)
    return words.length > 0 ? Uint32Array.of(fnv1aWords(words, 0, words.length)) : new Uint32Array(0);
  const out = new Uint32Array(words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < out.length; i++) out[i] = fnv1aWords(words, i, i + SHINGLE_WORDS);
  return out;
}

export function shingleHashes(text: string, spans: readonly Span[]): Set<number> {
  return new Set(shingleList(shingleWords(text, spans)));
}

/** Math.imul(seed, 0x9e3779b1) of each signature row's seed (i + 1): the mixer's per-row constant. */
const SEED_MIX = Int32Array.from({ length: SIGNATURE_SIZE }, (_, i) => Math.imul(i + 1, 0x9e3779b1));

/**
 * The signature, or null for a text too short to compare. `tokens`, when given, are the spans'
 * tokens. Row by row, each row's minimum over the shingles of a murmur3 finaliser mix of the
 * shingle hash with the row's seed (the loops are ordered so that the minimum stays in a local).
 */
export function minhash(
  text: string,
  spans: readonly Span[],
  tokens?: readonly (readonly Token[])[],
): Uint32Array | null {
  const hashes = shingleList(shingleWords(text, spans, tokens));
  if (hashes.length === 0) return null;
  const signature = new Uint32Array(SIGNATURE_SIZE);
  // Two rows per pass over the shingles, each minimum in a local. The mix runs on int32s and the
  // minimum is taken with the sign bit flipped (a signed comparison that orders as unsigned), so
  // no value leaves the int32 range: the same bits as the unsigned arithmetic of murmur3.
  for (let row = 0; row < SIGNATURE_SIZE; row += 2) {
    const seedA = SEED_MIX[row]!;
    const seedB = SEED_MIX[row + 1]!;
    let minA = 0x7fffffff;
    let minB = 0x7fffffff;
    for (let k = 0; k < hashes.length; k++) {
      const hash = hashes[k]!;
      const a = mixSigned(hash, seedA);
      if (a < minA) minA = a;
      const b = mixSigned(hash, seedB);
      if (b < minB) minB = b;
    }
    signature[row] = minA ^ 0x80000000;
    signature[row + 1] = minB ^ 0x80000000;
  }
  return signature;
}

/**
 * murmur3's finaliser over a shingle hash mixed with a row's seed, on int32s, with the sign bit
 * flipped: a signed comparison of two results orders them as their unsigned values.
 */
function mixSigned(hash: number, seed: number): number {
  let h = hash ^ seed;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h ^ 0x80000000;
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/**
 * Bucket keys, one a band (in band order): a hash of the band's four values, small enough to be
 * an integer Map key. Two signatures are candidates when some band has equal values (`sameBand`);
 * equal hashes alone do not make them so.
 */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let hash = FNV_OFFSET;
    for (let row = band * ROWS; row < (band + 1) * ROWS; row++)
      hash = Math.imul(hash ^ signature[row]!, FNV_PRIME);
    keys.push((hash ^ (hash >>> 15)) & 0x3fffffff);
  }
  return keys;
}

/** Whether the two signatures agree on every row of the band. */
export function sameBand(a: Uint32Array, b: Uint32Array, band: number): boolean {
  for (let row = band * ROWS; row < (band + 1) * ROWS; row++) if (a[row] !== b[row]) return false;
  return true;
}
