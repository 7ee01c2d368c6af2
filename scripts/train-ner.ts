/**
 * Trains the NER tagger's weights.
 *
 *   node --import tsx scripts/train-ner.ts --train FILE --out data/ner/weights.json.gz
 *        [--epochs N] [--dev FILE] [--seed N] [--min-count N] [--cues TSV] [--clusters TSV] [--priors TSV]
 *        [--stack-folds N] [--entity-bias X]
 *
 * --dev scores a labelled file after every epoch (to choose --epochs; never pass the test part).
 * The run is deterministic: same inputs and options, same bytes out.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseTaggedConll, type TaggedSentence } from '../src/entities/tagger/conll.js';
import { sentenceFeatures, type FeatureResources } from '../src/entities/tagger/features.js';
import { buildCueLexicon, cueKey, parseCueTsv } from '../src/entities/tagger/lexicon.js';
import { parseWordTsv } from '../src/entities/tagger/word-tsv.js';
import { readText } from './ner-corpus.js';
import { bioConstraints, decode, repairBio, type LinearModel } from '../src/entities/tagger/model.js';
import { jackknifeFirstPass, withStackFeatures } from '../src/entities/tagger/stacking.js';
import { trainPerceptron } from '../src/entities/tagger/perceptron.js';
import { scoreChunks, type ChunkReport } from '../src/entities/tagger/evaluate.js';
import { findPackageRoot } from '../src/entities/tagger/paths.js';
import {
  bundleFromJson,
  bundleToJson,
  writeBundle,
  type TaggerBundle,
} from '../src/entities/tagger/weights.js';
import { taggerFromBundle } from '../src/entities/tagger/index.js';

/** Defaults chosen on a dev slice of the first 90% of ANERcorp's train part (see data/ner/SOURCES.md). */
const DEFAULTS = {
  epochs: 8,
  seed: 1,
  minCount: 1,
  minAbs: 0.01,
  decimals: 2,
  stackFolds: 5,
  entityBias: 4,
};
/** How many preceding sentences the second pass remembers first-pass entities from. */
const MEMORY_WINDOW = 20;

function report(label: string, r: ChunkReport): string {
  const types = Object.entries(r.byType)
    .map(([type, s]) => `${type} ${s.f1.toFixed(4)}`)
    .join('  ');
  return `${label}: P ${r.micro.p.toFixed(4)} R ${r.micro.r.toFixed(4)} F1 ${r.micro.f1.toFixed(4)}  (${types})`;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      train: { type: 'string' },
      out: { type: 'string' },
      dev: { type: 'string' },
      epochs: { type: 'string' },
      seed: { type: 'string' },
      'min-count': { type: 'string' },
      cues: { type: 'string' },
      clusters: { type: 'string' },
      priors: { type: 'string' },
      'stack-folds': { type: 'string' },
      'entity-bias': { type: 'string' },
    },
  });
  if (!values.train || !values.out) {
    console.error('usage: train-ner.ts --train FILE --out FILE[.gz] [--epochs N] [--dev FILE] [--seed N]');
    process.exit(2);
  }
  const root = findPackageRoot(process.cwd());
  const epochs = Number(values.epochs ?? DEFAULTS.epochs);
  const seed = Number(values.seed ?? DEFAULTS.seed);
  const minFeatureCount = Number(values['min-count'] ?? DEFAULTS.minCount);
  const stackFolds = Number(values['stack-folds'] ?? DEFAULTS.stackFolds);
  const entityBias = Number(values['entity-bias'] ?? DEFAULTS.entityBias);
  const cues = parseCueTsv(readText(values.cues ?? join(root, 'data', 'ner', 'cues.tsv')));
  const wordTsv = (path: string | undefined) =>
    path ? parseWordTsv(readText(path)) : new Map<string, string[]>();
  const clusters = wordTsv(values.clusters);
  const priors = wordTsv(values.priors);
  const resources: FeatureResources = {
    cues: buildCueLexicon(cues),
    clusters: clusters.size ? clusters : undefined,
    priors: priors.size ? priors : undefined,
  };

  const started = Date.now();
  const load = (path: string): TaggedSentence[] =>
    parseTaggedConll(readText(path), path).map((s) => ({ tokens: s.tokens, tags: repairBio(s.tags) }));
  const train = load(values.train);
  const dev = values.dev ? load(values.dev) : [];
  const trainFeatures = train.map((s) => sentenceFeatures(s.tokens, resources));
  const devFeatures = dev.map((s) => sentenceFeatures(s.tokens, resources));
  console.error(`${train.length} training sentences, features extracted in ${Date.now() - started} ms`);

  const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const devReport =
    (label: string, features: string[][][]) => (epoch: number, averaged: () => LinearModel) => {
      if (!dev.length) return console.error(`${label} epoch ${epoch} (${elapsed()})`);
      const m = averaged();
      const allowed = bioConstraints(m.tags);
      const pred = features.map((f) => decode(m, allowed, f));
      console.error(
        report(
          `${label} epoch ${epoch} (${elapsed()}) dev`,
          scoreChunks(
            dev.map((s) => s.tags),
            pred,
          ),
        ),
      );
    };
  const trainOptions = { epochs, seed, minFeatureCount };
  const model = trainPerceptron(train, trainFeatures, {
    ...trainOptions,
    onEpoch: devReport('pass 1', devFeatures),
  });

  let second: LinearModel | undefined;
  if (stackFolds > 1) {
    const stems = (s: TaggedSentence) => s.tokens.map(cueKey);
    const firstPassTrain = jackknifeFirstPass(train, trainFeatures, stackFolds, trainOptions);
    console.error(`jackknifed first pass (${stackFolds} folds) at ${elapsed()}`);
    const allowed = bioConstraints(model.tags);
    const firstPassDev = devFeatures.map((f) => decode(model, allowed, f));
    const stackedDev = withStackFeatures(dev.map(stems), devFeatures, firstPassDev, MEMORY_WINDOW);
    second = trainPerceptron(
      train,
      withStackFeatures(train.map(stems), trainFeatures, firstPassTrain, MEMORY_WINDOW),
      {
        ...trainOptions,
        onEpoch: devReport('pass 2', stackedDev),
      },
    );
  }

  const bundle: TaggerBundle = {
    passes: second ? [model, second] : [model],
    memoryWindow: MEMORY_WINDOW,
    entityBias,
    cues,
    clusters,
    priors,
    meta: {
      trainedOn: values.train.split('/').pop(),
      sentences: train.length,
      epochs,
      seed,
      stackFolds,
      entityBias,
      minFeatureCount,
      corpus: 'ANERcorp (Benajiba et al. 2007), CAMeL Lab split (Obeid et al. 2020), CC BY-SA 4.0',
    },
  };
  const compact = { minAbs: DEFAULTS.minAbs, decimals: DEFAULTS.decimals };
  if (dev.length) {
    // The tagger as shipped (pruned, rounded, with its memory over the dev text in order),
    // at a few entity biases, to choose --entity-bias.
    const shipped = bundleFromJson(bundleToJson(bundle, compact));
    for (const bias of [0, 2, 4, 6, 8, 12]) {
      const pred = taggerFromBundle({ ...shipped, entityBias: bias }).tagDocument(dev.map((s) => s.tokens));
      console.error(
        report(
          `shipped tagger, entity bias ${bias}: dev`,
          scoreChunks(
            dev.map((s) => s.tags),
            pred,
          ),
        ),
      );
    }
  }
  const bytes = writeBundle(values.out, bundle, compact);
  console.error(
    `${model.featureIndex.size} features; wrote ${values.out} (${(bytes / 1e6).toFixed(2)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

main();
