/**
 * Training: a linear-chain conditional random field (Lafferty, McCallum & Pereira 2001) over the
 * same features, tags, transitions and BIO constraints as the perceptron, so that it yields the
 * same `LinearModel` and the same Viterbi decoding. It minimises
 *
 *   Σ_s −log p(gold_s | x_s) + (l2 / 2)·‖w‖²
 *
 * one sentence at a time with AdaGrad (Duchi et al. 2011): each weight moves by
 * rate·g/√(Σ g²). The L2 term is spread over the sentences (l2/N each) and applied as a proximal
 * shrink w ← w / (1 + η·l2/N); a weight its sentence does not touch only shrinks, which is done
 * lazily, in one go, when it is next needed. The probabilities come from a scaled forward–backward
 * pass in which transitions that BIO forbids have probability 0 (with BILOU tags, those BILOU
 * forbids, and so does a sentence ending in B- or I-: the end row of `tagConstraints`).
 */
import { tagConstraints, emissionScores, type LinearModel } from './model.js';
import { encodeCorpus, seededRandom, shuffle } from './perceptron.js';
import type { TaggedSentence } from './conll.js';

export interface CrfOptions {
  epochs: number;
  /** Seed of the per-epoch shuffle, so that a run is reproducible. */
  seed: number;
  /** Features seen fewer times than this in the training data are not learnt. */
  minFeatureCount: number;
  /** The L2 penalty: (l2 / 2)·‖w‖² against the log-likelihood summed over all sentences. */
  l2: number;
  /** AdaGrad's base rate. */
  rate: number;
  /** Return the average of the weights after every sentence instead of the last ones. */
  average: boolean;
  /**
   * Called after each epoch, e.g. to score a dev set with the weights so far; `loss` is the
   * epoch's Σ −log p(gold), each sentence taken before its own update.
   */
  onEpoch?: (epoch: number, model: () => LinearModel, loss: number) => void;
}

/** Arrays for one sentence of up to `n` tokens over `T` tags, reusable across sentences. */
export interface CrfWork {
  alpha: Float64Array;
  beta: Float64Array;
  psi: Float64Array;
  scale: Float64Array;
  expTransitions: Float64Array;
}

export function crfWork(n: number, T: number): CrfWork {
  return {
    alpha: new Float64Array(n * T),
    beta: new Float64Array(n * T),
    psi: new Float64Array(n * T),
    scale: new Float64Array(n),
    expTransitions: new Float64Array((T + 1) * T),
  };
}

/**
 * −log p(gold | x) of one sentence with emission scores `emissions` (n × T) and its gradient:
 * `dEmissions[i * T + t]` is set to p(y_i = t | x) − [gold_i = t], and the expected minus the
 * gold transition counts are added to `dTransitions`. `gold` must be allowed by `allowed`.
 */
export function sentenceLoss(
  emissions: Float64Array,
  n: number,
  T: number,
  transitions: ArrayLike<number>,
  allowed: Uint8Array,
  gold: ArrayLike<number>,
  dEmissions: Float64Array,
  dTransitions: Float64Array,
  work: CrfWork = crfWork(n, T),
): number {
  if (n === 0) return 0;
  const { alpha, beta, psi, scale, expTransitions: M } = work;
  for (let k = 0; k < M.length; k++) M[k] = allowed[k] ? Math.exp(transitions[k]!) : 0;
  // ψ = exp(emission − the position's maximum), so nothing overflows; log Z adds the maxima back.
  let logZ = 0;
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let t = 0; t < T; t++) max = Math.max(max, emissions[i * T + t]!);
    for (let t = 0; t < T; t++) psi[i * T + t] = Math.exp(emissions[i * T + t]! - max);
    logZ += max;
  }
  // Forward, each position normalised to sum 1 (its sum kept in `scale`).
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let cur = 0; cur < T; cur++) {
      let a = 0;
      if (i === 0) a = M[cur]!;
      else for (let prev = 0; prev < T; prev++) a += alpha[(i - 1) * T + prev]! * M[(prev + 1) * T + cur]!;
      a *= psi[i * T + cur]!;
      alpha[i * T + cur] = a;
      sum += a;
    }
    if (!(sum > 0 && sum < Infinity)) throw new Error(`CRF forward pass out of range at token ${i}`);
    scale[i] = sum;
    logZ += Math.log(sum);
    for (let t = 0; t < T; t++) alpha[i * T + t]! /= sum;
  }
  // The end row of the constraints (BILOU: no sentence ends in B- or I-): Z sums the paths
  // whose last tag may end, and the backward pass starts from that row, scaled by the share of
  // the last position's (normalised) forward mass it keeps. Without a forbidden end, as in BIO,
  // nothing changes.
  const end = (T + 1) * T;
  let endSum = 1;
  let endLimited = false;
  if (allowed.length >= end + T) for (let t = 0; t < T; t++) if (!allowed[end + t]) endLimited = true;
  if (endLimited) {
    endSum = 0;
    for (let t = 0; t < T; t++) if (allowed[end + t]) endSum += alpha[(n - 1) * T + t]!;
    if (!(endSum > 0)) throw new Error('CRF forward pass: no tag may end the sentence');
    logZ += Math.log(endSum);
  }
  // Backward, scaled by the same sums, so that alpha · beta is the marginal.
  for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = endLimited ? (allowed[end + t] ? 1 / endSum : 0) : 1;
  for (let i = n - 2; i >= 0; i--) {
    for (let prev = 0; prev < T; prev++) {
      let b = 0;
      for (let cur = 0; cur < T; cur++)
        b += M[(prev + 1) * T + cur]! * psi[(i + 1) * T + cur]! * beta[(i + 1) * T + cur]!;
      beta[i * T + prev] = b / scale[i + 1]!;
    }
  }
  let goldScore = 0;
  for (let i = 0; i < n; i++) {
    const g = gold[i]!;
    const from = i > 0 ? gold[i - 1]! + 1 : 0;
    goldScore += emissions[i * T + g]! + transitions[from * T + g]!;
    for (let t = 0; t < T; t++) dEmissions[i * T + t] = alpha[i * T + t]! * beta[i * T + t]!;
    dEmissions[i * T + g]! -= 1;
    dTransitions[from * T + g]! -= 1;
    if (i === 0) {
      for (let cur = 0; cur < T; cur++) dTransitions[cur]! += alpha[cur]! * beta[cur]!;
      continue;
    }
    for (let prev = 0; prev < T; prev++) {
      const a = alpha[(i - 1) * T + prev]! / scale[i]!;
      if (a === 0) continue;
      for (let cur = 0; cur < T; cur++) {
        const k = (prev + 1) * T + cur;
        dTransitions[k]! += a * M[k]! * psi[i * T + cur]! * beta[i * T + cur]!;
      }
    }
  }
  return logZ - goldScore;
}

/**
 * Trains on sentences whose features were already extracted (`featureLists[s][i]` = features
 * of token i of sentence s), as `trainPerceptron` does.
 */
export function trainCrf(
  sentences: readonly TaggedSentence[],
  featureLists: readonly string[][][],
  opts: CrfOptions,
): LinearModel {
  const {
    tags,
    featureIndex,
    sentences: encoded,
  } = encodeCorpus(sentences, featureLists, opts.minFeatureCount);
  const T = tags.length;
  const F = featureIndex.size;
  const allowed = tagConstraints(tags);
  const decay = opts.l2 / Math.max(1, encoded.length); // the L2 share of one sentence
  const { rate, average } = opts;

  const weights = new Float64Array(F * T);
  const squares = new Float64Array(F * T); // AdaGrad's Σ g²
  const sums = average ? new Float64Array(F * T) : undefined; // Σ over steps, for the average
  const upToDate = new Int32Array(F); // the step each row's weights are current at
  const transitions = new Float64Array((T + 1) * T);
  const transitionSquares = new Float64Array(transitions.length);
  const transitionSums = average ? new Float64Array(transitions.length) : undefined;
  const gradient = new Float64Array(F * T); // one sentence's, on the rows it touches
  const dTransitions = new Float64Array(transitions.length);
  const touched = new Int32Array(F);
  const seen = new Uint8Array(F);
  const maxLength = encoded.reduce((m, s) => Math.max(m, s.rows.length), 0);
  const work = crfWork(maxLength, T);
  const dEmissions = new Float64Array(maxLength * T);
  let step = 0;

  /** Brings weight k from step `from` to `to` through steps that only shrank it. */
  const catchUp = (k: number, from: number, to: number): void => {
    const w = weights[k]!;
    if (w === 0 || to <= from) return;
    const r = 1 / (1 + (rate / Math.sqrt(squares[k]!)) * decay);
    const m = to - from;
    const rm = r ** m;
    if (sums) sums[k]! += r === 1 ? w * m : (w * r * (1 - rm)) / (1 - r);
    weights[k] = w * rm;
  };
  /** One AdaGrad step with the L2 shrink on weight k of `w` (squares `g2`, sums `u`). */
  const update = (
    w: Float64Array,
    g2: Float64Array,
    u: Float64Array | undefined,
    k: number,
    g: number,
  ): void => {
    g2[k]! += g * g;
    if (g2[k]! > 0) {
      const eta = rate / Math.sqrt(g2[k]!);
      w[k] = (w[k]! - eta * g) / (1 + eta * decay);
    }
    if (u) u[k]! += w[k]!;
  };
  const flush = (): void => {
    for (let row = 0; row < F; row++) {
      for (let t = 0; t < T; t++) catchUp(row * T + t, upToDate[row]!, step);
      upToDate[row] = step;
    }
  };
  const model = (): LinearModel => {
    flush();
    const out = (w: Float64Array, u: Float64Array | undefined): Float32Array =>
      u ? Float32Array.from(u, (value) => value / Math.max(1, step)) : Float32Array.from(w);
    return {
      tags,
      featureIndex,
      weights: out(weights, sums),
      transitions: out(transitions, transitionSums),
    };
  };

  const random = seededRandom(opts.seed);
  const order = encoded.map((_, i) => i);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, random);
    let loss = 0;
    for (const si of order) {
      const { rows, gold } = encoded[si]!;
      const n = rows.length;
      step++;
      let count = 0;
      for (const tokenRows of rows) {
        for (let j = 0; j < tokenRows.length; j++) {
          const row = tokenRows[j]!;
          if (seen[row]) continue;
          seen[row] = 1;
          touched[count++] = row;
          for (let t = 0; t < T; t++) catchUp(row * T + t, upToDate[row]!, step - 1);
        }
      }
      const emissions = emissionScores(weights, T, rows);
      dTransitions.fill(0);
      loss += sentenceLoss(emissions, n, T, transitions, allowed, gold, dEmissions, dTransitions, work);
      for (let i = 0; i < n; i++) {
        const tokenRows = rows[i]!;
        for (let j = 0; j < tokenRows.length; j++) {
          const base = tokenRows[j]! * T;
          for (let t = 0; t < T; t++) gradient[base + t]! += dEmissions[i * T + t]!;
        }
      }
      for (let c = 0; c < count; c++) {
        const row = touched[c]!;
        for (let t = 0; t < T; t++) {
          const k = row * T + t;
          update(weights, squares, sums, k, gradient[k]!);
          gradient[k] = 0;
        }
        upToDate[row] = step;
        seen[row] = 0;
      }
      for (let k = 0; k < transitions.length; k++)
        if (allowed[k]) update(transitions, transitionSquares, transitionSums, k, dTransitions[k]!);
    }
    opts.onEpoch?.(epoch, model, loss);
  }
  return model();
}
