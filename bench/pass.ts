/**
 * One benchmark pass in its own process: `bare` (read, normalise, tokenise), `extract` (the
 * pipeline) or `ingest` (the pipeline into a fresh SQLite store, then timed queries on it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../src/io/read.js';
import { ingestInputs } from '../src/store/ingest.js';
import { openStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/store.js';
import { normalize } from '../src/text/normalize.js';
import { tokenize } from '../src/text/index.js';
import { annotateStream, defaultJobs } from '../src/parallel.js';
import type { PassResult } from './bench.js';
import { tuneV8ForAnnotation } from '../src/v8-tuning.js';

/** `extract` uses the default worker threads (src/parallel.ts), `extract-1-thread` none. */
async function run(pass: string, corpus: string): Promise<PassResult> {
  const started = process.hrtime.bigint();
  let articles = 0;
  const annotations = { entities: 0, events: 0, quotes: 0, removed: 0, workers: 0, reposts: 0 };
  if (pass === 'bare') {
    for await (const item of readInputs([corpus])) {
      if (!item.ok) continue;
      articles++;
      normalize(item.article.text);
      tokenize(item.article.text);
    }
  } else {
    const counts = { here: 0, workers: 0, reposts: 0 };
    const jobs = pass === 'extract-1-thread' ? 1 : defaultJobs();
    for await (const item of annotateStream(readInputs([corpus]), { jobs, counts })) {
      if (!item.ok) continue;
      articles++;
      const { record } = item;
      annotations.entities += record.entities.length;
      annotations.events += record.events.length;
      annotations.quotes += record.quotes.length;
      annotations.removed += record.removed.length;
    }
    annotations.workers = counts.workers;
    annotations.reposts = counts.reposts;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return { pass, articles, seconds, peakRssMb, ...(pass === 'bare' ? {} : { annotations }) };
}

/** Median milliseconds of a few runs of a query. */
function timeQuery(work: () => unknown, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

function queryTimes(store: Store): Record<string, number> {
  const [biggest] = store.stories({ limit: 1 });
  const [person] = store.entities({ type: 'PER', limit: 1 });
  return {
    'stories (top 20)': timeQuery(() => store.stories()),
    'story timeline+events+summary (largest)': timeQuery(() => biggest && store.story(biggest.id)),
    'entities (top 20 PER)': timeQuery(() => store.entities({ type: 'PER' })),
    'stories of an entity': timeQuery(() => person && store.stories({ entity: person.key })),
    'events ASSAULT in SYR': timeQuery(() => store.events({ type: 'ASSAULT', country: 'SYR', limit: 100 })),
    'search ترامب': timeQuery(() => store.search('ترامب')),
  };
}

async function runIngest(corpus: string): Promise<PassResult> {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-bench-'));
  const store = openStore(join(dir, 'bench.db'));
  try {
    const started = process.hrtime.bigint();
    const summary = await ingestInputs(store, [corpus]);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return {
      pass: 'ingest',
      articles: summary.read,
      seconds,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      annotations: { ...store.counts() },
      queriesMs: queryTimes(store),
    };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// The CLI's V8 settings: the bench measures what `rasd extract` does.
tuneV8ForAnnotation();
const [pass, corpus] = process.argv.slice(2) as [string, string];
const result = pass === 'ingest' ? await runIngest(corpus) : await run(pass, corpus);
process.send?.(result, () => process.exit(0));
