import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers, parseNumberToken } from '../../src/text/index.js';
import type { NumberMention } from '../../src/text/index.js';

/** The one mention in `text`, with its covered text, value, approx and noun. */
function one(text: string): {
  s: string;
  value: number;
  approx: string | null;
  noun?: string;
  kind: string;
  unit?: string;
} {
  const ms = findNumbers(text);
  assert.equal(ms.length, 1, `one mention in ${text}: ${JSON.stringify(ms)}`);
  return view(text, ms[0]!);
}

function view(
  text: string,
  m: NumberMention,
): { s: string; value: number; approx: string | null; noun?: string; kind: string; unit?: string } {
  assert.equal(text.slice(m.number.start, m.number.end).length > 0, true);
  if (m.noun) assert.equal(text.slice(m.noun.start, m.noun.end), m.noun.text);
  const out: { s: string; value: number; approx: string | null; noun?: string; kind: string; unit?: string } =
    {
      s: text.slice(m.start, m.end),
      value: m.value,
      approx: m.approx,
      kind: m.kind,
    };
  if (m.noun) out.noun = m.noun.text;
  if (m.unit) out.unit = m.unit;
  return out;
}

test('parseNumberToken: digit sets and separators', () => {
  assert.equal(parseNumberToken('85'), 85);
  assert.equal(parseNumberToken('٨٥'), 85);
  assert.equal(parseNumberToken('۸۵'), 85);
  assert.equal(parseNumberToken('3.5'), 3.5);
  assert.equal(parseNumberToken('٣٫٥'), 3.5);
  assert.equal(parseNumberToken('1,250'), 1250);
  assert.equal(parseNumberToken('2,5'), 2.5);
  assert.equal(parseNumberToken('١٢٬٥٠٠'), 12500);
  assert.equal(parseNumberToken('1,000,000'), 1000000);
  assert.equal(parseNumberToken('1.000.000'), 1000000);
  assert.equal(parseNumberToken('1,250.75'), 1250.75);
  assert.equal(parseNumberToken('abc'), null);
  assert.equal(parseNumberToken(''), null);
});

test('the required examples', () => {
  assert.equal(one('ثلاث').value, 3);
  assert.equal(one('أربعة عشر').value, 14);
  assert.equal(one('أربعة آلاف').value, 4000);
  assert.equal(one('نصف مليون').value, 500000);
  assert.deepEqual(one('أكثر من 85 هدفا'), {
    s: 'أكثر من 85 هدفا',
    value: 85,
    approx: 'more_than',
    noun: 'هدفا',
    kind: 'count',
  });
  assert.deepEqual(one('حوالى 2500 جندي'), {
    s: 'حوالى 2500 جندي',
    value: 2500,
    approx: 'about',
    noun: 'جندي',
    kind: 'count',
  });
  assert.deepEqual(one('سبع منشآت'), {
    s: 'سبع منشآت',
    value: 7,
    approx: 'exact',
    noun: 'منشآت',
    kind: 'count',
  });
  assert.deepEqual(one('مقتل ثلاثة جنود'), {
    s: 'ثلاثة جنود',
    value: 3,
    approx: 'exact',
    noun: 'جنود',
    kind: 'count',
  });
  assert.deepEqual(one('40 جريحا'), {
    s: '40 جريحا',
    value: 40,
    approx: 'exact',
    noun: 'جريحا',
    kind: 'count',
  });
});

test('units, teens and tens in all genders and cases', () => {
  const cases: Array<[string, number]> = [
    ['واحد', 1],
    ['واحدة', 1],
    ['اثنان', 2],
    ['اثنين', 2],
    ['اثنتان', 2],
    ['ثلاثة', 3],
    ['خمس', 5],
    ['ستة', 6],
    ['ثماني', 8],
    ['ثمانية', 8],
    ['تسعة', 9],
    ['عشرة', 10],
    ['أحد عشر', 11],
    ['إحدى عشرة', 11],
    ['اثنا عشر', 12],
    ['اثني عشر', 12],
    ['ثلاث عشرة', 13],
    ['سبعة عشر', 17],
    ['عشرون', 20],
    ['عشرين', 20],
    ['تسعين', 90],
    ['خمسة وعشرون', 25],
    ['ثلاث وأربعين', 43],
    ['مائة', 100],
    ['مئة', 100],
    ['مئتان', 200],
    ['ثلاثمائة', 300],
    ['ثلاث مئة', 300],
    ['مائة وخمسون', 150],
    ['ألف', 1000],
    ['ألفين', 2000],
    ['ألفان', 2000],
    ['ثلاثة آلاف', 3000],
    ['ألف وخمسمائة', 1500],
    ['عشرين ألفا', 20000],
    ['مئة ألف', 100000],
    ['مليون', 1e6],
    ['مليونين', 2e6],
    ['خمسة ملايين', 5e6],
    ['مليار', 1e9],
    ['مليون ونصف', 1.5e6],
    ['ربع مليون', 250000],
    ['نصف مليار', 5e8],
    ['ثلاثة آلاف وخمسة', 3005],
  ];
  for (const [text, value] of cases) assert.equal(one(text).value, value, text);
});

test('number words behind clitics', () => {
  assert.equal(one('وثلاثة').value, 3);
  assert.equal(one('بخمسة').value, 5);
  const m = findNumbers('قتل 20 وثلاثون')[0]!;
  assert.equal(m.value, 20);
  const w = findNumbers('وثلاثة جرحى')[0]!;
  assert.equal(w.number.start, 1, 'the number span starts after و');
});

test('digits with word multipliers', () => {
  assert.equal(one('4 آلاف').value, 4000);
  assert.equal(one('20 ألف').value, 20000);
  assert.deepEqual(one('2.5 مليون دولار'), {
    s: '2.5 مليون دولار',
    value: 2.5e6,
    approx: 'exact',
    kind: 'money',
    unit: 'USD',
  });
  assert.equal(one('٣٫٥ مليون').value, 3.5e6);
  assert.equal(one('١٢٬٥٠٠ لاجئ').value, 12500);
});

test('approximators', () => {
  const cases: Array<[string, string]> = [
    ['نحو 300 مواطن', 'about'],
    ['حوالي 27 آخرين', 'about'],
    ['قرابة 4 أشهر', 'about'],
    ['ما يقارب 1,250 جنديا', 'about'],
    ['زهاء ألف شخص', 'about'],
    ['ما يقرب من 50 شخصا', 'about'],
    ['ما لا يقل عن 20 شخصا', 'more_than'],
    ['أكثر من مليون متظاهر', 'more_than'],
    ['بأكثر من خمسة آلاف متظاهر', 'more_than'],
    ['ما يزيد على 100 قتيل', 'more_than'],
    ['أقل من عشرة أيام', 'less_than'],
    ['ما لا يزيد عن 5 أشخاص', 'less_than'],
    ['بنحو 30 جريحا', 'about'],
  ];
  for (const [text, approx] of cases) {
    const m = one(text);
    assert.equal(m.approx, approx, text);
    assert.equal(m.s, text, `span of ${text}`);
  }
});

test('post-approximators', () => {
  assert.deepEqual(one('28 شخصا على الأقل'), {
    s: '28 شخصا على الأقل',
    value: 28,
    approx: 'more_than',
    noun: 'شخصا',
    kind: 'count',
  });
  assert.equal(one('20 قتيلا تقريبا').approx, 'about');
});

test('vague plurals: tens, hundreds, thousands of', () => {
  assert.deepEqual(one('عشرات القتلى'), {
    s: 'عشرات القتلى',
    value: 10,
    approx: 'more_than',
    noun: 'القتلى',
    kind: 'count',
  });
  assert.deepEqual(one('آلاف المتظاهرين'), {
    s: 'آلاف المتظاهرين',
    value: 1000,
    approx: 'more_than',
    noun: 'المتظاهرين',
    kind: 'count',
  });
  assert.equal(one('عشرات الآلاف من المحتجين').value, 10000);
  assert.equal(one('مئات الآلاف').value, 100000);
  assert.equal(one('المئات من أبناء العشائر').noun, 'أبناء');
  assert.equal(one('بضعة آلاف').approx, 'about');
});

test('duals imply two; plurals with the same ending do not', () => {
  assert.deepEqual(one('مقتل جنديين'), {
    s: 'جنديين',
    value: 2,
    approx: 'exact',
    noun: 'جنديين',
    kind: 'count',
  });
  assert.equal(one('أسقطت طائرتين').value, 2);
  assert.equal(one('قبل يومين').value, 2);
  assert.equal(one('كما قتل جنديان').value, 2);
  assert.deepEqual(findNumbers('قتل المدنيين والمسلحين'), []);
  assert.deepEqual(findNumbers('ستين'), [
    { start: 0, end: 4, value: 60, approx: 'exact', number: { start: 0, end: 4 }, kind: 'count' },
  ]);
});

test('one and two follow their noun', () => {
  assert.deepEqual(one('جندي واحد'), {
    s: 'جندي واحد',
    value: 1,
    approx: 'exact',
    noun: 'جندي',
    kind: 'count',
  });
  assert.equal(one('ساعة واحدة').noun, 'ساعة');
  assert.equal(one('استهدفت واحدة من').noun, undefined);
});

test('partitive من: four of the police', () => {
  assert.equal(one('وأربعة من رجال الشرطة').noun, 'رجال');
  assert.equal(one('إطلاق سراح 240 من قواتها').noun, 'قواتها');
});

test('the noun is not a function word, a verb with و, or a preposition phrase', () => {
  assert.equal(findNumbers('قتل 20 واصيب 70')[0]!.noun, undefined);
  assert.equal(findNumbers('واصيب 60 حين انفجرت')[0]!.noun, undefined);
  assert.equal(findNumbers('وإصابة سبعة بجروح')[0]!.noun, undefined);
  assert.equal(findNumbers('عشرة في المدينة')[0]!.noun, undefined);
});

test('percentages, money and measures', () => {
  assert.deepEqual(one('50 في المئة'), {
    s: '50 في المئة',
    value: 50,
    approx: 'exact',
    kind: 'percent',
    unit: 'percent',
  });
  assert.equal(one('نحو 3.5%').unit, 'percent');
  assert.equal(one('٢٠٪').kind, 'percent');
  assert.equal(one('20 بالمئة').kind, 'percent');
  assert.deepEqual(one('80 كلم'), { s: '80 كلم', value: 80, approx: 'exact', kind: 'measure', unit: 'km' });
  assert.equal(one('مليوني دولار').unit, 'USD');
});

test('years and dates are marked, ordinals and date strings skipped', () => {
  assert.equal(one('عام 2024').kind, 'year');
  assert.equal(one('في 2005 الماضي').kind, 'year');
  const d = findNumbers('في 3 فبراير 2024');
  assert.deepEqual(
    d.map((m) => [m.value, m.kind]),
    [
      [3, 'date'],
      [2024, 'date'],
    ],
  );
  assert.deepEqual(findNumbers('في 3/2/2024 الساعة 10:30'), []);
  assert.deepEqual(findNumbers('الدورة الـ15'), []);
  assert.deepEqual(findNumbers('الاثنين الماضي'), []);
  assert.deepEqual(findNumbers('في المركز الثالث والمرة الأولى'), []);
  assert.deepEqual(findNumbers('هجمات الحادي عشر من سبتمبر'), []);
  assert.deepEqual(findNumbers('الدورة الثالثة عشرة'), []);
  assert.equal(one('2024 جنديا').kind, 'count');
});

test('several numbers in a sentence, in order', () => {
  const text = 'قتل 11 مدنيا وأربعة من رجال الشرطة وأصيب أكثر من 150 آخرين.';
  const ms = findNumbers(text).map((m) => view(text, m));
  assert.deepEqual(
    ms.map((m) => [m.value, m.approx, m.noun]),
    [
      [11, 'exact', 'مدنيا'],
      [4, 'exact', 'رجال'],
      [150, 'more_than', 'آخرين'],
    ],
  );
});

test('edge cases: empty, no numbers, diacritics, range', () => {
  assert.deepEqual(findNumbers(''), []);
  assert.deepEqual(findNumbers('لا أرقام هنا'), []);
  assert.equal(one('ثَلَاثَةُ جُنُودٍ').value, 3);
  const text = 'قتل 5 جنود و7 مدنيين';
  const ms = findNumbers(text, 9);
  assert.equal(ms.length, 1);
  assert.equal(ms[0]!.value, 7);
  assert.equal(text.slice(ms[0]!.start, ms[0]!.end), '7 مدنيين');
});
