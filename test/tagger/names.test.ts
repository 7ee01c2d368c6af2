import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listTrainedBundle, throughWeightsFile } from './helpers.js';
import { taggerFromBundle } from '../../src/entities/tagger/index.js';
import {
  buildNameLists,
  namesFromChunks,
  spanFeatures,
  spanLabels,
  wordListFeatures,
} from '../../src/entities/tagger/names.js';
import { featuresAt, sentenceFeatures, viewToken } from '../../src/entities/tagger/features.js';
import { buildCueLexicon, cueKey } from '../../src/entities/tagger/lexicon.js';

const lists = buildNameLists([
  { name: 'جاك شيراك', cls: 'PER' },
  { name: 'باريس', cls: 'LOC' },
  { name: 'الاتحاد الأوروبي', cls: 'ORG' },
  { name: 'الاتحاد الأوروبي للكرة', cls: 'ORG' },
  { name: 'الفرنسي', cls: 'NAT' },
]);
const keys = (tokens: string[]) => tokens.map((t) => cueKey(t));

test('name lists: longest match left to right, through clitics, with B/I/E/S labels', () => {
  assert.deepEqual(spanLabels(lists, keys(['قال', 'جاك', 'شيراك', 'في', 'وباريس'])), [
    [],
    ['B-PER'],
    ['E-PER'],
    [],
    ['S-LOC'],
  ]);
  assert.deepEqual(spanLabels(lists, keys(['للاتحاد', 'الأوروبي', 'للكرة'])), [
    ['B-ORG'],
    ['I-ORG'],
    ['E-ORG'],
  ]);
  assert.deepEqual(spanLabels(lists, keys(['الاتحاد', 'الاوروبي'])), [['B-ORG'], ['E-ORG']]);
  assert.deepEqual(spanLabels(undefined, keys(['باريس'])), [[]]);
});

test('name lists: per-word features for first names, last names, name words and nationalities', () => {
  assert.deepEqual(wordListFeatures(lists, cueKey('جاك')), ['fn']);
  assert.deepEqual(wordListFeatures(lists, cueKey('وشيراك')), ['ln']);
  assert.deepEqual(wordListFeatures(lists, cueKey('الاتحاد')), ['h=ORG']);
  assert.deepEqual(wordListFeatures(lists, cueKey('الفرنسي')), ['nat']);
  assert.deepEqual(wordListFeatures(lists, cueKey('كتاب')), []);
  assert.deepEqual(spanFeatures([['B-PER'], ['E-PER'], []], 1), ['gz=E-PER', 'gz-1=B-PER']);
});

test('name lists reach the features of a sentence, and the context-only model does without', () => {
  const res = { cues: buildCueLexicon([]), names: lists };
  const f = sentenceFeatures(['الرئيس', 'جاك', 'شيراك'], res);
  for (const x of ['gz=B-PER', 'gz+1=E-PER', 'nl=fn', 'nl+1=ln']) assert.ok(f[1]!.includes(x), x);
  const contextOnly = sentenceFeatures(['الرئيس', 'جاك', 'شيراك'], res, true);
  assert.ok(!contextOnly[1]!.some((x) => x.startsWith('gz') || x.startsWith('nl')));
  const views = ['جاك'].map((t) => viewToken(t, { cues: buildCueLexicon([]) }));
  assert.ok(!featuresAt(views, 0).some((x) => x.startsWith('gz') || x.startsWith('nl')));
});

test('names learnt from chunks keep word sequences that are mostly names of that type', () => {
  const sentences = [
    { tokens: ['زار', 'شيراك', 'الأمل'], tags: ['O', 'B-PER', 'B-ORG'] },
    { tokens: ['في', 'الأمل', 'و', 'شيراك'], tags: ['O', 'O', 'O', 'B-PER'] },
    { tokens: ['الأمل', 'كبير'], tags: ['O', 'O'] },
  ];
  assert.deepEqual(namesFromChunks(sentences), [{ name: 'شيراك', cls: 'T:PER' }]);
  assert.deepEqual(namesFromChunks(sentences, 0.3), [
    { name: 'الأمل', cls: 'T:ORG' },
    { name: 'شيراك', cls: 'T:PER' },
  ]);
});

test('a bundle with name lists and type biases survives the weights file and uses both', () => {
  const names = [
    { name: 'طنطا', cls: 'LOC' },
    { name: 'حمص', cls: 'LOC' },
    { name: 'بنها', cls: 'LOC' },
  ];
  // Only the list tells a place from a word here: both follow 'في'.
  const bundle = listTrainedBundle(
    names,
    ['جاء', 'في'],
    ['طنطا', 'حمص', 'البيت', 'الصباح'],
    ['طنطا', 'حمص'],
    'LOC',
    { LOC: -100 },
  );
  throughWeightsFile(bundle, (reread) => {
    assert.deepEqual(reread.names, names);
    assert.deepEqual(reread.typeBias, { LOC: -100 });
    const sentence = ['جاء', 'في', 'بنها', '.'];
    assert.equal(taggerFromBundle({ ...reread, typeBias: {} }).tag(sentence)[2], 'B-LOC');
    assert.equal(taggerFromBundle(reread).tag(sentence)[2], 'O', 'a large negative type bias silences LOC');
  });
});
