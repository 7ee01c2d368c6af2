import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentKey, RepostMemo } from '../../src/repost-memo.js';
import type { RawArticle } from '../../src/types.js';

const article = (id: string, text: string, published = '2018-03-01'): RawArticle => ({
  id,
  source: { path: `${id}.txt`, index: 0, line: null, url: null },
  text,
  headline: null,
  meta: { kind: 'text', published },
  warnings: [],
});

test('the content key ignores id and source, and sees text and metadata', () => {
  const a = article('a', 'قصف على حلب');
  assert.equal(
    contentKey(a),
    contentKey({
      ...article('b', 'قصف على حلب'),
      source: { path: 'other/b.txt', index: 0, line: null, url: null },
    }),
  );
  assert.notEqual(contentKey(a), contentKey(article('a', 'قصف على حمص')));
  assert.notEqual(contentKey(a), contentKey(article('a', 'قصف على حلب', '2018-03-02')));
  assert.notEqual(contentKey(a), contentKey({ ...a, headline: { start: 0, end: 3 } }));
  assert.notEqual(contentKey(a), contentKey({ ...a, warnings: ['invalid UTF-8'] }));
});

test('the memo remembers the most recent contents, and forgets a failed one', () => {
  const memo = new RepostMemo<number>(2);
  const x = memo.remember('x');
  assert.equal(x.fresh, true);
  x.entry.waiting.push(1);
  assert.equal(memo.remember('x').fresh, false);
  assert.deepEqual(memo.remember('x').entry.waiting, [1]);
  assert.equal(memo.remember('y').fresh, true);
  assert.equal(memo.remember('z').fresh, true, 'a third content pushes out the oldest');
  assert.equal(memo.remember('x').fresh, true, 'x was forgotten, and is now remembered anew');
  assert.equal(memo.remember('x').entry.waiting.length, 0);
  assert.equal(memo.remember('z').fresh, false);
  memo.forget('z');
  assert.equal(memo.remember('z').fresh, true);
});
