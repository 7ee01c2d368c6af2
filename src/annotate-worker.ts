/** A worker thread of src/parallel.ts: loads the pipeline once, then annotates the batches it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadPipeline, type PipelineOptions } from './pipeline.js';
import { annotateSafely, type WorkerReply, type WorkerRequest } from './parallel.js';

const port = parentPort!;
try {
  const resources = loadPipeline(workerData as PipelineOptions);
  port.on('message', (request: WorkerRequest) => {
    const results = request.articles.map((article) => annotateSafely(article, resources));
    port.postMessage({ seq: request.seq, results } satisfies WorkerReply);
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
} catch (err) {
  port.postMessage({ fatal: String(err) } satisfies WorkerReply);
}
