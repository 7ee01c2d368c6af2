/**
 * The weights file: JSON (gzip when the name ends in .gz) holding everything a tagger needs,
 * the model and the cue lexicon, word classes and corpus priors it was trained with, so that features at
 * tagging time are exactly those of training. Weights are pruned and rounded on the way out:
 * the averaged perceptron leaves a long tail of near-zero weights that only cost bytes.
 *
 * Format 2 lists the feature names once for both passes and each pass's weights as flat number
 * arrays: a JSON object with a key per feature (format 1, still read) took seconds to parse and
 * turn into maps, and every CLI run and worker thread pays the loading time.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import type { LinearModel } from './model.js';
import type { CueEntry } from './lexicon.js';
import type { NameEntry } from './names.js';

export const WEIGHTS_FORMAT = 'rasd-ner-perceptron/2';
/** The first format: each pass an object from feature name to its [tag, weight, …] pairs. */
const WEIGHTS_FORMAT_1 = 'rasd-ner-perceptron/1';

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

/** Format 1. */
interface PassJson1 {
  transitions: number[];
  /** feature → [tag, weight, tag, weight, …] for the weights that survived pruning. */
  features: Record<string, number[]>;
}

/** Format 2: the weights that survived pruning, over the file's shared `features`. */
interface PassJson {
  transitions: number[];
  /**
   * [feature step, tag, weight, feature step, tag, weight, …]: a step is the feature's index
   * minus that of the weight before (mostly 0 or 1, which compress well).
   */
  weights: number[];
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
  /** Format 2: the feature names of all passes. */
  features?: string[];
  passes: (PassJson | PassJson1)[];
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

/** The passes' pruned, rounded weights over one shared feature list, in the first pass's order. */
function passesToJson(
  passes: readonly LinearModel[],
  opts: CompactOptions,
): { features: string[]; passes: PassJson[] } {
  const features: string[] = [];
  const shared = new Map<string, number>();
  const out = passes.map((model) => {
    const T = model.tags.length;
    const weights: number[] = [];
    let last = 0;
    for (const [feature, row] of model.featureIndex) {
      for (let t = 0; t < T; t++) {
        const w = round(model.weights[row * T + t]!, opts.decimals);
        if (Math.abs(w) < opts.minAbs || w === 0) continue;
        let index = shared.get(feature);
        if (index === undefined) shared.set(feature, (index = features.push(feature) - 1));
        weights.push(index - last, t, w);
        last = index;
      }
    }
    return { transitions: Array.from(model.transitions, (w) => round(w, opts.decimals)), weights };
  });
  return { features, passes: out };
}

/** Format 2's passes: one feature index shared by both (the runtime merges them anyway). */
function passesFromJson(json: PassJson[], features: readonly string[], tags: string[]): LinearModel[] {
  const T = tags.length;
  const featureIndex = new Map<string, number>();
  features.forEach((name, row) => featureIndex.set(name, row));
  return json.map((pass) => {
    checkTransitions(pass.transitions, T);
    const weights = new Float32Array(features.length * T);
    const flat = pass.weights;
    let row = 0;
    for (let k = 0; k < flat.length; k += 3) {
      row += flat[k]!;
      weights[row * T + flat[k + 1]!] = flat[k + 2]!;
    }
    return { tags, featureIndex, weights, transitions: Float32Array.from(pass.transitions) };
  });
}

function checkTransitions(transitions: readonly number[], T: number): void {
  if (transitions.length !== (T + 1) * T) throw new Error('weights: transition matrix has the wrong size');
}

function passFromJson1(json: PassJson1, tags: string[]): LinearModel {
  const T = tags.length;
  const names = Object.keys(json.features);
  const featureIndex = new Map<string, number>();
  const weights = new Float32Array(names.length * T);
  names.forEach((name, row) => {
    featureIndex.set(name, row);
    const pairs = json.features[name]!;
    for (let k = 0; k < pairs.length; k += 2) weights[row * T + pairs[k]!] = pairs[k + 1]!;
  });
  checkTransitions(json.transitions, T);
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
    ...passesToJson(bundle.passes, opts),
  };
}

export function bundleFromJson(json: WeightsJson): TaggerBundle {
  if (json.format !== WEIGHTS_FORMAT && json.format !== WEIGHTS_FORMAT_1)
    throw new Error(`weights: unknown format ${JSON.stringify(json.format)}`);
  if (!json.passes?.length || json.passes.length > 2) throw new Error('weights: expected one or two passes');
  const passes =
    json.format === WEIGHTS_FORMAT_1
      ? (json.passes as PassJson1[]).map((pass) => passFromJson1(pass, json.tags))
      : passesFromJson(json.passes as PassJson[], json.features ?? [], json.tags);
  return {
    passes,
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
