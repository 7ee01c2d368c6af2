/**
 * Reading inputs into a store: articles already stored (same text, same content hash) are
 * counted and skipped before any annotation, so re-ingesting a corpus costs only the reading.
 */
import { readInputs } from '../io/read.js';
import { annotateStream, type ParallelOptions } from '../parallel.js';
import { annotateItems, contentHash, type PipelineResources } from '../pipeline.js';
import type { ArticleRecord, ReadError, ReadItem } from '../types.js';
import type { Store } from './store.js';

export interface IngestSummary {
  read: number;
  added: number;
  unchanged: number;
  nearDuplicates: number;
  errors: number;
}

export interface IngestOptions {
  /** Loaded resources to annotate with on this thread (else the pipeline loads per `pipeline`). */
  resources?: PipelineResources;
  /** Pipeline options and worker threads (src/parallel.ts); stories are the store's own. */
  pipeline?: Omit<ParallelOptions, 'stories'>;
  stdin?: NodeJS.ReadableStream;
  /** Articles per transaction. */
  batchSize?: number;
  onArticle?: (path: string | null) => void;
  onError?: (error: ReadError) => void;
}

export async function ingestInputs(
  store: Store,
  paths: string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 500;
  const summary: IngestSummary = { read: 0, added: 0, unchanged: 0, nearDuplicates: 0, errors: 0 };
  let batch: ArticleRecord[] = [];
  const flush = () => {
    store.transaction(() => {
      for (const record of batch) {
        const outcome = store.ingest(record);
        summary[outcome]++;
        if (outcome === 'added' && record.story?.duplicate_of) summary.nearDuplicates++;
      }
    });
    batch = [];
  };
  /** The articles the store does not hold yet (and the read errors). */
  async function* fresh(): AsyncGenerator<ReadItem> {
    for await (const item of readInputs(paths, { stdin: options.stdin ?? process.stdin })) {
      if (item.ok) {
        summary.read++;
        options.onArticle?.(item.article.source.path);
        if (store.has(contentHash(item.article.text))) {
          summary.unchanged++;
          continue;
        }
      }
      yield item;
    }
  }
  // The store assigns stories itself (online, against what it holds), so the batch stage is off.
  const annotated = options.resources
    ? annotateItems(fresh(), options.resources)
    : annotateStream(fresh(), { ...options.pipeline, stories: false });
  for await (const item of annotated) {
    if (!item.ok) {
      summary.errors++;
      options.onError?.(item.error);
      continue;
    }
    batch.push(item.record);
    if (batch.length >= batchSize) flush();
  }
  if (batch.length) flush();
  return summary;
}
