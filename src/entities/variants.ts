/**
 * Transliterated names are spelled many ways (بلينكن / بلنكين, أمريكي / أميركي, رومانوفسكي /
 * رومانوكسي). Normalisation (src/text/normalize.ts) meets the alef, yeh and hamza variants; this
 * module meets the rest: a consonant skeleton that drops the long vowels inside a word, and a
 * weighted edit distance for what is left. Both are gated by length: short words collide.
 */

/** Long vowels and weak letters a transliteration adds or drops inside a word. */
const VOWELS = new Set(['ا', 'و', 'ي']);

/** The consonant skeleton of a key: long vowels dropped except a word's first letter. */
export function skeleton(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const c = key[i]!;
    if (c === ' ') {
      out += c;
      continue;
    }
    const wordStart = i === 0 || key[i - 1] === ' ';
    if (!wordStart && VOWELS.has(c)) continue;
    out += c;
  }
  return out;
}

/** Letters that transliterations swap for one another: a cheaper substitution. */
const CLOSE_PAIRS = [
  'تط',
  'سص',
  'دض',
  'كق',
  'زذ',
  'هة',
  'غج',
  'فڤ',
  'يى',
  'وؤ',
  'يئ',
  'ثس',
  'ظز',
  'كج',
  'غق',
];
const CLOSE = new Set<string>();
for (const p of CLOSE_PAIRS) {
  CLOSE.add(p[0]! + p[1]!);
  CLOSE.add(p[1]! + p[0]!);
}

function substCost(a: string, b: string): number {
  if (a === b) return 0;
  if (CLOSE.has(a + b)) return 0.5;
  if (VOWELS.has(a) && VOWELS.has(b)) return 0.5;
  return 1;
}

function indelCost(c: string): number {
  return VOWELS.has(c) ? 0.4 : 1;
}

/**
 * Weighted edit distance: inserting or dropping a long vowel costs 0.4, swapping close letters
 * 0.5, and a transposition of neighbours 0.6 (بلنكين / بلينكن), anything else 1. Stops early and
 * returns `limit + 1` once the distance must exceed `limit`.
 */
export function weightedDistance(a: string, b: string, limit = 2): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit / 0.4 + 1) return limit + 1;
  let prev2 = new Float64Array(m + 1);
  let prev = new Float64Array(m + 1);
  let cur = new Float64Array(m + 1);
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + indelCost(b[j - 1]!);
  for (let i = 1; i <= n; i++) {
    cur[0] = prev[0]! + indelCost(a[i - 1]!);
    let rowMin = cur[0]!;
    for (let j = 1; j <= m; j++) {
      let v = Math.min(
        prev[j]! + indelCost(a[i - 1]!),
        cur[j - 1]! + indelCost(b[j - 1]!),
        prev[j - 1]! + substCost(a[i - 1]!, b[j - 1]!),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 0.6);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m]!;
}

/** The shortest key a fuzzy match may involve: short words collide with ordinary words. */
export const MIN_FUZZY_LENGTH = 5;

/** The distance allowed between two keys of this length. */
export function fuzzyLimit(length: number): number {
  if (length < MIN_FUZZY_LENGTH) return 0;
  if (length < 7) return 1;
  return 1.5;
}

/**
 * An index of single-word name keys (surnames, one-word names) by skeleton, for words the exact
 * matcher missed: a candidate must share the skeleton and lie within the weighted distance.
 */
export class FuzzyIndex<P> {
  private readonly bySkeleton = new Map<string, { key: string; payload: P }[]>();

  add(key: string, payload: P): void {
    if (key.length < MIN_FUZZY_LENGTH || key.includes(' ')) return;
    const sk = skeleton(key);
    if (sk.length < 3) return;
    const list = this.bySkeleton.get(sk);
    if (list) list.push({ key, payload });
    else this.bySkeleton.set(sk, [{ key, payload }]);
  }

  /** The payloads of the closest indexed keys to `key` (other than itself), or [] when none is close enough. */
  lookup(key: string): P[] {
    if (key.length < MIN_FUZZY_LENGTH || key.startsWith('ال')) return [];
    const list = this.bySkeleton.get(skeleton(key));
    if (!list) return [];
    const limit = fuzzyLimit(key.length);
    let best = Infinity;
    let out: P[] = [];
    for (const c of list) {
      const d = weightedDistance(key, c.key, limit);
      if (d > limit || c.key === key) continue;
      if (d < best) {
        best = d;
        out = [c.payload];
      } else if (d === best && !out.includes(c.payload)) out.push(c.payload);
    }
    return out;
  }
}
