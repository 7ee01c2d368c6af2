/** The story stage: near-duplicates and online clustering over a batch or a store's articles. */
import type { ArticleRecord } from '../types.js';
import { StoryClusterer, type ClusterArticle, type ClusterOptions, type StoryAssignment } from './cluster.js';
import { minhash } from './minhash.js';
import { articleTerms } from './terms.js';

export { StoryClusterer, storyIdFor, DEFAULT_CLUSTER_OPTIONS } from './cluster.js';
export type { ClusterArticle, ClusterOptions, StoryAssignment } from './cluster.js';

/** Entity keys that say what a story is about: places and countries are too broad alone. */
function entityKeys(record: ArticleRecord): string[] {
  return record.entities.filter((e) => e.type !== 'LOC' || e.mentions.length > 1).map((e) => e.key);
}

/** Terms kept per article: a store keeps them to rebuild its clusterer, so they stay few. */
const ARTICLE_TERMS = 80;

export function clusterFeatures(record: ArticleRecord): ClusterArticle {
  const terms = [...articleTerms(record)].sort((a, b) => b[1] - a[1]).slice(0, ARTICLE_TERMS);
  return {
    id: record.id,
    contentHash: record.content_hash,
    published: record.published,
    terms: new Map(terms),
    entityKeys: entityKeys(record),
    signature: minhash(record.text, record.body),
  };
}

/** Assigns each record of a stream its story (and duplicate_of) as it comes. */
export function createStoryStage(options: Partial<ClusterOptions> = {}): (record: ArticleRecord) => StoryAssignment {
  const clusterer = new StoryClusterer(options);
  return (record) => {
    const assignment = clusterer.add(clusterFeatures(record));
    record.story = { id: assignment.storyId, duplicate_of: assignment.duplicateOf };
    return assignment;
  };
}
