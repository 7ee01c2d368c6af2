/**
 * The weights file: JSON (gzip when the name ends in .gz) holding everything a tagger needs,
 * the model and the cue lexicon, word classes and corpus priors it was trained with, so that features at
 * tagging time are exactly those of training. Weights are pruned and rounded on the way out:
 * the averaged perceptron leaves a long tail of near-zero weights that only cost bytes.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import type { LinearModel } from './model.js';
import type { CueEntry } from './lexicon.js';
import type { NameEntry } from './names.js';

export const WEIGHTS_FORMAT = 'rasd-ner-perceptron/1';

export interface TaggerBundle {
  /** The first pass, and the second (stacking.ts) when trained with one; they share the tag set. */
  passes: LinearModel[];
  /** Sentences the second pass remembers first-pass entities from. */
  memoryWindow: number;
  /**
   * Whether that memory looks both ways: `memoryWindow` sentences before and after, the sentence
   * itself included (stacking.ts `windowStackText`); absent or false: the earlier ones only.
   */
  twoSidedMemory?: boolean;
  /**
   * The final consistency vote (stacking.ts `voteText`): how many sentences each way it looks
   * at; absent: no vote. Only with a two-sided memory.
   */
  voteWindow?: number;
  /** Added to non-O tag scores at decoding time (0: none). */
  entityBias: number;
  /** Added on top of `entityBias` to the B- and I- scores of one entity type; absent: 0. */
  typeBias?: Record<string, number>;
  cues: CueEntry[];
  /** Normalised word → word-class ids (coarse to fine); empty when trained without them. */
  clusters: Map<string, string[]>;
  /** Normalised word → corpus prior features; empty when trained without them. */
  priors: Map<string, string[]>;
  /** Name lists (names.ts) the tagger was trained with; absent or empty: none. */
  names?: NameEntry[];
  /** Free-form provenance: training file, epochs, licence note. */
  meta: Record<string, unknown>;
}

interface PassJson {
  transitions: number[];
  /** feature → [tag, weight, tag, weight, …] for the weights that survived pruning. */
  features: Record<string, number[]>;
}

interface WeightsJson {
  format: string;
  meta: Record<string, unknown>;
  tags: string[];
  memoryWindow: number;
  twoSidedMemory?: boolean;
  voteWindow?: number;
  entityBias: number;
  typeBias?: Record<string, number>;
  cues: [string, string][];
  clusters: Record<string, string[]>;
  priors: Record<string, string[]>;
  /** [name, class] pairs; absent in weights trained without name lists. */
  names?: [string, string][];
  passes: PassJson[];
}

export interface CompactOptions {
  /** Weights with a smaller magnitude are dropped. */
  minAbs: number;
  /** Decimal places kept. */
  decimals: number;
}

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

function passToJson(model: LinearModel, opts: CompactOptions): PassJson {
  const T = model.tags.length;
  const features: Record<string, number[]> = {};
  for (const [feature, row] of model.featureIndex) {
    const pairs: number[] = [];
    for (let t = 0; t < T; t++) {
      const w = round(model.weights[row * T + t]!, opts.decimals);
      if (Math.abs(w) >= opts.minAbs && w !== 0) pairs.push(t, w);
    }
    if (pairs.length) features[feature] = pairs;
  }
  return { transitions: Array.from(model.transitions, (w) => round(w, opts.decimals)), features };
}

function passFromJson(json: PassJson, tags: string[]): LinearModel {
  const T = tags.length;
  const names = Object.keys(json.features);
  const featureIndex = new Map<string, number>();
  const weights = new Float32Array(names.length * T);
  names.forEach((name, row) => {
    featureIndex.set(name, row);
    const pairs = json.features[name]!;
    for (let k = 0; k < pairs.length; k += 2) weights[row * T + pairs[k]!] = pairs[k + 1]!;
  });
  if (json.transitions.length !== (T + 1) * T)
    throw new Error('weights: transition matrix has the wrong size');
  return { tags, featureIndex, weights, transitions: Float32Array.from(json.transitions) };
}

export function bundleToJson(bundle: TaggerBundle, opts: CompactOptions): WeightsJson {
  return {
    format: WEIGHTS_FORMAT,
    meta: bundle.meta,
    tags: [...bundle.passes[0]!.tags],
    memoryWindow: bundle.memoryWindow,
    ...(bundle.twoSidedMemory ? { twoSidedMemory: true } : {}),
    ...(bundle.voteWindow !== undefined ? { voteWindow: bundle.voteWindow } : {}),
    entityBias: bundle.entityBias,
    ...(bundle.typeBias && Object.keys(bundle.typeBias).length ? { typeBias: bundle.typeBias } : {}),
    cues: bundle.cues.map(({ word, cls }) => [word, cls]),
    clusters: Object.fromEntries(bundle.clusters),
    priors: Object.fromEntries(bundle.priors),
    ...(bundle.names?.length
      ? { names: bundle.names.map(({ name, cls }) => [name, cls] as [string, string]) }
      : {}),
    passes: bundle.passes.map((pass) => passToJson(pass, opts)),
  };
}

export function bundleFromJson(json: WeightsJson): TaggerBundle {
  if (json.format !== WEIGHTS_FORMAT)
    throw new Error(`weights: unknown format ${JSON.stringify(json.format)}`);
  if (!json.passes?.length || json.passes.length > 2) throw new Error('weights: expected one or two passes');
  return {
    passes: json.passes.map((pass) => passFromJson(pass, json.tags)),
    memoryWindow: json.memoryWindow,
    twoSidedMemory: json.twoSidedMemory ?? false,
    ...(json.voteWindow !== undefined ? { voteWindow: json.voteWindow } : {}),
    entityBias: json.entityBias ?? 0,
    typeBias: json.typeBias ?? {},
    cues: json.cues.map(([word, cls]) => ({ word, cls })),
    clusters: new Map(Object.entries(json.clusters ?? {})),
    priors: new Map(Object.entries(json.priors ?? {})),
    names: (json.names ?? []).map(([name, cls]) => ({ name, cls })),
    meta: json.meta ?? {},
  };
}

export function writeBundle(path: string, bundle: TaggerBundle, opts: CompactOptions): number {
  const text = JSON.stringify(bundleToJson(bundle, opts));
  const bytes = path.endsWith('.gz') ? gzipSync(text, { level: 9 }) : Buffer.from(text);
  writeFileSync(path, bytes);
  return bytes.length;
}

export function readBundle(path: string): TaggerBundle {
  const raw = readFileSync(path);
  const text = path.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  return bundleFromJson(JSON.parse(text) as WeightsJson);
}
