import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/text/index.js';
import type { Token } from '../../src/text/index.js';

/** Every token's offsets point at its text, in order and without overlap. */
function assertStandOff(text: string, tokens: Token[]): void {
  let last = 0;
  for (const t of tokens) {
    assert.equal(text.slice(t.start, t.end), t.text, `offsets of ${JSON.stringify(t)}`);
    assert.ok(t.start >= last && t.end > t.start, `order of ${JSON.stringify(t)}`);
    last = t.end;
  }
}

const shape = (text: string): string[] => tokenize(text).map((t) => `${t.text}/${t.kind}`);

test('empty and blank input give no tokens', () => {
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(tokenize('   \n\t\u00a0'), []);
});

test('Arabic words keep diacritics and tatweel; norm drops them', () => {
  const toks = tokenize('قالَ الرئيـــس إنّ');
  assert.deepEqual(
    toks.map((t) => [t.text, t.norm, t.kind]),
    [
      ['قالَ', 'قال', 'word'],
      ['الرئيـــس', 'الرئيس', 'word'],
      ['إنّ', 'ان', 'word'],
    ],
  );
});

test('norm folds alef, yeh and teh marbuta', () => {
  const [a, b, c] = tokenize('أمريكا مستشفى الحكومة');
  assert.equal(a!.norm, 'امريكا');
  assert.equal(b!.norm, 'مستشفي');
  assert.equal(c!.norm, 'الحكومه');
});

test('Arabic punctuation is split off', () => {
  assert.deepEqual(shape('قال: «لا»، ثم؟ نعم؛ لا!'), [
    'قال/word',
    ':/punct',
    '«/punct',
    'لا/word',
    '»/punct',
    '،/punct',
    'ثم/word',
    '؟/punct',
    'نعم/word',
    '؛/punct',
    'لا/word',
    '!/punct',
  ]);
});

test('curly and straight quotes are punctuation', () => {
  assert.deepEqual(shape('“نص” "آخر"'), ['“/punct', 'نص/word', '”/punct', '"/punct', 'آخر/word', '"/punct']);
});

test('numbers with decimal and thousands separators are one token', () => {
  assert.deepEqual(shape('3.5 1,250 ٣٫٥ ١٢٬٥٠٠ ۱۲۳ 2024.'), [
    '3.5/number',
    '1,250/number',
    '٣٫٥/number',
    '١٢٬٥٠٠/number',
    '۱۲۳/number',
    '2024/number',
    './punct',
  ]);
  assert.equal(tokenize('٣٫٥')[0]!.norm, '3٫5');
});

test('a trailing separator is not part of the number', () => {
  assert.deepEqual(shape('عددهم 20، و30.'), [
    'عددهم/word',
    '20/number',
    '،/punct',
    'و/word',
    '30/number',
    './punct',
  ]);
});

test('digits glued to Arabic letters are split', () => {
  assert.deepEqual(shape('لمدة27 عاما بـ400'), [
    'لمدة/word',
    '27/number',
    'عاما/word',
    'بـ/word',
    '400/number',
  ]);
});

test('a proclitic set off by tatweel is its own token', () => {
  assert.deepEqual(shape('لـبغداد لـ«الشرق» الرئيـــس'), [
    'لـ/word',
    'بغداد/word',
    'لـ/word',
    '«/punct',
    'الشرق/word',
    '»/punct',
    'الرئيـــس/word',
  ]);
});

test('Latin words, hyphenated names and mixed text', () => {
  assert.deepEqual(shape('طائرة F-16 من al-Qaeda و CNN'), [
    'طائرة/word',
    'F-16/latin',
    'من/word',
    'al-Qaeda/latin',
    'و/word',
    'CNN/latin',
  ]);
  assert.equal(tokenize('CNN')[0]!.norm, 'cnn');
});

test('URLs and e-mail addresses are one symbol token, without trailing punctuation', () => {
  assert.deepEqual(shape('انظر https://example.com/a?b=1. أو www.site.org، أو info@news.co.uk!'), [
    'انظر/word',
    'https://example.com/a?b=1/symbol',
    './punct',
    'أو/word',
    'www.site.org/symbol',
    '،/punct',
    'أو/word',
    'info@news.co.uk/symbol',
    '!/punct',
  ]);
});

test('repeated punctuation is one token', () => {
  assert.deepEqual(shape('ماذا؟؟ حسنا... لا!!'), [
    'ماذا/word',
    '؟؟/punct',
    'حسنا/word',
    '.../punct',
    'لا/word',
    '!!/punct',
  ]);
});

test('symbols, emoji and stray marks', () => {
  assert.deepEqual(shape('50% $ 😀'), ['50/number', '%/symbol', '$/symbol', '😀/symbol']);
  const marks = tokenize('\u064b\u064c');
  assert.equal(marks.length, 1);
  assert.equal(marks[0]!.kind, 'symbol');
  assert.equal(marks[0]!.norm, '');
});

test('ZWNJ inside a Persian-style word stays in the word; bidi marks are skipped', () => {
  const text = 'می\u200cخواهم \u200fنص\u200f';
  const toks = tokenize(text);
  assert.deepEqual(
    toks.map((t) => t.text),
    ['می\u200cخواهم', 'نص'],
  );
  assert.equal(toks[0]!.norm, 'ميخواهم');
  assertStandOff(text, toks);
});

test('from/to restrict the range and keep absolute offsets', () => {
  const text = 'قال الوزير إن 3 جنود قتلوا';
  const toks = tokenize(text, 4, 16);
  assert.deepEqual(
    toks.map((t) => t.text),
    ['الوزير', 'إن', '3'],
  );
  assertStandOff(text, toks);
  assert.equal(toks[0]!.start, 4);
});

test('offsets are valid on mixed and messy text', () => {
  const text =
    'وأكد شهود عيان لـ«الشرق الأوسط»، أن أكثر من عشرين قذيفة هاون.\r\n(أ ف ب) F-16s 1,000,000$ — «نص» http://x.y/z\u00a0٣٫٥٪ 😀😀 ًٌ a.b@c.de';
  assertStandOff(text, tokenize(text));
});

test('whole text is covered except spaces and invisible marks', () => {
  const text = 'قال: «نعم» 3.5، F-16! 😀';
  const covered = tokenize(text)
    .map((t) => t.text)
    .join('');
  assert.equal(covered, text.replace(/\s/g, ''));
});
