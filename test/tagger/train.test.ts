import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sentenceFeatures, type FeatureResources } from '../../src/entities/tagger/features.js';
import { buildCueLexicon, type CueEntry } from '../../src/entities/tagger/lexicon.js';
import { trainPerceptron } from '../../src/entities/tagger/perceptron.js';
import { jackknifeFirstPass, withStackFeatures } from '../../src/entities/tagger/stacking.js';
import { readBundle, writeBundle, type TaggerBundle } from '../../src/entities/tagger/weights.js';
import { taggerFromBundle, loadTagger } from '../../src/entities/tagger/index.js';
import type { TaggedSentence } from '../../src/entities/tagger/conll.js';

/** A toy language: a name follows 'الرئيس' (PER, two tokens), a place follows 'مدينة'. */
function toyCorpus(): TaggedSentence[] {
  const people = [
    ['سامي', 'نور'],
    ['كريم', 'داود'],
    ['هشام', 'فارس'],
    ['زياد', 'منير'],
  ];
  const places = ['طنطا', 'صور', 'حمص', 'سوسة', 'وجدة'];
  const out: TaggedSentence[] = [];
  for (const [first, last] of people) {
    for (const place of places) {
      out.push({
        tokens: ['قال', 'الرئيس', first!, last!, 'في', 'مدينة', place, '.'],
        tags: ['O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O'],
      });
    }
  }
  return out;
}

const cues: CueEntry[] = [
  { word: 'الرئيس', cls: 'TITLE' },
  { word: 'مدينة', cls: 'PLACE' },
];

function trainToy(stack: boolean): TaggerBundle {
  const resources: FeatureResources = { cues: buildCueLexicon(cues) };
  const corpus = toyCorpus();
  const features = corpus.map((s) => sentenceFeatures(s.tokens, resources));
  const opts = { epochs: 5, seed: 1, minFeatureCount: 1 };
  const first = trainPerceptron(corpus, features, opts);
  const passes = [first];
  if (stack) {
    const words = corpus.map((s) => s.tokens);
    const firstPass = jackknifeFirstPass(corpus, features, 2, (s, f) => trainPerceptron(s, f, opts));
    passes.push(trainPerceptron(corpus, withStackFeatures(words, features, firstPass, 5), opts));
  }
  return {
    passes,
    memoryWindow: 5,
    entityBias: 0,
    cues,
    clusters: new Map(),
    priors: new Map(),
    meta: { toy: true },
  };
}

test('a trained toy tagger generalises the pattern to unseen names', () => {
  const tagger = taggerFromBundle(trainToy(false));
  assert.deepEqual(tagger.tag(['قال', 'الرئيس', 'عادل', 'رامي', 'في', 'مدينة', 'بنها', '.']), [
    'O',
    'O',
    'B-PER',
    'I-PER',
    'O',
    'O',
    'B-LOC',
    'O',
  ]);
  assert.deepEqual(tagger.entities(['قال', 'الرئيس', 'في', 'مدينة', 'بنها', '.']), [
    { start: 4, end: 5, type: 'LOC' },
  ]);
  assert.deepEqual(tagger.tag([]), []);
});

test('training is deterministic', () => {
  const a = trainToy(false).passes[0]!;
  const b = trainToy(false).passes[0]!;
  assert.deepEqual(Array.from(a.weights), Array.from(b.weights));
  assert.deepEqual(Array.from(a.transitions), Array.from(b.transitions));
});

test('two-pass bundle survives the weights file and tags the same', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-tagger-'));
  try {
    const bundle = trainToy(true);
    const path = join(dir, 'toy.json.gz');
    const bytes = writeBundle(path, bundle, { minAbs: 0.001, decimals: 3 });
    assert.ok(bytes > 0);
    const reread = readBundle(path);
    assert.equal(reread.passes.length, 2);
    assert.deepEqual(reread.meta, { toy: true });
    const sentence = ['قال', 'الرئيس', 'عادل', 'رامي', 'في', 'مدينة', 'بنها', '.'];
    const fromFile = loadTagger(path);
    assert.deepEqual(fromFile.tag(sentence), taggerFromBundle(bundle).tag(sentence));
    assert.equal(loadTagger(path), fromFile, 'loaded once per path');
    assert.deepEqual(fromFile.tagDocument([sentence, ['عادل']]).length, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
