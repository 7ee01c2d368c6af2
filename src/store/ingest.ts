/**
 * Reading inputs into a store: articles already stored (same text, same content hash) are
 * counted and skipped before any annotation, so re-ingesting a corpus costs only the reading.
 */
import { readInputs } from '../io/read.js';
import { annotate, contentHash, loadPipeline, type PipelineResources } from '../pipeline.js';
import type { ArticleRecord, ReadError } from '../types.js';
import type { Store } from './store.js';

export interface IngestSummary {
  read: number;
  added: number;
  unchanged: number;
  nearDuplicates: number;
  errors: number;
}

export interface IngestOptions {
  resources?: PipelineResources;
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
  // The store assigns stories itself (online, against what it holds), so the batch stage is off.
  const resources = options.resources ?? loadPipeline({ stories: false });
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
  for await (const item of readInputs(paths, { stdin: options.stdin ?? process.stdin })) {
    if (!item.ok) {
      summary.errors++;
      options.onError?.(item.error);
      continue;
    }
    summary.read++;
    options.onArticle?.(item.article.source.path);
    if (store.has(contentHash(item.article.text))) {
      summary.unchanged++;
      continue;
    }
    try {
      batch.push(annotate(item.article, resources));
    } catch (err) {
      summary.errors++;
      options.onError?.({
        path: item.article.source.path ?? '-',
        reason: `cannot annotate ${item.article.id}: ${String(err)}`,
      });
      continue;
    }
    if (batch.length >= batchSize) flush();
  }
  if (batch.length) flush();
  return summary;
}
