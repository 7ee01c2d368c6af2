/**
 * Word classes learned from unlabelled text (scripts/ner-clusters.ts, word-classes.ts): names
 * share contexts with other names, so a class id carries what a rare name's own spelling cannot.
 */

/** Normalised word → word-class ids from coarse to fine. */
export type ClusterMap = ReadonlyMap<string, readonly string[]>;
