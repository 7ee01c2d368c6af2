import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, typesOf } from './helpers.js';

// One reported event per PLOVER type, in the forms news reports use.
const CASES: Array<[string, string, string | null]> = [
  ['شنت طائرات حربية غارات على مواقع للمسلحين أمس.', 'ASSAULT', 'aerial'],
  ['وقصفت المدفعية قرى حدودية صباح الخميس.', 'ASSAULT', 'heavy-weapons'],
  ['استهدفوا دورية للشرطة بعبوة ناسفة.', 'ASSAULT', 'explosives'],
  ['وهاجم مسلحون حاجزا للجيش.', 'ASSAULT', null],
  ['اختطف مسلحون ثلاثة صحفيين جنوب البلاد.', 'ASSAULT', 'abduct'],
  ['فجر انتحاري نفسه وسط سوق شعبي.', 'ASSAULT', 'explosives'],
  ['تظاهر آلاف الطلاب أمام مقر الحكومة.', 'PROTEST', 'demo'],
  ['نظم العمال إضرابا عاما في الموانئ.', 'PROTEST', 'strike'],
  ['واعتصم المعلمون أمام وزارة التربية.', 'PROTEST', 'demo'],
  ['أجرى الرئيس اتصالا هاتفيا مع نظيره الفرنسي.', 'CONSULT', 'phone'],
  ['التقى وزير الخارجية نظيره الروسي في موسكو.', 'CONSULT', 'meeting'],
  ['فرضت الخزانة الأمريكية عقوبات على شركات إيرانية.', 'SANCTION', 'discontinue'],
  ['اتهمت الحكومة المعارضة بالتحريض.', 'ACCUSE', 'allege'],
  ['طالب البرلمان الحكومة بالاستقالة.', 'REQUEST', null],
  ['رفضت الحركة المقترح المصري.', 'REJECT', null],
  ['هدد الجيش بالرد بقوة.', 'THREATEN', null],
  ['اعتقلت الشرطة عشرات الناشطين.', 'COERCE', 'arrest'],
  ['فرضت السلطات حظر التجول في المدينة.', 'COERCE', 'curfew'],
  ['نشرت الحكومة قوات إضافية على الحدود.', 'MOBILIZE', 'troops'],
  ['رحب الاتحاد الأوروبي بالاتفاق.', 'SUPPORT', null],
  ['وقع الطرفان اتفاقية للتعاون الاقتصادي.', 'AGREE', null],
  ['وتبادل البلدان المعلومات الأمنية.', 'COOPERATE', null],
  ['قدمت الإمارات مساعدات إنسانية لليمن.', 'AID', null],
  ['انسحبت القوات من البلدة.', 'RETREAT', 'withdraw'],
  ['أفرجت السلطات عن عشرة معتقلين.', 'RETREAT', 'release'],
  ['اعتذر المتحدث عن تصريحاته.', 'CONCEDE', null],
];

for (const [sentence, type, mode] of CASES) {
  test(`${type}: ${sentence}`, () => {
    const ev = eventsOf(sentence).find((e) => e.type === type);
    assert.ok(ev, `no ${type} in ${JSON.stringify(eventsOf(sentence).map((e) => e.type))}`);
    assert.equal(ev.mode, mode);
    assert.ok(ev.confidence > 0 && ev.confidence <= 1);
    assert.deepEqual(ev.evidence, [{ start: 0, end: sentence.length }]);
  });
}

test('verbs in every person and tense, with clitics', () => {
  for (const s of [
    'شنوا هجوما على القرية.',
    'تشن القوات هجوما منذ أسابيع على المدينة وتواصل القصف.',
    'وقصفوها بالمدفعية.',
    'استهدفت الغارات مستودعا للأسلحة.',
  ])
    assert.deepEqual(typesOf(s), ['ASSAULT'], s);
});

test('a word ending in ة is not a verb with a pronoun (قتلة ≠ قتله)', () => {
  assert.deepEqual(typesOf('تحدث التقرير عن قتلة محترفين.'), []);
});

test('multi-word triggers consume their words: a ceasefire is not a shooting', () => {
  assert.deepEqual(typesOf('أعلن الطرفان وقف إطلاق النار.'), ['RETREAT']);
  assert.deepEqual(typesOf('أطلق الجنود النار على المحتجين.').includes('ASSAULT'), true);
});

test('فجر before a day is dawn, not an explosion', () => {
  assert.deepEqual(typesOf('وصل الوفد فجر الجمعة إلى العاصمة.'), []);
});
