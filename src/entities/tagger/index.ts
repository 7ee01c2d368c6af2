/**
 * The statistical NER tagger: an averaged structured perceptron over word-form and context
 * features, decoded with BIO-constrained Viterbi. Trained by scripts/train-ner.ts on ANERcorp;
 * tags PER, LOC, ORG, MISC in BIO.
 */
import { resolve } from 'node:path';
import { CompiledTagger } from './runtime.js';
import { EntityMemory } from './stacking.js';
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
  /** A stateful tagger for a text read sentence by sentence (the CLI's stream). */
  session(): TaggingSession;
  /** Provenance recorded at training time. */
  readonly meta: Readonly<Record<string, unknown>>;
}

export interface TaggingSession {
  /** Tags the next sentence of the current text. */
  tag(tokens: readonly string[]): string[];
  /** Starts a new text: forgets the entities of the previous one. */
  reset(): void;
}

/** A tagger over an in-memory bundle (what training produces and the weights file holds). */
export function taggerFromBundle(bundle: TaggerBundle): Tagger {
  const compiled = new CompiledTagger(bundle);
  const session = (): TaggingSession => {
    const memory = new EntityMemory(compiled.memoryWindow);
    return { tag: (tokens) => compiled.tag(tokens, memory), reset: () => memory.clear() };
  };
  return {
    tag: (tokens) => compiled.tag(tokens),
    nameScore: (token) => compiled.nameScore(token),
    entities: (tokens) => bioChunks(compiled.tag(tokens)),
    tagDocument: (sentences) => {
      const s = session();
      return sentences.map((tokens) => s.tag(tokens));
    },
    session,
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
