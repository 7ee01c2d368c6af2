/**
 * Which stories hold a term, by day: a dated article looks only at the days of its window, so a
 * common word ("سوريا") does not drag in every story of the year. Undated stories sit in their own
 * list; an undated article, having no window, still looks at all stories holding the term.
 *
 * Terms are interned ids (see StoryClusterer). Each list holds (story, stamp) pairs in the order
 * they were posted; the stamp counts `add` calls. Plain arrays, not Maps and Sets: millions of
 * postings over a long stream stay compact, and a query reads a term's days from one array.
 */

interface Postings {
  /** The days the term is posted under, increasing; `lists[i]` holds the pairs for `days[i]`. */
  days: number[];
  lists: number[][];
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
  /** Per story: the day it was first posted under (its lists by that day keep its posting order for all days). */
  private readonly firstDay = new Map<number, number>();
  private clock = 0;

  /**
   * Posts the terms under each of the story's days (or as undated). A story must not already be
   * posted under a term and day it is given again.
   */
  add(story: number, terms: ArrayLike<number>, days: readonly number[] | null): void {
    const stamp = ++this.clock;
    if (days && days.length > 0 && !this.firstDay.has(story)) this.firstDay.set(story, days[0]!);
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t]!;
      // Filled up to the id (not a sparse write), so the array stays in fast elements.
      while (this.byTerm.length <= term) this.byTerm.push(undefined);
      let postings = this.byTerm[term];
      if (!postings) this.byTerm[term] = postings = { days: [], lists: [], undated: null };
      if (!days) {
        (postings.undated ??= []).push(story, stamp);
        continue;
      }
      const { days: termDays, lists } = postings;
      for (const key of days) {
        // Most postings go to the term's latest day, or a later one: no search, no insertion.
        const last = termDays.length - 1;
        if (last >= 0 && termDays[last] === key) lists[last]!.push(story, stamp);
        else if (last < 0 || termDays[last]! < key) {
          termDays.push(key);
          lists.push([story, stamp]);
        } else {
          const at = firstAtLeast(termDays, key);
          if (termDays[at] === key) lists[at]!.push(story, stamp);
          else insertAt(termDays, lists, at, key, [story, stamp]);
        }
      }
    }
  }

  remove(story: number, term: number, days: readonly number[] | null): void {
    const postings = this.byTerm[term];
    if (!postings) return;
    if (!days) {
      removePair(postings.undated, story);
      return;
    }
    for (const key of days) {
      const at = firstAtLeast(postings.days, key);
      if (postings.days[at] === key) removePair(postings.lists[at], story);
    }
  }

  /**
   * Appends to `out` the (story, stamp) lists holding the term on each day of
   * [day − window, day + window] (in that order), then the undated one; a story may be in several.
   * For no day: one list of all the stories holding the term, in the order they were (last)
   * posted under it. Lists, not a callback or generator: the caller's loop over them runs for each
   * of an article's query terms.
   */
  postings(term: number, day: number | null, window: number, out: (readonly number[])[]): void {
    const postings = this.byTerm[term];
    if (!postings) return;
    if (day === null) {
      out.push(this.allStories(postings));
      return;
    }
    const { days, lists } = postings;
    for (let at = firstAtLeast(days, day - window); at < days.length && days[at]! <= day + window; at++)
      out.push(lists[at]!);
    if (postings.undated) out.push(postings.undated);
  }

  /**
   * Each story holding the term once, in posting order: a dated story by its pair under its first
   * day (posted there whenever it took the term, or when it took that day with the term already),
   * an undated one by its undated pair.
   */
  private allStories(postings: Postings): number[] {
    const pairs: [number, number][] = [];
    postings.days.forEach((day, at) => {
      const list = postings.lists[at]!;
      for (let i = 0; i < list.length; i += 2)
        if (this.firstDay.get(list[i]!) === day) pairs.push([list[i]!, list[i + 1]!]);
    });
    const undated = postings.undated ?? [];
    for (let i = 0; i < undated.length; i += 2) pairs.push([undated[i]!, undated[i + 1]!]);
    pairs.sort((a, b) => a[1] - b[1]);
    return pairs.flat();
  }

  /** The stories `postings` gives, as a list. */
  stories(term: number, day: number | null, window: number): number[] {
    const lists: (readonly number[])[] = [];
    this.postings(term, day, window, lists);
    const out: number[] = [];
    for (const list of lists) for (let i = 0; i < list.length; i += 2) out.push(list[i]!);
    return out;
  }
}
