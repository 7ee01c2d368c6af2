/**
 * A linear sequence model: one weight per (feature, tag) plus a tag-transition matrix, decoded
 * with Viterbi under BIO constraints (an I-X only after B-X or I-X). The same structure serves
 * training (perceptron.ts) and tagging (index.ts).
 *
 * A model may instead be trained on BILOU tags (Ratinov & Roth 2009: B-X begins a chunk of two
 * or more tokens, I-X continues it, L-X is its last token, U-X a chunk of one token). The
 * encoding is the model's own: its tag list says which it is (`isBilou`), its Viterbi follows
 * BILOU's constraints (`tagConstraints`), and the tagger turns its output back into BIO
 * (`bilouToBio`), which is all that the rest of the system sees.
 */

export interface LinearModel {
  /** Tag names by index. */
  readonly tags: readonly string[];
  /** Feature string → row in `weights`. */
  readonly featureIndex: ReadonlyMap<string, number>;
  /** Row-major: `weights[row * tags.length + tag]`. */
  readonly weights: Float32Array | Float64Array;
  /** `transitions[(prev + 1) * tags.length + cur]`; prev = -1 is the sentence start. */
  readonly transitions: Float32Array | Float64Array;
}

/** Whether a tag is one only BILOU has (L- or U-). */
const bilouOnly = (tag: string): boolean => tag.startsWith('L-') || tag.startsWith('U-');

/** Whether a tag list is in BILOU (has an L- or U- tag) rather than BIO. */
export function isBilou(tags: Iterable<string>): boolean {
  for (const tag of tags) if (bilouOnly(tag)) return true;
  return false;
}

/**
 * The tag set of the corpus in a fixed order, O first, then per type (sorted) B, I — or, for
 * BILOU tags, B, I, L, U.
 */
export function tagSetOf(tags: Iterable<string>): string[] {
  const types = new Set<string>();
  let bilou = false;
  for (const tag of tags) {
    if (tag === 'O') continue;
    types.add(tag.slice(2));
    if (bilouOnly(tag)) bilou = true;
  }
  const prefixes = bilou ? ['B-', 'I-', 'L-', 'U-'] : ['B-', 'I-'];
  const sorted = [...types].sort();
  return ['O', ...sorted.flatMap((type) => prefixes.map((prefix) => prefix + type))];
}

/**
 * BIO tags (repaired first, see `repairBio`) in BILOU: a chunk of one token is U-X, a longer one
 * B-X I-X … L-X.
 */
export function bioToBilou(tags: readonly string[]): string[] {
  const bio = repairBio(tags);
  return bio.map((tag, i) => {
    if (tag === 'O') return tag;
    const continues = bio[i + 1] === `I-${tag.slice(2)}`;
    if (tag.startsWith('B-')) return continues ? tag : `U-${tag.slice(2)}`;
    return continues ? tag : `L-${tag.slice(2)}`;
  });
}

/**
 * BILOU tags back in BIO: U-X → B-X, L-X → I-X (an L- or I- that continues no chunk, which
 * BILOU's Viterbi never produces, starts one, as in `repairBio`). BIO tags pass unchanged.
 */
export function bilouToBio(tags: readonly string[]): string[] {
  return repairBio(
    tags.map((tag) =>
      tag.startsWith('U-') ? `B-${tag.slice(2)}` : tag.startsWith('L-') ? `I-${tag.slice(2)}` : tag,
    ),
  );
}

/** The constraints of a tag list's encoding: `bilouConstraints` or `bioConstraints`. */
export function tagConstraints(tags: readonly string[]): Uint8Array {
  return isBilou(tags) ? bilouConstraints(tags) : bioConstraints(tags);
}

/**
 * allowed[(prev + 1) * T + cur]: whether `cur` may follow `prev` (prev = -1: sentence start);
 * then one more row, allowed[(T + 1) * T + last]: whether a sentence may end in `last`.
 * BIO forbids I-X except right after B-X or I-X; any tag may end a sentence.
 */
export function bioConstraints(tags: readonly string[]): Uint8Array {
  const T = tags.length;
  const allowed = new Uint8Array((T + 2) * T);
  for (let prev = -1; prev < T; prev++) {
    for (let cur = 0; cur < T; cur++) {
      const tag = tags[cur]!;
      let ok = true;
      if (tag.startsWith('I-')) {
        const prevTag = prev < 0 ? 'O' : tags[prev]!;
        ok = prevTag.slice(2) === tag.slice(2) && prevTag !== 'O';
      }
      allowed[(prev + 1) * T + cur] = ok ? 1 : 0;
    }
  }
  allowed.fill(1, (T + 1) * T);
  return allowed;
}

/**
 * The same matrix (with its end row) for BILOU tags: after B-X or I-X only I-X or L-X; I-X and
 * L-X only after B-X or I-X; the start, O, L- and U- followed by O, B- or U- only; a sentence
 * may not end in B- or I-.
 */
export function bilouConstraints(tags: readonly string[]): Uint8Array {
  const T = tags.length;
  const allowed = new Uint8Array((T + 2) * T);
  const open = (tag: string): boolean => tag.startsWith('B-') || tag.startsWith('I-');
  for (let prev = -1; prev < T; prev++) {
    const prevTag = prev < 0 ? 'O' : tags[prev]!;
    for (let cur = 0; cur < T; cur++) {
      const tag = tags[cur]!;
      const inside = tag.startsWith('I-') || tag.startsWith('L-');
      const ok = open(prevTag) ? inside && tag.slice(2) === prevTag.slice(2) : !inside;
      allowed[(prev + 1) * T + cur] = ok ? 1 : 0;
    }
  }
  for (let last = 0; last < T; last++) allowed[(T + 1) * T + last] = open(tags[last]!) ? 0 : 1;
  return allowed;
}

/**
 * Per-token tag scores from feature rows: out[i * T + t]. Rows are the feature indices of each
 * token (unknown features already dropped).
 */
export function emissionScores(
  weights: Float32Array | Float64Array,
  T: number,
  rows: readonly ArrayLike<number>[],
): Float64Array {
  const out = new Float64Array(rows.length * T);
  for (let i = 0; i < rows.length; i++) {
    const tokenRows = rows[i]!;
    const base = i * T;
    for (let j = 0; j < tokenRows.length; j++) {
      const w = tokenRows[j]! * T;
      for (let t = 0; t < T; t++) out[base + t] += weights[w + t]!;
    }
  }
  return out;
}

/**
 * The best tag sequence (as tag indices) given emission scores, transitions and constraints
 * (with their end row, if `allowed` has one: the last tag must be allowed to end a sentence).
 * `work` may lend the score and back-pointer arrays (n × T each; every cell read is written).
 */
export function viterbi(
  emissions: Float64Array,
  n: number,
  T: number,
  transitions: Float32Array | Float64Array,
  allowed: Uint8Array,
  work?: { score: Float64Array; back: Int32Array },
): Int32Array {
  const path = new Int32Array(n);
  if (n === 0) return path;
  const score = work?.score ?? new Float64Array(n * T);
  const back = work?.back ?? new Int32Array(n * T);
  for (let t = 0; t < T; t++) {
    score[t] = allowed[t] ? emissions[t]! + transitions[t]! : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    for (let cur = 0; cur < T; cur++) {
      let best = -Infinity;
      let arg = 0;
      for (let prev = 0; prev < T; prev++) {
        const k = (prev + 1) * T + cur;
        if (!allowed[k]) continue;
        const s = score[(i - 1) * T + prev]! + transitions[k]!;
        if (s > best) {
          best = s;
          arg = prev;
        }
      }
      score[i * T + cur] = best + emissions[i * T + cur]!;
      back[i * T + cur] = arg;
    }
  }
  // The first best last tag allowed to end (all are, in BIO; O always is).
  const end = allowed.length >= (T + 2) * T ? (T + 1) * T : -1;
  let bestLast = -1;
  for (let t = 0; t < T; t++) {
    if (end >= 0 && !allowed[end + t]) continue;
    if (bestLast < 0 || score[(n - 1) * T + t]! > score[(n - 1) * T + bestLast]!) bestLast = t;
  }
  path[n - 1] = Math.max(bestLast, 0);
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]!]!;
  return path;
}

/**
 * The element-wise mean of models over one tag set and one feature index (the same training data
 * learnt with different orders): a linear model again, so it tags at the cost of one.
 */
export function meanModel(models: readonly LinearModel[]): LinearModel {
  const [first] = models;
  if (!first) throw new Error('meanModel: no models');
  for (const m of models)
    if (m.tags.join() !== first.tags.join() || m.featureIndex.size !== first.featureIndex.size)
      throw new Error('meanModel: the models differ in tags or features');
  const mean = (pick: (m: LinearModel) => Float32Array | Float64Array): Float32Array => {
    const out = new Float32Array(pick(first).length);
    for (const m of models) {
      const values = pick(m);
      for (let k = 0; k < out.length; k++) out[k] += values[k]! / models.length;
    }
    return out;
  };
  return {
    tags: first.tags,
    featureIndex: first.featureIndex,
    weights: mean((m) => m.weights),
    transitions: mean((m) => m.transitions),
  };
}

/** Feature strings → known rows (features never seen in training carry no weight). */
export function rowsOf(model: LinearModel, features: readonly string[]): number[] {
  const rows: number[] = [];
  for (const f of features) {
    const row = model.featureIndex.get(f);
    if (row !== undefined) rows.push(row);
  }
  return rows;
}

/** Decodes one sentence's feature lists to tag names. */
export function decode(model: LinearModel, allowed: Uint8Array, sentence: readonly string[][]): string[] {
  const T = model.tags.length;
  const rows = sentence.map((features) => rowsOf(model, features));
  const emissions = emissionScores(model.weights, T, rows);
  const path = viterbi(emissions, rows.length, T, model.transitions, allowed);
  return Array.from(path, (t) => model.tags[t]!);
}

/**
 * Makes a tag sequence valid BIO the way conlleval reads it: an I-X that does not continue an
 * X chunk starts a new one, so it becomes B-X. Training on repaired gold keeps the perceptron
 * from chasing paths the constrained decoder can never produce.
 */
export function repairBio(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const prev = i > 0 ? tags[i - 1]! : 'O';
    return prev !== 'O' && prev.slice(2) === tag.slice(2) ? tag : `B-${tag.slice(2)}`;
  });
}
