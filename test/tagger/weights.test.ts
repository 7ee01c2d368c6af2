import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTagger } from '../../src/entities/tagger/index.js';
import { defaultWeightsPath } from '../../src/entities/tagger/paths.js';
import { readBundle, writeBundle, type TaggerBundle } from '../../src/entities/tagger/weights.js';

const committed = defaultWeightsPath();

test(
  'committed weights: compact, credited, and they tag a news sentence sensibly',
  { skip: !existsSync(committed) },
  () => {
    assert.ok(statSync(committed).size < 8e6, 'a few MB at most');
    const tagger = loadTagger();
    assert.match(String(tagger.meta.corpus), /ANERcorp/);
    const tokens = 'وقال الرئيس الأمريكي جورج بوش في واشنطن إن وزارة الخارجية الأمريكية ستواصل العمل .'.split(
      ' ',
    );
    const chunks = tagger.entities(tokens).map((c) => `${c.type}:${tokens.slice(c.start, c.end).join(' ')}`);
    assert.ok(chunks.includes('PER:جورج بوش'), chunks.join(', '));
    assert.ok(chunks.includes('LOC:واشنطن'), chunks.join(', '));
    assert.equal(tagger.tag(tokens).length, tokens.length);
  },
);

// Tagging speed is measured by `npm run bench` (a ratio against a bare pass in the same run), not
// asserted here: a timed test fails on a loaded machine.

test('weights files of format 1 (a key per feature) and 2 (one shared feature list) read the same', () => {
  const tags = ['O', 'B-PER', 'I-PER'];
  const transitions = Array.from({ length: (tags.length + 1) * tags.length }, (_, k) => k / 10);
  const common = {
    meta: { toy: true },
    tags,
    memoryWindow: 3,
    entityBias: 0,
    cues: [],
    clusters: {},
    priors: {},
  };
  const v1 = {
    ...common,
    format: 'rasd-ner-perceptron/1',
    passes: [
      { transitions, features: { 'w=a': [1, 0.5], 'w=b': [0, -1, 2, 0.25] } },
      { transitions, features: { 'w=b': [1, 2], 'fp=O': [0, 0.75] } },
    ],
  };
  const dir = mkdtempSync(join(tmpdir(), 'rasd-weights-'));
  try {
    writeFileSync(join(dir, 'v1.json'), JSON.stringify(v1));
    const first = readBundle(join(dir, 'v1.json'));
    // Written again, the bundle takes format 2, with the same weights per feature and pass.
    writeBundle(join(dir, 'v2.json'), first, { minAbs: 0.01, decimals: 2 });
    const json = JSON.parse(readFileSync(join(dir, 'v2.json'), 'utf8'));
    assert.equal(json.format, 'rasd-ner-perceptron/2');
    assert.deepEqual(json.features, ['w=a', 'w=b', 'fp=O']);
    const second = readBundle(join(dir, 'v2.json'));
    const weightsOf = (bundle: TaggerBundle) =>
      bundle.passes.map((pass) =>
        Object.fromEntries(
          [...pass.featureIndex]
            .map(([name, row]) => [name, Array.from(pass.weights.subarray(row * 3, row * 3 + 3))] as const)
            .filter(([, w]) => w.some((x) => x !== 0)),
        ),
      );
    assert.deepEqual(weightsOf(second), weightsOf(first));
    assert.deepEqual(weightsOf(first)[1], { 'w=b': [0, 2, 0], 'fp=O': [0.75, 0, 0] });
    assert.deepEqual(Array.from(second.passes[1]!.transitions), Array.from(first.passes[1]!.transitions));
    writeFileSync(join(dir, 'v3.json'), JSON.stringify({ ...v1, format: 'rasd-ner-perceptron/3' }));
    assert.throws(() => readBundle(join(dir, 'v3.json')), /unknown format/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
