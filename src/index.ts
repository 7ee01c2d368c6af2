/** rasd's library API: extract records, annotate raw articles, tag tokens, open a store. */
export { extract, type ExtractOptions } from './extract.js';
export {
  annotate,
  loadPipeline,
  contentHash,
  type PipelineOptions,
  type PipelineResources,
  type ExtractItem,
} from './pipeline.js';
export { readInputs, type ReadOptions } from './io/read.js';
export { clean } from './clean/index.js';
export { loadTagger } from './entities/tagger/index.js';
export { openStore, SqliteStore } from './store/sqlite.js';
export type * from './store/store.js';
export type * from './types.js';
export { EVENT_TYPES } from './types.js';
export * as text from './text/index.js';
