import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clean,
  findDateline,
  findDates,
  hijriToIso,
  lineCue,
  parseMetaDate,
  splitLines,
} from '../../src/clean/index.js';
import type { CleanResult, RawArticle } from '../../src/types.js';

const plain = (text: string): RawArticle => ({
  id: 't',
  source: { path: 't.txt', index: 0, line: null, url: null },
  text,
  headline: null,
  meta: { kind: 'text' },
  warnings: [],
});

const sgml = (title: string, body: string, meta: Partial<RawArticle['meta']> = {}): RawArticle => ({
  ...plain(`${title}\n\n${body}`),
  headline: { start: 0, end: title.length },
  meta: { kind: 'sgml', ...meta },
});

const slice = (text: string, s: { start: number; end: number }): string => text.slice(s.start, s.end);
const removedTexts = (raw: RawArticle, r: CleanResult): Array<[string, string]> =>
  r.removed.map((x) => [x.kind, slice(raw.text, x)]);
const bodyTexts = (raw: RawArticle, r: CleanResult): string[] => r.body.map((b) => slice(raw.text, b));

const LEDE = 'قال وزير الخارجية العراقي إن الحكومة تبحث مع واشنطن مستقبل التحالف الدولي في البلاد.';
const SECOND = 'وأضاف أن المحادثات ستستمر خلال الأسابيع المقبلة بحسب بيان الوزارة الرسمي الصادر اليوم.';

test('splitLines: trimmed spans of the non-blank lines', () => {
  const lines = splitLines('  أ ب \r\n\n\tج\n   \n');
  assert.deepEqual(
    lines.map((l) => [l.start, l.end, l.text]),
    [
      [2, 5, 'أ ب'],
      [10, 11, 'ج'],
    ],
  );
});

test('plain text: the first line is the headline, the rest body', () => {
  const raw = plain(`العراق وأمريكا يبحثان مستقبل التحالف\n\n${LEDE}\n${SECOND}\n`);
  const r = clean(raw);
  assert.equal(slice(raw.text, r.headline!), 'العراق وأمريكا يبحثان مستقبل التحالف');
  assert.deepEqual(bodyTexts(raw, r), [LEDE, SECOND]);
  assert.deepEqual(r.removed, []);
  assert.deepEqual(r.warnings, []);
});

test('a reader-given headline wins', () => {
  const raw = sgml('  عنوان الخبر  ', `${LEDE}\n${SECOND}`);
  const r = clean(raw);
  assert.equal(slice(raw.text, r.headline!), 'عنوان الخبر');
  assert.equal(r.body.length, 2);
});

test('share widgets', () => {
  for (const line of [
    'Share on facebook',
    'Share on whatsapp',
    'شارك',
    'فيسبوك تويتر واتساب',
    'شارك على فيسبوك',
    'Share this',
  ]) {
    assert.equal(lineCue(line)?.kind, 'share', line);
  }
  assert.equal(lineCue('شارك آلاف المتظاهرين في مسيرة حاشدة وسط بغداد'), null);
});

test('read also: the marker line and the headlines listed under it, body resumes after', () => {
  const raw = plain(
    [
      'عنوان',
      LEDE,
      'أقرا أيضاً:',
      'العراق. الجيش يطلق عملية عسكرية غرب بغداد والأنبار',
      'العراق يطلق عملية “ثأر الشهداء” ويطيح بعدد من الإرهابيين',
      SECOND,
      'إقرأ المزيد "رويترز": واشنطن تبلغ بغداد استعدادها لبدء المحادثات',
      'وقال المتحدث إن الاجتماع سيعقد الأسبوع المقبل في بغداد بحضور الجانبين.',
    ].join('\n'),
  );
  const r = clean(raw);
  assert.deepEqual(
    removedTexts(raw, r).map(([k]) => k),
    ['read_also', 'read_also', 'read_also', 'read_also'],
  );
  assert.deepEqual(bodyTexts(raw, r), [
    LEDE,
    SECOND,
    'وقال المتحدث إن الاجتماع سيعقد الأسبوع المقبل في بغداد بحضور الجانبين.',
  ]);
});

test('related lists, source, tag, widget, navigation and disclaimer lines', () => {
  const raw = plain(
    [
      'عنوان',
      LEDE,
      SECOND,
      'المصدر: RT',
      'كلمات دلالية: أخبار العراق التحالف الدولي الجيش الأمريكي',
      'وسوم: العراق، أمريكا',
      'مقالات مشابهة',
      '• في أول رد.. فصيل مسلح: لا يمكن لأي جهة نزع سلاح المقاومة',
      '• تهديد أمريكي.. هل تتمكن حكومة العراق من حلّ الفصائل المسلحة؟',
      'مواضيع ذات صلة',
      'واشنطن ترحب بموقف بغداد من الهجمات',
      'قد يهمك/ قرقاش: الإخوان تشن حملة ضد الإمارات',
      'زوارنا يتصفحون الآن',
      'يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي',
      '---------------------------------------------',
      'لمتابعة أحدث التطورات اضغط هنا',
      '** جميع المقالات المنشورة تمثل رأي كتابها فقط.',
      'فرانس24/ أ ف ب',
    ].join('\n'),
  );
  const r = clean(raw);
  assert.deepEqual(
    removedTexts(raw, r).map(([k]) => k),
    [
      'source_line',
      'tags',
      'tags',
      'related',
      'related',
      'related',
      'related',
      'related',
      'related',
      'widget',
      'widget',
      'navigation',
      'navigation',
      'other',
      'source_line',
    ],
  );
  assert.deepEqual(bodyTexts(raw, r), [LEDE, SECOND]);
  assert.equal(r.outlet, 'RT Arabic');
});

test('a caption repeated verbatim: the second copy goes', () => {
  const raw = plain(['عنوان الخبر هنا', 'بلينكن والسوداني', 'بلينكن والسوداني', LEDE].join('\n'));
  const r = clean(raw);
  assert.deepEqual(removedTexts(raw, r), [['caption_repeat', 'بلينكن والسوداني']]);
  assert.deepEqual(bodyTexts(raw, r), ['بلينكن والسوداني', LEDE]);
});

test('a headline repeated, verbatim or without a trailing tag', () => {
  const head = 'في أول اتصال هاتفي بينهما.. الكاظمي يبحث مع بايدن مواصلة التعاون العسكري';
  const raw = plain([`${head} (تغريدة)`, head, LEDE].join('\n'));
  const r = clean(raw);
  assert.deepEqual(removedTexts(raw, r), [['headline_repeat', head]]);
});

test('lists under a visitors widget, a bare tag header and a click-here line', () => {
  const raw = plain(
    [
      'عنوان الخبر',
      LEDE,
      SECOND,
      'لقراءة التصريحات كاملة اضغط على العنوان التالي:',
      'الخارجية الأمريكية: سنواصل الحوار مع بغداد',
      'الكلمات المفتاحية',
      'العراق',
      'الولايات المتحدة',
      'زوارنا يتصفحون الآن',
      'الجيش العراقي يطلق عملية أمنية في صحراء الأنبار',
      'البرلمان يناقش قانون الموازنة الأسبوع المقبل',
    ].join('\n'),
  );
  const r = clean(raw);
  assert.deepEqual(
    r.removed.map((x) => x.kind),
    ['navigation', 'navigation', 'tags', 'tags', 'tags', 'widget', 'widget', 'widget'],
  );
  assert.deepEqual(bodyTexts(raw, r), [LEDE, SECOND]);
});

test('plain text: navigation and a time stamp above the headline are not the headline', () => {
  const raw = plain(
    ['الرئيسية > أخبار > العراق', '2024-02-03 10:30', 'عنوان الخبر الحقيقي', LEDE].join('\n'),
  );
  const r = clean(raw);
  assert.equal(slice(raw.text, r.headline!), 'عنوان الخبر الحقيقي');
  assert.deepEqual(
    r.removed.map((x) => x.kind),
    ['navigation'],
  );
  assert.equal(r.published, '2024-02-03');
  assert.deepEqual(bodyTexts(raw, r), [LEDE]);
});

test('links set between paragraphs without a header (two or more headline lines)', () => {
  const raw = sgml(
    'تفجير سيارتين مفخختين بمحيط مقر الرئاسة الصومالية',
    [
      'وقع تفجيران مدويان بسيارتين مفخختين، أسفرا عن مقتل 38 شخصا على الأقل في العاصمة الصومالية مقديشو.',
      'وأعلنت حركة الشباب الإسلامية المسلحة مسؤوليتها عن التفجيرين.',
      'عفو لشهرين لمسلحي جماعة الشباب في الصومال لتسليم أسلحتهم',
      'حركة الشباب الصومالية..من هي؟',
      'وأفاد مسؤولون بوقوع معركة بالأسلحة النارية بعد الهجوم في محيط القصر الرئاسي.',
      'أزمة تشكيل الحكومة',
      'ويربك هذا الهجوم حسابات الساسة أكثر فأكثر.',
    ].join('\n'),
  );
  const r = clean(raw);
  assert.deepEqual(removedTexts(raw, r), [
    ['related', 'عفو لشهرين لمسلحي جماعة الشباب في الصومال لتسليم أسلحتهم'],
    ['related', 'حركة الشباب الصومالية..من هي؟'],
  ]);
  // A single sub-heading stays in the body.
  assert.ok(bodyTexts(raw, r).includes('أزمة تشكيل الحكومة'));
});

test('CNN-style teasers of other stories after the article end', () => {
  const raw = sgml(
    'بيان من الخارجية العراقية بشأن حرق القنصلية الإيرانية في البصرة',
    [
      '(CNN)-- أعربت وزارة الخارجية العراقية عن "أسفها العميق" في بيان صدر، مساء الجمعة، بعد أن اقتحم متظاهرون مقر القنصلية الإيرانية في البصرة.',
      'وجاء في بيان وزارة الخارجية العراقية أنه "في الوقت الذي نفهم فيه مطالب المحتجين نعبر عن أسفنا العميق".',
      'كما دعا البيان الحكومة المركزية والمحلية في البصرة إلى تعزيز الحماية الأمنية للبعثات الدبلوماسية في المحافظة.',
      'اعتبرت القنصلية الايرانية في البصرة، الجمعة، أن حريق مبناها على يد المتظاهرين العراقيين المحتجين "عمل همجي ووحشي".',
      'انتقد أنور قرقاش، وزير الدولة للشؤون الخارجية الإماراتي، الحوثيين بشأن عدم انعقاد محادثات جنيف مع الحكومة اليمنية.',
      'عرض الرئيس التركي، رجب طيب اردوغان، هدنة في مدينة إدلب، وذلك خلال القمة الثلاثية التي تجمع إلى جانبه بوتين وروحاني.',
    ].join('\n'),
    { published: 'Fri, 07 Sep 2018 18:05:19 +0000', outlet: 'CNN' },
  );
  const r = clean(raw);
  assert.equal(r.body.length, 3);
  assert.deepEqual(
    r.removed.map((x) => x.kind),
    ['related', 'related', 'related'],
  );
  assert.equal(r.outlet, 'CNN Arabic');
  assert.equal(r.published, '2018-09-07');
  assert.equal(slice(raw.text, r.dateline!), '(CNN)--');
});

test('an article whose last paragraph continues it keeps all its paragraphs', () => {
  const raw = sgml(
    'عنوان',
    [
      'قال الرئيس الأمريكي، دونالد ترامب، السبت، إنه أمر بضربات على مواقع في سوريا.',
      'قالت الأسد في تعليقها على الضربات إن بلادها لن تتراجع عن موقفها في الحرب.',
      'وأضاف ترامب أن الضربات ستستمر حتى يتوقف استخدام الأسلحة الكيماوية.',
    ].join('\n'),
  );
  assert.deepEqual(clean(raw).removed, []);
});

test('datelines: at the start of the lede or on a line of their own', () => {
  const cases: Array<[string, string, string | null, string]> = [
    ['أربيل (كوردستان 24)- رحب وزير الخارجية', 'أربيل (كوردستان 24)-', 'أربيل', 'كوردستان 24'],
    ['بغداد - رويترز - قال مسؤولون', 'بغداد - رويترز -', 'بغداد', 'رويترز'],
    ['واشنطن (أ ف ب) - أعلن البيت الأبيض', 'واشنطن (أ ف ب) -', 'واشنطن', 'أ ف ب'],
    ['(CNN)-- أعربت وزارة الخارجية', '(CNN)--', null, 'CNN'],
    [
      'دبي، الإمارات العربية المتحدة (CNN)— قال الرئيس',
      'دبي، الإمارات العربية المتحدة (CNN)—',
      'دبي، الإمارات العربية المتحدة',
      'CNN',
    ],
  ];
  for (const [text, stamp, place, outlet] of cases) {
    const d = findDateline({ start: 0, end: text.length, text });
    assert.ok(d, text);
    assert.equal(text.slice(d.start, d.end), stamp);
    assert.equal(d.place, place);
    assert.equal(d.outlet, outlet);
  }
  assert.equal(findDateline({ start: 0, end: 30, text: 'قال الرئيس (في كلمة) إن البلاد' }), null);
  assert.equal(findDateline({ start: 0, end: 20, text: 'بغداد - قال مسؤولون' }), null);

  const raw = plain(['عنوان الخبر', 'بغداد - رويترز', LEDE].join('\n'));
  const r = clean(raw);
  assert.equal(slice(raw.text, r.dateline!), 'بغداد - رويترز');
  assert.deepEqual(bodyTexts(raw, r), [LEDE]);
  assert.equal(r.outlet, 'Reuters');
});

test('metadata dates: the calendar date as written, no time-zone conversion', () => {
  assert.equal(parseMetaDate('Mon, 26 Feb 2018 02:20:10 GMT'), '2018-02-26');
  assert.equal(parseMetaDate('Fri, 07 Sep 2018 18:05:19 +0000'), '2018-09-07');
  assert.equal(parseMetaDate('Sat, 14 Apr 2018 23:46:12 -0400'), '2018-04-14');
  assert.equal(parseMetaDate('2017-01-25T14:36:00+01:00'), '2017-01-25');
  assert.equal(parseMetaDate('2017-01-25T23:36:00-05:00'), '2017-01-25');
  assert.equal(parseMetaDate('2017-01-25'), '2017-01-25');
  assert.equal(parseMetaDate('February 26, 2018'), '2018-02-26');
  assert.equal(parseMetaDate('26/02/2018'), '2018-02-26');
  assert.equal(parseMetaDate('٢٦ فبراير ٢٠١٨'), '2018-02-26');
  assert.equal(parseMetaDate('not a date'), null);
  assert.equal(parseMetaDate(null), null);
});

test('text dates: both Gregorian month systems, Arabic-Indic digits, Hijri, numeric', () => {
  const iso = (s: string): string[] => findDates(s).map((d) => d.iso);
  assert.deepEqual(iso('الأربعاء 13 كانون الأول 2023'), ['2023-12-13']);
  assert.deepEqual(iso('الأربعاء ١٣ كانون الأول ٢٠٢٣'), ['2023-12-13']);
  assert.deepEqual(iso('في 14 نيسان/أبريل 2018'), ['2018-04-14']);
  assert.deepEqual(iso('و24 نوفمبر تشرين الثاني 2023'), ['2023-11-24']);
  assert.deepEqual(iso('– 22 ديسمبر 2024م'), ['2024-12-22']);
  assert.deepEqual(iso('1 شباط 2024 و 3 آذار 2024 و 5 آب 2024 و 9 أيلول 2024'), [
    '2024-02-01',
    '2024-03-03',
    '2024-08-05',
    '2024-09-09',
  ]);
  assert.deepEqual(iso('5 يناير 2024 و 7 يوليو 2024 و 8 أغسطس 2024 و 9 أكتوبر 2024'), [
    '2024-01-05',
    '2024-07-07',
    '2024-08-08',
    '2024-10-09',
  ]);
  assert.deepEqual(iso('13/12/2023'), ['2023-12-13']);
  assert.deepEqual(iso('2023-12-13'), ['2023-12-13']);
  assert.deepEqual(iso('١ رمضان ١٤٤٤ هـ'), ['2023-03-23']);
  // A Hijri date with its Gregorian equivalent: both are found.
  assert.deepEqual(iso('13 ربيع الأول 1445 هـ الموافق 28 سبتمبر 2023 م'), ['2023-09-28', '2023-09-28']);
  // No year, or no day: not a full date.
  assert.deepEqual(iso('في الـ 24 نوفمبر تشرين الثاني.'), []);
  assert.deepEqual(iso('في يوليو/ تموز 2002'), []);
  assert.deepEqual(iso('31 فبراير 2023'), []);
});

test('Hijri to Gregorian by the arithmetic calendar', () => {
  assert.equal(hijriToIso(1, 1, 1), '0622-07-19'); // the epoch, proleptic Gregorian
  assert.equal(hijriToIso(1444, 9, 1), '2023-03-23');
  assert.equal(hijriToIso(1445, 1, 1), '2023-07-19');
  assert.equal(hijriToIso(1439, 12, 10), '2018-08-22');
  assert.equal(hijriToIso(1445, 13, 1), null);
});

test('published: metadata first, then a date that dates the report', () => {
  const withMeta = sgml('عنوان', 'وذكر البيان اليوم الأربعاء 13 كانون الأول 2023 أن الاجتماع عقد.', {
    published: 'Sat, 14 Apr 2018 06:46:40 GMT',
  });
  assert.equal(clean(withMeta).published, '2018-04-14');

  const today = plain(
    [
      'عنوان',
      LEDE,
      SECOND,
      'وذكر المكتب الإعلامي في بيان اليوم الأربعاء 13 كانون الأول 2023، أن الاتصال جرى.',
    ].join('\n'),
  );
  assert.equal(clean(today).published, '2023-12-13');

  const stamp = plain(['عنوان', 'نشر في: ١٣/١٢/٢٠٢٣ - ١٠:٣٠', LEDE].join('\n'));
  assert.equal(clean(stamp).published, '2023-12-13');

  const hijriStamp = plain(['عنوان', 'تاريخ النشر: 1 رمضان 1444 هـ', LEDE].join('\n'));
  assert.equal(clean(hijriStamp).published, '2023-03-23');

  // A passing mention deep in the body is about another event.
  const passing = plain(
    ['عنوان', LEDE, SECOND, 'وكان الهجوم قد وقع في 7 أكتوبر 2023 على الحدود.'].join('\n'),
  );
  assert.equal(clean(passing).published, null);

  // Never from a related-article list.
  const related = plain(
    ['عنوان', LEDE, 'مقالات مشابهة', '• بيان القوات المسلحة – 22 ديسمبر 2024م'].join('\n'),
  );
  assert.equal(clean(related).published, null);
});

test('empty body: a warning', () => {
  const raw = sgml('عنوان بلا نص', '');
  const r = clean(raw);
  assert.deepEqual(r.body, []);
  assert.ok(r.warnings.includes('empty body'));
});
