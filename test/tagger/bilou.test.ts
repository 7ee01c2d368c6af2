import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodedText, onePassBundle, trainSecondPass, twoPassTagger } from './helpers.js';
import { sentenceFeatures, type FeatureResources } from '../../src/entities/tagger/features.js';
import { buildCueLexicon, type CueEntry } from '../../src/entities/tagger/lexicon.js';
import {
  bilouConstraints,
  bilouToBio,
  bioConstraints,
  bioToBilou,
  decode,
  isBilou,
  tagConstraints,
  tagSetOf,
  viterbi,
} from '../../src/entities/tagger/model.js';
import { sentenceLoss, trainCrf } from '../../src/entities/tagger/crf.js';
import { seededRandom, trainPerceptron } from '../../src/entities/tagger/perceptron.js';
import { jackknifeFirstPass } from '../../src/entities/tagger/stacking.js';
import { taggerFromBundle } from '../../src/entities/tagger/index.js';
import type { TaggedSentence } from '../../src/entities/tagger/conll.js';

const BIO = ['O', 'B-LOC', 'I-LOC', 'B-PER', 'I-PER'];
const BILOU = ['O', 'B-LOC', 'I-LOC', 'L-LOC', 'U-LOC', 'B-PER', 'I-PER', 'L-PER', 'U-PER'];

/** Whether a tag sequence is valid BILOU, its end included. */
function validBilou(tags: readonly string[]): boolean {
  for (let i = 0; i <= tags.length; i++) {
    const prev = i > 0 ? tags[i - 1]! : 'O';
    const cur = i < tags.length ? tags[i]! : 'O';
    const open = prev.startsWith('B-') || prev.startsWith('I-');
    const inside = cur.startsWith('I-') || cur.startsWith('L-');
    if (open ? !inside || cur.slice(2) !== prev.slice(2) : inside) return false;
  }
  return true;
}

/** Whether a tag sequence is valid BIO (no I-X but after B-X or I-X). */
function validBio(tags: readonly string[]): boolean {
  return tags.every(
    (tag, i) =>
      !tag.startsWith('I-') || (i > 0 && tags[i - 1] !== 'O' && tags[i - 1]!.slice(2) === tag.slice(2)),
  );
}

test('BIO → BILOU → BIO is the identity on valid BIO (single tokens, adjacent chunks)', () => {
  const cases: [string[], string[]][] = [
    [[], []],
    [['O'], ['O']],
    [['B-PER'], ['U-PER']],
    [
      ['B-PER', 'I-PER'],
      ['B-PER', 'L-PER'],
    ],
    [
      ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC'],
      ['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC'],
    ],
    [
      ['B-PER', 'B-PER', 'I-PER', 'B-PER', 'B-LOC', 'I-LOC', 'B-ORG'],
      ['U-PER', 'B-PER', 'L-PER', 'U-PER', 'B-LOC', 'L-LOC', 'U-ORG'],
    ],
    [
      ['O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC'],
      ['O', 'B-MISC', 'I-MISC', 'I-MISC', 'L-MISC'],
    ],
  ];
  for (const [bio, bilou] of cases) {
    assert.deepEqual(bioToBilou(bio), bilou, bio.join(' '));
    assert.ok(validBilou(bilou));
    assert.deepEqual(bilouToBio(bilou), bio, bilou.join(' '));
  }
  // Every valid BIO sequence over two types, up to length 5.
  const all = (n: number): string[][] =>
    n === 0 ? [[]] : all(n - 1).flatMap((s) => BIO.map((t) => [...s, t]));
  for (let n = 1; n <= 5; n++)
    for (const bio of all(n).filter(validBio)) {
      const bilou = bioToBilou(bio);
      assert.ok(validBilou(bilou), bilou.join(' '));
      assert.deepEqual(bilouToBio(bilou), bio);
    }
  // Invalid BIO is repaired first (an orphan I- starts a chunk), as repairBio does.
  assert.deepEqual(bioToBilou(['O', 'I-PER', 'I-LOC']), ['O', 'U-PER', 'U-LOC']);
  // BIO tags pass bilouToBio unchanged.
  assert.deepEqual(bilouToBio(['B-PER', 'I-PER', 'B-PER']), ['B-PER', 'I-PER', 'B-PER']);
});

test('BILOU tag set: O, then B, I, L, U per type in order; BIO stays as it was', () => {
  assert.deepEqual(tagSetOf(['O', 'U-PER', 'B-LOC', 'L-LOC']), BILOU);
  assert.deepEqual(tagSetOf(['O', 'I-PER', 'B-LOC', 'B-PER']), BIO);
  assert.ok(isBilou(BILOU));
  assert.ok(!isBilou(BIO));
});

test('BILOU constraints: what may follow what, what may start and what may end', () => {
  const T = BILOU.length;
  const allowed = bilouConstraints(BILOU);
  assert.equal(allowed.length, (T + 2) * T);
  const ok = (prev: string | undefined, cur: string): boolean =>
    allowed[(prev === undefined ? 0 : BILOU.indexOf(prev) + 1) * T + BILOU.indexOf(cur)] === 1;
  const mayEnd = (last: string): boolean => allowed[(T + 1) * T + BILOU.indexOf(last)] === 1;
  for (const start of ['O', 'B-PER', 'U-LOC']) assert.ok(ok(undefined, start), start);
  for (const start of ['I-PER', 'L-LOC']) assert.ok(!ok(undefined, start), start);
  assert.ok(!ok('O', 'I-PER') && !ok('O', 'L-PER'), 'no I- or L- after O');
  assert.ok(!ok('U-PER', 'I-PER') && !ok('L-PER', 'L-PER'), 'no I- or L- after a closed chunk');
  assert.ok(ok('B-PER', 'I-PER') && ok('B-PER', 'L-PER') && ok('I-PER', 'L-PER') && ok('I-PER', 'I-PER'));
  for (const cur of ['O', 'B-PER', 'U-PER', 'I-LOC', 'L-LOC']) assert.ok(!ok('B-PER', cur), `B-PER ${cur}`);
  for (const cur of ['O', 'B-LOC', 'U-PER']) assert.ok(ok('L-PER', cur) && ok('U-PER', cur) && ok('O', cur));
  for (const last of ['O', 'L-PER', 'U-LOC']) assert.ok(mayEnd(last), last);
  for (const last of ['B-PER', 'I-LOC']) assert.ok(!mayEnd(last), last);
  // BIO: the same matrix as before, and any tag may end.
  const bio = bioConstraints(BIO);
  assert.equal(bio.length, (BIO.length + 2) * BIO.length);
  assert.ok(bio.subarray((BIO.length + 1) * BIO.length).every((x) => x === 1));
  assert.deepEqual(tagConstraints(BILOU), allowed);
  assert.deepEqual(tagConstraints(BIO), bio);
});

/** All tag sequences of length n over T tags. */
function* paths(n: number, T: number): Generator<number[]> {
  if (n === 0) return yield [];
  for (const p of paths(n - 1, T)) for (let t = 0; t < T; t++) yield [...p, t];
}

/** A path's score and whether the constraints (end row included) allow it. */
function pathScore(
  path: number[],
  T: number,
  emissions: Float64Array,
  transitions: Float64Array,
  allowed: Uint8Array,
) {
  let score = 0;
  let ok = allowed[(T + 1) * T + path[path.length - 1]!] === 1;
  path.forEach((t, i) => {
    const k = (i > 0 ? path[i - 1]! + 1 : 0) * T + t;
    ok &&= allowed[k] === 1;
    score += emissions[i * T + t]! + transitions[k]!;
  });
  return { score, ok };
}

test('viterbi under BILOU constraints finds the best valid path, never ending in B- or I-', () => {
  const T = BILOU.length;
  const allowed = bilouConstraints(BILOU);
  const random = seededRandom(7);
  for (let trial = 0; trial < 40; trial++) {
    const n = 1 + (trial % 4);
    const emissions = Float64Array.from({ length: n * T }, () => random() * 4 - 2);
    const transitions = Float64Array.from({ length: (T + 1) * T }, () => random() - 0.5);
    // Make B- and I- at the end, and I- after O, attractive: the constraints must win.
    for (let t = 0; t < T; t++) if (/^[BI]-/.test(BILOU[t]!)) emissions[(n - 1) * T + t] += 5;
    const path = Array.from(viterbi(emissions, n, T, transitions, allowed));
    const tags = path.map((t) => BILOU[t]!);
    assert.ok(validBilou(tags), tags.join(' '));
    let best = -Infinity;
    for (const p of paths(n, T)) {
      const { score, ok } = pathScore(p, T, emissions, transitions, allowed);
      if (ok) best = Math.max(best, score);
    }
    assert.ok(Math.abs(pathScore(path, T, emissions, transitions, allowed).score - best) < 1e-9);
  }
  // BIO: the end row changes nothing (the same path as without it).
  const bioAllowed = bioConstraints(BIO);
  for (let trial = 0; trial < 20; trial++) {
    const n = 1 + (trial % 5);
    const e = Float64Array.from({ length: n * BIO.length }, () => random() * 4 - 2);
    const tr = Float64Array.from({ length: (BIO.length + 1) * BIO.length }, () => random() - 0.5);
    assert.deepEqual(
      viterbi(e, n, BIO.length, tr, bioAllowed),
      viterbi(e, n, BIO.length, tr, bioAllowed.subarray(0, (BIO.length + 1) * BIO.length)),
    );
  }
});

test('the CRF with BILOU tags: Z and the marginals count the valid paths only', () => {
  const T = BILOU.length;
  const allowed = bilouConstraints(BILOU);
  const random = seededRandom(3);
  const n = 4;
  const emissions = Float64Array.from({ length: n * T }, () => random() * 2 - 1);
  const transitions = Float64Array.from({ length: (T + 1) * T }, () => random() - 0.5);
  const gold = ['B-PER', 'L-PER', 'O', 'U-LOC'].map((t) => BILOU.indexOf(t));
  const dE = new Float64Array(n * T);
  const dTr = new Float64Array(transitions.length);
  const loss = sentenceLoss(emissions, n, T, transitions, allowed, gold, dE, dTr);
  let logZ = -Infinity;
  const marginals = new Float64Array(n * T);
  const weighted: { p: number[]; score: number }[] = [];
  for (const p of paths(n, T)) {
    const { score, ok } = pathScore(p, T, emissions, transitions, allowed);
    if (!ok) continue;
    weighted.push({ p, score });
    logZ = Math.max(logZ, score) + Math.log1p(Math.exp(-Math.abs(logZ - score)));
  }
  for (const { p, score } of weighted) p.forEach((t, i) => (marginals[i * T + t]! += Math.exp(score - logZ)));
  const goldScore = pathScore(gold, T, emissions, transitions, allowed).score;
  assert.ok(Math.abs(loss - (logZ - goldScore)) < 1e-9, `${loss} vs ${logZ - goldScore}`);
  for (let i = 0; i < n; i++)
    for (let t = 0; t < T; t++) {
      const expected = marginals[i * T + t]! - (gold[i] === t ? 1 : 0);
      assert.ok(Math.abs(dE[i * T + t]! - expected) < 1e-9, `token ${i} tag ${BILOU[t]}`);
    }
  // The last token's marginals leave out B- and I-.
  for (let t = 0; t < T; t++) if (/^[BI]-/.test(BILOU[t]!)) assert.ok(marginals[(n - 1) * T + t]! === 0);
});

const cues: CueEntry[] = [
  { word: 'الرئيس', cls: 'TITLE' },
  { word: 'مدينة', cls: 'PLACE' },
];

/** A toy language: a two-token name after 'الرئيس', a one-token place after 'مدينة', a bare name. */
function toyCorpus(): TaggedSentence[] {
  const names = ['سامي', 'كريم', 'هشام', 'زياد', 'نور', 'داود'];
  const places = ['طنطا', 'صور', 'حمص', 'سوسة', 'وجدة'];
  const out: TaggedSentence[] = [];
  for (const [i, name] of names.entries()) {
    for (const place of places) {
      out.push({
        tokens: ['قال', 'الرئيس', name, names[(i + 1) % names.length]!, 'في', 'مدينة', place, '.'],
        tags: ['O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O'],
      });
    }
    out.push({
      tokens: ['مدينة', places[i % places.length]!, 'الرئيس', name],
      tags: ['O', 'B-LOC', 'O', 'B-PER'],
    });
  }
  return out;
}

test('a toy corpus learnt in BILOU decodes to valid BILOU and tags as BIO', () => {
  const resources: FeatureResources = { cues: buildCueLexicon(cues) };
  const corpus = toyCorpus();
  const learnt = corpus.map((s) => ({ tokens: s.tokens, tags: bioToBilou(s.tags) }));
  const features = corpus.map((s) => sentenceFeatures(s.tokens, resources));
  const model = trainPerceptron(learnt, features, { epochs: 5, seed: 1, minFeatureCount: 1 });
  assert.deepEqual(model.tags, BILOU);
  const allowed = tagConstraints(model.tags);
  for (const [s, f] of features.entries()) assert.deepEqual(decode(model, allowed, f), learnt[s]!.tags);
  const tagger = taggerFromBundle(onePassBundle(model, cues));
  const sentence = ['قال', 'الرئيس', 'عادل', 'رامي', 'في', 'مدينة', 'بنها', '.'];
  assert.deepEqual(tagger.tag(sentence), ['O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O']);
  assert.deepEqual(tagger.entities(['الرئيس', 'عادل']), [{ start: 1, end: 2, type: 'PER' }]);
});

test('the CRF learns a toy corpus in BILOU too', () => {
  const resources: FeatureResources = { cues: buildCueLexicon(cues) };
  const corpus = toyCorpus();
  const learnt = corpus.map((s) => ({ tokens: s.tokens, tags: bioToBilou(s.tags) }));
  const features = corpus.map((s) => sentenceFeatures(s.tokens, resources));
  const model = trainCrf(learnt, features, {
    epochs: 5,
    seed: 1,
    minFeatureCount: 1,
    l2: 1,
    rate: 1,
    average: true,
  });
  assert.deepEqual(model.tags, BILOU);
  const allowed = tagConstraints(model.tags);
  for (const [s, f] of features.entries()) assert.deepEqual(decode(model, allowed, f), learnt[s]!.tags);
});

for (const vote of [undefined, 1]) {
  const what = vote === undefined ? '' : ` and a consistency vote over ${vote}`;
  test(`a two-pass BILOU tagger${what} outputs BIO, as decoding its stacked feature strings does`, () => {
    const resources: FeatureResources = { cues: buildCueLexicon(cues) };
    const corpus = toyCorpus();
    const learnt = corpus.map((s) => ({ tokens: s.tokens, tags: bioToBilou(s.tags) }));
    const opts = { epochs: 3, seed: 2, minFeatureCount: 1 };
    const features = corpus.map((s) => sentenceFeatures(s.tokens, resources));
    const learner = (s: readonly TaggedSentence[], f: readonly string[][][]) => trainPerceptron(s, f, opts);
    const first = learner(learnt, features);
    const window = 2;
    const firstPass = jackknifeFirstPass(learnt, features, 2, learner);
    assert.ok(firstPass.flat().some((t) => t.startsWith('U-') || t.startsWith('L-')));
    const second = trainSecondPass(learnt, resources, features, firstPass, window, learner);
    assert.deepEqual(second.tags, first.tags);
    const tagger = twoPassTagger(first, second, cues, window, vote);
    const text = [
      ...corpus.slice(0, 6).map((s) => s.tokens),
      ['مدينة', 'بنها', 'قال', 'الرئيس', 'عادل'],
      ['عادل', 'رامي', 'عادل'],
      [],
      ['الرئيس', 'سامي', 'كريم', 'و', 'الرئيس', 'نور'],
    ];
    const expected = decodedText(text, resources, first, second, window, vote, bilouToBio);
    const out = tagger.tagDocument(text);
    assert.deepEqual(out, expected);
    for (const tags of out) {
      assert.ok(validBio(tags), tags.join(' '));
      assert.ok(!isBilou(tags), tags.join(' '));
    }
    // Both kinds of chunk came out of L- and U- tags: of two tokens and of one.
    assert.deepEqual(out[0], corpus[0]!.tags);
    assert.deepEqual(out[5], ['O', 'B-LOC', 'O', 'B-PER']);
    const one = text[text.length - 1]!;
    assert.deepEqual(tagger.tag(one), tagger.tagDocument([one])[0]);
  });
}
