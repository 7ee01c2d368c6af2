import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from '../../src/quotes/index.js';
import { findQuotedSpans } from '../../src/quotes/marks.js';
import type { Entity, Span } from '../../src/types.js';

function entity(text: string, name: string, en: string, type: Entity['type'] = 'PER'): Entity {
  const mentions: Span[] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
    mentions.push({ start: i, end: i + name.length });
  return { key: `k:${en}`, type, name, en, code: null, sector: null, mentions };
}

const whole = (text: string): Span[] => [{ start: 0, end: text.length }];
const quoted = (text: string, q: Span) => text.slice(q.start, q.end);

test('quoted spans in every mark style, without the marks', () => {
  const text = 'قال «أولا» ثم “ثانيا” ثم "ثالثا" ثم ”رابعا“.';
  const spans = findQuotedSpans(text, { start: 0, end: text.length }).map((s) => quoted(text, s));
  assert.deepEqual(spans, ['أولا', 'ثانيا', 'ثالثا', 'رابعا']);
});

test('an unclosed mark yields nothing and does not swallow the paragraph', () => {
  const text = 'قال الوزير "إن الوضع خطير\nوأضاف كلاما آخر';
  assert.deepEqual(findQuotedSpans(text, { start: 0, end: 26 }), []);
});

test('VSO: the speaker is the named entity after the reporting verb, titles and appositive commas allowed', () => {
  const text = 'وقال نائب المتحدث باسم الخارجية الأمريكية، فيدانت باتيل، خلال مؤتمر صحفي: "كنا واضحين جدا".';
  const entities = [
    entity(text, 'الخارجية الأمريكية', 'US State Department', 'ORG'),
    entity(text, 'فيدانت باتيل', 'Vedant Patel'),
  ];
  const [q] = findQuotes(text, whole(text), { entities });
  assert.equal(quoted(text, q!), 'كنا واضحين جدا');
  assert.equal(q!.speaker?.en, 'Vedant Patel');
  assert.equal(text.slice(q!.cue!.start, q!.cue!.end), 'وقال');
});

test('a continuing verb ("وأضاف") keeps the previous speaker', () => {
  const text = 'قال بلينكن: "نعمل على التهدئة". وأضاف: "لا نريد التصعيد".';
  const quotes = findQuotes(text, whole(text), { entities: [entity(text, 'بلينكن', 'Antony Blinken')] });
  assert.equal(quotes.length, 2);
  assert.deepEqual(
    quotes.map((q) => q.speaker?.en),
    ['Antony Blinken', 'Antony Blinken'],
  );
});

test('a colon after a reporting verb introduces a quote even without marks', () => {
  const text = 'وأضاف الوزير الأمريكي أوستن: نعمل مع الحكومة العراقية على خفض التصعيد.';
  const quotes = findQuotes(text, whole(text), { entities: [entity(text, 'أوستن', 'Lloyd Austin')] });
  assert.equal(quotes.length, 1);
  assert.equal(quoted(text, quotes[0]!), 'نعمل مع الحكومة العراقية على خفض التصعيد');
  assert.equal(quotes[0]!.speaker?.en, 'Lloyd Austin');
});

test('a headline "X:" without a reporting verb is not a quote', () => {
  const text = 'البيت الأبيض: لم نتواصل مع إيران';
  assert.deepEqual(findQuotes(text, whole(text), { entities: [] }), []);
});

test('indirect speech is not a quote', () => {
  const text = 'وقال ترامب إن الضربات ستستمر حتى يتوقف استخدام السلاح الكيماوي.';
  assert.deepEqual(findQuotes(text, whole(text), { entities: [entity(text, 'ترامب', 'Donald Trump')] }), []);
});

test('a quoted name is a title, not speech', () => {
  const text = 'ونقلت وكالة "رويترز" عن مصدر أن الاجتماع انتهى، وقال المصدر إن "الأجواء كانت إيجابية".';
  const quotes = findQuotes(text, whole(text), { entities: [entity(text, 'رويترز', 'Reuters', 'ORG')] });
  assert.deepEqual(
    quotes.map((q) => quoted(text, q)),
    ['الأجواء كانت إيجابية'],
  );
});

test('"على لسان X" attributes the words to X, not to the agency reporting them', () => {
  const text =
    'جاء ذلك وفقا لما نقلته وكالة سبوتنيك على لسان بوتين حيث قال: "تصرفات الولايات المتحدة تفاقم الكارثة".';
  const entities = [entity(text, 'سبوتنيك', 'Sputnik', 'ORG'), entity(text, 'بوتين', 'Vladimir Putin')];
  const [q] = findQuotes(text, whole(text), { entities });
  assert.equal(q!.speaker?.en, 'Vladimir Putin');
});

test('quotes outside the given regions (boilerplate) are never reported', () => {
  const text = 'قال ترامب: "نحن مستعدون".\nاقرأ أيضا: قال بوتين "لا تعليق"';
  const quotes = findQuotes(text, [{ start: 0, end: 25 }], {
    entities: [entity(text, 'ترامب', 'Donald Trump')],
  });
  assert.equal(quotes.length, 1);
  assert.ok(quotes.every((q) => q.end <= 25));
});

test('empty input gives no quotes', () => {
  assert.deepEqual(findQuotes('', [], { entities: [] }), []);
});

test('an unnamed role with a nationality speaks for itself, unless it continues a person of its country', () => {
  const text =
    'وقالت وزارة الدفاع البريطانية: "ضربنا مجمعا عسكريا". وقال وزير الدفاع البريطاني قائلا إن "الرد كان حاسما".';
  const ministry = {
    ...entity(text, 'وزارة الدفاع البريطانية', 'UK Ministry of Defence', 'ORG'),
    code: 'GBR',
  };
  const quotes = findQuotes(text, whole(text), { entities: [ministry] });
  assert.deepEqual(
    quotes.map((q) => (q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null)),
    ['وزارة الدفاع البريطانية', 'وزير الدفاع البريطاني'],
  );
  assert.equal(quotes[1]!.speaker?.key, null);
  // After a person of that country the role is that person again.
  const follow = 'قال بلينكن: "نعمل على التهدئة". وأضاف الوزير الأمريكي: "لا نريد التصعيد".';
  const blinken = { ...entity(follow, 'بلينكن', 'Antony Blinken'), code: 'USA' };
  assert.deepEqual(
    findQuotes(follow, whole(follow), { entities: [blinken] }).map((q) => q.speaker?.en),
    ['Antony Blinken', 'Antony Blinken'],
  );
});
