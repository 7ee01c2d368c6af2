/**
 * Training: the averaged structured perceptron (Collins 2002). Each sentence is decoded with
 * the current weights; where the best path differs from the gold one, gold features and
 * transitions are rewarded and predicted ones penalised. The returned weights are the average
 * over all steps (kept with the w − u/c trick), which generalises far better than the last ones.
 */
import { tagConstraints, emissionScores, tagSetOf, viterbi, type LinearModel } from './model.js';
import type { TaggedSentence } from './conll.js';

export interface TrainOptions {
  epochs: number;
  /** Seed of the per-epoch shuffle, so that a run is reproducible. */
  seed: number;
  /** Features seen fewer times than this in the training data are not learnt. */
  minFeatureCount: number;
  /** Called after each epoch, e.g. to score a dev set with the averaged weights so far. */
  onEpoch?: (epoch: number, model: () => LinearModel) => void;
}

/** A sentence turned into feature rows once, so the epochs only add and compare numbers. */
export interface EncodedSentence {
  rows: Int32Array[];
  gold: Int32Array;
}

/** A training set as numbers: its tag set, feature rows and encoded sentences. */
export interface EncodedCorpus {
  tags: string[];
  featureIndex: Map<string, number>;
  sentences: EncodedSentence[];
}

/** Trains a model on sentences and their features (the perceptron or the CRF, with their options). */
export type Learner = (
  sentences: readonly TaggedSentence[],
  featureLists: readonly string[][][],
  onEpoch?: (epoch: number, model: () => LinearModel, loss?: number) => void,
) => LinearModel;

/** mulberry32: a small seeded generator; Math.random cannot be seeded. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

/** Assigns a row to every feature seen at least `minCount` times, in order of first sight. */
function indexFeatures(featureLists: readonly string[][][], minCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of featureLists)
    for (const features of sentence) for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, count] of counts) if (count >= minCount) index.set(f, index.size);
  return index;
}

/** Indexes the features (those seen `minCount` times or more) and encodes tags and feature rows. */
export function encodeCorpus(
  sentences: readonly TaggedSentence[],
  featureLists: readonly string[][][],
  minCount: number,
): EncodedCorpus {
  const tags = tagSetOf(sentences.flatMap((s) => s.tags));
  const tagIndex = new Map(tags.map((tag, i) => [tag, i]));
  const featureIndex = indexFeatures(featureLists, minCount);
  const encoded = sentences.map((s, si) => ({
    rows: featureLists[si]!.map((features) => {
      const rows: number[] = [];
      for (const f of features) {
        const row = featureIndex.get(f);
        if (row !== undefined) rows.push(row);
      }
      return Int32Array.from(rows);
    }),
    gold: Int32Array.from(s.tags, (tag) => {
      const t = tagIndex.get(tag);
      if (t === undefined) throw new Error(`unknown tag ${tag}`);
      return t;
    }),
  }));
  return { tags, featureIndex, sentences: encoded };
}

/**
 * Trains on sentences whose features were already extracted (`featureLists[s][i]` = features
 * of token i of sentence s).
 */
export function trainPerceptron(
  sentences: readonly TaggedSentence[],
  featureLists: readonly string[][][],
  opts: TrainOptions,
): LinearModel {
  const {
    tags,
    featureIndex,
    sentences: encoded,
  } = encodeCorpus(sentences, featureLists, opts.minFeatureCount);
  const T = tags.length;
  const allowed = tagConstraints(tags);
  const weights = new Float64Array(featureIndex.size * T);
  const weightSums = new Float64Array(weights.length); // Σ c·Δ, for the average
  const transitions = new Float64Array((T + 1) * T);
  const transitionSums = new Float64Array(transitions.length);
  let step = 1;

  const averaged = (): LinearModel => {
    const avg = (w: Float64Array, u: Float64Array): Float32Array =>
      Float32Array.from(w, (value, k) => value - u[k]! / step);
    return {
      tags,
      featureIndex,
      weights: avg(weights, weightSums),
      transitions: avg(transitions, transitionSums),
    };
  };

  const bump = (rows: Int32Array, tag: number, delta: number): void => {
    for (let j = 0; j < rows.length; j++) {
      const k = rows[j]! * T + tag;
      weights[k] += delta;
      weightSums[k] += step * delta;
    }
  };
  const bumpTransition = (prev: number, cur: number, delta: number): void => {
    const k = (prev + 1) * T + cur;
    transitions[k] += delta;
    transitionSums[k] += step * delta;
  };

  const random = seededRandom(opts.seed);
  const order = encoded.map((_, i) => i);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, random);
    for (const si of order) {
      const { rows, gold } = encoded[si]!;
      const n = rows.length;
      const emissions = emissionScores(weights, T, rows);
      const pred = viterbi(emissions, n, T, transitions, allowed);
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          bump(rows[i]!, g, 1);
          bump(rows[i]!, p, -1);
        }
        const gPrev = i > 0 ? gold[i - 1]! : -1;
        const pPrev = i > 0 ? pred[i - 1]! : -1;
        if (g !== p || gPrev !== pPrev) {
          bumpTransition(gPrev, g, 1);
          bumpTransition(pPrev, p, -1);
        }
      }
      step++;
    }
    opts.onEpoch?.(epoch, averaged);
  }
  return averaged();
}
