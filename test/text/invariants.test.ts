import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers, segment, splitSentences, tokenize } from '../../src/text/index.js';

/** Deterministic random text from pieces that stress the edges: marks, separators, quotes, mixed scripts. */
function randomText(seed: number, length: number): string {
  const pieces = [
    'قال',
    'الوزير',
    'وبالحكومة',
    'لـ',
    'ـ',
    '\u064e',
    '\u0651',
    'ثلاثة',
    'آلاف',
    'أكثر من',
    '85',
    '٣٫٥',
    '1,250',
    '.',
    '،',
    '؟',
    '!',
    '؛',
    '«',
    '»',
    '“',
    '”',
    '"',
    '(',
    ')',
    ' ',
    ' ',
    ' ',
    '\n',
    '\r\n',
    'F-16',
    'http://a.b/c',
    'x@y.io',
    '😀',
    '\u200c',
    '\u200f',
    '%',
    '٪',
    'د.',
    'جنديين',
    'مليون',
    'ونصف',
    'عشر',
    'ـ ',
    '...',
    '\u00a0',
    'ab',
    '\t',
  ];
  let s = '';
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += pieces[x % pieces.length];
  }
  return s;
}

test('random text: tokens, sentences, numbers and stems keep valid offsets', () => {
  for (let seed = 1; seed <= 300; seed++) {
    const text = randomText(seed, 60);
    let last = 0;
    for (const t of tokenize(text)) {
      assert.equal(text.slice(t.start, t.end), t.text);
      assert.ok(t.start >= last && t.end > t.start);
      last = t.end;
      if (t.kind === 'word') {
        const s = segment(t.text);
        assert.equal(t.text.slice(s.stemStart, s.stemEnd), s.stem);
        assert.ok(s.stemStart >= 0 && s.stemEnd <= t.text.length && s.stemStart <= s.stemEnd);
      }
    }
    last = 0;
    for (const s of splitSentences(text)) {
      assert.ok(
        s.start >= last && s.end > s.start && s.end <= text.length,
        `sentence ${JSON.stringify(s)} in ${JSON.stringify(text)}`,
      );
      assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
      last = s.end;
    }
    for (const m of findNumbers(text)) {
      assert.ok(
        m.start <= m.number.start && m.number.end <= m.end && m.start < m.end && m.end <= text.length,
      );
      assert.ok(Number.isFinite(m.value) && m.value > 0);
      if (m.noun) assert.equal(text.slice(m.noun.start, m.noun.end), m.noun.text);
    }
  }
});
