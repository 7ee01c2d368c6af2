import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitiesOf, fixtureResources, surfaces } from './fixture.js';
import { findEntities } from '../../src/entities/index.js';
import { skeleton, weightedDistance, FuzzyIndex } from '../../src/entities/variants.js';
import { readings } from '../../src/entities/tokens.js';

test('proclitics stay outside the span, the article inside', () => {
  const t = 'وصل إلى بغداد ثم وبالعراق قال إن للعراق دورا، والولايات المتحدة كذلك.';
  const ents = entitiesOf(t);
  assert.deepEqual(surfaces(t, ents, 'loc:iraq'), ['العراق', 'لعراق']);
  assert.deepEqual(surfaces(t, ents, 'loc:baghdad'), ['بغداد']);
  assert.deepEqual(surfaces(t, ents, 'loc:united_states'), ['الولايات المتحدة']);
});

test('لل + stem reads as ل + ال + stem (the span starts after the first ل)', () => {
  assert.ok(readings('للحرس').some((r) => r.stem === 'الحرس' && r.cut === 1));
  const t = 'فيلق القدس التابع للحرس الثوري الإيراني والميليشيات';
  const ents = entitiesOf(t);
  // An organisation's nationality adjective belongs to its name.
  assert.deepEqual(surfaces(t, ents, 'org:irgc'), ['لحرس الثوري الإيراني']);
});

test('longest match wins', () => {
  const t = 'دافع عن الولايات المتحدة الأمريكية وقواتها';
  const ents = entitiesOf(t);
  assert.equal(ents.length, 1);
  assert.deepEqual(surfaces(t, ents, 'loc:united_states'), ['الولايات المتحدة الأمريكية']);
});

test('spelling variants: skeleton and weighted distance, gated by length', () => {
  assert.equal(skeleton('بلنكين'), skeleton('بلينكن'));
  assert.ok(weightedDistance('بلنكين', 'بلينكن') <= 1);
  assert.ok(weightedDistance('ترامب', 'بوتين') > 1);
  const idx = new FuzzyIndex<string>();
  idx.add('بلينكن', 'blinken');
  idx.add('ماي', 'may'); // too short to be indexed
  assert.deepEqual(idx.lookup('بلنكين'), ['blinken']);
  assert.deepEqual(idx.lookup('مان'), []);
});

test('a variant spelling links to the person the article names exactly', () => {
  const t = 'التقى أنتوني بلينكن بالسوداني. وقال بلنكين إن المحادثات مثمرة.';
  const ents = entitiesOf(t, '2023-12-13');
  assert.deepEqual(surfaces(t, ents, 'per:antony_blinken'), ['أنتوني بلينكن', 'بلنكين']);
  // A variant alone, with no exact mention, is not trusted.
  const alone = 'وقال بلنكين إن المحادثات مثمرة.';
  assert.deepEqual(entitiesOf(alone), []);
});

test('coreference: a surname after the full name is the same entity', () => {
  const t = 'أعتذر المتحدث جون كيربي عن قوله. وقال كيربي في تصريحات إنه أخطأ.';
  const ents = entitiesOf(t);
  assert.deepEqual(surfaces(t, ents, 'per:john_kirby'), ['جون كيربي', 'كيربي']);
  // An unknown name found through a title is found again without it.
  const u = 'قتلت الناشطة العراقية سعاد العلي في البصرة. وكانت سعاد العلي من مؤيدي المظاهرات.';
  const e2 = entitiesOf(u);
  const suad = e2.find((e) => e.name === 'سعاد العلي');
  assert.ok(suad);
  assert.equal(suad.mentions.length, 2);
  assert.equal(suad.code, 'IRQ');
  assert.equal(suad.sector, 'CVL');
});

test('a weak alias (also a nationality adjective) counts only beside a strong one', () => {
  const t = 'أكد رئيس الوزراء محمد شياع السوداني ذلك، وقال السوداني إن العراق بخير.';
  assert.equal(surfaces(t, entitiesOf(t), 'per:mohammed_shia_al_sudani').length, 2);
  const u = 'قال المسؤول السوداني إن الجيش السوداني انسحب.';
  assert.equal(entitiesOf(u).length, 0);
});

test('titles give an unknown name its code and sector; nationality adjectives are not mentions', () => {
  const t = 'قال وزير الخارجية الفرنسي جان مارك أيرولت إن فرنسا مستعدة.';
  const ents = entitiesOf(t);
  const p = ents.find((e) => e.type === 'PER');
  assert.ok(p);
  assert.equal(t.slice(p.mentions[0]!.start, p.mentions[0]!.end), 'جان مارك أيرولت');
  assert.equal(p.code, 'FRA');
  assert.equal(p.sector, 'GOV');
  assert.ok(p.key.startsWith('per:ar_'));
  assert.ok(!ents.some((e) => e.mentions.some((m) => t.slice(m.start, m.end).includes('الفرنسي'))));
  // The spokesman of an organisation: the organisation is a mention, and gives the code.
  const u = 'وقال المتحدث باسم البيت الأبيض فلان الفلاني، إن الضربات نجحت.';
  const e2 = entitiesOf(u);
  assert.deepEqual(surfaces(u, e2, 'org:white_house'), ['البيت الأبيض']);
  // A known name keeps its gazetteer code even after another country's title.
  const v = 'وقال الرئيس الأمريكي دونالد ترامب إن';
  const e3 = entitiesOf(v, '2018-04-14');
  assert.equal(e3[0]!.key, 'per:donald_trump');
  assert.equal(e3[0]!.sector, 'GOV');
});

test('sector from the office held at the article date', () => {
  const t = 'قال دونالد ترامب إن';
  assert.equal(entitiesOf(t, '2018-04-14')[0]!.sector, 'GOV');
  assert.equal(entitiesOf(t, '2022-03-01')[0]!.sector, 'CVL');
});

test('institutions named with a nationality are ORG; common nouns are not', () => {
  const t = 'أفادت الخارجية العراقية أن وزارة الخارجية الأمريكية والحكومة العراقية والوزارة اتفقت.';
  const ents = entitiesOf(t);
  const orgs = ents.filter((e) => e.type === 'ORG');
  assert.deepEqual(
    orgs.map((e) => [e.key, e.code, e.sector]),
    [
      ['org:irq_foreign_ministry', 'IRQ', 'GOV'],
      ['org:usa_foreign_ministry', 'USA', 'GOV'],
    ],
  );
  assert.deepEqual(surfaces(t, ents, 'org:usa_foreign_ministry'), ['وزارة الخارجية الأمريكية']);
  // "وزير الخارجية العراقي" is a title, not the ministry.
  assert.equal(entitiesOf('وشدد وزير الخارجية العراقي، على الحوار').length, 0);
});

test('places with a head noun are one LOC', () => {
  const t = 'سقطت قذائف داخل مطار البصرة الدولي وفي شارع السرجي.';
  const locs = entitiesOf(t).filter((e) => e.type === 'LOC');
  assert.deepEqual(
    locs.map((e) => t.slice(e.mentions[0]!.start, e.mentions[0]!.end)),
    ['مطار البصرة الدولي', 'شارع السرجي'],
  );
});

test('offsets are valid and lie inside the regions', () => {
  const t =
    'عنوان عن العراق\n\nنص: قال وزير الخارجية الأمريكي أنتوني بلينكن إن الولايات المتحدة تدعم العراق.\nاقرأ أيضا: ترامب في بغداد';
  const regions = [
    { start: 0, end: 15 },
    { start: 17, end: t.indexOf('\nاقرأ') },
  ];
  const ents = findEntitiesIn(t, regions);
  assert.ok(ents.length >= 3);
  for (const e of ents)
    for (const m of e.mentions) {
      assert.ok(m.start < m.end);
      assert.ok(
        regions.some((r) => r.start <= m.start && m.end <= r.end),
        `${e.key} outside regions`,
      );
    }
  assert.ok(!ents.some((e) => e.key === 'loc:baghdad'));
});

function findEntitiesIn(text: string, regions: { start: number; end: number }[]) {
  return findEntities(text, regions, fixtureResources(), { published: '2023-12-13' });
}

test('organisations named after a head noun: quoted names, and the head outside known names', () => {
  const t = 'أحرقوا مقر منظمة "عصائب أهل الحق" ومقر منظمة بدر، ونقلت وكالة الأنباء الروسية "سبوتنيك" الخبر.';
  const orgs = entitiesOf(t).filter((e) => e.type === 'ORG');
  assert.deepEqual(
    orgs.map((e) => t.slice(e.mentions[0]!.start, e.mentions[0]!.end)),
    ['عصائب أهل الحق', 'منظمة بدر', 'سبوتنيك'],
  );
  // A plural head takes an adjective, not a name.
  assert.equal(entitiesOf('والتهديدات التي مصدرها ميليشيات متحالفة مع').length, 0);
});

test('a dateline opening a paragraph gives the place and the outlet', () => {
  const t = 'أربيل (كوردستان 24)- رحب وزير الخارجية الأميركي أنتوني بلينكن بموقف العراق.';
  const ents = entitiesOf(t, '2023-12-13');
  const byType = (type: string) =>
    ents.filter((e) => e.type === type).map((e) => t.slice(e.mentions[0]!.start, e.mentions[0]!.end));
  assert.deepEqual(byType('LOC'), ['أربيل', 'العراق']);
  assert.deepEqual(byType('ORG'), ['كوردستان 24']);
  assert.equal(ents.find((e) => e.key === 'per:antony_blinken')?.sector, 'GOV');
});

test('a place cue stays outside the span; a weak place alias after it is the place', () => {
  const t = 'اقتحم محتجون القنصلية في مدينة البصرة وفي منطقتي عكاشات والقائم.';
  const locs = entitiesOf(t).filter((e) => e.type === 'LOC');
  assert.deepEqual(
    locs.flatMap((e) => e.mentions.map((m) => t.slice(m.start, m.end))),
    ['البصرة', 'عكاشات', 'القائم'],
  );
});

test('names from the tagger where no pattern found one; ordinary words are not trusted', () => {
  const base = fixtureResources();
  // A stand-in tagger: tags كوستاريكا as a place and the ordinary word الاجتماع as an organisation.
  const tagger = {
    tag: (tokens: string[]) =>
      tokens.map((t) =>
        t === 'كوستاريكا' ? 'B-LOC' : t === 'الاجتماع' ? 'B-ORG' : t === 'بغداد' ? 'B-PER' : 'O',
      ),
    nameScore: (t: string) => (t === 'كوستاريكا' ? 5 : -30),
  };
  const tagDocument = (sentences: readonly (readonly string[])[]) => sentences.map((x) => tagger.tag([...x]));
  const res = { ...base, tagger: { ...tagger, tagDocument } };
  const t = 'عقد الاجتماع في كوستاريكا ثم في بغداد.';
  const ents = findEntities(t, [{ start: 0, end: t.length }], res, { published: null });
  assert.deepEqual(
    ents.map((e) => [e.type, t.slice(e.mentions[0]!.start, e.mentions[0]!.end)]),
    [
      ['LOC', 'كوستاريكا'],
      ['LOC', 'بغداد'],
    ],
  );
});

test('the tagger runs only around words whose spelling looks like a name', () => {
  const base = fixtureResources();
  const calls: string[][] = [];
  // Tags every free word as a person; only كوستاريكا scores as name-like on its own.
  const tagger = {
    tag: (tokens: string[]) => tokens.map((t) => (/^[\u0621-\u064a]{4,}$/.test(t) ? 'B-PER' : 'O')),
    tagDocument(sentences: readonly (readonly string[])[]) {
      calls.push(...sentences.map((s) => [...s]));
      return sentences.map((s) => this.tag([...s]));
    },
    nameScore: (t: string) => (t === 'كوستاريكا' ? 5 : -30),
  };
  const res = { ...base, tagger };
  const t = 'وصل الوفد أمس إلى كوستاريكا في زيارة رسمية تستمر ثلاثة أيام يلتقي خلالها زقزوق.';
  const ents = findEntities(t, [{ start: 0, end: t.length }], res, { published: null });
  const names = ents.map((e) => t.slice(e.mentions[0]!.start, e.mentions[0]!.end));
  assert.ok(names.includes('كوستاريكا'));
  assert.ok(!names.includes('زقزوق'), 'far from any name-like word: never tagged');
  assert.equal(calls.length, 1);
  assert.ok(calls[0]!.length < t.split(' ').length, 'only a stretch around the candidate is tagged');
});
