import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFromJson, jsonDocumentItems, parseJson, type JsonPlace } from '../../src/io/json.js';

const place: JsonPlace = { kind: 'json', path: 'f.json', idBase: 'f', ordinal: 2, index: 2, line: null };

test('aliases: first usable field wins', () => {
  const a = articleFromJson(
    {
      _id: 'x1',
      headline: ' عنوان ',
      body: '\n نص الخبر \n',
      pubDate: 'Mon, 26 Feb 2018',
      site: 'RT',
      link: 'http://e/1',
    },
    place,
  );
  assert.equal(a.id, 'x1');
  assert.equal(a.text, 'عنوان\n\nنص الخبر');
  assert.deepEqual(a.headline, { start: 0, end: 5 });
  assert.deepEqual(a.meta, {
    kind: 'json',
    published: 'Mon, 26 Feb 2018',
    outlet: 'RT',
    url: 'http://e/1',
    dateline: null,
    lang: null,
  });
  assert.deepEqual(a.source, { path: 'f.json', index: 2, line: null, url: 'http://e/1' });
});

test('no id: base name and #N; an empty id field does not count', () => {
  assert.equal(articleFromJson({ text: 'x' }, place).id, 'f#2');
  assert.equal(articleFromJson({ id: '', text: 'x' }, { ...place, ordinal: 0 }).id, 'f');
  assert.equal(articleFromJson({ id: 17, text: 'x' }, place).id, '17');
});

test('text without headline is the body alone; paragraphs as a list; outlet as an object', () => {
  const a = articleFromJson({ content: ['  أ ', 'ب'], source: { name: 'BBC' } }, place);
  assert.equal(a.text, 'أ\nب');
  assert.equal(a.headline, null);
  assert.equal(a.meta.outlet, 'BBC');
});

test('html field when there is no text field', () => {
  const html =
    '<html lang="ar"><head><title>T</title><meta property="article:published_time" content="2024-02-03"></head><body><article><h1>عنوان الصفحة</h1><p>' +
    'فقرة أولى طويلة بما يكفي ليعدها المستخرج جزءا من المقال، وفيها كلمات كثيرة، وفيها فواصل كثيرة، وجمل كثيرة أيضا. '.repeat(
      3,
    ) +
    '</p><p>' +
    'فقرة ثانية، أيضا طويلة بما يكفي، وفيها فواصل، وكلمات كثيرة. '.repeat(3) +
    '</p></article></body></html>';
  const a = articleFromJson({ raw_html: html, title: 'عنوان' }, place);
  assert.ok(a.body && a.body.length >= 1);
  for (const span of a.body!) assert.ok(a.text.slice(span.start, span.end).length > 0);
  assert.equal(a.meta.published, '2024-02-03');
  assert.equal(a.meta.lang, 'ar');
});

test('headline only: an article with a warning; nothing at all: an error', () => {
  const a = articleFromJson({ title: 'عنوان', text: '' }, place);
  assert.equal(a.text, 'عنوان');
  assert.match(a.warnings[0]!, /empty body/);
  assert.throws(() => articleFromJson({ id: 'x', foo: 1 }, place), /no text, html or headline/);
});

test('document items: array, object, wrapper of one list', () => {
  assert.equal(jsonDocumentItems([{ a: 1 }, { b: 2 }]).length, 2);
  assert.deepEqual(jsonDocumentItems({ text: 'x' }), [{ text: 'x' }]);
  assert.deepEqual(jsonDocumentItems({ status: 'ok', articles: [{ text: 'a' }, { text: 'b' }] }), [
    { text: 'a' },
    { text: 'b' },
  ]);
  assert.throws(() => jsonDocumentItems(3), /neither an object nor an array/);
});

test('parse errors carry a line when the engine gives a position', () => {
  try {
    parseJson('{\n  "a": 1,\n  "b" 2\n}\n');
    assert.fail('should throw');
  } catch (err) {
    assert.match((err as Error).message, /invalid JSON/);
    assert.equal((err as { line?: number }).line, 3);
  }
});
