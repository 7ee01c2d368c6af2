/**
 * Which stories hold a term, by the story's first day (its anchor): a dated article looks only at
 * the stories anchored in its window, so a common word ("سوريا") does not drag in every story of
 * the year. A story that fits in an article's window has all its days, the first among them, in
 * [day − window, day + window], so the anchor alone finds it; one posting per story and term
 * (not one per story day) keeps the index small and the posting cheap. Undated stories come after
 * all days; an undated article, having no window, still looks at all stories holding the term.
 *
 * Terms are interned ids (see StoryClusterer). A term's postings are (anchor, story, stamp)
 * triples in one Int32Array, ordered by anchor and, within an anchor, as they were posted; the
 * stamp orders them for an undated query. Typed arrays, not lists of lists: the million postings
 * of a long stream stay compact and off the garbage-collected heap.
 */

/** The anchor of undated stories: after every day. */
const UNDATED = 0x7fffffff;
/** Int32s per posting: anchor, story, stamp. */
const STRIDE = 3;

/** The first posting in entries[0, length) whose anchor is at least `anchor` (binary search), as an offset. */
function firstAtLeast(entries: Int32Array, length: number, anchor: number): number {
  let low = 0;
  let high = length / STRIDE;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (entries[mid * STRIDE]! < anchor) low = mid + 1;
    else high = mid;
  }
  return low * STRIDE;
}

export class TermIndex {
  /** Per term id: its postings (see above), the first `lengths[term]` int32s of which count. */
  private entries: (Int32Array | undefined)[] = [];
  private lengths = new Int32Array(1024);
  private clock = 0;

  /**
   * Posts the terms of a story anchored at `anchor` (null: undated), each with a new stamp. A
   * story must not already be posted under a term it is given again.
   */
  add(story: number, terms: ArrayLike<number>, anchor: number | null): void {
    const stamp = ++this.clock;
    for (let t = 0; t < terms.length; t++) this.post(story, terms[t]!, anchor ?? UNDATED, stamp);
  }

  /** Takes the story's posting of the term away. */
  remove(story: number, term: number, anchor: number | null): void {
    this.take(story, term, anchor ?? UNDATED);
  }

  /**
   * Re-anchors the story's postings of the terms (it took an earlier day): each goes after the
   * postings of its new anchor, with its stamp, as though posted there now.
   */
  move(story: number, terms: ArrayLike<number>, from: number, to: number): void {
    for (let t = 0; t < terms.length; t++) {
      const stamp = this.take(story, terms[t]!, from);
      if (stamp >= 0) this.post(story, terms[t]!, to, stamp);
    }
  }

  /**
   * The postings a query on the term reads: returns their array and appends to `ranges` the
   * [start, end) offsets to read, stories at offset + 1. For a day: the stories anchored on each
   * day of [day − window, day + window] (in that order), then the undated ones, each once. For no
   * day: all the stories holding the term, by stamp (in a new array). Null if no story holds it.
   */
  postings(term: number, day: number | null, window: number, ranges: number[]): Int32Array | null {
    const entries = this.entries[term];
    const length = term < this.lengths.length ? this.lengths[term]! : 0;
    if (!entries || length === 0) return null;
    if (day === null) {
      ranges.push(0, length);
      return byStamp(entries, length);
    }
    const start = firstAtLeast(entries, length, day - window);
    let end = start;
    while (end < length && entries[end]! <= day + window) end += STRIDE;
    if (end > start) ranges.push(start, end);
    const undated = entries[length - STRIDE] === UNDATED ? firstAtLeast(entries, length, UNDATED) : length;
    if (undated < length) ranges.push(undated, length);
    return entries;
  }

  /** The stories `postings` gives, as a list. */
  stories(term: number, day: number | null, window: number): number[] {
    const ranges: number[] = [];
    const entries = this.postings(term, day, window, ranges);
    const out: number[] = [];
    for (let r = 0; r < ranges.length; r += 2)
      for (let i = ranges[r]!; i < ranges[r + 1]!; i += STRIDE) out.push(entries![i + 1]!);
    return out;
  }

  private post(story: number, term: number, anchor: number, stamp: number): void {
    if (term >= this.lengths.length) {
      const lengths = new Int32Array(Math.max(term + 1, 2 * this.lengths.length));
      lengths.set(this.lengths);
      this.lengths = lengths;
    }
    // Filled up to the id (not a sparse write), so the array stays in fast elements.
    while (this.entries.length <= term) this.entries.push(undefined);
    const length = this.lengths[term]!;
    let entries = this.entries[term];
    if (!entries || entries.length < length + STRIDE) {
      const grown = new Int32Array(Math.max(2 * STRIDE, 2 * length));
      if (entries) grown.set(entries.subarray(0, length));
      this.entries[term] = entries = grown;
    }
    // Most postings go after all others (the latest anchor, or a later one): no search, no shift.
    let at = length;
    if (length > 0 && entries[length - STRIDE]! > anchor) {
      at = firstAtLeast(entries, length, anchor + 1);
      entries.copyWithin(at + STRIDE, at, length);
    }
    entries[at] = anchor;
    entries[at + 1] = story;
    entries[at + 2] = stamp;
    this.lengths[term] = length + STRIDE;
  }

  /** Removes the story's posting of the term under `anchor`; returns its stamp (−1 if absent). */
  private take(story: number, term: number, anchor: number): number {
    const entries = this.entries[term];
    if (!entries) return -1;
    const length = this.lengths[term]!;
    for (
      let at = firstAtLeast(entries, length, anchor);
      at < length && entries[at] === anchor;
      at += STRIDE
    ) {
      if (entries[at + 1] !== story) continue;
      const stamp = entries[at + 2]!;
      entries.copyWithin(at, at + STRIDE, length);
      this.lengths[term] = length - STRIDE;
      return stamp;
    }
    return -1;
  }
}

/** The postings sorted by stamp (each story once), in a new array. */
function byStamp(entries: Int32Array, length: number): Int32Array {
  const order = Array.from({ length: length / STRIDE }, (_, k) => k * STRIDE).sort(
    (a, b) => entries[a + 2]! - entries[b + 2]!,
  );
  const out = new Int32Array(length);
  order.forEach((from, k) => out.set(entries.subarray(from, from + STRIDE), k * STRIDE));
  return out;
}
