import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readInputs } from '../../src/io/read.js';
import { annotateStream } from '../../src/parallel.js';
import { findPackageRoot } from '../../src/paths.js';
import { annotate, loadPipeline, type ExtractItem } from '../../src/pipeline.js';
import type { RawArticle, ReadItem } from '../../src/types.js';

const SAMPLES = join(findPackageRoot(), 'samples');

async function collect(items: AsyncIterable<ExtractItem>): Promise<ExtractItem[]> {
  const out: ExtractItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function samples(): Promise<RawArticle[]> {
  const articles: RawArticle[] = [];
  for await (const item of readInputs([SAMPLES])) if (item.ok) articles.push(item.article);
  return articles;
}

/**
 * The samples, a read error, the samples again under other ids (exact re-posts), and once more
 * with a line added (new content), so that copies and stories span the whole stream.
 */
async function* stream(): AsyncGenerator<ReadItem> {
  const articles = await samples();
  for (const article of articles) yield { ok: true, article };
  yield { ok: false, error: { path: 'broken.jsonl', line: 3, reason: 'not JSON' } };
  for (const article of articles) yield { ok: true, article: { ...article, id: `${article.id}-again` } };
  for (const article of articles)
    yield { ok: true, article: { ...article, id: `${article.id}-edited`, text: `${article.text}\nتحديث` } };
}

test('worker threads give the same records, stories and order as one thread', async () => {
  const serial = await collect(annotateStream(stream(), { jobs: 1 }));
  // Workers from the third article on, tiny batches: the order must survive any interleaving.
  const counts = { here: 0, workers: 0, reposts: 0 };
  const parallel = await collect(
    annotateStream(stream(), { jobs: 3, startAfter: 2, batchSize: 2, whileLoading: 'wait', counts }),
  );
  const n = (await samples()).length;
  assert.ok(counts.here >= 2, 'the first two here, then whenever the worker has enough to do');
  assert.ok(counts.workers > 0);
  assert.equal(counts.here + counts.workers, 2 * n);
  assert.equal(counts.reposts, n, 'the second round is copied from the first');
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

test('an exact re-post gets the record that annotating it would give, under its own id', async () => {
  const articles = await samples();
  const resources = loadPipeline({ stories: false });
  const items = await collect(annotateStream(stream(), { jobs: 1, stories: false }));
  const again = items.slice(articles.length + 1, 2 * articles.length + 1);
  assert.equal(again.length, articles.length);
  again.forEach((item, k) => {
    assert.ok(item.ok);
    const article = { ...articles[k]!, id: `${articles[k]!.id}-again` };
    assert.equal(item.record.id, article.id);
    // Byte for byte, as the JSON output writes it: the same keys in the same order.
    assert.equal(JSON.stringify(item.record), JSON.stringify(annotate(article, resources)));
  });
  // Copies share no objects with the record they were copied from.
  const first = items[0]!;
  const copy = again[0]!;
  assert.ok(first.ok && copy.ok);
  assert.notEqual(copy.record.entities, first.record.entities);
});
