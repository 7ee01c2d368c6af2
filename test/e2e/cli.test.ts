import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HAVE_SHARED, REPO, SHARED, jsonl, rasd } from './helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'rasd-e2e-'));
const SAMPLES = join(REPO, 'samples');

test('extract: the sample corpus gives one full record per article, exit 0', () => {
  const { code, stdout, stderr } = rasd(['extract', SAMPLES]);
  assert.equal(code, 0, stderr);
  const records = jsonl(stdout);
  assert.equal(records.length, 12);
  for (const r of records) {
    for (const field of [
      'id',
      'source',
      'content_hash',
      'text',
      'headline',
      'body',
      'removed',
      'entities',
      'events',
      'quotes',
      'story',
      'warnings',
    ]) {
      assert.ok(field in r, `${String(r.id)} has ${field}`);
    }
  }
  const byId = new Map(records.map((r) => [r.id, r]));
  assert.equal(
    (byId.get('08-red-sea-cp1256')!.text as string).startsWith('الحوثيون'),
    true,
    'Windows-1256 decoded',
  );
  assert.ok(byId.has('09-tehran-summons'), 'gzip read, id without extensions');
  const basra = [byId.get('01-basra-protest-k24')!, byId.get('02-basra-protest-wire')!];
  assert.equal(
    (basra[0]!.story as { id: string }).id,
    (basra[1]!.story as { id: string }).id,
    'one event, two outlets, one story',
  );
});

test('extract --no-story leaves story null; -o writes a file', () => {
  const out = join(tmp(), 'out.jsonl');
  const { code } = rasd(['extract', join(SAMPLES, '03-phone-call.txt'), '--no-story', '-o', out]);
  assert.equal(code, 0);
  const [record] = jsonl(readFileSync(out, 'utf8'));
  assert.equal(record!.story, null);
});

test('extract reads standard input', () => {
  const { code, stdout } = rasd(['extract', '-'], {
    input: 'عنوان الخبر\nقال الوزير إن الاجتماع كان مثمرا.\n',
  });
  assert.equal(code, 0);
  const [record] = jsonl(stdout);
  assert.equal(record!.id, 'stdin');
});

test('bad input: each bad file reported with its path, the rest written, exit 1', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'a-good.txt'), 'عنوان\nنص الخبر الأول هنا.\n');
  writeFileSync(join(dir, 'b-empty.txt'), '');
  writeFileSync(join(dir, 'c-binary.bin'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7, 0, 0, 9, 0]));
  writeFileSync(join(dir, 'd-truncated.gz'), gzipSync('عنوان\nنص').subarray(0, 12));
  writeFileSync(
    join(dir, 'e-lines.jsonl'),
    '{"id":"x1","title":"عنوان","text":"نص"}\n{"id": broken\n{"id":"x3","title":"عنوان","text":"نص"}\n',
  );
  const { code, stdout, stderr } = rasd(['extract', dir]);
  assert.equal(code, 1);
  const ids = jsonl(stdout).map((r) => r.id);
  assert.deepEqual(ids, ['a-good', 'x1', 'x3']);
  assert.match(stderr, /rasd: .*b-empty\.txt: /);
  assert.match(stderr, /rasd: .*c-binary\.bin: /);
  assert.match(stderr, /rasd: .*d-truncated\.gz: /);
  assert.match(stderr, /rasd: .*e-lines\.jsonl:2: /);
});

test('nothing readable, a missing path, or a usage error: exit 2', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'empty.txt'), '');
  assert.equal(rasd(['extract', join(dir, 'empty.txt')]).code, 2);
  const missing = rasd(['extract', join(dir, 'nope.txt')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.txt/);
  assert.equal(rasd(['extract', '--no-such-flag']).code, 2);
  assert.equal(rasd(['frobnicate']).code, 2);
  assert.equal(rasd(['events', '--type', 'PICNIC', '--db', join(dir, 'x.db')]).code, 2);
  const confidence = rasd(['events', '--min-confidence', '1.5', '--db', join(dir, 'x.db')]);
  assert.equal(confidence.code, 2);
  assert.match(confidence.stderr, /not a confidence between 0 and 1: 1\.5/);
  const jobs = rasd(['extract', '--jobs', '0', 'samples']);
  assert.equal(jobs.code, 2);
  assert.match(jobs.stderr, /not a positive whole number: 0/);
});

test('--help works for rasd and every command', () => {
  const top = rasd(['--help']);
  assert.equal(top.code, 0);
  for (const command of [
    'extract',
    'tag',
    'demo',
    'ingest',
    'search',
    'events',
    'entities',
    'stories',
    'export',
  ]) {
    assert.match(top.stdout, new RegExp(`\\b${command}\\b`));
    const help = rasd([command, '--help']);
    assert.equal(help.code, 0, command);
    assert.match(help.stdout, /Usage: rasd/);
  }
});

test('ingest twice changes nothing; search, events, entities, stories and export read the store', () => {
  const db = join(tmp(), 'store.db');
  const first = rasd(['ingest', SAMPLES, '--db', db, '--json']);
  assert.equal(first.code, 0, first.stderr);
  const second = rasd(['ingest', SAMPLES, '--db', db, '--json']);
  const [a, b] = [JSON.parse(first.stdout), JSON.parse(second.stdout)];
  assert.equal(a.added, 12);
  assert.equal(b.added, 0);
  assert.equal(b.unchanged, 12);
  assert.deepEqual(b.store, a.store);

  const hits = (q: string) =>
    (JSON.parse(rasd(['search', q, '--db', db, '--json']).stdout) as { id: string }[]).map((h) => h.id);
  assert.deepEqual(hits('بلنكين'), hits('بلينكن'));
  assert.ok(hits('بلنكين').includes('03-phone-call'));

  const events = JSON.parse(
    rasd(['events', '--db', db, '--type', 'assault', '--json', '-n', '100']).stdout,
  ) as { type: string }[];
  assert.ok(events.length > 0 && events.every((e) => e.type === 'ASSAULT'));
  const confident = JSON.parse(
    rasd(['events', '--db', db, '--min-confidence', '0.9', '--json', '-n', '100']).stdout,
  ) as { confidence: number }[];
  assert.ok(confident.length > 0 && confident.every((e) => e.confidence >= 0.9));
  const entities = JSON.parse(rasd(['entities', '--db', db, '--type', 'PER', '--json']).stdout) as {
    type: string;
  }[];
  assert.ok(entities.length > 0 && entities.every((e) => e.type === 'PER'));
  const stories = JSON.parse(rasd(['stories', '--db', db, '--json']).stdout) as {
    id: string;
    articles: number;
  }[];
  assert.equal(
    stories.reduce((n, s) => n + s.articles, 0),
    12,
  );
  const shown = rasd(['stories', stories[0]!.id, '--db', db]);
  assert.equal(shown.code, 0);
  assert.match(shown.stdout, /sources:/);
  assert.equal(rasd(['stories', 'st_nope', '--db', db]).code, 1);

  const exported = jsonl(rasd(['export', '--db', db]).stdout);
  assert.equal(exported.length, 12);
  const plover = jsonl(rasd(['export', '--db', db, '--format', 'plover']).stdout);
  assert.ok(plover.length > 0);
  for (const p of plover)
    for (const field of ['id', 'date', 'actor', 'recipient', 'event']) assert.ok(field in p);
  const csv = rasd(['export', '--db', db, '--format', 'csv']).stdout.trim().split('\n');
  assert.match(csv[0]!, /^article_id,outlet,published,story_id,type,/);
  assert.equal(
    csv.length - 1,
    plover.length +
      jsonl(rasd(['export', '--db', db]).stdout).flatMap((r) =>
        (r.events as { historical: boolean }[]).filter((e) => e.historical),
      ).length,
  );
  // --min-confidence leaves out the less sure events, in every format, and keeps the records.
  const sure = jsonl(rasd(['export', '--db', db, '--min-confidence', '0.9']).stdout);
  assert.equal(sure.length, exported.length);
  const kept = sure.flatMap((r) => r.events as { confidence: number }[]);
  const all = exported.flatMap((r) => r.events as { confidence: number }[]);
  assert.ok(kept.length > 0 && kept.length < all.length && kept.every((e) => e.confidence >= 0.9));
  const surePlover = jsonl(
    rasd(['export', '--db', db, '--format', 'plover', '--min-confidence', '0.9']).stdout,
  );
  assert.ok(surePlover.length > 0 && surePlover.length < plover.length);
});

test('demo ingests the sample corpus and prints its stories', () => {
  const dir = tmp();
  const { code, stdout, stderr } = rasd(['demo', '--db', join(dir, 'demo.db')]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /stories in/);
  assert.match(stdout, /summary:/);
  assert.match(stdout, /events:/);
});

test('tag --conll keeps tokens and sentence breaks', () => {
  const input = 'قال\nالرئيس\nالأمريكي\nجو\nبايدن\n\nزار\nبغداد\n';
  const { code, stdout, stderr } = rasd(['tag', '--conll', '-'], { input });
  assert.equal(code, 0, stderr);
  // CoNLL output may close the last sentence with a blank line too.
  const lines = stdout.replace(/\n+$/, '').split('\n');
  assert.deepEqual(
    lines.map((l) => l.split('\t')[0]),
    ['قال', 'الرئيس', 'الأمريكي', 'جو', 'بايدن', '', 'زار', 'بغداد'],
  );
  for (const line of lines.filter(Boolean))
    assert.match(line.split('\t')[1]!, /^(O|[BI]-(PER|LOC|ORG|MISC))$/);
});

test(
  'gold corpora: every article yields a record whose text matches the gold hash',
  { skip: !HAVE_SHARED },
  () => {
    const { code, stdout } = rasd([
      'extract',
      join(SHARED, 'corpus', 'seeds'),
      join(SHARED, 'corpus', 'ant-gold'),
    ]);
    assert.equal(code, 0);
    const records = jsonl(stdout);
    assert.equal(records.length, 17);
  },
);
