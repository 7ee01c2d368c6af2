import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minhash, similarity } from '../../src/stories/minhash.js';
import { StoryClusterer, createStoryStage, storyIdFor } from '../../src/stories/index.js';
import { mergeStoryEvents, type SourcedEvent } from '../../src/stories/merge.js';
import { summarizeStory } from '../../src/stories/summary.js';
import type { ArticleEvent, ArticleRecord } from '../../src/types.js';

const whole = (text: string) => [{ start: 0, end: text.length }];

const BASE =
  'شنت طائرات حربية غارات جوية على مواقع لفصائل مسلحة قرب مدينة البوكمال شرقي سوريا فجر الجمعة وأفاد المرصد السوري بمقتل ثمانية مسلحين وإصابة آخرين';

test('MinHash: a re-post with one changed word is near, another text is far', () => {
  const copy = BASE.replace('ثمانية', 'تسعة');
  const other =
    'عقد مجلس النواب العراقي جلسة طارئة لمناقشة أزمة المياه في محافظة البصرة بحضور عدد من الوزراء المعنيين';
  const a = minhash(BASE, whole(BASE))!;
  assert.ok(similarity(a, minhash(copy, whole(copy))!) >= 0.6);
  assert.ok(similarity(a, minhash(other, whole(other))!) < 0.2);
  assert.equal(minhash('', []), null);
});

function record(
  id: string,
  headline: string,
  body: string,
  published: string | null,
  entityKeys: string[] = [],
): ArticleRecord {
  const text = `${headline}\n${body}`;
  return {
    id,
    source: { path: id, index: 0, line: null, url: null },
    content_hash: `hash-${id}-${text.length}-${text}`,
    text,
    headline: { start: 0, end: headline.length },
    dateline: null,
    outlet: null,
    published,
    body: [{ start: headline.length + 1, end: text.length }],
    removed: [],
    entities: entityKeys.map((key) => ({
      key,
      type: 'ORG',
      name: key,
      en: null,
      code: null,
      sector: null,
      mentions: [{ start: 0, end: 1 }],
    })),
    events: [],
    quotes: [],
    story: null,
    warnings: [],
  };
}

test('clustering: two reports of one event share a story, an unrelated one does not, a copy is a duplicate', () => {
  const assign = createStoryStage();
  const a = record(
    'a',
    'محتجون يضرمون النار في القنصلية الإيرانية في البصرة',
    'اقتحم محتجون غاضبون مبنى القنصلية الإيرانية في البصرة وأضرموا فيه النار ليلة الجمعة',
    '2018-09-07',
  );
  const b = record(
    'b',
    'حرق القنصلية الإيرانية في البصرة على يد محتجين',
    'أضرم محتجون النار في القنصلية الإيرانية بمدينة البصرة جنوب العراق',
    '2018-09-07',
  );
  const c = record(
    'c',
    'مجلس الأمن يعقد جلسة طارئة بشأن كوريا الشمالية',
    'عقد مجلس الأمن الدولي جلسة طارئة لبحث التجربة الصاروخية الكورية الشمالية الجديدة',
    '2018-09-07',
  );
  const copy = {
    ...record(
      'a-copy',
      'محتجون يضرمون النار في القنصلية الإيرانية في البصرة',
      'اقتحم محتجون غاضبون مبنى القنصلية الإيرانية في البصرة وأضرموا فيه النار ليلة الجمعة',
      '2018-09-07',
    ),
    content_hash: a.content_hash,
  };
  for (const r of [a, b, c, copy]) assign(r);
  assert.equal(a.story!.id, storyIdFor(a.content_hash));
  assert.equal(b.story!.id, a.story!.id);
  assert.notEqual(c.story!.id, a.story!.id);
  assert.equal(copy.story!.id, a.story!.id);
  assert.equal(copy.story!.duplicate_of, 'a');
});

test('clustering: the same words weeks apart are not one story', () => {
  const assign = createStoryStage();
  const a = record(
    'a',
    'محتجون يضرمون النار في القنصلية الإيرانية في البصرة',
    'اقتحم محتجون مبنى القنصلية الإيرانية في البصرة',
    '2018-09-07',
  );
  const b = record(
    'b',
    'محتجون يضرمون النار في القنصلية الإيرانية في البصرة مجددا',
    'اقتحم محتجون مبنى القنصلية الإيرانية في البصرة مرة أخرى',
    '2018-11-20',
  );
  assign(a);
  assign(b);
  assert.notEqual(a.story!.id, b.story!.id);
});

test('clustering: restore() rebuilds state so a later article joins the restored story', () => {
  const clusterer = new StoryClusterer();
  const first = record('a', 'غارات جوية على مواقع قرب البوكمال', BASE, '2024-02-09');
  const features = {
    id: 'a',
    contentHash: first.content_hash,
    published: '2024-02-09',
    terms: new Map([
      ['غار', 3],
      ['بوكمال', 3],
      ['مسلح', 2],
    ]),
    entityKeys: [],
    signature: null,
  };
  clusterer.restore(features, 'st_restored');
  const next = clusterer.add({ ...features, id: 'b', contentHash: 'other' });
  assert.equal(next.storyId, 'st_restored');
});

function event(
  type: ArticleEvent['type'],
  actor: string | null,
  recipient: string | null,
  date: string | null,
): ArticleEvent {
  const filler = (code: string | null) => (code ? { key: null, code, sector: null, start: 0, end: 1 } : null);
  return {
    type,
    mode: null,
    actor: filler(actor),
    recipient: filler(recipient),
    location: null,
    date,
    quantities: [],
    evidence: [],
    confidence: 0.8,
    historical: false,
  };
}

test('cross-source merge: one event from three outlets is one record with its sources; copies do not count', () => {
  const items: SourcedEvent[] = [
    {
      articleId: 'bbc',
      outlet: 'BBC',
      duplicateOf: null,
      event: event('ASSAULT', 'USA', 'SYR', '2018-04-14'),
      evidence: 'x',
    },
    {
      articleId: 'cnn',
      outlet: 'CNN',
      duplicateOf: null,
      event: event('ASSAULT', 'USA', null, null),
      evidence: 'y',
    },
    {
      articleId: 'cnn-2',
      outlet: 'CNN',
      duplicateOf: 'cnn',
      event: event('ASSAULT', 'USA', null, null),
      evidence: 'y',
    },
    {
      articleId: 'f24',
      outlet: 'France 24',
      duplicateOf: null,
      event: event('ASSAULT', 'USA', 'SYR', '2018-04-14'),
      evidence: 'z',
    },
    {
      articleId: 'bbc',
      outlet: 'BBC',
      duplicateOf: null,
      event: event('ACCUSE', 'RUS', 'USA', '2018-04-14'),
      evidence: 'w',
    },
    {
      articleId: 'cnn',
      outlet: 'CNN',
      duplicateOf: null,
      event: event('ASSAULT', 'ISR', 'SYR', '2018-04-14'),
      evidence: 'v',
    },
  ];
  const merged = mergeStoryEvents(items);
  assert.equal(merged.length, 3);
  const strike = merged[0]!;
  assert.equal(strike.type, 'ASSAULT');
  assert.equal(strike.actor.code, 'USA');
  assert.equal(strike.recipient.code, 'SYR');
  assert.equal(strike.sources.length, 4);
  assert.equal(strike.numSources, 3);
});

test('summary: the central sentences, without repeats', () => {
  const s1 = 'شنت الولايات المتحدة وبريطانيا وفرنسا ضربات صاروخية على مواقع عسكرية في سوريا فجر السبت.';
  const s2 = 'شنت الولايات المتحدة وبريطانيا وفرنسا ضربات صاروخية على مواقع عسكرية في سوريا صباح السبت.';
  const s3 = 'ونددت روسيا بالضربات الصاروخية على سوريا ووصفتها بأنها عدوان على دولة ذات سيادة.';
  const a = record('a', 'ضربات على سوريا', `${s1} ${s3}`, null);
  const b = record('b', 'ضربات غربية على سوريا', s2, null);
  const summary = summarizeStory([a, b], 3);
  assert.ok(summary.length >= 2);
  const texts = summary.map((s) => s.text);
  assert.ok(!(texts.includes(s1) && texts.includes(s2)), 'near-identical sentences are not both chosen');
  for (const s of summary)
    assert.equal([a, b].find((r) => r.id === s.articleId)!.text.slice(s.start, s.end), s.text);
});

test('background prior: in a small batch a common news word weighs less than a rare one; the batch takes over as it grows', async () => {
  const { DocumentFrequencies } = await import('../../src/stories/background.js');
  const { storyStem } = await import('../../src/stories/terms.js');
  const frequencies = new DocumentFrequencies();
  const common = storyStem('العراق');
  const rare = storyStem('القنصلية');
  for (let i = 0; i < 10; i++) frequencies.add(i < 4 ? [common, rare] : [common]);
  assert.ok(frequencies.idf(rare) > 1.5 * frequencies.idf(common));
  // A listed word that the batch never shows is still common a priori; an unseen rare word is rarest.
  assert.ok(frequencies.idf('unseen-term') > frequencies.idf(rare));
  const big = new DocumentFrequencies();
  for (let i = 0; i < 5000; i++) big.add(i % 50 === 0 ? [common] : ['x']);
  assert.ok(big.idf(common) > 3.5, 'a listed word that is rare in a large batch regains weight');
});

test('storyStem: a country and its adjective meet, and a one-letter preposition falls', async () => {
  const { storyStem } = await import('../../src/stories/terms.js');
  assert.equal(storyStem('سوريا'), storyStem('السورية'));
  assert.equal(storyStem('بريطانيا'), storyStem('البريطانية'));
  assert.equal(storyStem('بضرب'), storyStem('ضرب'));
});

test('clustering: a story spans at most the window, so a rolling topic does not chain for weeks', () => {
  const assign = createStoryStage();
  const days = [
    '2018-09-01',
    '2018-09-02',
    '2018-09-03',
    '2018-09-04',
    '2018-09-05',
    '2018-09-06',
    '2018-09-07',
  ];
  const records = days.map((day, i) =>
    record(
      `d${i}`,
      'محتجون يضرمون النار في القنصلية الإيرانية في البصرة',
      `اقتحم محتجون مبنى القنصلية الإيرانية في البصرة رقم ${i}`,
      day,
    ),
  );
  for (const r of records) assign(r);
  assert.equal(records[1]!.story!.id, records[0]!.story!.id, 'the next day joins');
  assert.notEqual(records[6]!.story!.id, records[0]!.story!.id, 'a week later does not');
});

test('clustering: an undated article needs more than a same-day one to join', () => {
  const clusterer = new StoryClusterer();
  const terms = (words: string[]) => new Map(words.map((w) => [w, 2]));
  const base = { contentHash: 'h0', signature: null, entityKeys: ['per:x'] };
  const first = {
    ...base,
    id: 'a',
    published: '2018-04-14',
    terms: terms(['ضرب', 'صاروخ', 'منشا', 'حمص', 'مقاتل', 'تورنادو']),
  };
  clusterer.add(first);
  // A third of the words shared and no entity: enough the same day, not without a date.
  const partial = terms(['ضرب', 'حمص', 'بوت', 'عدو', 'سياد', 'طليع']);
  const sameDay = clusterer.add({
    ...base,
    entityKeys: ['per:y'],
    id: 'b',
    contentHash: 'h1',
    published: '2018-04-14',
    terms: partial,
  });
  const undated = new StoryClusterer();
  undated.add(first);
  const noDate = undated.add({
    ...base,
    entityKeys: ['per:y'],
    id: 'c',
    contentHash: 'h2',
    published: null,
    terms: partial,
  });
  assert.equal(sameDay.storyId, storyIdFor('h0'), `same day joins (${sameDay.score.toFixed(3)})`);
  assert.notEqual(noDate.storyId, storyIdFor('h0'), 'undated opens its own story');
});

test('features: event signatures join the entity keys, historical events do not', async () => {
  const { clusterFeatures } = await import('../../src/stories/index.js');
  const r = record(
    'e',
    'محتجون يضرمون النار في القنصلية الإيرانية في البصرة',
    'اقتحم محتجون مبنى القنصلية',
    '2018-09-07',
    ['org:x'],
  );
  const filler = (key: string, code: string) => ({ key, code, sector: null, start: 0, end: 1 });
  r.events = [
    { ...event('PROTEST', 'IRQ', null, '2018-09-07'), location: filler('loc:basra', 'IRQ') },
    { ...event('ASSAULT', 'USA', 'IRQ', null), historical: true },
  ];
  const keys = clusterFeatures(r).entityKeys;
  assert.ok(keys.includes('org:x'));
  assert.ok(keys.includes('ev:PROTEST@loc:basra'));
  assert.ok(keys.includes('ev:PROTEST@IRQ/2018-09-07'));
  assert.ok(!keys.some((k) => k.startsWith('ev:ASSAULT')));
});

test('term index: a dated query sees the stories anchored in its window and undated ones; an undated query sees all', async () => {
  const { TermIndex } = await import('../../src/stories/term-index.js');
  const index = new TermIndex();
  const term = 7; // an interned term id
  index.add(0, [term], 100);
  index.add(1, [term], 110);
  index.add(2, [term], null);
  assert.deepEqual(index.stories(term, 102, 3), [0, 2]);
  assert.deepEqual(index.stories(term, null, 3), [0, 1, 2]);
  index.remove(0, term, 100);
  assert.deepEqual(index.stories(term, 102, 3), [2]);
  // A story that took an earlier day moves there, after the stories posted there before; an
  // undated query still sees each story once, in the order it took the term.
  index.add(3, [term], 104);
  index.add(4, [term], 104);
  index.move(1, [term], 110, 104);
  assert.deepEqual(index.stories(term, 102, 3), [3, 4, 1, 2]);
  assert.deepEqual(index.stories(term, 110, 3), [2]);
  assert.deepEqual(index.stories(term, null, 3), [1, 2, 3, 4]);
});

test('clustering: the best story is found among hundreds of candidates', () => {
  // The story to find comes first; then 288 stories, each sharing one of 24 common words with the
  // probe (so that none of them has many candidates itself). The probe's own candidates run past
  // any small fixed-size buffer, and the first of them must keep its score.
  const clusterer = new StoryClusterer();
  const article = (id: string, words: string[]) => ({
    id,
    contentHash: `h-${id}`,
    published: '2018-04-14',
    signature: null,
    entityKeys: [],
    terms: new Map(words.map((w) => [w, 2])),
  });
  const event = ['قنصل', 'بصر', 'محتج', 'حريق', 'اقتحام', 'مبنى'];
  const common = Array.from({ length: 24 }, (_, j) => `عام${j}`);
  const target = clusterer.add(article('t', event));
  for (let i = 0; i < 288; i++) {
    const own = Array.from({ length: 6 }, (_, k) => `خاص${i}-${k}`);
    clusterer.add(article(`f${i}`, [common[i % 24]!, ...own]));
  }
  assert.equal(clusterer.storyCount, 289, 'each filler is a story of its own');
  const probe = clusterer.add(article('p', [...event, ...common]));
  assert.equal(probe.storyId, target.storyId);
});

test('similarity: a spread vector gives cosine bit for bit, whichever side is shorter', async () => {
  const { SpreadVector, emptyVector, termVector } = await import('../../src/stories/similarity.js');
  type Vector = ReturnType<typeof emptyVector>;
  // The plain cosine: the sum runs over the smaller vector in its order, the larger spread into
  // `scratch` (all zeros, left so), a term the larger lacks adding an exact zero.
  const cosine = (a: Vector, b: Vector, scratch: Float64Array): number => {
    if (a.norm === 0 || b.norm === 0) return 0;
    const small = a.length <= b.length ? a : b;
    const large = small === a ? b : a;
    for (let k = 0; k < large.length; k++) scratch[large.ids[k]!] = large.weights[k]!;
    let dot = 0;
    for (let k = 0; k < small.length; k++) dot += small.weights[k]! * scratch[small.ids[k]!]!;
    for (let k = 0; k < large.length; k++) scratch[large.ids[k]!] = 0;
    return dot / (a.norm * b.norm);
  };
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const vector = (length: number) => {
    const ids = Int32Array.from({ length }, () => Math.floor(random() * 200));
    const unique = Int32Array.from(new Set(ids));
    const tfs = Float64Array.from(unique, () => 0.3 + random() * 5);
    return termVector(unique, tfs, unique.length, (id) => 1 + id / 50, emptyVector());
  };
  const spread = new SpreadVector();
  const scratch = new Float64Array(256);
  for (let round = 0; round < 50; round++) {
    const a = vector(5 + Math.floor(random() * 60));
    spread.spread(a, 256);
    for (let other = 0; other < 5; other++) {
      const b = vector(5 + Math.floor(random() * 60));
      assert.equal(spread.cosine(b), cosine(a, b, scratch));
    }
    spread.clear();
  }
});
