import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../../src/extract.js';
import { loadPipeline } from '../../src/pipeline.js';
import { openStore } from '../../src/store/sqlite.js';
import { consonantSkeleton, ftsQuery } from '../../src/store/forms.js';
import type { ArticleRecord } from '../../src/types.js';
import { samplesDir } from '../../src/cli/demo.js';

const resources = loadPipeline({ stories: false });

async function sampleRecords(): Promise<ArticleRecord[]> {
  const out: ArticleRecord[] = [];
  for await (const item of extract([samplesDir()], { resources })) if (item.ok) out.push(item.record);
  return out;
}

const freshDb = () => join(mkdtempSync(join(tmpdir(), 'rasd-store-')), 'test.db');

test('search forms: transliteration variants share a skeleton', () => {
  assert.equal(consonantSkeleton('بلينكن'), consonantSkeleton('بلنكين'));
  assert.equal(ftsQuery('  ،،  '), null);
  assert.equal(ftsQuery('بلينكن'), ftsQuery('بلنكين'));
  assert.equal(ftsQuery('الأمريكية'), ftsQuery('والأميركية'));
  assert.equal(ftsQuery('خاشقجي'), ftsQuery('خاشقچي'));
  assert.equal(ftsQuery('العراق'), ftsQuery('وبالعراق'));
});

test('ingest is idempotent by content hash and fills every table', async () => {
  const db = freshDb();
  const records = await sampleRecords();
  let store = openStore(db);
  const first = store.transaction(() => records.map((r) => store.ingest(structuredClone(r))));
  assert.ok(first.every((o) => o === 'added'));
  const counts = store.counts();
  assert.equal(counts.articles, records.length);
  assert.ok(counts.events > 0 && counts.entities > 0 && counts.stories > 0);
  store.close();
  // Reopened (schema already migrated), the same records change nothing.
  store = openStore(db);
  const second = records.map((r) => store.ingest(structuredClone(r)));
  assert.ok(second.every((o) => o === 'unchanged'));
  assert.deepEqual(store.counts(), counts);
  store.close();
});

test('search finds a name in each of its spellings, with clitics, and nothing for an absent word', async () => {
  const store = openStore(freshDb());
  for (const r of await sampleRecords()) store.ingest(r);
  const ids = (q: string) =>
    store
      .search(q)
      .map((h) => h.id)
      .sort();
  const blinken = ids('بلينكن');
  assert.ok(blinken.includes('03-phone-call'));
  assert.deepEqual(ids('بلنكين'), blinken);
  assert.deepEqual(ids('انتوني بلينكن'), ids('أنتوني بلنكين'));
  assert.deepEqual(ids('الأمريكي'), ids('الأميركي'));
  assert.ok(ids('والبصرة').includes('01-basra-protest-k24'));
  assert.deepEqual(ids('كمبيوترات'), []);
  store.close();
});

test('queries by event type, country, date, entity and story', async () => {
  const store = openStore(freshDb());
  for (const r of await sampleRecords()) store.ingest(r);
  const assaults = store.events({ type: 'ASSAULT', limit: 100 });
  assert.ok(assaults.length > 0 && assaults.every((e) => e.type === 'ASSAULT'));
  const inSyria = store.events({ country: 'syr', limit: 100 });
  assert.ok(inSyria.length > 0);
  assert.ok(inSyria.every((e) => [e.actor.code, e.recipient.code, e.location].includes('SYR')));
  const confident = store.events({ minConfidence: 0.9, limit: 100 });
  const all = store.events({ limit: 100 });
  assert.ok(confident.length > 0 && confident.length < all.length, `${confident.length} of ${all.length}`);
  assert.ok(confident.every((e) => e.confidence >= 0.9));
  const in2018 = store.events({ from: '2018-01-01', to: '2018-12-31', limit: 100 });
  assert.ok(in2018.every((e) => (e.date ?? e.published)!.startsWith('2018')));
  const places = store.entities({ type: 'LOC', limit: 100 });
  assert.ok(places.length > 0 && places.every((e) => e.type === 'LOC'));
  assert.ok(store.entities({ name: 'بلنكين' }).some((e) => e.en === 'Antony Blinken'));
  const [biggest] = store.stories({ minArticles: 2 });
  assert.ok(biggest, 'the two Basra reports form one story');
  const story = store.story(biggest.id)!;
  assert.equal(story.timeline.length, biggest.articles);
  assert.ok(story.summary.length > 0);
  assert.ok(store.events({ story: biggest.id, limit: 100 }).length > 0);
  assert.equal(store.story('st_missing'), null);
  const storyRecords = [...store.records({ story: biggest.id })];
  assert.equal(storyRecords.length, biggest.articles);
  assert.ok(storyRecords.every((r) => r.story?.id === biggest.id));
  store.close();
});
