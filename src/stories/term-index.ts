/**
 * Which stories hold a term, by day: a dated article looks only at the days of its window, so a
 * common word ("سوريا") does not drag in every story of the year. Undated stories sit in their own
 * list; an undated article, having no window, still looks at all stories holding the term.
 *
 * Each list holds (story, stamp) pairs in the order they were posted; the stamp counts `add`
 * calls. Plain number arrays, not Sets: millions of postings over a long stream, kept compact.
 */

interface Postings {
  /** Day number → [story, stamp, story, stamp, …]. */
  byDay: Map<number, number[]>;
  undated: number[] | null;
}

/** Removes the pair of `story` from a list, keeping the others in order. */
function removePair(list: number[] | null | undefined, story: number): void {
  if (!list) return;
  for (let i = 0; i < list.length; i += 2) {
    if (list[i] === story) {
      list.splice(i, 2);
      return;
    }
  }
}

export class TermIndex<K = string> {
  private readonly byTerm = new Map<K, Postings>();
  /** Per story: the day it was first posted under (its lists by that day keep its posting order for all days). */
  private readonly firstDay = new Map<number, number>();
  private clock = 0;

  /**
   * Posts the terms under each of the story's days (or as undated). A story must not already be
   * posted under a term and day it is given again.
   */
  add(story: number, terms: Iterable<K>, days: Iterable<number> | null): void {
    const stamp = ++this.clock;
    const keys = days ? [...days] : null;
    if (keys && keys.length > 0 && !this.firstDay.has(story)) this.firstDay.set(story, keys[0]!);
    for (const term of terms) {
      let postings = this.byTerm.get(term);
      if (!postings) this.byTerm.set(term, (postings = { byDay: new Map(), undated: null }));
      if (!keys) {
        (postings.undated ??= []).push(story, stamp);
        continue;
      }
      for (const key of keys) {
        const list = postings.byDay.get(key);
        if (list) list.push(story, stamp);
        else postings.byDay.set(key, [story, stamp]);
      }
    }
  }

  remove(story: number, term: K, days: Iterable<number> | null): void {
    const postings = this.byTerm.get(term);
    if (!postings) return;
    if (!days) removePair(postings.undated, story);
    else for (const key of days) removePair(postings.byDay.get(key), story);
  }

  /**
   * Appends to `out` the (story, stamp) lists holding the term on each day of
   * [day − window, day + window] (in that order), then the undated one; a story may be in several.
   * For no day: one list of all the stories holding the term, in the order they were (last)
   * posted under it. Lists, not a callback or generator: the caller's loop over them runs for each
   * of an article's query terms.
   */
  postings(term: K, day: number | null, window: number, out: (readonly number[])[]): void {
    const postings = this.byTerm.get(term);
    if (!postings) return;
    if (day === null) {
      out.push(this.allStories(postings));
      return;
    }
    for (let d = day - window; d <= day + window; d++) {
      const list = postings.byDay.get(d);
      if (list) out.push(list);
    }
    if (postings.undated) out.push(postings.undated);
  }

  /**
   * Each story holding the term once, in posting order: a dated story by its pair under its first
   * day (posted there whenever it took the term, or when it took that day with the term already),
   * an undated one by its undated pair.
   */
  private allStories(postings: Postings): number[] {
    const pairs: [number, number][] = [];
    for (const [day, list] of postings.byDay) {
      for (let i = 0; i < list.length; i += 2)
        if (this.firstDay.get(list[i]!) === day) pairs.push([list[i]!, list[i + 1]!]);
    }
    const undated = postings.undated ?? [];
    for (let i = 0; i < undated.length; i += 2) pairs.push([undated[i]!, undated[i + 1]!]);
    pairs.sort((a, b) => a[1] - b[1]);
    return pairs.flat();
  }

  /** The stories `postings` gives, as a list. */
  stories(term: K, day: number | null, window: number): number[] {
    const lists: (readonly number[])[] = [];
    this.postings(term, day, window, lists);
    const out: number[] = [];
    for (const list of lists) for (let i = 0; i < list.length; i += 2) out.push(list[i]!);
    return out;
  }
}
