import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectEvents } from '../../src/events/index.js';
import type { ArticleEvent, Entity, EntityType, Sector } from '../../src/types.js';

/** An entity with a mention at every occurrence of `name` in `text`. */
function ent(
  text: string,
  name: string,
  type: EntityType,
  code: string,
  sector: Sector | null = null,
): Entity {
  const mentions = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
    mentions.push({ start: i, end: i + name.length });
  return { key: name, type, name, en: null, code, sector, mentions };
}

/** Events of a text whose sentences are its lines. */
function events(text: string, entities: Entity[] = [], published = '2018-09-08'): ArticleEvent[] {
  const sentences = [];
  let start = 0;
  for (const line of text.split('\n')) {
    sentences.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return detectEvents(text, sentences, { published, entities }).filter((e) => !e.historical);
}

/** "TYPE actor>recipient" of each event. */
function dyads(es: ArticleEvent[]): string[] {
  return es.map((e) => `${e.type} ${e.actor?.code ?? '-'}>${e.recipient?.code ?? '-'}`);
}

test('a nationality adjective after a title names the speaker; the object after the verb is the addressee', () => {
  const t = 'وطالب وزير الخارجية العراقي الحكومة الأمريكية بإعادة النظر في قرار العقوبات.';
  assert.deepEqual(dyads(events(t)), ['REQUEST IRQ>USA']);
});

test('تلقى X اتصالا من Y: Y is the caller (actor), X the one called', () => {
  const t = 'تلقى وزير الخارجية العراقي فؤاد حسين اتصالا هاتفيا من وزير الخارجية الأمريكي أنتوني بلينكن.';
  const es = events(t, [
    ent(t, 'فؤاد حسين', 'PER', 'IRQ', 'GOV'),
    ent(t, 'أنتوني بلينكن', 'PER', 'USA', 'GOV'),
  ]);
  assert.deepEqual(dyads(es), ['CONSULT USA>IRQ']);
});

test('an attack on a target named by its nationality, by an unnamed doer', () => {
  const t = 'أطلق مجهولون صواريخ باتجاه السفارة الأمريكية في بغداد.';
  const es = events(t, [ent(t, 'بغداد', 'LOC', 'IRQ')]);
  assert.deepEqual(dyads(es), ['ASSAULT ->USA']);
});

test("shells falling on a place: the place's country is the target", () => {
  const t = 'سقطت قذائف هاون داخل المنطقة الخضراء في بغداد.';
  const es = events(t, [ent(t, 'المنطقة الخضراء', 'LOC', 'IRQ'), ent(t, 'بغداد', 'LOC', 'IRQ')]);
  assert.deepEqual(dyads(es), ['ASSAULT ->IRQ']);
});

test('the subject of تعرض is the target of the attack', () => {
  const t = 'وتعرضت قاعدة بلد الجوية إلى قصف صاروخي ليلة السبت.';
  const es = events(t, [ent(t, 'قاعدة بلد', 'LOC', 'IRQ')]);
  assert.deepEqual(dyads(es), ['ASSAULT ->IRQ']);
});

test("unnamed protesters belong to the place; their target is the consulate's country", () => {
  const t = 'اقتحم محتجون القنصلية الإيرانية في البصرة وأضرموا فيها النار.';
  const es = events(t, [ent(t, 'البصرة', 'LOC', 'IRQ')]);
  assert.deepEqual(dyads(es), ['PROTEST IRQ>IRN']);
});

test('people named after a casualty word are the victims', () => {
  const t = 'أدى الهجوم إلى مقتل ثلاثة جنود أمريكيين في الأردن.';
  const es = events(t, [ent(t, 'الأردن', 'LOC', 'JOR')]);
  assert.deepEqual(dyads(es), ['ASSAULT ->USA']);
});

test('a passive killing: the person named after the verb is the victim', () => {
  const t = 'قُتلت الناشطة العراقية سعاد العلي بإطلاق نار في البصرة.';
  const es = events(t, [ent(t, 'سعاد العلي', 'PER', 'IRQ', 'CVL'), ent(t, 'البصرة', 'LOC', 'IRQ')]);
  assert.deepEqual(dyads(es), ['ASSAULT ->IRQ']);
});

test('unnamed authorities impose a curfew on their own people', () => {
  const t = 'وفرضت السلطات حظر التجوال في البصرة.';
  const es = events(t, [ent(t, 'البصرة', 'LOC', 'IRQ')]);
  assert.deepEqual(dyads(es), ['COERCE IRQ>IRQ']);
});

test('two joined names before a dual verb of a call: the first is the actor', () => {
  const t =
    'قال البيت الأبيض إن الرئيس الأميركي جو بايدن، ورئيس الوزراء العراقي مصطفى الكاظمي، ناقشا خلال اتصال هاتفي الهجمات.';
  const es = events(t, [
    ent(t, 'البيت الأبيض', 'ORG', 'USA', 'GOV'),
    ent(t, 'جو بايدن', 'PER', 'USA', 'GOV'),
    ent(t, 'مصطفى الكاظمي', 'PER', 'IRQ', 'GOV'),
  ]);
  assert.ok(dyads(es).includes('CONSULT USA>IRQ'), dyads(es).join());
});

test('a subject before the verb ("وكان X دعا Y") is the speaker, the name after is the addressee', () => {
  const t = 'وكان وزير الخارجية الأميركية، أنتوني بلينكن، دعا العراق إلى حماية المنشآت.';
  const es = events(t, [ent(t, 'أنتوني بلينكن', 'PER', 'USA', 'GOV'), ent(t, 'العراق', 'LOC', 'IRQ')]);
  assert.deepEqual(dyads(es), ['REQUEST USA>IRQ']);
});

test('a continuation without a subject ("وأضاف المتحدث") keeps the last named speaker', () => {
  const t = 'وقال المتحدث باسم الخارجية الأمريكية نيد برايس إن الوضع صعب.\nوحذر المتحدث إيران من الرد.';
  const es = events(t, [ent(t, 'نيد برايس', 'PER', 'USA', 'GOV'), ent(t, 'إيران', 'LOC', 'IRN')]);
  assert.deepEqual(dyads(es), ['THREATEN USA>IRN']);
});

test('حمّل X المسؤولية: X is the one blamed, the speaker the accuser', () => {
  const t =
    'قالت رئيسة الوزراء البريطانية تيريزا ماي إن الوضع خطير.\nوحملت دمشق المسؤولية عن الهجوم الكيميائي.';
  const es = events(t, [ent(t, 'تيريزا ماي', 'PER', 'GBR', 'GOV'), ent(t, 'دمشق', 'LOC', 'SYR')]);
  assert.ok(dyads(es).includes('ACCUSE GBR>SYR'), dyads(es).join());
});

test('after قد the subject stands before the verb: the name after it is the object', () => {
  const t =
    'وقال الرئيس الأمريكي دونالد ترامب إن الرد قادم.\nوكانت الإدارة قد اتهمت النظام السوري بشن الهجوم.';
  const es = events(t, [ent(t, 'دونالد ترامب', 'PER', 'USA', 'GOV')]);
  assert.ok(dyads(es).includes('ACCUSE USA>SYR'), dyads(es).join());
});

test('a party taking part in strikes is their doer', () => {
  const t = 'بررت رئيسة الوزراء في بيان السبت مشاركة بريطانيا في الضربات العسكرية في سوريا.';
  const es = events(t, [ent(t, 'بريطانيا', 'LOC', 'GBR'), ent(t, 'سوريا', 'LOC', 'SYR')], '2018-04-14');
  assert.deepEqual(dyads(es), ['ASSAULT GBR>SYR']);
});

test('victims who fell by the bullets of a named militia', () => {
  const t = 'وأفادت مصادر عراقية أن الضحايا سقطوا برصاص ميليشيات "عصائب أهل الحق" في البصرة.';
  const es = events(t, [ent(t, 'عصائب أهل الحق', 'ORG', 'IRQ', 'REB'), ent(t, 'البصرة', 'LOC', 'IRQ')]);
  assert.deepEqual(dyads(es), ['ASSAULT IRQ>IRQ']);
});

test('an attack noun with a nationality names the doer', () => {
  const t = 'ترامب يعلن شن ضربات أمريكية بريطانية فرنسية تستهدف البرنامج الكيماوي السوري';
  const es = events(t, [ent(t, 'ترامب', 'PER', 'USA', 'GOV')]);
  assert.deepEqual(dyads(es), ['ASSAULT USA>SYR']);
});

test('a statement is dated by its sentence when its cue has no date of its own', () => {
  const t = 'وكان المرجع الشيعي علي السيستاني قد انتقد، خلال صلاة الجمعة، السياسيين في العراق.';
  const es = events(
    t,
    [ent(t, 'علي السيستاني', 'PER', 'IRQ', 'REL'), ent(t, 'العراق', 'LOC', 'IRQ')],
    '2018-09-07',
  );
  assert.deepEqual(
    es.map((e) => [e.type, e.date]),
    [['ACCUSE', '2018-09-07']],
  );
});

test('who orders an attack is its doer; a name after the attack is its target', () => {
  const t = 'أمر الرئيس التركي رجب طيب أردوغان بشن هجوم على منطقة عفرين شمال سوريا.';
  const es = events(t, [
    ent(t, 'الرئيس التركي رجب طيب أردوغان', 'PER', 'TUR', 'GOV'),
    ent(t, 'عفرين', 'LOC', 'SYR'),
    ent(t, 'سوريا', 'LOC', 'SYR'),
  ]);
  assert.deepEqual(dyads(es), ['ASSAULT TUR>SYR']);
  const arrest = 'وطلب المركز من النيابة إصدار أمر باعتقال جينا هاسبل في قضية تعذيب.';
  const ordered = events(arrest, [ent(arrest, 'جينا هاسبل', 'PER', 'USA', 'GOV')]);
  assert.ok(
    ordered.every((e) => e.actor?.code !== 'USA'),
    dyads(ordered).join(),
  );
  // "الأمر" is the matter, not an order.
  const matter = 'بدا الأمر مثاليا حتى طرحت اتهامات باعتداءات ضده من بريت كافانو.';
  assert.ok(events(matter).every((e) => e.actor === null));
});

test("the speaker's own country after the cue is the setting, not the addressee", () => {
  const t =
    'وحذر مدير الاستخبارات الأميركية الأحد من أن عمليات القرصنة التي تستهدف الولايات المتحدة في تزايد.';
  const own = { ...ent(t, 'الولايات المتحدة', 'LOC', 'USA'), key: 'loc:united_states' };
  assert.deepEqual(dyads(events(t, [own])), ['THREATEN USA>-']);
  // Another country there is the addressee.
  const u = 'وحذر مدير الاستخبارات الأميركية الأحد إيران من عمليات القرصنة.';
  const other = { ...ent(u, 'إيران', 'LOC', 'IRN'), key: 'loc:iran' };
  assert.deepEqual(dyads(events(u, [other])), ['THREATEN USA>IRN']);
});

test('an attack labelled by its opponent is an accusation by the labeller of the doer', () => {
  const t = 'وأعلن النظام السوري عن تعرضه لما سماه "عدوان أمريكي فرنسي بريطاني".';
  assert.deepEqual(dyads(events(t, [], '2018-04-14')), ['ACCUSE SYR>USA']);
  const u = 'فيما اعتبرته إيران "اعتداء وحشيا" على قنصليتها.';
  const iran = { ...ent(u, 'إيران', 'LOC', 'IRN'), key: 'loc:iran' };
  assert.deepEqual(dyads(events(u, [iran])), ['ACCUSE IRN>-']);
  // Without the labelling verb the attack is reported as such.
  const v = dyads(events('وأعلن النظام السوري عن تعرضه لعدوان أمريكي فرنسي بريطاني.', [], '2018-04-14'));
  assert.ok(
    v.some((d) => d.startsWith('ASSAULT')),
    v.join(),
  );
});
