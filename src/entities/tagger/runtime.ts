/**
 * Fast tagging with a trained bundle. Training works with feature strings; tagging may not
 * afford building ~60 strings per token, so the features that depend on one word alone
 * (features.ts `emitTokenFeatures`) are looked up once per distinct word and offset, by template
 * and value without building their strings, and their weights summed per pass into one vector
 * per offset: a position then adds five vectors. The features joining neighbours come from a
 * table of word bigrams by left and right word, and from caches per word-class pair and shape
 * triple, each adjacent pair looked up once; the second pass's features from a table of summed
 * vectors per combination of first-pass tags. Both passes share one row index.
 * Tags must stay identical to decoding the feature strings (test/tagger/runtime.test.ts).
 * Weights trained on BILOU tags (model.ts) keep them between the passes (the second pass's
 * features and memory are the first pass's own tags) and give BIO out, before the vote. */
import {
  AFTER,
  BEFORE,
  OFFSETS,
  emitTokenFeatures,
  sentenceSpanLabels,
  viewToken,
  type Offset,
  type FeatureResources,
  type TokenView,
} from './features.js';
import { buildCueLexicon } from './lexicon.js';
import { buildNameLists, spanFeatures } from './names.js';
import { bilouToBio, isBilou, tagConstraints, viterbi } from './model.js';
import {
  ChunkVotes,
  emitStackFeatures,
  EntityMemory,
  stackFeatures,
  TypeCounts,
  WindowQueue,
} from './stacking.js';
import type { TaggerBundle } from './weights.js';

/** Cached per distinct token: its view and its feature rows at each window offset. */
interface CachedToken {
  view: TokenView;
  /**
   * Per pass, per window offset: the summed weights of the token's rows at that offset
   * (`(p * OFFSETS.length + o) * T`), so a position adds one vector per offset. Single
   * precision, like the weights (see `keep`).
   */
  sums: Float32Array | null;
  /**
   * Per pass: the summed weights of the token's own rows (offset 0), which `nameScore` needs;
   * kept so that `sums`, if the token is tagged later, need not look them up again.
   */
  centre: Float32Array | null;
  /** `nameScore`, NaN until asked for. */
  nameScore: number;
  /** The word-bigram rows with this token on the left, by right word (`bigrams`), if any. */
  pairs: ReadonlyMap<string, Int32Array> | null;
}

/** The word-class rows joining two adjacent tokens `a b` (features.ts `joinFeatures`); -1 where unknown. */
interface ClassPairRows {
  /** `k|k+1`: a at 0. */
  k01: number;
  /** `k-1|k`: b at 0. */
  k10: number;
}

/** Where a word bigram stands in the window: index into WORD_BIGRAMS. */
const W21 = 0;
const W10 = 1;
const W01 = 2;
const W12 = 3;

/** One sentence between the passes (CompiledTagger `prepare`). */
interface Prepared {
  cached: (CachedToken & { sums: Float32Array })[];
  positionRows: Int32Array[];
  spanRows: (Int32Array | undefined)[];
  /** First-pass tags, and their indexes into `tags`. */
  first: string[];
  firstIndex: Int32Array;
  /** Clitic-stripped words, the memory's keys. */
  words: string[];
}

/** The prefixes of the word-bigram features (features.ts `joinFeatures`). */
const WORD_BIGRAMS = ['w-2|w-1=', 'w-1|w=', 'w|w+1=', 'w+1|w+2='];

/** The index of offset 0 in OFFSETS. */
const CENTRE = OFFSETS.indexOf(0);

/** Beyond this many distinct tokens the cache is dropped and refilled (bounded memory). */
const CACHE_LIMIT = 200_000;

export class CompiledTagger {
  /** The model's tags (BIO or BILOU); the tagger's output is BIO either way. */
  readonly tags: readonly string[];
  /** Whether the model's tags are BILOU, to be given out as BIO. */
  private readonly bilou: boolean;
  private readonly T: number;
  private readonly index: ReadonlyMap<string, number>;
  /**
   * The rows again, by template (the feature name up to its first '=') and then value: a
   * token's features are looked up by strings it already holds, none built (features.ts
   * `FeatureSink`).
   */
  private readonly byTemplate = new Map<string, Map<string, number>>();
  /**
   * The second pass's summed weights (T per entry) of the features (stacking.ts
   * `emitStackFeatures`) of every combination of first-pass tags here, before and after (index
   * T: the sentence's end) and remembered type (index `types.length`: none).
   */
  private readonly stackSums: Float64Array;
  /** The entity types of the tags, in first-seen order; and each tag's type (undefined for O). */
  private readonly types: string[] = [];
  private readonly typeOfTag: (string | undefined)[];
  /** Rows found by `rowSink` since `found` was last emptied (tokenRows, the constructor). */
  private readonly found: number[] = [];
  private readonly rowSink = (template: string, value: string): void => {
    const row = this.byTemplate.get(template)?.get(value);
    if (row !== undefined) this.found.push(row);
  };
  /** Per pass: weights over the shared rows, and its transitions. */
  private readonly passes: { weights: Float32Array; transitions: Float32Array | Float64Array }[];
  private readonly allowed: Uint8Array;
  private readonly resources: FeatureResources;
  private readonly cache = new Map<string, CachedToken>();
  /** Word-bigram rows (WORD_BIGRAMS order, -1 where absent) by left word, then right word. */
  private readonly bigrams = new Map<string, Map<string, Int32Array>>();
  /** Rows of the pairs no word bigram joins, per word-class pair. */
  private readonly classPairs = new Map<string, Map<string, ClassPairRows>>();
  /** `sh-1|sh|sh+1` rows per shape triple (-1 where unknown). */
  private readonly shapes = new Map<string, Map<string, Map<string, number>>>();
  private readonly before: Float32Array;
  private readonly after: Float32Array;
  readonly memoryWindow: number;
  /** Whether the second pass's memory looks both ways (stacking.ts `windowStackText`). */
  readonly twoSided: boolean;
  /** Sentences each way the final consistency vote looks at (stacking.ts `voteText`); none: no vote. */
  readonly voteWindow: number | undefined;
  /** Added to every non-O score: trades precision for recall (chosen on a dev set). */
  private readonly bias: Float64Array;

  /**
   * Reused work arrays, by purpose: a typed array over 64 bytes lives off the heap, and making
   * and freeing thousands per article costs more than the arithmetic in them.
   */
  private readonly floats = new Map<string, Float64Array>();
  private readonly ints = new Map<string, Int32Array>();
  /** The cached tokens' sums are cut from slabs of this many numbers. */
  private slab = new Float32Array(0);
  private slabUsed = 0;

  constructor(bundle: TaggerBundle) {
    this.tags = bundle.passes[0]!.tags;
    this.bilou = isBilou(this.tags);
    const T = (this.T = this.tags.length);
    const first = bundle.passes[0]!;
    if (
      bundle.passes.every(
        (pass) => pass.featureIndex === first.featureIndex && pass.weights instanceof Float32Array,
      )
    ) {
      // The passes share their rows already (weights.ts format 2).
      this.index = first.featureIndex;
      this.passes = bundle.passes.map((pass) => ({
        weights: pass.weights as Float32Array,
        transitions: pass.transitions,
      }));
    } else {
      const index = new Map<string, number>();
      for (const pass of bundle.passes)
        for (const name of pass.featureIndex.keys()) if (!index.has(name)) index.set(name, index.size);
      this.index = index;
      this.passes = bundle.passes.map((pass) => {
        const weights = new Float32Array(index.size * T);
        for (const [name, row] of pass.featureIndex) {
          const shared = index.get(name)! * T;
          for (let t = 0; t < T; t++) weights[shared + t] = pass.weights[row * T + t]!;
        }
        return { weights, transitions: pass.transitions };
      });
    }
    for (const [name, row] of this.index) {
      const cut = name.indexOf('=') + 1;
      const template = cut > 0 ? name.slice(0, cut) : name;
      let values = this.byTemplate.get(template);
      if (!values) this.byTemplate.set(template, (values = new Map()));
      values.set(name.slice(template.length), row);
    }
    this.typeOfTag = this.tags.map((tag) => (tag === 'O' ? undefined : tag.slice(2)));
    for (const type of this.typeOfTag)
      if (type !== undefined && !this.types.includes(type)) this.types.push(type);
    const withEnds = (end: string) => [...this.tags, end];
    const stackRows: Int32Array[] = [];
    for (const here of this.tags)
      for (const before of withEnds('<s>'))
        for (const after of withEnds('</s>'))
          for (const remembered of [...this.types, undefined]) {
            this.found.length = 0;
            emitStackFeatures(here, before, after, remembered, this.rowSink);
            stackRows.push(Int32Array.from(this.found));
          }
    this.stackSums = new Float64Array(stackRows.length * T);
    if (this.passes.length > 1)
      stackRows.forEach((rows, c) => this.add(this.stackSums, c, this.passes[1]!.weights, rows));
    this.allowed = tagConstraints(this.tags);
    this.resources = {
      cues: buildCueLexicon(bundle.cues),
      clusters: bundle.clusters.size ? bundle.clusters : undefined,
      priors: bundle.priors.size ? bundle.priors : undefined,
      names: bundle.names?.length ? buildNameLists(bundle.names) : undefined,
    };
    this.memoryWindow = bundle.memoryWindow;
    this.twoSided = bundle.twoSidedMemory ?? false;
    this.voteWindow = this.twoSided && this.passes.length > 1 ? bundle.voteWindow : undefined;
    // Per tag: the entity bias plus its type's own (tags[0] is O and gets none).
    this.bias = Float64Array.from(this.tags, (tag, t) =>
      t === 0 ? 0 : bundle.entityBias + (bundle.typeBias?.[tag.slice(2)] ?? 0),
    );
    this.before = this.sumsOf(BEFORE);
    this.after = this.sumsOf(AFTER);
    // The word-bigram rows by left word, then right word. A value with more than one '|' joins
    // a word that holds one: wordPairRows() looks those up by their strings.
    WORD_BIGRAMS.forEach((prefix, template) => {
      for (const [value, row] of this.byTemplate.get(prefix) ?? []) {
        const bar = value.indexOf('|');
        if (bar < 0 || value.indexOf('|', bar + 1) >= 0) continue;
        const left = value.slice(0, bar);
        let byRight = this.bigrams.get(left);
        if (!byRight) this.bigrams.set(left, (byRight = new Map()));
        const right = value.slice(bar + 1);
        let rows = byRight.get(right);
        if (!rows) byRight.set(right, (rows = new Int32Array(WORD_BIGRAMS.length).fill(-1)));
        rows[template] = row;
      }
    });
  }

  private lookup(features: readonly string[]): Int32Array {
    const rows: number[] = [];
    for (const f of features) {
      const row = this.index.get(f);
      if (row !== undefined) rows.push(row);
    }
    return Int32Array.from(rows);
  }

  /** A zeroed work array of `size` numbers for `purpose`, valid until its next request. */
  private scratch(purpose: string, size: number): Float64Array {
    let buffer = this.floats.get(purpose);
    if (!buffer || buffer.length < size)
      this.floats.set(purpose, (buffer = new Float64Array(Math.max(size, 1024))));
    return buffer.subarray(0, size).fill(0);
  }

  private scratchInt(purpose: string, size: number): Int32Array {
    let buffer = this.ints.get(purpose);
    if (!buffer || buffer.length < size)
      this.ints.set(purpose, (buffer = new Int32Array(Math.max(size, 1024))));
    return buffer.subarray(0, size);
  }

  /**
   * `sums`, added up in double precision, kept for the life of the cache in single (cut from a
   * slab): rounded once, as the weights themselves are. The cache is read at every tagged token,
   * and with a thread per core both threads' caches compete for one shared L3: half the bytes
   * made two-thread extract on ANT about 7% faster (medians of six alternated runs), with the
   * same records.
   */
  private keep(sums: Float64Array): Float32Array {
    const size = sums.length;
    if (this.slabUsed + size > this.slab.length) {
      this.slab = new Float32Array(Math.max(size, 4096 * size));
      this.slabUsed = 0;
    }
    const kept = this.slab.subarray(this.slabUsed, this.slabUsed + size);
    this.slabUsed += size;
    kept.set(sums);
    return kept;
  }

  /** The rows of a token's features at one offset (features.ts `tokenFeatures`), in their order. */
  private tokenRows(view: TokenView, offset: Offset): readonly number[] {
    this.found.length = 0;
    emitTokenFeatures(view, offset, this.rowSink);
    // Valid until the next lookup: callers add the rows at once.
    return this.found;
  }

  /**
   * The summed weights of a token's rows, per pass and offset (see CachedToken); those at
   * offset 0 copied from `centre` when given.
   */
  private sumsOf(view: TokenView, centre: Float32Array | null = null): Float32Array {
    const T = this.T;
    const O = OFFSETS.length;
    const sums = this.scratch('sums', this.passes.length * O * T);
    for (let o = 0; o < O; o++) {
      if (centre && o === CENTRE) {
        for (let p = 0; p < this.passes.length; p++)
          sums.set(centre.subarray(p * T, p * T + T), (p * O + o) * T);
        continue;
      }
      const rows = this.tokenRows(view, OFFSETS[o]!);
      for (let p = 0; p < this.passes.length; p++) this.add(sums, p * O + o, this.passes[p]!.weights, rows);
    }
    return this.keep(sums);
  }

  /** The summed weights of a token's own rows (offset 0), per pass (see CachedToken). */
  private centreOf(view: TokenView): Float32Array {
    const centre = this.scratch('centre', this.passes.length * this.T);
    const rows = this.tokenRows(view, 0);
    for (let p = 0; p < this.passes.length; p++) this.add(centre, p, this.passes[p]!.weights, rows);
    return this.keep(centre);
  }

  /** A token's cached view and summed rows (computed on first use). */
  private token(raw: string): CachedToken & { sums: Float32Array } {
    const cached = this.entry(raw);
    cached.sums ??= this.sumsOf(cached.view, cached.centre);
    return cached as CachedToken & { sums: Float32Array };
  }

  /** A token's cache entry, its sums not necessarily computed yet. */
  private entry(raw: string): CachedToken {
    let cached = this.cache.get(raw);
    if (!cached) {
      if (this.cache.size >= CACHE_LIMIT) this.clearCaches();
      const view = viewToken(raw, this.resources);
      cached = { view, sums: null, centre: null, nameScore: NaN, pairs: this.bigrams.get(view.norm) ?? null };
      this.cache.set(raw, cached);
    }
    return cached;
  }

  private clearCaches(): void {
    this.cache.clear();
  }

  private row(feature: string): number {
    return this.index.get(feature) ?? -1;
  }

  /**
   * The word-bigram rows (WORD_BIGRAMS order, -1 where unknown) of the adjacent pair `a b`, or
   * none: from `pairs`, a's row of the table by left and right word, so no string is built,
   * except for the rare word that holds a '|' itself (then the feature strings are looked up as
   * they are).
   */
  private wordPairRows(
    a: TokenView,
    b: TokenView,
    pairs: ReadonlyMap<string, Int32Array> | null,
  ): Int32Array | undefined {
    if (a.norm.includes('|') || b.norm.includes('|'))
      return Int32Array.from(WORD_BIGRAMS, (prefix) => this.row(`${prefix}${a.norm}|${b.norm}`));
    return pairs?.get(b.norm);
  }

  /** The word-class rows of the adjacent pair `a b`, cached per class pair. */
  private classPair(a: TokenView, b: TokenView): ClassPairRows {
    const ca = a.clusters[1] ?? '?';
    const cb = b.clusters[1] ?? '?';
    let next = this.classPairs.get(ca);
    if (!next) this.classPairs.set(ca, (next = new Map()));
    let rows = next.get(cb);
    if (!rows) {
      const classes = `${ca}|${cb}`;
      rows = { k01: this.row(`k|k+1=${classes}`), k10: this.row(`k-1|k=${classes}`) };
      next.set(cb, rows);
    }
    return rows;
  }

  /** The `sh-1|sh|sh+1` row of a shape triple, -1 when unknown. */
  private shapeRow(a: string, b: string, c: string): number {
    let mid = this.shapes.get(a);
    if (!mid) this.shapes.set(a, (mid = new Map()));
    let last = mid.get(b);
    if (!last) mid.set(b, (last = new Map()));
    let row = last.get(c);
    if (row === undefined) {
      row = this.row(`sh-1|sh|sh+1=${a}|${b}|${c}`);
      last.set(c, row);
    }
    return row;
  }

  /** Adds the weights of `rows` for one pass into `out` at token `i`. */
  private add(out: Float64Array, i: number, weights: Float32Array, rows: ArrayLike<number>): void {
    const T = this.T;
    const base = i * T;
    for (let j = 0; j < rows.length; j++) {
      const w = rows[j]! * T;
      for (let t = 0; t < T; t++) out[base + t] += weights[w + t]!;
    }
  }

  /**
   * How strongly a word's own spelling points to a name, before any context: the first pass's
   * best entity score for the word alone (its offset-0 features plus the entity bias) minus its
   * O score. Cheap (cached per word); a caller may tag only around words above a threshold.
   */
  nameScore(raw: string): number {
    const cached = this.entry(raw);
    if (Number.isNaN(cached.nameScore)) {
      // Only the word's own features in the first pass: most words scored are never tagged.
      const T = this.T;
      const own = cached.sums
        ? cached.sums.subarray(CENTRE * T, CENTRE * T + T)
        : (cached.centre ??= this.centreOf(cached.view)).subarray(0, T);
      let best = -Infinity;
      for (let t = 1; t < T; t++) best = Math.max(best, own[t]! + this.bias[t]!);
      cached.nameScore = best - own[0]!;
    }
    return cached.nameScore;
  }

  /**
   * Everything about one sentence that both passes need: its cached tokens, the rows of the
   * features joining neighbours and of the name-list spans, and the first pass's tags.
   */
  private prepare(tokens: readonly string[]): Prepared {
    const n = tokens.length;
    const cached = tokens.map((tok) => this.token(tok));
    const views = cached.map((c) => c.view);
    const labels = this.resources.names ? sentenceSpanLabels(views, this.resources) : undefined;
    // Each adjacent pair (k, k+1), k = -2 … n, beyond the ends too, at k + 2: the four
    // positions that see a pair look it up once.
    const viewAt = (k: number): TokenView => (k < 0 ? BEFORE : k >= n ? AFTER : views[k]!);
    const words: (Int32Array | undefined)[] = new Array(n + 3);
    const classes: ClassPairRows[] = new Array(n + 3);
    for (let k = -2; k <= n; k++) {
      // A token's own pairs were found when it was cached; the ends' are looked up.
      const left = viewAt(k);
      const pairs = k >= 0 && k < n ? cached[k]!.pairs : (this.bigrams.get(left.norm) ?? null);
      words[k + 2] = this.wordPairRows(left, viewAt(k + 1), pairs);
      classes[k + 2] = this.classPair(viewAt(k), viewAt(k + 1));
    }
    // Rows of every position beyond the window's cached sums: the joined features (features.ts
    // `joinFeatures`, in its order) and spans.
    const positionRows: Int32Array[] = new Array(n);
    const spanRows: (Int32Array | undefined)[] = new Array(n);
    const found = new Int32Array(7);
    for (let i = 0; i < n; i++) {
      found[0] = words[i]?.[W21] ?? -1;
      found[1] = words[i + 1]?.[W10] ?? -1;
      found[2] = words[i + 2]?.[W01] ?? -1;
      found[3] = words[i + 3]?.[W12] ?? -1;
      found[4] = this.shapeRow(viewAt(i - 1).shape, views[i]!.shape, viewAt(i + 1).shape);
      found[5] = classes[i + 2]!.k01;
      found[6] = classes[i + 1]!.k10;
      let m = 0;
      for (let j = 0; j < 7; j++) if (found[j]! >= 0) m++;
      const rows = (positionRows[i] = new Int32Array(m));
      m = 0;
      for (let j = 0; j < 7; j++) if (found[j]! >= 0) rows[m++] = found[j]!;
      if (labels) {
        const near = spanFeatures(labels, i);
        if (near.length) spanRows[i] = this.lookup(near);
      }
    }
    const prepared: Prepared = {
      cached,
      positionRows,
      spanRows,
      first: [],
      firstIndex: new Int32Array(0),
      words: views.map((v) => v.stem),
    };
    if (n) {
      prepared.firstIndex = this.decodePass(prepared, 0);
      prepared.first = Array.from(prepared.firstIndex, (t) => this.tags[t]!);
    }
    return prepared;
  }

  /** `extra`: more emission scores, T per token (the second pass's features). */
  private decodePass(prepared: Prepared, p: number, extra?: Float64Array): Int32Array {
    const T = this.T;
    const { cached, positionRows, spanRows } = prepared;
    const n = cached.length;
    const O = OFFSETS.length;
    const emissions = this.scratch('emissions', n * T);
    const bias = this.bias;
    const { weights, transitions } = this.passes[p]!;
    // The summed rows of positions -2 … n+1 at k + 2, boundaries included.
    const sumsAt: Float32Array[] = new Array(n + 4);
    sumsAt[0] = sumsAt[1] = this.before;
    for (let k = 0; k < n; k++) sumsAt[k + 2] = cached[k]!.sums;
    sumsAt[n + 2] = sumsAt[n + 3] = this.after;
    for (let i = 0; i < n; i++) {
      const base = i * T;
      // Offset o of OFFSETS (-2 … 2) is the token at i + o - 2, at sumsAt index i + o.
      for (let o = 0; o < O; o++) {
        const sums = sumsAt[i + o]!;
        const from = (p * O + o) * T;
        for (let t = 0; t < T; t++) emissions[base + t] += sums[from + t]!;
      }
      this.add(emissions, i, weights, positionRows[i]!);
      const span = spanRows[i];
      if (span) this.add(emissions, i, weights, span);
      if (extra) for (let t = 0; t < T; t++) emissions[base + t] += extra[base + t]!;
      for (let t = 1; t < T; t++) emissions[base + t] += bias[t]!;
    }
    return viterbi(emissions, n, T, transitions, this.allowed, {
      score: this.scratch('score', n * T),
      back: this.scratchInt('back', n * T),
    });
  }

  /** The second pass's tags, in BIO. */
  private second(prepared: Prepared, extra: Float64Array): string[] {
    return this.bio(Array.from(this.decodePass(prepared, 1, extra), (t) => this.tags[t]!));
  }

  /** Tags of this model as the tagger gives them out: BIO (BILOU converted; BIO as it is). */
  private bio(tags: string[]): string[] {
    return this.bilou ? bilouToBio(tags) : tags;
  }

  /** The second pass with a two-sided memory's counts (stacking.ts `windowStackFeatures`). */
  private secondWithCounts(prepared: Prepared, counts: TypeCounts): string[] {
    const { words, firstIndex } = prepared;
    const T = this.T;
    const R = this.types.length;
    const n = words.length;
    const extra = this.scratch('extra', n * T);
    for (let i = 0; i < n; i++) {
      const here = firstIndex[i]!;
      const remembered = counts.typeOf(words[i]!, this.typeOfTag[here]);
      const r = remembered === undefined ? R : this.types.indexOf(remembered);
      const before = i > 0 ? firstIndex[i - 1]! : T;
      const after = i + 1 < n ? firstIndex[i + 1]! : T;
      const combination = ((here * (T + 1) + before) * (T + 1) + after) * (R + 1) + r;
      extra.set(this.stackSums.subarray(combination * T, combination * T + T), i * T);
    }
    return this.second(prepared, extra);
  }

  /**
   * Tags one sentence. With a memory (and a second pass), first-pass entities of earlier
   * sentences inform this one, and this sentence's are remembered for the next. Weights with a
   * two-sided memory count the sentence itself (and, given a memory, the earlier ones).
   */
  tag(tokens: readonly string[], memory?: EntityMemory): string[] {
    if (!tokens.length) return [];
    const prepared = this.prepare(tokens);
    if (this.passes.length < 2) return this.bio(prepared.first);
    const { words, first } = prepared;
    const own = memory ?? this.memory();
    let tags: string[];
    if (this.twoSided) {
      own.remember(words, first);
      tags = this.secondWithCounts(prepared, own.counts);
    } else {
      const stacked = stackFeatures(words, first, own);
      own.remember(words, first);
      const extra = new Float64Array(stacked.length * this.T);
      stacked.forEach((f, i) => this.add(extra, i, this.passes[1]!.weights, this.lookup(f)));
      tags = this.second(prepared, extra);
    }
    if (this.voteWindow === undefined) return tags;
    // The consistency vote within the sentence (a whole text given as one sentence included).
    const votes = new ChunkVotes();
    votes.add(words, tags, 1);
    return votes.apply(words, tags);
  }

  /** An empty memory of the kind these weights were trained with. */
  memory(): EntityMemory {
    return new EntityMemory(this.memoryWindow);
  }

  /** A text read sentence by sentence whose memory looks `memoryWindow` sentences both ways. */
  textStream(): TextStream {
    return new TextStream(this);
  }

  /** @internal for TextStream */
  prepareSentence(tokens: readonly string[]): Prepared {
    return this.prepare(tokens);
  }

  /** @internal for TextStream */
  secondPass(prepared: Prepared, counts: TypeCounts): string[] {
    if (!prepared.cached.length) return [];
    if (this.passes.length < 2) return this.bio(prepared.first);
    return this.secondWithCounts(prepared, counts);
  }
}

/** One sentence's words and tags after the second pass. */
interface Finished {
  words: readonly string[];
  tags: string[];
}

/**
 * The sentences of one text, tagged with a memory over the `memoryWindow` sentences before and
 * after each (stacking.ts `windowStackText`) and, when the weights ask for it, the consistency
 * vote over the `voteWindow` sentences around (stacking.ts `voteText`): a sentence's tags come
 * out once the sentences those windows look ahead to have been read, so `push` returns the
 * sentences finished so far, in order, and `end` the rest. Memory stays bounded by the windows.
 */
export class TextStream {
  private readonly counts = new TypeCounts();
  private readonly votes = new ChunkVotes();
  private readonly second: WindowQueue<Prepared, Finished>;
  private readonly vote: WindowQueue<Finished, string[]> | undefined;

  constructor(private readonly tagger: CompiledTagger) {
    this.second = new WindowQueue<Prepared, Finished>(
      tagger.memoryWindow,
      (p) => this.counts.add(p.words, p.first, 1),
      (p) => this.counts.add(p.words, p.first, -1),
      (p) => ({ words: p.words, tags: tagger.secondPass(p, this.counts) }),
    );
    if (tagger.voteWindow !== undefined)
      this.vote = new WindowQueue<Finished, string[]>(
        tagger.voteWindow,
        (f) => this.votes.add(f.words, f.tags, 1),
        (f) => this.votes.add(f.words, f.tags, -1),
        (f) => this.votes.apply(f.words, f.tags),
      );
  }

  push(tokens: readonly string[]): string[][] {
    return this.onward(this.second.push(this.tagger.prepareSentence(tokens)));
  }

  /** Finishes the text: the tags of the sentences not yet returned; the stream starts anew. */
  end(): string[][] {
    const out = this.onward(this.second.end());
    this.counts.clear();
    if (this.vote) {
      out.push(...this.vote.end());
      this.votes.clear();
    }
    return out;
  }

  private onward(finished: Finished[]): string[][] {
    const vote = this.vote;
    return vote ? finished.flatMap((f) => vote.push(f)) : finished.map((f) => f.tags);
  }
}
