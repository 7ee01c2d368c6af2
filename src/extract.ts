/** The library facade: paths in, article records (or read errors as values) out, streaming. */
import { readInputs } from './io/read.js';
import { annotateStream, type ParallelOptions } from './parallel.js';
import { annotateItems, type ExtractItem, type PipelineResources } from './pipeline.js';

export interface ExtractOptions extends ParallelOptions {
  /** Read for `-` or when no path is given; defaults to process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** Reuse loaded resources across calls (then everything runs on this thread). */
  resources?: PipelineResources;
}

export function extract(paths: string[], options: ExtractOptions = {}): AsyncGenerator<ExtractItem> {
  const items = readInputs(paths, { stdin: options.stdin ?? process.stdin });
  return options.resources ? annotateItems(items, options.resources) : annotateStream(items, options);
}
