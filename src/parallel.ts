/**
 * Annotating a stream on worker threads. Reading, story assignment and the order of the output
 * stay here: workers annotate batches of raw articles (without stories) and send back each record
 * with its story features; stories are then assigned in input order, as the serial pipeline does,
 * so the records are the same whatever the number of threads.
 *
 * Small inputs never pay for threads: the first articles are annotated here, and workers start
 * only once the input has proved long (they load their resources while this thread goes on).
 * This thread then annotates whenever the workers have enough in flight, rather than wait: it is
 * one of the `jobs`, so a machine's cores hold one isolate each, and one fewer loads the pipeline
 * and compiles its code.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  annotateForStories,
  annotationError,
  loadPipeline,
  type ExtractItem,
  type PipelineOptions,
} from './pipeline.js';
import { contentKey, copyFor, RepostMemo, type Remembered } from './repost-memo.js';
import { StoryClusterer, type ClusterArticle } from './stories/index.js';
import type { ArticleRecord, RawArticle, ReadError, ReadItem } from './types.js';

/** What a worker is asked to do, and answers. */
export type WorkerRequest = { seq: number; articles: RawArticle[] };
export type WorkerResult =
  { ok: true; record: ArticleRecord; features: ClusterArticle } | { ok: false; error: ReadError };
export type WorkerReply = { seq: number; results: WorkerResult[] } | { ready: true } | { fatal: string };

export interface ParallelOptions extends PipelineOptions {
  /**
   * Threads that annotate, this one included (it also reads and assigns stories, and annotates
   * whenever the workers have enough to do); 1: this thread only. Default: the machine's cores,
   * at most 8.
   */
  jobs?: number;
  /** Articles annotated here before workers start (default 64): short runs stay single-threaded. */
  startAfter?: number;
  /** Articles per message to a worker (default 8). */
  batchSize?: number;
  /** While workers load, annotate here (default) or wait for them (tests). */
  whileLoading?: 'annotate' | 'wait';
  /** Counts where articles were annotated (or copied from an exact re-post), when given. */
  counts?: { here: number; workers: number; reposts?: number };
}

export function defaultJobs(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

/** Annotates one article here; a failure becomes a result, not an exception. */
export function annotateSafely(
  article: RawArticle,
  resources: ReturnType<typeof loadPipeline>,
): WorkerResult {
  try {
    return { ok: true, ...annotateForStories(article, resources) };
  } catch (err) {
    return { ok: false, error: annotationError(article, err) };
  }
}

/** A worker running annotate-worker; from the sources (tests, tsx) it registers tsx first. */
function startWorker(workerData: PipelineOptions): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./annotate-worker.js', import.meta.url), { workerData });
  const entry = new URL('./annotate-worker.ts', import.meta.url).href;
  const code = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { eval: true, workerData });
}

/** One slot of the output, in input order: a read error, or an article being annotated. */
type Slot = { item: ExtractItem | null; features: ClusterArticle | null };

/**
 * Records (and read errors) of `items`, annotated, with stories when `options.stories` is not
 * false, in input order.
 */
export async function* annotateStream(
  items: AsyncIterable<ReadItem>,
  options: ParallelOptions = {},
): AsyncGenerator<ExtractItem> {
  const jobs = options.jobs ?? defaultJobs();
  const startAfter = options.startAfter ?? 64;
  const batchSize = options.batchSize ?? 8;
  const pipelineOptions: PipelineOptions = { ...options, stories: false };
  const local = loadPipeline(pipelineOptions);
  const clusterer = options.stories === false ? null : new StoryClusterer();

  const slots = new Map<number, Slot>();
  let nextIn = 0;
  let nextOut = 0;
  // This thread annotates too: `jobs - 1` workers beside it.
  const pool = jobs > 1 ? new WorkerPool(jobs - 1, pipelineOptions) : null;
  /** Batches in flight to the workers: beyond this many, this thread annotates the next article. */
  const inFlight = (jobs - 1) * 4;
  let poolStarted = false;
  let batch: { seq: number; article: RawArticle }[] = [];

  // Exact re-posts wait for the first copy's annotation and take a copy of it (repost-memo.ts).
  type Waiting = { seq: number; article: RawArticle };
  const reposts = new RepostMemo<Waiting>();
  const firsts = new Map<number, { key: string; entry: Remembered<Waiting> }>();

  const settle = (seq: number, result: WorkerResult): void => {
    const slot = slots.get(seq)!;
    if (result.ok) {
      slot.item = { ok: true, record: result.record };
      slot.features = result.features;
    } else {
      slot.item = result;
    }
    const first = firsts.get(seq);
    if (!first) return;
    firsts.delete(seq);
    const { entry } = first;
    const waiting = entry.waiting;
    entry.waiting = [];
    if (result.ok) entry.annotated = { record: result.record, features: result.features };
    else reposts.forget(first.key);
    for (const w of waiting)
      settle(
        w.seq,
        entry.annotated ? { ok: true, ...copyFor(entry.annotated, w.article) } : annotateHere(w.article),
      );
  };
  /** Whether `article` is a re-post of one seen: then its slot is or will be filled from that one. */
  const isRepost = (seq: number, article: RawArticle): boolean => {
    const key = contentKey(article);
    const { entry, fresh } = reposts.remember(key);
    if (fresh) {
      firsts.set(seq, { key, entry });
      return false;
    }
    if (entry.annotated) settle(seq, { ok: true, ...copyFor(entry.annotated, article) });
    else entry.waiting.push({ seq, article });
    return true;
  };
  /** The finished slots at the head of the order, with their stories assigned. */
  function* drain(): Generator<ExtractItem> {
    for (;;) {
      const slot = slots.get(nextOut);
      if (!slot?.item) return;
      slots.delete(nextOut++);
      const item = slot.item;
      if (item.ok && clusterer && slot.features) {
        const assignment = clusterer.add(slot.features);
        item.record.story = { id: assignment.storyId, duplicate_of: assignment.duplicateOf };
      }
      yield item;
    }
  }
  const annotateHere = (article: RawArticle): WorkerResult => {
    if (options.counts) options.counts.here++;
    return annotateSafely(article, local);
  };
  const flushBatch = (): void => {
    if (!batch.length) return;
    const sent = batch;
    batch = [];
    pool!.submit(
      sent.map((b) => b.article),
      (results) => results.forEach((result, k) => settle(sent[k]!.seq, result)),
    );
  };

  try {
    for await (const item of items) {
      const seq = nextIn++;
      slots.set(seq, { item: null, features: null });
      if (!item.ok) {
        slots.get(seq)!.item = item;
      } else if (isRepost(seq, item.article)) {
        if (options.counts) options.counts.reposts = (options.counts.reposts ?? 0) + 1;
      } else if (pool && seq >= startAfter) {
        if (!poolStarted) {
          pool.start();
          poolStarted = true;
        }
        if (!pool.ready && options.whileLoading === 'wait') await pool.whenReady();
        if (pool.ready && pool.pending < inFlight) {
          if (options.counts) options.counts.workers++;
          batch.push({ seq, article: item.article });
          if (batch.length >= batchSize) flushBatch();
        } else {
          // Workers still loading, or enough in flight for them (bounded memory): this thread
          // annotates instead of waiting, being one of the `jobs` itself.
          settle(seq, annotateHere(item.article));
        }
      } else {
        settle(seq, annotateHere(item.article));
      }
      yield* drain();
    }
    if (pool) {
      flushBatch();
      while (pool.pending > 0) {
        await pool.next();
        yield* drain();
      }
    }
    yield* drain();
  } finally {
    await pool?.close();
  }
}

/** Worker threads, each loaded with the pipeline, fed batches round-robin by least load. */
class WorkerPool {
  private workers: { worker: Worker; load: number; ready: boolean }[] = [];
  private callbacks = new Map<number, (results: WorkerResult[]) => void>();
  private readyCount = 0;
  private seq = 0;
  private failure: Error | null = null;
  /** Resolvers waiting for the next answer (or failure). */
  private waiters: (() => void)[] = [];

  constructor(
    private readonly size: number,
    private readonly options: PipelineOptions,
  ) {}

  get ready(): boolean {
    return this.readyCount > 0;
  }

  get pending(): number {
    return this.callbacks.size;
  }

  start(): void {
    for (let i = 0; i < this.size; i++) {
      const worker = startWorker(this.options);
      const entry = { worker, load: 0, ready: false };
      worker.on('message', (reply: WorkerReply) => {
        if ('ready' in reply) {
          this.readyCount++;
          entry.ready = true;
        } else if ('fatal' in reply) {
          this.fail(new Error(`annotation worker failed: ${reply.fatal}`));
        } else {
          entry.load--;
          const callback = this.callbacks.get(reply.seq);
          this.callbacks.delete(reply.seq);
          callback?.(reply.results);
        }
        this.wake();
      });
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`annotation worker exited with ${code}`));
      });
      this.workers.push(entry);
    }
  }

  submit(articles: RawArticle[], done: (results: WorkerResult[]) => void): void {
    if (this.failure) throw this.failure;
    const ready = this.workers.filter((w) => w.ready);
    const target = ready.reduce((a, b) => (b.load < a.load ? b : a));
    const seq = this.seq++;
    this.callbacks.set(seq, done);
    target.load++;
    target.worker.postMessage({ seq, articles } satisfies WorkerRequest);
  }

  /** Resolves once a worker has loaded; rejects if one fails first. */
  async whenReady(): Promise<void> {
    while (!this.ready) await this.next();
  }

  /** Resolves when any answer arrives; rejects once a worker has failed. */
  next(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) =>
      this.waiters.push(() => (this.failure ? reject(this.failure) : resolve())),
    );
  }

  private closing = false;

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private fail(err: Error): void {
    this.failure ??= err;
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
