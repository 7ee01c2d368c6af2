/** What the clusterer compares: weighted terms, entity keys and event signatures, a MinHash signature. */
import type { ArticleRecord, Span } from '../types.js';
import type { ClusterArticle } from './cluster.js';
import { minhash } from './minhash.js';
import { articleTerms } from './terms.js';
import { tokenize, type Token } from '../text/tokenize.js';

/** Terms kept per article: a store keeps them to rebuild its clusterer, so they stay few. */
const ARTICLE_TERMS = 80;

const inside = (span: Span, region: Span | null): boolean =>
  !!region && span.start >= region.start && span.end <= region.end;

/**
 * Entity keys that say what a story is about. A place named once in passing is background
 * ("… في العراق"); one in the headline or named again is the scene.
 */
function entityKeys(record: ArticleRecord): string[] {
  return record.entities
    .filter(
      (e) => e.type !== 'LOC' || e.mentions.length > 1 || e.mentions.some((m) => inside(m, record.headline)),
    )
    .map((e) => e.key);
}

/**
 * Event signatures: what happened where ("ev:PROTEST@loc:basra") and between whom
 * ("ev:ASSAULT:USA>SYR"). Two reports of one event tend to share them even in other words.
 */
function eventSignatures(record: ArticleRecord): string[] {
  const out = new Set<string>();
  for (const event of record.events) {
    if (event.historical) continue;
    const place = event.location?.key ?? event.location?.code;
    if (place) out.add(`ev:${event.type}@${place}`);
    // The same kind of event in the same country on the same day: rare, and telling.
    const country = event.location?.code ?? event.recipient?.code;
    if (country && event.date) out.add(`ev:${event.type}@${country}/${event.date}`);
    if (event.actor?.code && event.recipient?.code && event.actor.code !== event.recipient.code) {
      out.add(`ev:${event.type}:${event.actor.code}>${event.recipient.code}`);
    }
  }
  return [...out];
}

/**
 * The clusterer's view of a record. `regionTokens`, when the caller has them, are the tokens of
 * each annotatable region (the headline, if any, then each body span); else each region is
 * tokenised here, once for both the terms and the signature.
 */
export function clusterFeatures(
  record: ArticleRecord,
  regionTokens?: readonly (readonly Token[])[],
): ClusterArticle {
  const offset = record.headline ? 1 : 0;
  const all =
    regionTokens ??
    (record.headline ? [record.headline, ...record.body] : record.body).map((s) =>
      tokenize(record.text, s.start, s.end),
    );
  const tokens = { headline: record.headline ? all[0]! : null, body: all.slice(offset) };
  const terms = [...articleTerms(record, tokens)].sort((a, b) => b[1] - a[1]).slice(0, ARTICLE_TERMS);
  return {
    id: record.id,
    contentHash: record.content_hash,
    published: record.published,
    terms: new Map(terms),
    entityKeys: [...new Set([...entityKeys(record), ...eventSignatures(record)])],
    signature: minhash(record.text, record.body, tokens.body),
  };
}
