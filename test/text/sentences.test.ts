import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/text/index.js';

const split = (text: string, regions?: Array<{ start: number; end: number }>): string[] =>
  splitSentences(text, regions).map((s) => text.slice(s.start, s.end));

test('empty and blank text give no sentences', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences('  \n\n \t'), []);
});

test('splits on . ؟ ! ؛ and keeps spans trimmed', () => {
  assert.deepEqual(split('  قال الوزير. هل انتهى؟ نعم! ثم غادر؛ وعاد  '), [
    'قال الوزير.',
    'هل انتهى؟',
    'نعم!',
    'ثم غادر؛',
    'وعاد',
  ]);
});

test('a line break ends a sentence even without punctuation', () => {
  assert.deepEqual(split('عنوان الخبر\n\nالفقرة الأولى. الثانية\r\nالثالثة'), [
    'عنوان الخبر',
    'الفقرة الأولى.',
    'الثانية',
    'الثالثة',
  ]);
});

test('no split inside a closed quotation', () => {
  assert.deepEqual(split('قال: «لن نتراجع. أبدا» ثم غادر. انتهى'), [
    'قال: «لن نتراجع. أبدا» ثم غادر.',
    'انتهى',
  ]);
  assert.deepEqual(split('وقال “نعم. لا” أمس. بعد'), ['وقال “نعم. لا” أمس.', 'بعد']);
  assert.deepEqual(split('وقال "نعم. لا" أمس. بعد'), ['وقال "نعم. لا" أمس.', 'بعد']);
});

test('an unclosed quotation does not swallow the line', () => {
  assert.deepEqual(split('قال «نعم. ثم مضى. وانتهى'), ['قال «نعم.', 'ثم مضى.', 'وانتهى']);
});

test('the closing quote after the stop stays with the sentence', () => {
  assert.deepEqual(split('قال: «انتهى الأمر.» وغادر.'), ['قال: «انتهى الأمر.»', 'وغادر.']);
});

test('no split inside numbers or after one-letter abbreviations', () => {
  assert.deepEqual(split('ارتفع 3.5 في المئة. وقال د. أحمد إن أ. ف. ب. نقلت الخبر. انتهى'), [
    'ارتفع 3.5 في المئة.',
    'وقال د. أحمد إن أ. ف. ب. نقلت الخبر.',
    'انتهى',
  ]);
});

test('no split inside URLs and Latin abbreviations', () => {
  assert.deepEqual(split('زار U.S. Army الموقع example.com أمس. ثم Mr. Smith غادر.'), [
    'زار U.S. Army الموقع example.com أمس.',
    'ثم Mr. Smith غادر.',
  ]);
});

test('brackets with abbreviations such as (أ.ف.ب) stay whole', () => {
  assert.deepEqual(split('بغداد (أ.ف.ب) - قتل ثلاثة. وأصيب آخرون.'), [
    'بغداد (أ.ف.ب) - قتل ثلاثة.',
    'وأصيب آخرون.',
  ]);
});

test('a stop glued to the next word still splits', () => {
  assert.deepEqual(split('انتهى الاجتماع.وقال الوزير'), ['انتهى الاجتماع.', 'وقال الوزير']);
});

test('ellipsis and repeated marks end a sentence once', () => {
  assert.deepEqual(split('ماذا حدث؟!! لا أعرف... ربما'), ['ماذا حدث؟!!', 'لا أعرف...', 'ربما']);
});

test('regions: only those parts, none crossing an edge', () => {
  const text = 'العنوان هنا\n\nنص أول. نص ثان\nاقرأ أيضا: خبر آخر';
  const head = { start: 0, end: 11 };
  const body = { start: 13, end: 27 };
  assert.deepEqual(split(text, [head, body]), ['العنوان هنا', 'نص أول.', 'نص ثان']);
  assert.deepEqual(split(text, [{ start: 13, end: 20 }]), ['نص أول.']);
});

test('offsets are in range and sentences are in order', () => {
  const text = 'أ. ب. ج؟ «نص» 3.5%.\n\n  (ملاحظة.)  ';
  let last = 0;
  for (const s of splitSentences(text)) {
    assert.ok(s.start >= last && s.end > s.start && s.end <= text.length);
    assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
    last = s.end;
  }
});
