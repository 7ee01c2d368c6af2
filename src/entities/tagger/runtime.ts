/**
 * Fast tagging with a trained bundle. Training works with feature strings; tagging may not
 * afford building ~60 strings per token, so the features that depend on one word alone
 * (features.ts `tokenFeatures`) are looked up once per distinct word and offset and cached as
 * rows; only the few features joining neighbours are built per position. Both passes share one
 * row index, so a token's rows serve the first pass and the second.
 */
import {
  AFTER,
  BEFORE,
  OFFSETS,
  joinFeatures,
  sentenceSpanLabels,
  tokenFeatures,
  viewToken,
  type FeatureResources,
  type TokenView,
} from './features.js';
import { buildCueLexicon } from './lexicon.js';
import { buildNameLists, spanFeatures } from './names.js';
import { bioConstraints, viterbi } from './model.js';
import { EntityMemory, stackFeatures } from './stacking.js';
import type { TaggerBundle } from './weights.js';

/** Cached per distinct token: its view and its feature rows at each window offset. */
interface CachedToken {
  view: TokenView;
  rows: Int32Array[];
}

/** Beyond this many distinct tokens the cache is dropped and refilled (bounded memory). */
const CACHE_LIMIT = 200_000;

export class CompiledTagger {
  readonly tags: readonly string[];
  private readonly T: number;
  private readonly index = new Map<string, number>();
  /** Per pass: weights over the shared rows, and its transitions. */
  private readonly passes: { weights: Float32Array; transitions: Float32Array | Float64Array }[];
  private readonly allowed: Uint8Array;
  private readonly resources: FeatureResources;
  private readonly cache = new Map<string, CachedToken>();
  private readonly boundaryRows: Map<TokenView, Int32Array[]>;
  readonly memoryWindow: number;
  /** Added to every non-O score: trades precision for recall (chosen on a dev set). */
  private readonly bias: Float64Array;

  constructor(bundle: TaggerBundle) {
    this.tags = bundle.passes[0]!.tags;
    const T = (this.T = this.tags.length);
    for (const pass of bundle.passes)
      for (const name of pass.featureIndex.keys())
        if (!this.index.has(name)) this.index.set(name, this.index.size);
    this.passes = bundle.passes.map((pass) => {
      const weights = new Float32Array(this.index.size * T);
      for (const [name, row] of pass.featureIndex) {
        const shared = this.index.get(name)! * T;
        for (let t = 0; t < T; t++) weights[shared + t] = pass.weights[row * T + t]!;
      }
      return { weights, transitions: pass.transitions };
    });
    this.allowed = bioConstraints(this.tags);
    this.resources = {
      cues: buildCueLexicon(bundle.cues),
      clusters: bundle.clusters.size ? bundle.clusters : undefined,
      priors: bundle.priors.size ? bundle.priors : undefined,
      names: bundle.names?.length ? buildNameLists(bundle.names) : undefined,
    };
    this.memoryWindow = bundle.memoryWindow;
    // Per tag: the entity bias plus its type's own (tags[0] is O and gets none).
    this.bias = Float64Array.from(this.tags, (tag, t) =>
      t === 0 ? 0 : bundle.entityBias + (bundle.typeBias?.[tag.slice(2)] ?? 0),
    );
    this.boundaryRows = new Map([BEFORE, AFTER].map((view) => [view, this.rowsByOffset(view)]));
  }

  private lookup(features: readonly string[]): Int32Array {
    const rows: number[] = [];
    for (const f of features) {
      const row = this.index.get(f);
      if (row !== undefined) rows.push(row);
    }
    return Int32Array.from(rows);
  }

  private rowsByOffset(view: TokenView): Int32Array[] {
    return OFFSETS.map((offset) => this.lookup(tokenFeatures(view, offset)));
  }

  private token(raw: string): CachedToken {
    let cached = this.cache.get(raw);
    if (!cached) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      const view = viewToken(raw, this.resources);
      cached = { view, rows: this.rowsByOffset(view) };
      this.cache.set(raw, cached);
    }
    return cached;
  }

  /** Adds the weights of `rows` for one pass into `out` at token `i`. */
  private add(out: Float64Array, i: number, weights: Float32Array, rows: Int32Array): void {
    const T = this.T;
    const base = i * T;
    for (let j = 0; j < rows.length; j++) {
      const w = rows[j]! * T;
      for (let t = 0; t < T; t++) out[base + t] += weights[w + t]!;
    }
  }

  /**
   * Tags one sentence. With a memory (and a second pass), first-pass entities of earlier
   * sentences inform this one, and this sentence's are remembered for the next.
   */
  tag(tokens: readonly string[], memory?: EntityMemory): string[] {
    const n = tokens.length;
    if (!n) return [];
    const T = this.T;
    const cached = tokens.map((tok) => this.token(tok));
    const views = cached.map((c) => c.view);
    const labels = this.resources.names ? sentenceSpanLabels(views, this.resources) : undefined;
    // Rows of every position: the window's cached rows plus the joined features.
    const positionRows: Int32Array[][] = cached.map((_, i) => {
      const rows = OFFSETS.map((offset, o) => {
        const k = i + offset;
        if (k < 0) return this.boundaryRows.get(BEFORE)![o]!;
        if (k >= n) return this.boundaryRows.get(AFTER)![o]!;
        return cached[k]!.rows[o]!;
      });
      rows.push(this.lookup(joinFeatures(views, i)));
      if (labels) {
        const near = spanFeatures(labels, i);
        if (near.length) rows.push(this.lookup(near));
      }
      return rows;
    });
    const decodePass = (p: number, extra?: Int32Array[]): Int32Array => {
      const { weights, transitions } = this.passes[p]!;
      const emissions = new Float64Array(n * T);
      for (let i = 0; i < n; i++) {
        for (const rows of positionRows[i]!) this.add(emissions, i, weights, rows);
        if (extra) this.add(emissions, i, weights, extra[i]!);
        for (let t = 1; t < T; t++) emissions[i * T + t] += this.bias[t]!;
      }
      return viterbi(emissions, n, T, transitions, this.allowed);
    };
    const first = Array.from(decodePass(0), (t) => this.tags[t]!);
    if (this.passes.length < 2) return first;
    const words = views.map((v) => v.stem);
    const own = memory ?? new EntityMemory(this.memoryWindow);
    const stacked = stackFeatures(words, first, own).map((f) => this.lookup(f));
    own.remember(words, first);
    return Array.from(decodePass(1, stacked), (t) => this.tags[t]!);
  }
}
