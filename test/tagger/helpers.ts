/**
 * Shared setup of the tagger tests: small models trained on toy corpora, two-pass taggers built
 * from them, and the tags a text should get by decoding feature strings (the reference the
 * compiled runtime must equal).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sentenceFeatures, viewToken, type FeatureResources } from '../../src/entities/tagger/features.js';
import { buildCueLexicon, type CueEntry } from '../../src/entities/tagger/lexicon.js';
import { decode, tagConstraints, type LinearModel } from '../../src/entities/tagger/model.js';
import { buildNameLists, type NameEntry } from '../../src/entities/tagger/names.js';
import { trainPerceptron } from '../../src/entities/tagger/perceptron.js';
import type { TaggedSentence } from '../../src/entities/tagger/conll.js';
import { voteText, withStackFeatures } from '../../src/entities/tagger/stacking.js';
import { readBundle, writeBundle, type TaggerBundle } from '../../src/entities/tagger/weights.js';
import { taggerFromBundle } from '../../src/entities/tagger/index.js';

/** The stems the second pass's memory works on. */
export const stemsOf = (resources: FeatureResources, tokens: readonly string[]): string[] =>
  tokens.map((t) => viewToken(t, resources).stem);

/** The second pass learnt over the first pass's tags of the sentences, with a two-sided memory. */
export function trainSecondPass(
  sentences: readonly TaggedSentence[],
  resources: FeatureResources,
  features: readonly string[][][],
  firstPass: readonly (readonly string[])[],
  window: number,
  learn: (sentences: readonly TaggedSentence[], features: readonly string[][][]) => LinearModel,
): LinearModel {
  const stems = sentences.map((s) => stemsOf(resources, s.tokens));
  return learn(sentences, withStackFeatures(stems, features, firstPass, window, true));
}

/** A one-pass bundle of the model, with a memory of 5 sentences and no bias. */
export function onePassBundle(
  model: LinearModel,
  cues: CueEntry[] = [],
  extra: Partial<TaggerBundle> = {},
): TaggerBundle {
  return {
    passes: [model],
    memoryWindow: 5,
    entityBias: 0,
    cues,
    clusters: new Map(),
    priors: new Map(),
    meta: {},
    ...extra,
  };
}

/** A two-pass tagger with a two-sided memory of `window` sentences, and a vote when given. */
export function twoPassTagger(
  first: LinearModel,
  second: LinearModel,
  cues: CueEntry[],
  window: number,
  vote: number | undefined,
) {
  return taggerFromBundle({
    passes: [first, second],
    memoryWindow: window,
    twoSidedMemory: true,
    ...(vote !== undefined ? { voteWindow: vote } : {}),
    entityBias: 0,
    cues,
    clusters: new Map(),
    priors: new Map(),
    meta: {},
  });
}

/**
 * The tags of a text by decoding feature strings: the first pass, its tags stacked with a
 * two-sided memory, the second pass (its tags through `out`, e.g. BILOU to BIO), then the vote.
 */
export function decodedText(
  text: readonly (readonly string[])[],
  resources: FeatureResources,
  first: LinearModel,
  second: LinearModel,
  window: number,
  vote: number | undefined,
  out: (tags: string[]) => string[] = (tags) => tags,
): string[][] {
  const allowed = tagConstraints(first.tags);
  const stems = text.map((tokens) => stemsOf(resources, tokens));
  const features = text.map((tokens) => sentenceFeatures(tokens, resources));
  const firstPass = features.map((f) => decode(first, allowed, f));
  const stacked = withStackFeatures(stems, features, firstPass, window, true);
  const secondPass = stacked.map((f) => out(decode(second, allowed, f)));
  return vote === undefined ? secondPass : voteText(stems, secondPass, vote);
}

/**
 * A one-pass bundle learnt from sentences `[...before, word, '.']` where only the name lists can
 * tell the words of `named` (tagged B-`type`) from the others.
 */
export function listTrainedBundle(
  names: NameEntry[],
  before: string[],
  words: string[],
  named: readonly string[],
  type: string,
  typeBias: Record<string, number> = {},
): TaggerBundle {
  const res = { cues: buildCueLexicon([]), names: buildNameLists(names) };
  const corpus = words.map((w) => ({
    tokens: [...before, w, '.'],
    tags: [...before.map(() => 'O'), named.includes(w) ? `B-${type}` : 'O', 'O'],
  }));
  const model = trainPerceptron(
    corpus,
    corpus.map((s) => sentenceFeatures(s.tokens, res)),
    { epochs: 5, seed: 1, minFeatureCount: 1 },
  );
  return onePassBundle(model, [], { typeBias, names });
}

/** Writes the bundle to a weights file in a temporary folder and checks what reads back. */
export function throughWeightsFile(bundle: TaggerBundle, check: (reread: TaggerBundle) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-weights-'));
  try {
    const path = join(dir, 'w.json.gz');
    writeBundle(path, bundle, { minAbs: 0.001, decimals: 3 });
    check(readBundle(path));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
