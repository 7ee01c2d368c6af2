/**
 * Which stories hold a term, by day: a dated article looks only at the days of its window, so a
 * common word ("سوريا") does not drag in every story of the year. Undated stories sit under their
 * own key; an undated article, having no window, still looks at all stories holding the term.
 */
const UNDATED = Number.NaN;

interface Postings {
  all: Set<number>;
  /** Day number (UNDATED for undated stories) → stories. */
  byDay: Map<number, Set<number>>;
}

export class TermIndex<K = string> {
  private readonly postings = new Map<K, Postings>();

  /** Posts the terms under each of the story's days (or as undated), and under all days. */
  add(story: number, terms: Iterable<K>, days: Iterable<number> | null): void {
    const keys = days ? [...days] : [UNDATED];
    for (const term of terms) {
      let postings = this.postings.get(term);
      if (!postings) this.postings.set(term, (postings = { all: new Set(), byDay: new Map() }));
      postings.all.add(story);
      for (const key of keys) {
        let set = postings.byDay.get(key);
        if (!set) postings.byDay.set(key, (set = new Set()));
        set.add(story);
      }
    }
  }

  remove(story: number, term: K, days: Iterable<number> | null): void {
    const postings = this.postings.get(term);
    if (!postings) return;
    postings.all.delete(story);
    for (const key of days ? [...days] : [UNDATED]) postings.byDay.get(key)?.delete(story);
  }

  /**
   * Calls `visit` for the stories holding the term on a day of [day − window, day + window] or
   * undated (a story may come more than once); for all of them for no day. A callback, not a
   * generator: it runs for each of an article's query terms, and generators cost more.
   */
  forEachStory(term: K, day: number | null, window: number, visit: (story: number) => void): void {
    const postings = this.postings.get(term);
    if (!postings) return;
    if (day === null) {
      postings.all.forEach(visit);
      return;
    }
    for (let d = day - window; d <= day + window; d++) postings.byDay.get(d)?.forEach(visit);
    postings.byDay.get(UNDATED)?.forEach(visit);
  }

  /** The stories `forEachStory` visits, as a list. */
  stories(term: K, day: number | null, window: number): number[] {
    const out: number[] = [];
    this.forEachStory(term, day, window, (story) => out.push(story));
    return out;
  }
}
