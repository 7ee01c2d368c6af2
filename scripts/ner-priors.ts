/**
 * Builds the tagger's corpus priors (src/entities/tagger/priors.ts): trains a context-only
 * tagger on labelled CoNLL, runs it over unlabelled news, and writes each frequent word's
 * bucketed verdicts.
 *
 *   node --import tsx scripts/ner-priors.ts --train FILE --corpus ANT.tar.gz
 *        --clusters data/ner/clusters.tsv.gz --out data/ner/priors.tsv.gz [--epochs N]
 *
 * Train it on the same labelled data as the main model (never on the part you score).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parseTaggedConll } from '../src/entities/tagger/conll.js';
import { sentenceFeatures, type FeatureResources } from '../src/entities/tagger/features.js';
import { buildCueLexicon, parseCueTsv } from '../src/entities/tagger/lexicon.js';
import { bioConstraints, decode, repairBio } from '../src/entities/tagger/model.js';
import { trainPerceptron } from '../src/entities/tagger/perceptron.js';
import { PriorCounter } from '../src/entities/tagger/priors.js';
import { packageRootAbove } from '../src/paths.js';
import { formatWordTsv, parseWordTsv } from '../src/entities/tagger/word-tsv.js';
import { corpusSentences, readText } from './ner-corpus.js';

const DEFAULTS = { epochs: 6, seed: 3, minCount: 3 };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      train: { type: 'string' },
      corpus: { type: 'string' },
      clusters: { type: 'string' },
      cues: { type: 'string' },
      out: { type: 'string' },
      epochs: { type: 'string' },
    },
  });
  if (!values.train || !values.corpus || !values.out) {
    console.error(
      'usage: ner-priors.ts --train FILE --corpus ANT.tar.gz --out priors.tsv.gz [--clusters TSV]',
    );
    process.exit(2);
  }
  const started = Date.now();
  const seconds = (): string => ((Date.now() - started) / 1000).toFixed(1);
  const root = packageRootAbove(process.cwd());
  const resources: FeatureResources = {
    cues: buildCueLexicon(parseCueTsv(readText(values.cues ?? join(root, 'data', 'ner', 'cues.tsv')))),
    clusters: values.clusters ? parseWordTsv(readText(values.clusters)) : undefined,
  };
  const train = parseTaggedConll(readText(values.train), values.train).map((s) => ({
    tokens: s.tokens,
    tags: repairBio(s.tags),
  }));
  const model = trainPerceptron(
    train,
    train.map((s) => sentenceFeatures(s.tokens, resources, true)),
    { epochs: Number(values.epochs ?? DEFAULTS.epochs), seed: DEFAULTS.seed, minFeatureCount: 1 },
  );
  console.error(`context-only model trained at ${seconds()} s`);

  const allowed = bioConstraints(model.tags);
  const counter = new PriorCounter();
  let tokens = 0;
  for await (const sentences of corpusSentences(values.corpus)) {
    for (const sentence of sentences) {
      counter.add(sentence, decode(model, allowed, sentenceFeatures(sentence, resources, true)));
      tokens += sentence.length;
    }
  }
  console.error(`${tokens} corpus tokens tagged at ${seconds()} s`);
  const priors = counter.priors(DEFAULTS.minCount);
  const header = `corpus priors: context-only tagger trained on ${values.train.split('/').pop()}, run over ${values.corpus.split('/').pop()}`;
  const bytes = gzipSync(formatWordTsv(header, priors), { level: 9 });
  writeFileSync(values.out, bytes);
  console.error(
    `${priors.size} words; wrote ${values.out} (${(bytes.length / 1e6).toFixed(2)} MB) at ${seconds()} s`,
  );
}

await main();
