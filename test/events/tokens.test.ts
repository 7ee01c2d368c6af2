import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packSpelling, tokenize } from '../../src/events/tokens.js';
import { normalize } from '../../src/text/normalize.js';

test('packSpelling tells Arabic spellings of up to nine characters apart, and leaves the rest', () => {
  const words = [
    'و',
    'في',
    'قتل',
    'قتلى',
    'قتلل',
    'ققتل',
    'ققتلل',
    'الجيش',
    'أطلقت',
    'قُتل',
    'ي',
    'يي',
    'ييي',
    'المتظاهر',
    'المتظاهرو',
    'لمتظاهرين',
    'يييييي',
    'ييييييي',
  ];
  const packed = words.map((w) => packSpelling(w)?.join(','));
  assert.equal(new Set(packed).size, words.length);
  for (const p of packed) assert.ok(p !== undefined);
  assert.equal(packSpelling('المتظاهرين'), null, 'longer than nine');
  assert.equal(packSpelling('abc'), null, 'outside the Arabic block');
  assert.equal(packSpelling(''), null);
});

test('tokenize gives each word its own facts, through the cache, however often it is seen', () => {
  const text = 'قتل قتلى قتلل ققتل أطلقت أطلقت قُتل قتل المتظاهرين المتظاهرون Reuters قتل';
  for (let round = 0; round < 3; round++) {
    const words = tokenize(text);
    assert.deepEqual(
      words.map((t) => t.norm),
      text.split(' ').map(normalize),
    );
    for (const t of words) assert.equal(t.facts?.written, text.slice(t.start, t.end));
  }
});
