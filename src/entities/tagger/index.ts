/**
 * The statistical NER tagger: an averaged structured perceptron over word-form and context
 * features, decoded with BIO-constrained Viterbi. Trained by scripts/train-ner.ts on ANERcorp;
 * tags PER, LOC, ORG, MISC in BIO.
 */
import { resolve } from 'node:path';
import { CompiledTagger } from './runtime.js';
import { defaultWeightsPath } from './paths.js';
import { readBundle, type TaggerBundle } from './weights.js';
import { bioChunks, type EntityChunk } from './chunks.js';

export { bioChunks, type EntityChunk };

export interface Tagger {
  /** BIO tags, one per token, for one sentence on its own. */
  tag(tokens: readonly string[]): string[];
  /** How strongly a word's own spelling points to a name (runtime.ts `nameScore`). */
  nameScore(token: string): number;
  /** The entity chunks of one sentence, as token ranges. */
  entities(tokens: readonly string[]): EntityChunk[];
  /**
   * Tags the sentences of one text in order, letting names recognised early help their later,
   * barer mentions (see stacking.ts).
   */
  tagDocument(sentences: readonly (readonly string[])[]): string[][];
  /**
   * A stateful tagger for a text read sentence by sentence, tagging each at once: its memory
   * holds the sentence and the earlier ones only (for weights whose memory looks ahead too,
   * `stream` tags exactly as `tagDocument` does).
   */
  session(): TaggingSession;
  /**
   * A text read sentence by sentence, tagged exactly as `tagDocument` would: tags come out (in
   * order) as soon as the sentences the memory looks ahead to have been read.
   */
  stream(): TaggingStream;
  /** Provenance recorded at training time. */
  readonly meta: Readonly<Record<string, unknown>>;
}

export interface TaggingSession {
  /** Tags the next sentence of the current text. */
  tag(tokens: readonly string[]): string[];
  /** Starts a new text: forgets the entities of the previous one. */
  reset(): void;
}

export interface TaggingStream {
  /** Reads the next sentence of the current text; returns the sentences finished so far. */
  push(tokens: readonly string[]): string[][];
  /** Ends the current text: returns the tags of its remaining sentences and starts anew. */
  end(): string[][];
}

/** A tagger over an in-memory bundle (what training produces and the weights file holds). */
export function taggerFromBundle(bundle: TaggerBundle): Tagger {
  const compiled = new CompiledTagger(bundle);
  const session = (): TaggingSession => {
    const memory = compiled.memory();
    return { tag: (tokens) => compiled.tag(tokens, memory), reset: () => memory.clear() };
  };
  const stream = (): TaggingStream => {
    if (compiled.twoSided) return compiled.textStream();
    const s = session();
    return { push: (tokens) => [s.tag(tokens)], end: () => (s.reset(), []) };
  };
  return {
    tag: (tokens) => compiled.tag(tokens),
    nameScore: (token) => compiled.nameScore(token),
    entities: (tokens) => bioChunks(compiled.tag(tokens)),
    tagDocument: (sentences) => {
      const s = stream();
      const out = sentences.flatMap((tokens) => s.push(tokens));
      out.push(...s.end());
      return out;
    },
    session,
    stream,
    meta: bundle.meta,
  };
}

const loaded = new Map<string, Tagger>();

/** Loads a weights file once per process; the default is the package's committed weights. */
export function loadTagger(path?: string): Tagger {
  const file = resolve(path ?? defaultWeightsPath());
  let tagger = loaded.get(file);
  if (!tagger) {
    tagger = taggerFromBundle(readBundle(file));
    loaded.set(file, tagger);
  }
  return tagger;
}
