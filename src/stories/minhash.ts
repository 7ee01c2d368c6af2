/**
 * MinHash signatures over word shingles of the normalised body: syndicated copies and re-posts
 * (same text, other boilerplate or a changed word) have nearly equal signatures.
 */
import { tokenize } from '../text/tokenize.js';
import type { Span } from '../types.js';

export const SIGNATURE_SIZE = 64;
const SHINGLE_WORDS = 4;
/** Bands of rows for locality-sensitive bucketing: 16 × 4 finds pairs above ~0.6 Jaccard. */
export const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A 32-bit mixer (murmur3 finaliser): turns one hash into the i-th independent-looking one. */
function mix(hash: number, seed: number): number {
  let h = (hash ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function shingleHashes(text: string, spans: readonly Span[]): Set<number> {
  const words: string[] = [];
  for (const span of spans) {
    for (const token of tokenize(text, span.start, span.end)) {
      if (token.kind === 'word' || token.kind === 'latin' || token.kind === 'number') words.push(token.norm);
    }
  }
  const hashes = new Set<number>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length > 0) hashes.add(fnv1a(words.join(' ')));
    return hashes;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) hashes.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return hashes;
}

/** The signature, or null for a text too short to compare. */
export function minhash(text: string, spans: readonly Span[]): Uint32Array | null {
  const hashes = shingleHashes(text, spans);
  if (hashes.size === 0) return null;
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const hash of hashes) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix(hash, i + 1);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** Bucket keys, one a band: two signatures sharing any key are candidates. */
export function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    keys.push(`${band}:${Array.from(signature.subarray(band * ROWS, (band + 1) * ROWS)).join('.')}`);
  }
  return keys;
}
