// The edge trims stand in for regex replaces: they must give exactly what the regexes give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trimPunctuation, trimTrailingColons } from '../../src/clean/trim.js';

const PUNCTUATION_EDGES = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;
const TRAILING_COLONS = /[\s:：.…]+$/u;

const samples = [
  '',
  ' ',
  '...',
  'عاجل',
  '« عاجل: الجيش يقصف »',
  '- خبر عاجل -',
  '(tag) نص (tag)',
  'نص 😀',
  '😀 نص 😀😀',
  '\ud83d',
  'a\ud83d',
  '\ude00a',
  'اقرأ أيضا: ',
  'اقرأ أيضا:…. ',
  'الرئيسية :：',
  '\u00a0\u2003نص\u3000',
  '$100 +',
];

test('trimPunctuation equals the punctuation-edge regex', () => {
  for (const s of samples)
    assert.equal(trimPunctuation(s), s.replace(PUNCTUATION_EDGES, ''), JSON.stringify(s));
});

test('trimPunctuation: every BMP character at either edge', () => {
  for (let c = 0; c < 0x10000; c += 7) {
    const s = `${String.fromCharCode(c)}نص${String.fromCharCode(c)}`;
    assert.equal(trimPunctuation(s), s.replace(PUNCTUATION_EDGES, ''), c.toString(16));
  }
});

test('trimTrailingColons equals the trailing-colon regex', () => {
  for (const s of samples)
    assert.equal(trimTrailingColons(s), s.replace(TRAILING_COLONS, ''), JSON.stringify(s));
});
