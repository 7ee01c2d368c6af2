/**
 * Which stories hold a term, by the story's first day (its anchor): a dated article looks only at
 * the stories anchored in its window, so a common word ("سوريا") does not drag in every story of
 * the year. A story that fits in an article's window has all its days, the first among them, in
 * [day − window, day + window], so the anchor alone finds it; one posting per story and term
 * (not one per story day) keeps the index small and the posting cheap. Undated stories sit in
 * their own list; an undated article, having no window, still looks at all stories holding the term.
 *
 * Terms are interned ids (see StoryClusterer). Each list holds (story, stamp) pairs in the order
 * they were posted; the stamp orders the postings of a term for an undated query. Plain arrays,
 * not Maps and Sets: millions of postings over a long stream stay compact, and a query reads a
 * term's anchors from one array.
 */

interface Postings {
  /** The anchor days the term is posted under, increasing; `lists[i]` holds the pairs for `days[i]`. */
  days: number[];
  lists: number[][];
  undated: number[] | null;
}

/** Removes the pair of `story` from a list, keeping the others in order; returns its stamp (−1 if absent). */
function removePair(list: number[] | null | undefined, story: number): number {
  if (!list) return -1;
  for (let i = 0; i < list.length; i += 2) {
    if (list[i] === story) {
      const stamp = list[i + 1]!;
      list.splice(i, 2);
      return stamp;
    }
  }
  return -1;
}

/** The first position in the increasing `days` whose day is at least `day`. */
function firstAtLeast(days: readonly number[], day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (days[mid]! < day) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Inserts a day and its list at `at` (splice without the array of removed items it returns). */
function insertAt(days: number[], lists: number[][], at: number, day: number, list: number[]): void {
  days.push(day);
  lists.push(list);
  for (let i = days.length - 1; i > at; i--) {
    days[i] = days[i - 1]!;
    lists[i] = lists[i - 1]!;
  }
  days[at] = day;
  lists[at] = list;
}

export class TermIndex {
  private readonly byTerm: (Postings | undefined)[] = [];
  private clock = 0;

  /**
   * Posts the terms of a story anchored at `anchor` (null: undated), each with a new stamp. A
   * story must not already be posted under a term it is given again.
   */
  add(story: number, terms: ArrayLike<number>, anchor: number | null): void {
    const stamp = ++this.clock;
    for (let t = 0; t < terms.length; t++) this.post(story, terms[t]!, anchor, stamp);
  }

  /** Takes the story's posting of the term away. */
  remove(story: number, term: number, anchor: number | null): void {
    this.take(story, term, anchor);
  }

  /**
   * Re-anchors the story's postings of the terms (it took an earlier day): each goes to the end of
   * its new list, with its stamp, as though posted there now.
   */
  move(story: number, terms: ArrayLike<number>, from: number, to: number): void {
    for (let t = 0; t < terms.length; t++) {
      const stamp = this.take(story, terms[t]!, from);
      if (stamp >= 0) this.post(story, terms[t]!, to, stamp);
    }
  }

  /**
   * Appends to `out` the (story, stamp) lists of the stories holding the term anchored on each
   * day of [day − window, day + window] (in that order), then the undated one: each story once.
   * For no day: one list of all the stories holding the term, by stamp. Lists, not a callback or
   * generator: the caller's loop over them runs for each of an article's query terms.
   */
  postings(term: number, day: number | null, window: number, out: (readonly number[])[]): void {
    const postings = this.byTerm[term];
    if (!postings) return;
    if (day === null) {
      out.push(allStories(postings));
      return;
    }
    const { days, lists } = postings;
    for (let at = firstAtLeast(days, day - window); at < days.length && days[at]! <= day + window; at++)
      out.push(lists[at]!);
    if (postings.undated) out.push(postings.undated);
  }

  /** The stories `postings` gives, as a list. */
  stories(term: number, day: number | null, window: number): number[] {
    const lists: (readonly number[])[] = [];
    this.postings(term, day, window, lists);
    const out: number[] = [];
    for (const list of lists) for (let i = 0; i < list.length; i += 2) out.push(list[i]!);
    return out;
  }

  private post(story: number, term: number, anchor: number | null, stamp: number): void {
    // Filled up to the id (not a sparse write), so the array stays in fast elements.
    while (this.byTerm.length <= term) this.byTerm.push(undefined);
    let postings = this.byTerm[term];
    if (!postings) this.byTerm[term] = postings = { days: [], lists: [], undated: null };
    if (anchor === null) {
      (postings.undated ??= []).push(story, stamp);
      return;
    }
    const { days, lists } = postings;
    // Most postings go to the term's latest anchor, or a later one: no search, no insertion.
    const last = days.length - 1;
    if (last >= 0 && days[last] === anchor) lists[last]!.push(story, stamp);
    else if (last < 0 || days[last]! < anchor) {
      days.push(anchor);
      lists.push([story, stamp]);
    } else {
      const at = firstAtLeast(days, anchor);
      if (days[at] === anchor) lists[at]!.push(story, stamp);
      else insertAt(days, lists, at, anchor, [story, stamp]);
    }
  }

  /** Removes the story's posting of the term under `anchor`; returns its stamp (−1 if absent). */
  private take(story: number, term: number, anchor: number | null): number {
    const postings = this.byTerm[term];
    if (!postings) return -1;
    if (anchor === null) return removePair(postings.undated, story);
    const at = firstAtLeast(postings.days, anchor);
    return postings.days[at] === anchor ? removePair(postings.lists[at], story) : -1;
  }
}

/** Each story holding the term once, by stamp. */
function allStories(postings: Postings): number[] {
  const pairs: [number, number][] = [];
  for (const list of postings.lists)
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i]!, list[i + 1]!]);
  const undated = postings.undated ?? [];
  for (let i = 0; i < undated.length; i += 2) pairs.push([undated[i]!, undated[i + 1]!]);
  pairs.sort((a, b) => a[1] - b[1]);
  return pairs.flat();
}
