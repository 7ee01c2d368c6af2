/**
 * Exact re-posts: scraped news repeats itself (an outlet files one article under two
 * categories, or posts it again), and an article's annotations depend on its content alone,
 * never on its id or path. So the annotations of an article already seen are copied, with the
 * new id and source, instead of being computed again. Only recent contents are remembered, to
 * bound memory on long runs.
 */
import { createHash } from 'node:crypto';
import type { ClusterArticle } from './stories/index.js';
import type { ArticleRecord, RawArticle } from './types.js';

/** An annotated article as the stream carries it: its record and the clusterer's view. */
export interface Annotated {
  record: ArticleRecord;
  features: ClusterArticle;
}

/** What a record depends on: everything the reader gave but the id and the source. */
export function contentKey(article: RawArticle): string {
  const { text, headline, body, meta, warnings } = article;
  return createHash('sha256')
    .update(text, 'utf8')
    .update('\u0000')
    .update(JSON.stringify([headline, body ?? null, meta, warnings]), 'utf8')
    .digest('base64');
}

/** `annotated` as if made for `article`, which has the same content: a copy, its own id and source. */
export function copyFor(annotated: Annotated, article: RawArticle): Annotated {
  // The text is the same string: not cloned. Assigning keys in place keeps their order.
  const record = structuredClone({ ...annotated.record, text: '' });
  record.id = article.id;
  record.source = article.source;
  record.text = article.text;
  // Stories are assigned to each record in turn, after annotation.
  record.story = null;
  const features = structuredClone(annotated.features);
  features.id = article.id;
  return { record, features };
}

/** One content: its annotation once known, and what waits for it meanwhile. */
export interface Remembered<Waiting> {
  annotated: Annotated | null;
  waiting: Waiting[];
}

/** The most recent `limit` contents, by contentKey. */
export class RepostMemo<Waiting> {
  private readonly byKey = new Map<string, Remembered<Waiting>>();

  constructor(private readonly limit = 5000) {}

  /** The content's entry, and whether it is new: seen for the first time, remembered from now on. */
  remember(key: string): { entry: Remembered<Waiting>; fresh: boolean } {
    const known = this.byKey.get(key);
    if (known) return { entry: known, fresh: false };
    if (this.byKey.size >= this.limit) this.byKey.delete(this.byKey.keys().next().value!);
    const entry: Remembered<Waiting> = { annotated: null, waiting: [] };
    this.byKey.set(key, entry);
    return { entry, fresh: true };
  }

  /** A content whose annotation failed: the next copy is annotated afresh. */
  forget(key: string): void {
    this.byKey.delete(key);
  }
}
