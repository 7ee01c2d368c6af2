import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readInputs } from '../../src/io/read.js';
import { annotateStream } from '../../src/parallel.js';
import { findPackageRoot } from '../../src/paths.js';
import type { ExtractItem } from '../../src/pipeline.js';
import type { RawArticle, ReadItem } from '../../src/types.js';

const SAMPLES = join(findPackageRoot(), 'samples');

async function collect(items: AsyncIterable<ExtractItem>): Promise<ExtractItem[]> {
  const out: ExtractItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The samples, then the same again (so that copies and stories span the whole stream), with a read error. */
async function* stream(): AsyncGenerator<ReadItem> {
  const articles: RawArticle[] = [];
  for await (const item of readInputs([SAMPLES])) if (item.ok) articles.push(item.article);
  for (const article of articles) yield { ok: true, article };
  yield { ok: false, error: { path: 'broken.jsonl', line: 3, reason: 'not JSON' } };
  for (const article of articles) yield { ok: true, article: { ...article, id: `${article.id}-again` } };
}

test('worker threads give the same records, stories and order as one thread', async () => {
  const serial = await collect(annotateStream(stream(), { jobs: 1 }));
  // Workers from the third article on, tiny batches: the order must survive any interleaving.
  const counts = { here: 0, workers: 0 };
  const parallel = await collect(
    annotateStream(stream(), { jobs: 2, startAfter: 2, batchSize: 2, whileLoading: 'wait', counts }),
  );
  assert.equal(counts.here, 2);
  assert.ok(counts.workers > 20);
  assert.equal(parallel.length, serial.length);
  assert.deepEqual(parallel, serial);
  const errors = parallel.filter((item) => !item.ok);
  assert.equal(errors.length, 1, 'the read error keeps its place');
  const copies = parallel.filter((item) => item.ok && item.record.story?.duplicate_of);
  assert.ok(copies.length >= 10, 'the second round is found to be copies of the first');
});

test('a short input never starts workers', async () => {
  const counts = { here: 0, workers: 0 };
  const items = await collect(annotateStream(stream(), { jobs: 4, startAfter: 1000, counts }));
  assert.ok(items.length > 20);
  assert.equal(counts.workers, 0);
});
