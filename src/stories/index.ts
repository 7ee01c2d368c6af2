/** The story stage: near-duplicates and online clustering over a batch or a store's articles. */
import type { Token } from '../text/tokenize.js';
import type { ArticleRecord } from '../types.js';
import { StoryClusterer, type ClusterOptions, type StoryAssignment } from './cluster.js';
import { clusterFeatures } from './features.js';

export { StoryClusterer, storyIdFor, DEFAULT_CLUSTER_OPTIONS } from './cluster.js';
export type { ClusterArticle, ClusterOptions, StoryAssignment } from './cluster.js';
export { clusterFeatures } from './features.js';

/**
 * Assigns each record of a stream its story (and duplicate_of) as it comes. `regionTokens`, when
 * the caller has them, are the tokens of the record's regions (headline, then body spans).
 */
export function createStoryStage(
  options: Partial<ClusterOptions> = {},
): (record: ArticleRecord, regionTokens?: readonly (readonly Token[])[]) => StoryAssignment {
  const clusterer = new StoryClusterer(options);
  return (record, regionTokens) => {
    const assignment = clusterer.add(clusterFeatures(record, regionTokens));
    record.story = { id: assignment.storyId, duplicate_of: assignment.duplicateOf };
    return assignment;
  };
}
