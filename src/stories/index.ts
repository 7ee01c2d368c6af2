/** The story stage: near-duplicates and online clustering over a batch or a store's articles. */
import type { ArticleRecord } from '../types.js';
import { StoryClusterer, type ClusterOptions, type StoryAssignment } from './cluster.js';
import { clusterFeatures } from './features.js';

export { StoryClusterer, storyIdFor, DEFAULT_CLUSTER_OPTIONS } from './cluster.js';
export type { ClusterArticle, ClusterOptions, StoryAssignment } from './cluster.js';
export { clusterFeatures } from './features.js';

/** Assigns each record of a stream its story (and duplicate_of) as it comes. */
export function createStoryStage(
  options: Partial<ClusterOptions> = {},
): (record: ArticleRecord) => StoryAssignment {
  const clusterer = new StoryClusterer(options);
  return (record) => {
    const assignment = clusterer.add(clusterFeatures(record));
    record.story = { id: assignment.storyId, duplicate_of: assignment.duplicateOf };
    return assignment;
  };
}
