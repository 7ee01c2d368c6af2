import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typesOf, eventsOf } from './helpers.js';

test('a reported attack is an event', () => {
  assert.deepEqual(typesOf('قصفت الطائرات الحربية مواقع المسلحين أمس.'), ['ASSAULT']);
});

test('negation: لم، لن، لا، نفى', () => {
  assert.deepEqual(typesOf('لم تقصف الطائرات أي موقع في المنطقة.'), []);
  assert.deepEqual(
    typesOf('وأكد أن الجيش لن يشن هجوما على المدينة.').filter((t) => t === 'ASSAULT'),
    [],
  );
  assert.deepEqual(typesOf('ونفت الوزارة أن تكون قواتها قد قصفت المستشفى.'), []);
  assert.deepEqual(typesOf('لا توجد اشتباكات في المدينة.'), []);
});

test('"لا يقل عن" and "لا تزال" do not negate', () => {
  assert.deepEqual(typesOf('قتل ما لا يقل عن عشرة أشخاص في الهجوم.'), ['ASSAULT']);
  assert.deepEqual(typesOf('ولا تزال الاشتباكات مستمرة في الأحياء الشرقية.'), ['ASSAULT']);
});

test('future and plans: سـ، سوف، يعتزم، يخطط، من المقرر، المقبل', () => {
  assert.deepEqual(
    typesOf('ستشن القوات هجوما على المدينة.').filter((t) => t === 'ASSAULT'),
    [],
  );
  assert.deepEqual(typesOf('سوف يتظاهر العمال أمام البرلمان.'), []);
  assert.deepEqual(typesOf('تعتزم النقابات تنظيم إضراب عام.'), []);
  assert.deepEqual(typesOf('ومن المقرر أن تنطلق مظاهرة حاشدة.'), []);
  assert.deepEqual(
    typesOf('دعت النقابة إلى إضراب عام الأربعاء المقبل.').filter((t) => t === 'PROTEST'),
    [],
  );
});

test('an attack announced for later is a threat, not an assault', () => {
  const ev = eventsOf('ستشن القوات هجوما على المدينة.');
  assert.deepEqual(
    ev.map((e) => e.type),
    ['THREATEN'],
  );
});

test('conditional and hypothetical: إذا، في حال، لو، قد + imperfect, أن + imperfect', () => {
  assert.deepEqual(
    typesOf('وحذر من أنه في حال شن هجوم فإن الرد سيكون قاسيا.').filter((t) => t === 'ASSAULT'),
    [],
  );
  assert.deepEqual(
    typesOf('إذا قصفت الطائرات المدينة فسيسقط ضحايا.').filter((t) => t === 'ASSAULT'),
    [],
  );
  assert.deepEqual(typesOf('قد تشن الجماعة هجمات جديدة.'), []);
  assert.deepEqual(typesOf('يريدون أن يقصفوا المدينة.'), []);
});

test('threat: a threatened attack is THREATEN, not ASSAULT', () => {
  const types = typesOf('وتوعد القائد بشن هجمات على القواعد الأجنبية.');
  assert.ok(!types.includes('ASSAULT'));
  assert.ok(types.includes('THREATEN'));
});

test('a call for a protest is a REQUEST, not a PROTEST', () => {
  const types = typesOf('ودعت النقابات إلى المشاركة في مظاهرات حاشدة.');
  assert.ok(!types.includes('PROTEST'));
  assert.ok(types.includes('REQUEST'));
  // … but protesters calling for something are protesting.
  assert.ok(typesOf('ودعا متظاهرون أمام البرلمان إلى الإفراج عن المعتقلين.').includes('PROTEST'));
});

test('aggregate over a long period: منذ بدء، منذ + year, خلال السنوات', () => {
  assert.deepEqual(typesOf('وقتل أكثر من ألف مدني في الغارات منذ بدء الحرب.', '2018-04-14'), []);
  assert.deepEqual(typesOf('وشنت الطائرات 400 غارة منذ 2015.', '2018-04-14'), []);
  assert.deepEqual(typesOf('وتكررت الهجمات خلال السنوات الماضية.', '2018-04-14'), []);
});

test('historical background: an explicit date more than a month old', () => {
  const ev = eventsOf('وقتل 30 شخصا في هجوم انتحاري في يونيو 2016.', '2018-04-14');
  assert.ok(ev.length > 0 && ev.every((e) => e.historical));
  assert.deepEqual(typesOf('وقتل 30 شخصا في هجوم انتحاري يوم الخميس.', '2018-04-14'), ['ASSAULT']);
  assert.ok(eventsOf('قصفت الطائرات البلدة عام 2014.', '2018-04-14').every((e) => e.historical));
});

test('without a publication date, a year named without a day is background', () => {
  assert.ok(eventsOf('قصفت الطائرات البلدة عام 2014.', null).every((e) => e.historical));
  assert.deepEqual(typesOf('قصفت الطائرات البلدة أمس.', null), ['ASSAULT']);
});

test('a crime retold in a court story is background', () => {
  const types = typesOf('وقضت المحكمة بإعدام رجل قتل جاره بسكين.');
  assert.ok(!types.includes('ASSAULT'));
  assert.ok(types.includes('SANCTION'));
});

test('reference and time point: an event named only as a point in time', () => {
  assert.deepEqual(
    typesOf('وجاءت الزيارة بعد أسابيع من انطلاق تظاهرات في الجنوب.').filter((t) => t === 'PROTEST'),
    [],
  );
  assert.deepEqual(
    typesOf('وتحقق اللجنة في موقع الهجوم منذ الهجوم.').filter((t) => t === 'ASSAULT'),
    [],
  );
});

test('topic: what a protest is about is not itself reported', () => {
  assert.deepEqual(typesOf('وتظاهر المئات احتجاجا على مقتل شاب برصاص الشرطة.'), ['PROTEST']);
});

test('crowd violence beside a protest is the protest (a riot), not a separate assault', () => {
  const ev = eventsOf('وأحرق المتظاهرون الإطارات ورشقوا قوات الأمن بالحجارة.');
  assert.deepEqual(
    ev.map((e) => e.type),
    ['PROTEST'],
  );
  assert.equal(ev[0]!.mode, 'riot');
});

test('violence named inside an opinion is an accusation', () => {
  const types = typesOf('واعتبرت الخارجية الضربة عدوانا على دولة ذات سيادة.');
  assert.ok(!types.includes('ASSAULT'));
});

test('not political violence: shots in the air, deaths in a storm or a match', () => {
  assert.deepEqual(
    typesOf('وأطلق المحتفلون النار في الهواء.').filter((t) => t === 'ASSAULT'),
    [],
  );
  assert.deepEqual(typesOf('وضربت العاصفة المنطقة مما أسفر عن مقتل عشرة أشخاص.'), []);
});
