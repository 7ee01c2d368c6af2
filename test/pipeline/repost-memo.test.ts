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
  assert.equal(memo.seen('x'), undefined);
  memo.entry('x')!.waiting.push(1);
  assert.deepEqual(memo.seen('x')?.waiting, [1]);
  assert.equal(memo.seen('y'), undefined);
  assert.equal(memo.seen('z'), undefined, 'a third content pushes out the oldest');
  assert.equal(memo.seen('x'), undefined, 'x was forgotten, and is now remembered anew');
  assert.ok(memo.seen('z'));
  memo.forget('z');
  assert.equal(memo.seen('z'), undefined);
});
