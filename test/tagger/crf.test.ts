import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crfWork, sentenceLoss, trainCrf, type CrfOptions } from '../../src/entities/tagger/crf.js';
import { bioConstraints, decode, emissionScores, type LinearModel } from '../../src/entities/tagger/model.js';
import { encodeCorpus, seededRandom, shuffle } from '../../src/entities/tagger/perceptron.js';
import { sentenceFeatures } from '../../src/entities/tagger/features.js';
import { buildCueLexicon } from '../../src/entities/tagger/lexicon.js';
import { taggerFromBundle } from '../../src/entities/tagger/index.js';
import type { TaggedSentence } from '../../src/entities/tagger/conll.js';

const TAGS = ['O', 'B-LOC', 'I-LOC', 'B-PER', 'I-PER'];
const T = TAGS.length;
const allowed = bioConstraints(TAGS);

/** A random emission matrix and transition matrix (disallowed transitions too: they must not count). */
function randomScores(n: number, seed: number): { emissions: Float64Array; transitions: Float64Array } {
  const random = seededRandom(seed);
  return {
    emissions: Float64Array.from({ length: n * T }, () => 4 * random() - 2),
    transitions: Float64Array.from({ length: (T + 1) * T }, () => 4 * random() - 2),
  };
}

/** log Σ exp(score) over every path BIO allows, by enumeration. */
function bruteLogZ(emissions: Float64Array, n: number, transitions: Float64Array): number {
  let total = 0;
  const path = new Array<number>(n).fill(0);
  for (let code = 0; code < T ** n; code++) {
    for (let i = 0, c = code; i < n; i++, c = Math.floor(c / T)) path[i] = c % T;
    let score = 0;
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      const k = (i > 0 ? path[i - 1]! + 1 : 0) * T + path[i]!;
      ok = allowed[k] === 1;
      score += emissions[i * T + path[i]!]! + transitions[k]!;
    }
    if (ok) total += Math.exp(score);
  }
  return Math.log(total);
}

const gold = Int32Array.from([0, 3, 4, 0, 1]); // O B-PER I-PER O B-LOC

test('CRF loss is log Z minus the gold score, Z summed over the paths BIO allows', () => {
  const n = gold.length;
  const { emissions, transitions } = randomScores(n, 7);
  let goldScore = 0;
  for (let i = 0; i < n; i++)
    goldScore += emissions[i * T + gold[i]!]! + transitions[(i ? gold[i - 1]! + 1 : 0) * T + gold[i]!]!;
  const loss = sentenceLoss(
    emissions,
    n,
    T,
    transitions,
    allowed,
    gold,
    new Float64Array(n * T),
    new Float64Array((T + 1) * T),
  );
  assert.ok(Math.abs(loss - (bruteLogZ(emissions, n, transitions) - goldScore)) < 1e-9);
  // Large scores neither overflow nor underflow.
  const big = Float64Array.from(emissions, (e) => 300 * e);
  const bigLoss = sentenceLoss(
    big,
    n,
    T,
    transitions,
    allowed,
    gold,
    new Float64Array(n * T),
    new Float64Array(36),
  );
  assert.ok(Number.isFinite(bigLoss) && bigLoss >= 0);
});

test('CRF gradient matches finite differences of the loss', () => {
  const n = gold.length;
  const { emissions, transitions } = randomScores(n, 11);
  const dEmissions = new Float64Array(n * T);
  const dTransitions = new Float64Array((T + 1) * T);
  const work = crfWork(n, T);
  sentenceLoss(emissions, n, T, transitions, allowed, gold, dEmissions, dTransitions, work);
  const lossAt = (e: Float64Array, a: Float64Array): number =>
    sentenceLoss(e, n, T, a, allowed, gold, new Float64Array(n * T), new Float64Array(a.length), work);
  const h = 1e-5;
  const numeric = (values: Float64Array, k: number, loss: () => number): number => {
    const keep = values[k]!;
    values[k] = keep + h;
    const up = loss();
    values[k] = keep - h;
    const down = loss();
    values[k] = keep;
    return (up - down) / (2 * h);
  };
  for (let k = 0; k < emissions.length; k++) {
    const expected = numeric(emissions, k, () => lossAt(emissions, transitions));
    assert.ok(Math.abs(dEmissions[k]! - expected) < 1e-6, `emission ${k}: ${dEmissions[k]} vs ${expected}`);
  }
  for (let k = 0; k < transitions.length; k++) {
    const expected = numeric(transitions, k, () => lossAt(emissions, transitions));
    assert.ok(
      Math.abs(dTransitions[k]! - expected) < 1e-6,
      `transition ${k}: ${dTransitions[k]} vs ${expected}`,
    );
    if (!allowed[k]) assert.equal(dTransitions[k], 0);
  }
});

/** A toy language: a name follows 'الرئيس' (PER, two tokens), a place follows 'مدينة'. */
function toyCorpus(): TaggedSentence[] {
  const people = [
    ['سامي', 'نور'],
    ['كريم', 'داود'],
    ['هشام', 'فارس'],
  ];
  const places = ['طنطا', 'صور', 'حمص', 'سوسة'];
  const out: TaggedSentence[] = [];
  for (const [first, last] of people)
    for (const place of places) {
      out.push({
        tokens: ['قال', 'الرئيس', first!, last!, 'في', 'مدينة', place, '.'],
        tags: ['O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O'],
      });
      out.push({ tokens: ['زار', place, '.'], tags: ['O', 'B-LOC', 'O'] });
    }
  return out;
}

const resources = {
  cues: buildCueLexicon([
    { word: 'الرئيس', cls: 'TITLE' },
    { word: 'مدينة', cls: 'PLACE' },
  ]),
};

function toyModel(opts: Partial<CrfOptions>): LinearModel {
  const corpus = toyCorpus();
  return trainCrf(
    corpus,
    corpus.map((s) => sentenceFeatures(s.tokens, resources)),
    { epochs: 10, seed: 1, minFeatureCount: 1, l2: 0.1, rate: 0.3, average: false, ...opts },
  );
}

test('a CRF learns the toy language and generalises it to unseen names', () => {
  for (const average of [false, true]) {
    const model = toyModel({ average });
    const bio = bioConstraints(model.tags);
    for (const s of toyCorpus())
      assert.deepEqual(decode(model, bio, sentenceFeatures(s.tokens, resources)), s.tags);
    const tagger = taggerFromBundle({
      passes: [model],
      memoryWindow: 5,
      entityBias: 0,
      cues: [],
      clusters: new Map(),
      priors: new Map(),
      meta: {},
    });
    assert.deepEqual(tagger.tag(['قال', 'الرئيس', 'عادل', 'رامي', 'في', 'مدينة', 'بنها', '.']).slice(2, 4), [
      'B-PER',
      'I-PER',
    ]);
  }
});

test('CRF training is deterministic', () => {
  const a = toyModel({ average: true });
  const b = toyModel({ average: true });
  assert.deepEqual(Array.from(a.weights), Array.from(b.weights));
  assert.deepEqual(Array.from(a.transitions), Array.from(b.transitions));
});

/**
 * The same AdaGrad + L2 steps done the slow way: every weight, touched or not, every step. The
 * lazy shrinking of trainCrf must give the same weights (and the same average).
 */
function denseCrf(corpus: TaggedSentence[], features: string[][][], opts: CrfOptions): LinearModel {
  const { tags, featureIndex, sentences } = encodeCorpus(corpus, features, opts.minFeatureCount);
  const bio = bioConstraints(tags);
  const nT = tags.length;
  const decay = opts.l2 / sentences.length;
  const params = [new Float64Array(featureIndex.size * nT), new Float64Array((nT + 1) * nT)] as const;
  const squares = params.map((p) => new Float64Array(p.length));
  const sums = params.map((p) => new Float64Array(p.length));
  const random = seededRandom(opts.seed);
  const order = sentences.map((_, i) => i);
  let steps = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, random);
    for (const si of order) {
      const { rows, gold: g } = sentences[si]!;
      const grads = params.map((p) => new Float64Array(p.length));
      const dE = new Float64Array(rows.length * nT);
      const e = emissionScores(params[0], nT, rows);
      sentenceLoss(e, rows.length, nT, params[1], bio, g, dE, grads[1]!);
      rows.forEach((tokenRows, i) => {
        for (const row of tokenRows) for (let t = 0; t < nT; t++) grads[0]![row * nT + t]! += dE[i * nT + t]!;
      });
      params.forEach((w, p) => {
        for (let k = 0; k < w.length; k++) {
          const gk = grads[p]![k]!;
          squares[p]![k]! += gk * gk;
          if (squares[p]![k]! > 0) {
            const eta = opts.rate / Math.sqrt(squares[p]![k]!);
            w[k] = (w[k]! - eta * gk) / (1 + eta * decay);
          }
          sums[p]![k]! += w[k]!;
        }
      });
      steps++;
    }
  }
  const out = (p: number) => Float32Array.from(opts.average ? sums[p]!.map((s) => s / steps) : params[p]!);
  return { tags, featureIndex, weights: out(0), transitions: out(1) };
}

test('lazy L2 shrinking equals shrinking every weight at every step', () => {
  const corpus = toyCorpus().slice(0, 10);
  const features = corpus.map((s) => sentenceFeatures(s.tokens, resources));
  for (const average of [false, true]) {
    const opts: CrfOptions = { epochs: 3, seed: 3, minFeatureCount: 1, l2: 2, rate: 0.5, average };
    const lazy = trainCrf(corpus, features, opts);
    const dense = denseCrf(corpus, features, opts);
    assert.equal(lazy.weights.length, dense.weights.length);
    lazy.weights.forEach((w, k) => assert.ok(Math.abs(w - dense.weights[k]!) < 1e-5, `weight ${k}`));
    lazy.transitions.forEach((w, k) =>
      assert.ok(Math.abs(w - dense.transitions[k]!) < 1e-5, `transition ${k}`),
    );
  }
});
