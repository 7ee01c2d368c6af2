import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitProclitics } from '../../src/entities/tagger/clitics.js';
import {
  featuresAt,
  lengthBucket,
  tokenFeatures,
  viewToken,
  wordShape,
} from '../../src/entities/tagger/features.js';
import { buildCueLexicon, cueKey, parseCueTsv } from '../../src/entities/tagger/lexicon.js';

const cues = buildCueLexicon(parseCueTsv('# comment\nالرئيس\tTITLE\nمدينة\tPLACE\n'));

test('proclitics: conjunction, preposition and article peel while a stem of three letters remains', () => {
  assert.deepEqual(splitProclitics('والعراق'), { prefix: 'و+ال', stem: 'عراق' });
  assert.deepEqual(splitProclitics('للرئيس'), { prefix: 'ل+ال', stem: 'رئيس' });
  assert.deepEqual(splitProclitics('بغداد'), { prefix: 'ب', stem: 'غداد' });
  assert.deepEqual(splitProclitics('ولد'), { prefix: '', stem: 'ولد' });
  assert.deepEqual(splitProclitics('فرنسا'), { prefix: 'ف', stem: 'رنسا' });
});

test('shape and length bucket', () => {
  assert.equal(wordShape('CNN'), 'X');
  assert.equal(wordShape('iPhone'), 'xXx');
  assert.equal(wordShape('2006'), 'd');
  assert.equal(wordShape('بغداد'), 'A');
  assert.equal(wordShape('مُحَمَّد'), 'A');
  assert.equal(wordShape('د.'), 'A.');
  assert.equal(lengthBucket(3), '3');
  assert.equal(lengthBucket(6), '5-6');
  assert.equal(lengthBucket(12), '9+');
});

test('cue lookup sees through normalisation and clitics', () => {
  assert.equal(cueKey('والرئيس'), cueKey('الرئيس'));
  assert.deepEqual(viewToken('والرئيس', { cues }).cues, ['TITLE']);
  assert.deepEqual(viewToken('بمدينة', { cues }).cues, ['PLACE']);
  assert.deepEqual(viewToken('كتاب', { cues }).cues, []);
});

test('token features: identity, affixes, clitic form; context-only keeps no spelling', () => {
  const view = viewToken('والعراق', { cues });
  const own = tokenFeatures(view, 0);
  for (const f of ['b', 'w=والعراق', 's=عراق', 'cp=و+ال', 'p2=وا', 'x2=اق', 'sx3=راق', 'sh=A'])
    assert.ok(own.includes(f), f);
  const contextOnly = tokenFeatures(view, 0, true);
  assert.ok(!contextOnly.some((f) => f.startsWith('w=') || f.startsWith('s=') || f.startsWith('x')));
  assert.ok(tokenFeatures(view, -1).includes('w-1=والعراق'));
  assert.ok(tokenFeatures(view, 2).includes('w+2=والعراق'));
});

test('window features look ±2 and see the sentence edges', () => {
  const views = ['قال', 'الرئيس', 'جورج', 'بوش'].map((t) => viewToken(t, { cues }));
  const f = featuresAt(views, 2);
  for (const x of [
    'w=جورج',
    'w-1=الرئيس',
    'w-2=قال',
    'w+1=بوش',
    'w+2=</s>',
    'c-1=TITLE',
    'w-1|w=الرئيس|جورج',
  ]) {
    assert.ok(f.includes(x), x);
  }
  assert.ok(featuresAt(views, 0).includes('w-2=<s>'));
  // Normalisation folds hamza forms and ta marbuta, so spelling variants share features.
  assert.ok(featuresAt([viewToken('أمريكا', { cues })], 0).includes('w=امريكا'));
});
