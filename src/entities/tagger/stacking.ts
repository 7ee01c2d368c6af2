/**
 * The second pass. A first model tags each sentence; a second one sees, besides the usual
 * features, the first pass's tags around the token and what the first pass called the same
 * word in the recent sentences of the text. A name is often introduced plainly once
 * ("الرئيس الفرنسي جاك شيراك") and then recurs bare ("شيراك"): the memory carries the first
 * verdict to the later mentions (Ratinov & Roth 2009, "non-local features").
 */
import { bioConstraints, decode, type LinearModel } from './model.js';
import { trainPerceptron, type TrainOptions } from './perceptron.js';
import type { TaggedSentence } from './conll.js';

/** Entity types the first pass gave each word over the last `window` sentences. */
export class EntityMemory {
  private readonly recent: { word: string; type: string }[][] = [];
  private readonly counts = new Map<string, Map<string, number>>();

  constructor(private readonly window: number) {}

  /** The dominant remembered type of a word, if the first pass called it an entity lately. */
  typeOf(word: string): string | undefined {
    const byType = this.counts.get(word);
    if (!byType) return undefined;
    let best: string | undefined;
    let bestCount = 0;
    for (const [type, count] of byType) {
      if (count > bestCount || (count === bestCount && best !== undefined && type < best)) {
        best = type;
        bestCount = count;
      }
    }
    return best;
  }

  /** Remembers one sentence's first-pass entity words, forgetting the oldest beyond the window. */
  remember(words: readonly string[], firstPass: readonly string[]): void {
    const entry: { word: string; type: string }[] = [];
    words.forEach((word, i) => {
      const tag = firstPass[i]!;
      if (tag === 'O' || word.length < 2) return;
      entry.push({ word, type: tag.slice(2) });
    });
    this.recent.push(entry);
    for (const { word, type } of entry) this.bump(word, type, 1);
    if (this.recent.length > this.window)
      for (const { word, type } of this.recent.shift()!) this.bump(word, type, -1);
  }

  clear(): void {
    this.recent.length = 0;
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
 * Second-pass features of one sentence: first-pass tags at −1, 0, +1 and the remembered type of
 * each word (`words` are the clitic-stripped forms, so 'وشيراك' meets 'شيراك').
 */
export function stackFeatures(
  words: readonly string[],
  firstPass: readonly string[],
  memory: EntityMemory,
): string[][] {
  return words.map((word, i) => {
    const here = firstPass[i]!;
    const f = [`fp=${here}`, `fp-1=${firstPass[i - 1] ?? '<s>'}`, `fp+1=${firstPass[i + 1] ?? '</s>'}`];
    const remembered = memory.typeOf(word);
    if (remembered !== undefined) f.push(`mem=${remembered}`, `mem|fp=${remembered}|${here}`);
    return f;
  });
}

/**
 * First-pass tags of the training sentences by k-fold jackknifing: each fold is tagged by a
 * model that never saw it, so the second pass learns how far a first pass can be trusted on
 * unseen text, not on text it has memorised. Folds are contiguous to keep texts together.
 */
export function jackknifeFirstPass(
  sentences: readonly TaggedSentence[],
  featureLists: readonly string[][][],
  folds: number,
  opts: TrainOptions,
): string[][] {
  const out: string[][] = new Array(sentences.length);
  const size = Math.ceil(sentences.length / folds);
  for (let f = 0; f < folds; f++) {
    const lo = f * size;
    const hi = Math.min(sentences.length, lo + size);
    const keep = (_: unknown, s: number) => s < lo || s >= hi;
    const model: LinearModel = trainPerceptron(sentences.filter(keep), featureLists.filter(keep), {
      ...opts,
      onEpoch: undefined,
    });
    const allowed = bioConstraints(model.tags);
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
): string[][][] {
  const memory = new EntityMemory(memoryWindow);
  return featureLists.map((sentence, s) => {
    const extra = stackFeatures(words[s]!, firstPass[s]!, memory);
    memory.remember(words[s]!, firstPass[s]!);
    return sentence.map((features, i) => [...features, ...extra[i]!]);
  });
}
