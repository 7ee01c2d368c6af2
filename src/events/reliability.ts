/**
 * How far event confidence can be trusted as a probability: reliability tables (confidence
 * against how often events of that confidence are right), expected calibration error and Brier
 * score, and a Platt curve with its cross-validated fit, to tell whether mapping the mention
 * score (score.ts) through a curve would calibrate it better. scripts/event-reliability.ts runs
 * them on the labelled data of shared/. Pure.
 */

/** A logistic curve: confidence = 1 / (1 + e^−(intercept + slope · score)). */
export interface LogisticCurve {
  intercept: number;
  slope: number;
}

/** One labelled prediction: the raw score and whether the event was right. */
export interface Labelled {
  score: number;
  correct: boolean;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The curve's confidence for a score. */
export function curveAt(c: LogisticCurve, score: number): number {
  return sigmoid(c.intercept + c.slope * score);
}

/**
 * Platt scaling by Newton's method on the log-likelihood, with a small ridge on the slope so
 * that separable data cannot send it to infinity. Deterministic: the same rows give the same curve.
 */
export function fitPlatt(rows: readonly Labelled[], ridge = 1e-3, iterations = 50): LogisticCurve {
  if (rows.length === 0) throw new Error('fitPlatt: no labelled predictions');
  let b = 0;
  let a = 0;
  for (let it = 0; it < iterations; it++) {
    // Gradient and Hessian of the negative log-likelihood over (b, a).
    let gb = 0;
    let ga = ridge * a;
    let hbb = 0;
    let hba = 0;
    let haa = ridge;
    for (const r of rows) {
      const p = sigmoid(b + a * r.score);
      const e = p - (r.correct ? 1 : 0);
      const w = Math.max(p * (1 - p), 1e-12);
      gb += e;
      ga += e * r.score;
      hbb += w;
      hba += w * r.score;
      haa += w * r.score * r.score;
    }
    const det = hbb * haa - hba * hba;
    if (!(Math.abs(det) > 1e-15)) break;
    const db = (haa * gb - hba * ga) / det;
    const da = (hbb * ga - hba * gb) / det;
    b -= db;
    a -= da;
    if (Math.abs(db) + Math.abs(da) < 1e-10) break;
  }
  return { intercept: b, slope: a };
}

export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

export interface Reliability {
  bins: ReliabilityBin[];
  /** Expected calibration error: the count-weighted mean gap between confidence and accuracy. */
  ece: number;
  /** Mean squared error of the confidence against the outcome (a proper score: lower is better). */
  brier: number;
  count: number;
}

/** Bin edges of the reliability table: events below the threshold's confidence share the first. */
export const RELIABILITY_EDGES = [0, 0.6, 0.7, 0.8, 0.9, 1];

/** How well `confidence` of each row matches how often such rows are right. */
export function reliability(
  rows: readonly Labelled[],
  confidence: (row: Labelled) => number,
  edges: readonly number[] = RELIABILITY_EDGES,
): Reliability {
  const bins: ReliabilityBin[] = [];
  let ece = 0;
  let brier = 0;
  for (const r of rows) brier += (confidence(r) - (r.correct ? 1 : 0)) ** 2;
  for (let k = 0; k + 1 < edges.length; k++) {
    const last = k + 2 === edges.length;
    const inBin = rows.filter((r) => {
      const c = confidence(r);
      return (k === 0 || c >= edges[k]!) && (last || c < edges[k + 1]!);
    });
    if (inBin.length === 0) continue;
    const meanConfidence = inBin.reduce((s, r) => s + confidence(r), 0) / inBin.length;
    const accuracy = inBin.filter((r) => r.correct).length / inBin.length;
    bins.push({ from: edges[k]!, to: edges[k + 1]!, count: inBin.length, meanConfidence, accuracy });
    ece += (inBin.length / rows.length) * Math.abs(meanConfidence - accuracy);
  }
  return { bins, ece, brier: rows.length ? brier / rows.length : 0, count: rows.length };
}

/**
 * Out-of-fold confidences: each row's from a curve fitted on the other folds (rows dealt to
 * `folds` folds in turn), to judge the fit on data it has not seen.
 */
export function crossValidated(rows: readonly Labelled[], folds = 5): Map<Labelled, number> {
  const out = new Map<Labelled, number>();
  for (let f = 0; f < folds; f++) {
    const train = rows.filter((_, i) => i % folds !== f);
    if (train.length === 0) continue;
    const c = fitPlatt(train);
    rows.forEach((r, i) => {
      if (i % folds === f) out.set(r, curveAt(c, r.score));
    });
  }
  return out;
}
