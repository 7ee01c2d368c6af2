/**
 * The second pass. A first model tags each sentence; a second one sees, besides the usual
 * features, the first pass's tags around the token and what the first pass called the same
 * word in the recent sentences of the text. A name is often introduced plainly once
 * ("الرئيس الفرنسي جاك شيراك") and then recurs bare ("شيراك"): the memory carries the first
 * verdict to the later mentions (Ratinov & Roth 2009, "non-local features"). Weights trained with
 * a two-sided memory (`windowStackText`) also carry a later, plainer mention back to an earlier,
 * barer one: the memory counts the sentences on both sides and the sentence itself. A final
 * consistency vote (`ChunkVotes`) may then spread names tagged twice nearby to their untagged
 * recurrences.
 */
import { tagConstraints, decode, type LinearModel } from './model.js';
import type { Learner } from './perceptron.js';
import type { TaggedSentence } from './conll.js';
import type { FeatureSink } from './features.js';

/** Counts of the entity types the first pass gave each word. */
export class TypeCounts {
  private readonly counts = new Map<string, Map<string, number>>();
  /** Adds (delta 1) or removes (delta -1) one sentence's first-pass entity words. */
  add(words: readonly string[], firstPass: readonly string[], delta: number): void {
    for (let i = 0; i < words.length; i++) {
      const tag = firstPass[i]!;
      const word = words[i]!;
      if (tag === 'O' || word.length < 2) continue;
      this.bump(word, tag.slice(2), delta);
    }
  }

  /**
   * The dominant type of a word (ties: the alphabetically first), leaving out one occurrence of
   * type `except` (the word's own verdict, when it is counted here too).
   */
  typeOf(word: string, except?: string): string | undefined {
    const byType = this.counts.get(word);
    if (!byType) return undefined;
    let best: string | undefined;
    let bestCount = 0;
    for (const [type, all] of byType) {
      const count = type === except ? all - 1 : all;
      if (count <= 0) continue;
      if (count > bestCount || (count === bestCount && best !== undefined && type < best)) {
        best = type;
        bestCount = count;
      }
    }
    return best;
  }

  clear(): void {
    this.counts.clear();
  }

  private bump(word: string, type: string, delta: number): void {
    let byType = this.counts.get(word);
    if (!byType) this.counts.set(word, (byType = new Map()));
    const count = (byType.get(type) ?? 0) + delta;
    if (count > 0) byType.set(type, count);
    else byType.delete(type);
    if (!byType.size) this.counts.delete(word);
  }
}

/**
 * Second-pass features of one sentence from a memory that counts the sentence itself and its
 * neighbours on both sides: each word's dominant type elsewhere (its own first-pass verdict left
 * out), with the first-pass tags at −1, 0, +1.
 */
export function windowStackFeatures(
  words: readonly string[],
  firstPass: readonly string[],
  counts: TypeCounts,
): string[][] {
  return words.map((word, i) => {
    const here = firstPass[i]!;
    return featuresAt(firstPass, i, counts.typeOf(word, here === 'O' ? undefined : here.slice(2)));
  });
}

/**
 * The second-pass features of a token tagged `here` by the first pass, between `before` and
 * `after` (their tags, or '<s>' / '</s>' at the ends), with its remembered type.
 */
export function emitStackFeatures(
  here: string,
  before: string,
  after: string,
  remembered: string | undefined,
  sink: FeatureSink,
): void {
  sink('fp=', here);
  sink('fp-1=', before);
  sink('fp+1=', after);
  if (remembered !== undefined) {
    sink('mem=', remembered);
    sink('mem|fp=', `${remembered}|${here}`);
  }
}

/** The second-pass features of token `i`: first-pass tags at −1, 0, +1, and the remembered type. */
function featuresAt(firstPass: readonly string[], i: number, remembered: string | undefined): string[] {
  const f: string[] = [];
  emitStackFeatures(
    firstPass[i]!,
    firstPass[i - 1] ?? '<s>',
    firstPass[i + 1] ?? '</s>',
    remembered,
    (template, value) => f.push(template + value),
  );
  return f;
}

/**
 * Second-pass features of a whole text read with a two-sided memory: sentence `s` sees the
 * first-pass entities of sentences s − window … s + window (itself included).
 */
export function windowStackText(
  words: readonly (readonly string[])[],
  firstPass: readonly (readonly string[])[],
  window: number,
): string[][][] {
  const counts = new TypeCounts();
  return overWindow(
    words.length,
    window,
    (s) => counts.add(words[s]!, firstPass[s]!, 1),
    (s) => counts.add(words[s]!, firstPass[s]!, -1),
    (s) => windowStackFeatures(words[s]!, firstPass[s]!, counts),
  );
}

/**
 * Items of a text in a sliding window: each item is finished once the `window` items after it
 * have entered (or the text ends), and leaves once it is more than `window` items behind the
 * one being finished, so `enter` and `leave` keep a tally of exactly the items around it.
 */
export class WindowQueue<T, R> {
  private readonly items: T[] = [];
  /** `items[0]` is item number `offset`. */
  private offset = 0;
  /** The next item to finish. */
  private next = 0;

  constructor(
    private readonly window: number,
    private readonly enter: (item: T) => void,
    private readonly leave: (item: T) => void,
    private readonly finishOne: (item: T) => R,
  ) {}

  push(item: T): R[] {
    this.items.push(item);
    this.enter(item);
    const out: R[] = [];
    while (this.next + this.window < this.offset + this.items.length) out.push(this.finish());
    return out;
  }

  /** Finishes the remaining items and starts anew (the caller clears its tally). */
  end(): R[] {
    const out: R[] = [];
    while (this.next < this.offset + this.items.length) out.push(this.finish());
    this.items.length = 0;
    this.offset = 0;
    this.next = 0;
    return out;
  }

  private finish(): R {
    while (this.offset < this.next - this.window) {
      this.leave(this.items.shift()!);
      this.offset++;
    }
    return this.finishOne(this.items[this.next++ - this.offset]!);
  }
}

/**
 * Items 0 … n−1 each finished with `enter` having seen exactly the items within `window` of it
 * (both ways, itself included): a WindowQueue over a whole text at once.
 */
function overWindow<R>(
  n: number,
  window: number,
  enter: (item: number) => void,
  leave: (item: number) => void,
  finish: (item: number) => R,
): R[] {
  const queue = new WindowQueue(window, enter, leave, finish);
  const out: R[] = [];
  for (let s = 0; s < n; s++) out.push(...queue.push(s));
  out.push(...queue.end());
  return out;
}

/** Entity types the first pass gave each word over the last `window` sentences. */
export class EntityMemory {
  private readonly recent: { words: readonly string[]; tags: readonly string[] }[] = [];
  /** The counts over the remembered sentences. */
  readonly counts = new TypeCounts();

  constructor(private readonly window: number) {}

  /** The dominant remembered type of a word, if the first pass called it an entity lately. */
  typeOf(word: string): string | undefined {
    return this.counts.typeOf(word);
  }

  /** Remembers one sentence's first-pass entity words, forgetting the oldest beyond the window. */
  remember(words: readonly string[], firstPass: readonly string[]): void {
    this.recent.push({ words, tags: firstPass });
    this.counts.add(words, firstPass, 1);
    if (this.recent.length > this.window) {
      const old = this.recent.shift()!;
      this.counts.add(old.words, old.tags, -1);
    }
  }

  clear(): void {
    this.recent.length = 0;
    this.counts.clear();
  }
}

/**
 * Second-pass features of one sentence: first-pass tags at −1, 0, +1 and the remembered type of
 * each word (`words` are the clitic-stripped forms, so 'وشيراك' meets 'شيراك').
 */
export function stackFeatures(
  words: readonly string[],
  firstPass: readonly string[],
  memory: EntityMemory,
): string[][] {
  return words.map((word, i) => featuresAt(firstPass, i, memory.typeOf(word)));
}

/**
 * First-pass tags of the training sentences by k-fold jackknifing: each fold is tagged by a
 * model that never saw it, so the second pass learns how far a first pass can be trusted on
 * unseen text, not on text it has memorised. Folds are contiguous to keep texts together.
 * `train` is the learner of the first pass (the perceptron or the CRF with its options).
 */
export function jackknifeFirstPass(
  sentences: readonly TaggedSentence[],
  featureLists: readonly string[][][],
  folds: number,
  train: Learner,
): string[][] {
  const out: string[][] = new Array(sentences.length);
  const size = Math.ceil(sentences.length / folds);
  for (let f = 0; f < folds; f++) {
    const lo = f * size;
    const hi = Math.min(sentences.length, lo + size);
    const keep = (_: unknown, s: number) => s < lo || s >= hi;
    const model: LinearModel = train(sentences.filter(keep), featureLists.filter(keep));
    const allowed = tagConstraints(model.tags);
    for (let s = lo; s < hi; s++) out[s] = decode(model, allowed, featureLists[s]!);
  }
  return out;
}

/** Appends second-pass features to each sentence's features, reading the sentences in order. */
export function withStackFeatures(
  words: readonly (readonly string[])[],
  featureLists: readonly string[][][],
  firstPass: readonly (readonly string[])[],
  memoryWindow: number,
  twoSided = false,
): string[][][] {
  if (twoSided) {
    const extra = windowStackText(words, firstPass, memoryWindow);
    return featureLists.map((sentence, s) => sentence.map((features, i) => [...features, ...extra[s]![i]!]));
  }
  const memory = new EntityMemory(memoryWindow);
  return featureLists.map((sentence, s) => {
    const extra = stackFeatures(words[s]!, firstPass[s]!, memory);
    memory.remember(words[s]!, firstPass[s]!);
    return sentence.map((features, i) => [...features, ...extra[i]!]);
  });
}

/** How often a chunk must have been tagged nearby for the consistency vote to spread it. */
export const VOTE_MIN_COUNT = 2;

/**
 * A label-consistency vote over the final tags of nearby sentences: a word sequence tagged as
 * an entity there at least `VOTE_MIN_COUNT` times is tagged so where it recurs untagged (the
 * dominant type; ties go to the alphabetically first). A single verdict is not spread: one
 * wrong tag on a common word would otherwise recur all over the text. Words are the clitic-stripped forms, so 'وشيراك' meets 'شيراك'. Only
 * runs of O are filled, longest known chunk first, so no tag the tagger gave is changed.
 */
export class ChunkVotes {
  /** First word → chunk (space-joined words) → type → count. */
  private readonly byFirst = new Map<string, Map<string, Map<string, number>>>();

  /** Adds (delta 1) or removes (delta -1) one sentence's final entity chunks. */
  add(words: readonly string[], tags: readonly string[], delta: number): void {
    for (let i = 0; i < tags.length; i++) {
      const tag = tags[i]!;
      if (!tag.startsWith('B-')) continue;
      const type = tag.slice(2);
      let end = i + 1;
      while (end < tags.length && tags[end] === `I-${type}`) end++;
      const key = words.slice(i, end).join(' ');
      let chunks = this.byFirst.get(words[i]!);
      if (!chunks) this.byFirst.set(words[i]!, (chunks = new Map()));
      let byType = chunks.get(key);
      if (!byType) chunks.set(key, (byType = new Map()));
      const count = (byType.get(type) ?? 0) + delta;
      if (count > 0) byType.set(type, count);
      else byType.delete(type);
      if (!byType.size) chunks.delete(key);
      if (!chunks.size) this.byFirst.delete(words[i]!);
      i = end - 1;
    }
  }

  /** The tags with recurring chunks filled in where they were left O. */
  apply(words: readonly string[], tags: readonly string[]): string[] {
    let out: string[] | undefined;
    const n = words.length;
    for (let i = 0; i < n; i++) {
      if (tags[i] !== 'O') continue;
      const chunks = this.byFirst.get(words[i]!);
      if (!chunks) continue;
      let bestLen = 0;
      let bestType = '';
      for (const [key, byType] of chunks) {
        const parts = key.split(' ');
        const len = parts.length;
        if (len <= bestLen || i + len > n) continue;
        let fits = true;
        for (let k = 0; k < len && fits; k++) fits = words[i + k] === parts[k] && tags[i + k] === 'O';
        if (!fits || (i + len < n && tags[i + len]!.startsWith('I-'))) continue;
        let type = '';
        let count = 0;
        for (const [t, c] of byType) if (c > count || (c === count && t < type)) [type, count] = [t, c];
        if (count < VOTE_MIN_COUNT) continue;
        bestLen = len;
        bestType = type;
      }
      if (!bestLen) continue;
      out ??= [...tags];
      for (let k = 0; k < bestLen; k++) out[i + k] = k ? `I-${bestType}` : `B-${bestType}`;
      i += bestLen - 1;
    }
    return out ?? [...tags];
  }

  clear(): void {
    this.byFirst.clear();
  }
}

/** The consistency vote over a whole text: sentence `s` sees the chunks of s − window … s + window. */
export function voteText(
  words: readonly (readonly string[])[],
  tags: readonly (readonly string[])[],
  window: number,
): string[][] {
  const votes = new ChunkVotes();
  return overWindow(
    words.length,
    window,
    (s) => votes.add(words[s]!, tags[s]!, 1),
    (s) => votes.add(words[s]!, tags[s]!, -1),
    (s) => votes.apply(words[s]!, tags[s]!),
  );
}
