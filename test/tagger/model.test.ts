import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bioConstraints,
  meanModel,
  repairBio,
  tagSetOf,
  viterbi,
  type LinearModel,
} from '../../src/entities/tagger/model.js';
import { bioChunks } from '../../src/entities/tagger/chunks.js';
import { scoreChunks } from '../../src/entities/tagger/evaluate.js';
import {
  EntityMemory,
  stackFeatures,
  voteText,
  windowStackText,
} from '../../src/entities/tagger/stacking.js';

test('tag set: O first, then B/I per type in order', () => {
  assert.deepEqual(tagSetOf(['O', 'I-PER', 'B-LOC', 'B-PER']), ['O', 'B-LOC', 'I-LOC', 'B-PER', 'I-PER']);
});

test('viterbi under BIO constraints never opens with I- nor switches type inside a chunk', () => {
  const tags = ['O', 'B-LOC', 'I-LOC', 'B-PER', 'I-PER'];
  const T = tags.length;
  const allowed = bioConstraints(tags);
  // Emissions that on their own would prefer I-PER everywhere, then I-LOC.
  const emissions = Float64Array.from([0, 0, 0, 0, 5, 0, 0, 0, 0, 5, 0, 0, 5, 0, 0]);
  const path = Array.from(viterbi(emissions, 3, T, new Float64Array((T + 1) * T), allowed), (t) => tags[t]);
  assert.notEqual(path[0]!.slice(0, 2), 'I-');
  for (let i = 1; i < path.length; i++) {
    if (path[i]!.startsWith('I-')) assert.equal(path[i - 1]!.slice(2), path[i]!.slice(2));
  }
  assert.deepEqual(
    viterbi(new Float64Array(0), 0, T, new Float64Array((T + 1) * T), allowed),
    new Int32Array(0),
  );
});

test('repairBio and bioChunks read an orphan I- as the start of a chunk', () => {
  assert.deepEqual(repairBio(['O', 'I-PER', 'I-PER', 'I-LOC']), ['O', 'B-PER', 'I-PER', 'B-LOC']);
  assert.deepEqual(bioChunks(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC']), [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 5, type: 'LOC' },
  ]);
});

test('chunk scores count exact matches only', () => {
  const r = scoreChunks([['B-PER', 'I-PER', 'O', 'B-LOC']], [['B-PER', 'O', 'O', 'B-LOC']]);
  assert.equal(r.micro.tp, 1);
  assert.equal(r.micro.fp, 1);
  assert.equal(r.micro.fn, 1);
  assert.equal(r.byType.LOC!.f1, 1);
});

test('entity memory remembers first-pass types within its window only', () => {
  const memory = new EntityMemory(2);
  memory.remember(['شيراك', 'قال'], ['B-PER', 'O']);
  assert.equal(memory.typeOf('شيراك'), 'PER');
  assert.equal(memory.typeOf('قال'), undefined);
  assert.ok(stackFeatures(['شيراك'], ['O'], memory)[0]!.includes('mem=PER'));
  memory.remember(['x'], ['O']);
  memory.remember(['y'], ['O']);
  assert.equal(memory.typeOf('شيراك'), undefined);
});

test('a two-sided memory sees the sentences around and the sentence itself, not the word itself', () => {
  const words = [['شيراك', 'قال'], ['x'], ['y', 'شيراك'], ['z']];
  const tags = [['B-PER', 'O'], ['O'], ['O', 'O'], ['O']];
  const f = windowStackText(words, tags, 1);
  assert.ok(f[1]![0]!.every((x) => !x.startsWith('mem')));
  assert.ok(!f[0]![0]!.includes('mem=PER'), 'its own verdict is not remembered');
  assert.ok(!f[2]![1]!.includes('mem=PER'), 'two sentences away: out of the window');
  assert.ok(windowStackText(words, tags, 2)[2]![1]!.includes('mem=PER'));
  const same = windowStackText([['شيراك', 'و', 'شيراك']], [['B-PER', 'O', 'O']], 0);
  assert.ok(same[0]![2]!.includes('mem|fp=PER|O'), 'the same sentence counts');
});

test('the consistency vote fills untagged recurrences of chunks tagged twice nearby, longest first', () => {
  const words = [
    ['نادي', 'المغرب', 'الفاسي', 'فاز', 'المغرب', 'الفاسي'],
    ['المغرب', 'الفاسي', 'و', 'المغرب', 'شيراك'],
    ['x', 'المغرب', 'شيراك'],
    ['المغرب', 'الفاسي', 'شيراك'],
  ];
  const tags = [
    ['O', 'B-ORG', 'I-ORG', 'O', 'B-ORG', 'I-ORG'],
    ['O', 'O', 'O', 'B-LOC', 'B-PER'],
    ['O', 'B-LOC', 'O'],
    ['O', 'O', 'O'],
  ];
  const out = voteText(words, tags, 1);
  assert.deepEqual(out[0], tags[0]);
  assert.deepEqual(
    out[1],
    ['B-ORG', 'I-ORG', 'O', 'B-LOC', 'B-PER'],
    'the longest chunk; a given tag is kept',
  );
  assert.deepEqual(out[2], ['O', 'B-LOC', 'O'], 'a name tagged once is not spread');
  assert.deepEqual(out[3], ['O', 'O', 'O'], 'out of the window');
  assert.deepEqual(voteText(words, tags, 2)[3], ['B-LOC', 'O', 'O'], 'the one chunk in reach twice');
  assert.deepEqual(voteText(words, tags, 3)[3], ['B-ORG', 'I-ORG', 'O']);
  // A recurrence that an I- tag continues is left alone.
  const ab = [
    ['a', 'b'],
    ['a', 'b'],
    ['a', 'b'],
  ];
  assert.deepEqual(
    voteText(
      ab,
      [
        ['B-PER', 'O'],
        ['B-PER', 'O'],
        ['O', 'I-LOC'],
      ],
      2,
    )[2],
    ['O', 'I-LOC'],
  );
  assert.deepEqual(
    voteText(
      ab,
      [
        ['B-PER', 'O'],
        ['B-PER', 'O'],
        ['O', 'O'],
      ],
      2,
    )[2],
    ['B-PER', 'O'],
  );
});

test('meanModel averages weights and transitions of models over the same tags and features', () => {
  const featureIndex = new Map([
    ['w=a', 0],
    ['w=b', 1],
  ]);
  const tags = ['O', 'B-PER', 'I-PER'];
  const model = (w: number[], t: number[]): LinearModel => ({
    tags,
    featureIndex,
    weights: Float32Array.from(w),
    transitions: Float32Array.from(t),
  });
  const a = model(
    [1, 2, 3, 4, 5, 6],
    Array.from({ length: 12 }, (_, k) => k),
  );
  const b = model(
    [3, 2, 1, 0, -1, 6],
    Array.from({ length: 12 }, () => 1),
  );
  const mean = meanModel([a, b]);
  assert.deepEqual([...mean.weights], [2, 2, 2, 2, 2, 6]);
  assert.deepEqual(
    [...mean.transitions],
    Array.from({ length: 12 }, (_, k) => (k + 1) / 2),
  );
  assert.equal(mean.featureIndex, featureIndex);
  assert.deepEqual(meanModel([a]).weights, a.weights);
  assert.throws(() => meanModel([]), /no models/);
  assert.throws(() => meanModel([a, { ...b, tags: ['O', 'B-LOC', 'I-LOC'] }]), /differ/);
});
