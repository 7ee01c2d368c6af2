import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodedText, onePassBundle, trainSecondPass, twoPassTagger } from './helpers.js';
import { sentenceFeatures, type FeatureResources } from '../../src/entities/tagger/features.js';
import { buildCueLexicon, type CueEntry } from '../../src/entities/tagger/lexicon.js';
import { bioConstraints, decode } from '../../src/entities/tagger/model.js';
import { trainPerceptron } from '../../src/entities/tagger/perceptron.js';
import { CompiledTagger } from '../../src/entities/tagger/runtime.js';
import type { TaggedSentence } from '../../src/entities/tagger/conll.js';

/** Sentences whose tags hinge on the neighbours (bigram, shape and class-pair features). */
function corpus(): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  const names = ['سامي', 'كريم', 'هشام', 'زياد', 'نور', 'داود'];
  const places = ['طنطا', 'صور', 'حمص', 'سوسة'];
  for (const [i, name] of names.entries()) {
    const place = places[i % places.length]!;
    out.push({
      tokens: ['قال', 'الرئيس', name, names[(i + 1) % names.length]!, 'في', 'مدينة', place, '.'],
      tags: ['O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O'],
    });
    out.push({ tokens: [place, 'مدينة', '2018', name], tags: ['B-LOC', 'O', 'O', 'B-PER'] });
    out.push({ tokens: [name], tags: ['B-PER'] });
  }
  return out;
}

const cues: CueEntry[] = [
  { word: 'الرئيس', cls: 'TITLE' },
  { word: 'مدينة', cls: 'PLACE' },
];

test('the compiled tagger decodes as the feature strings do (cached rows and pairs)', () => {
  const resources: FeatureResources = { cues: buildCueLexicon(cues) };
  const train = corpus();
  const model = trainPerceptron(
    train,
    train.map((s) => sentenceFeatures(s.tokens, resources)),
    { epochs: 3, seed: 2, minFeatureCount: 1 },
  );
  const compiled = new CompiledTagger(onePassBundle(model, cues));
  const allowed = bioConstraints(model.tags);
  const sentences = [
    ...train.map((s) => s.tokens),
    ['مدينة', 'بنها', 'قال', 'الرئيس', 'عادل'],
    ['عادل', 'رامي'],
    ['الرئيس', 'الرئيس', 'الرئيس'],
    ['.'],
  ];
  // Scoring words first (as the entity stage does) must not change the tags that follow.
  for (const tokens of sentences) for (const token of tokens) compiled.nameScore(token);
  // Twice: the second time every token and pair comes from the caches.
  for (let round = 0; round < 2; round++) {
    for (const tokens of sentences) {
      const expected = decode(model, allowed, sentenceFeatures(tokens, resources));
      assert.deepEqual(compiled.tag(tokens), expected, tokens.join(' '));
    }
  }
  // A name seen in training looks more like one on its own than the title before it.
  assert.ok(compiled.nameScore('سامي') > compiled.nameScore('الرئيس'));
  assert.ok(compiled.nameScore('سامي') > 0);
});

for (const vote of [undefined, 0, 1]) {
  const what = vote === undefined ? '' : ` and a consistency vote over ${vote}`;
  test(`a two-sided memory${what} tags a text as decoding the stacked feature strings does`, () => {
    const resources: FeatureResources = { cues: buildCueLexicon(cues) };
    const train = corpus();
    const opts = { epochs: 3, seed: 2, minFeatureCount: 1 };
    const features = train.map((s) => sentenceFeatures(s.tokens, resources));
    const first = trainPerceptron(train, features, opts);
    const allowed = bioConstraints(first.tags);
    const window = 2;
    const firstPass = features.map((f) => decode(first, allowed, f));
    const second = trainSecondPass(train, resources, features, firstPass, window, (s, f) =>
      trainPerceptron(s, f, opts),
    );
    const tagger = twoPassTagger(first, second, cues, window, vote);
    const text = [
      ...train.map((s) => s.tokens),
      ['مدينة', 'بنها', 'قال', 'الرئيس', 'عادل'],
      ['عادل', 'رامي', 'عادل'],
      [],
      ['.'],
    ];
    const expected = decodedText(text, resources, first, second, window, vote);
    assert.deepEqual(tagger.tagDocument(text), expected);
    // Streamed: tags come out `window` (+ `vote`) sentences late, then all at the end, in order.
    const stream = tagger.stream();
    const out: string[][] = [];
    for (const [s, tokens] of text.entries()) {
      const done = stream.push(tokens);
      assert.equal(out.length + done.length, Math.max(0, s + 1 - window - (vote ?? 0)));
      out.push(...done);
    }
    out.push(...stream.end());
    assert.deepEqual(out, expected);
    // One sentence alone: its memory is itself.
    const one = text[text.length - 4]!;
    assert.deepEqual(tagger.tag(one), tagger.tagDocument([one])[0]);
  });
}
