/** The library facade: paths in, article records (or read errors as values) out, streaming. */
import { readInputs } from './io/read.js';
import {
  annotate,
  loadPipeline,
  type ExtractItem,
  type PipelineOptions,
  type PipelineResources,
} from './pipeline.js';

export interface ExtractOptions extends PipelineOptions {
  /** Read for `-` or when no path is given; defaults to process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** Reuse loaded resources across calls. */
  resources?: PipelineResources;
}

export async function* extract(paths: string[], options: ExtractOptions = {}): AsyncGenerator<ExtractItem> {
  const resources = options.resources ?? loadPipeline(options);
  for await (const item of readInputs(paths, { stdin: options.stdin ?? process.stdin })) {
    if (!item.ok) {
      yield item;
      continue;
    }
    const { article } = item;
    try {
      yield { ok: true, record: annotate(article, resources) };
    } catch (err) {
      // One article that breaks a stage must not stop the run: report it like a bad input.
      yield {
        ok: false,
        error: { path: article.source.path ?? '-', reason: `cannot annotate ${article.id}: ${String(err)}` },
      };
    }
  }
}
