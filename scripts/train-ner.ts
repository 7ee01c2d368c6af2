/**
 * Trains the NER tagger's weights.
 *
 *   node --import tsx scripts/train-ner.ts --train FILE --out data/ner/weights.json.gz
 *        [--epochs N] [--dev FILE] [--seed N] [--seeds K] [--min-count N] [--cues TSV] [--clusters TSV] [--priors TSV]
 *        [--stack-folds N] [--entity-bias X] [--gazetteer DIR | --no-gazetteer]
 *        [--name-lists TSV,TSV… | none]
 *        [--memory both|past] [--memory-window N] [--vote N|none]
 *        [--learner perceptron|crf] [--l2 X] [--rate X] [--average yes|no] [--encoding bio|bilou]
 *
 * --learner crf trains both passes (and the jackknifed first passes) as linear-chain CRFs
 * (src/entities/tagger/crf.ts) with L2 penalty --l2, AdaGrad rate --rate and, with --average
 * yes, the average of the iterates; the weights file and the runtime are the same.
 * --encoding bilou trains both passes on BILOU tags (model.ts `bioToBilou`; Ratinov & Roth 2009)
 * in place of BIO: the weights file then holds the BILOU tag list, the first pass's BILOU tags feed
 * the second pass, and the tagger turns its output back into BIO.
 * --name-lists: name-list files read beside the gazetteer (names.ts `parseNameTsv`); by default
 * data/ner/given-names.tsv and data/ner/orgs.tsv, `none` for none (data/ner/SOURCES.md).
 * --seeds K: each perceptron (both passes and the jackknifed first passes) is the mean of K
 * trained with shuffle seeds seed … seed+K−1 (3 by default; the CRF's default is 1): the shuffle
 * alone moves the 90/10 figure by over 2 points, and the mean takes that luck out.
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
import {
  bilouToBio,
  bioToBilou,
  decode,
  meanModel,
  repairBio,
  tagConstraints,
  type LinearModel,
} from '../src/entities/tagger/model.js';
import { jackknifeFirstPass, withStackFeatures } from '../src/entities/tagger/stacking.js';
import { trainPerceptron, type Learner } from '../src/entities/tagger/perceptron.js';
import { trainCrf } from '../src/entities/tagger/crf.js';
import { scoreChunks, type ChunkReport } from '../src/entities/tagger/evaluate.js';
import { packageRootAbove } from '../src/paths.js';
import {
  bundleFromJson,
  bundleToJson,
  writeBundle,
  type TaggerBundle,
} from '../src/entities/tagger/weights.js';
import { taggerFromBundle } from '../src/entities/tagger/index.js';
import {
  buildNameLists,
  namesFromChunks,
  parseNameTsv,
  type NameEntry,
} from '../src/entities/tagger/names.js';
import { entryNames, loadGazetteer } from '../src/entities/gazetteer.js';

/** Defaults chosen on a dev slice of the first 90% of ANERcorp's train part (see data/ner/SOURCES.md). */
const DEFAULTS = {
  epochs: 8,
  seed: 1,
  seeds: 3,
  minCount: 1,
  minAbs: 0.01,
  decimals: 2,
  stackFolds: 5,
  entityBias: 2,
  learntNames: 0.5,
  typeBias: '',
  memory: 'both',
  memoryWindow: 40,
  vote: '40',
  learner: 'perceptron',
  encoding: 'bio',
  nameLists: 'data/ner/given-names.tsv,data/ner/orgs.tsv',
};
/**
 * With --learner crf, in place of the defaults above (chosen on the same dev slice as those;
 * see data/ner/SOURCES.md): a high AdaGrad rate with the iterates averaged, weak L2.
 */
const CRF_DEFAULTS = { epochs: 15, entityBias: 1, l2: 1, rate: 10, average: 'yes' };
/** Folds of the jackknife that keeps training sentences from seeing names learnt from themselves. */
const LEARNT_FOLDS = 10;

/**
 * The name lists of a gazetteer folder (data/gazetteer): every name and alias of its PER, ORG
 * and LOC entries, and the nationality adjectives (NAT), deduplicated and sorted.
 */
function gazetteerNames(dir: string): NameEntry[] {
  const g = loadGazetteer(dir);
  const seen = new Set<string>();
  const out: NameEntry[] = [];
  const push = (name: string, cls: string): void => {
    const key = `${name}\t${cls}`;
    if (!name || seen.has(key)) return;
    seen.add(key);
    out.push({ name, cls });
  };
  for (const e of g.entries) for (const name of entryNames(e)) push(name, e.type);
  for (const adjective of g.nationalities.keys()) push(adjective, 'NAT');
  return out.sort((a, b) =>
    a.cls !== b.cls ? (a.cls < b.cls ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
}

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
      seeds: { type: 'string' },
      'min-count': { type: 'string' },
      cues: { type: 'string' },
      clusters: { type: 'string' },
      priors: { type: 'string' },
      'stack-folds': { type: 'string' },
      'entity-bias': { type: 'string' },
      gazetteer: { type: 'string' },
      'no-gazetteer': { type: 'boolean' },
      'name-lists': { type: 'string' },
      'learnt-names': { type: 'string' },
      'type-bias': { type: 'string' },
      memory: { type: 'string' },
      'memory-window': { type: 'string' },
      vote: { type: 'string' },
      learner: { type: 'string' },
      l2: { type: 'string' },
      rate: { type: 'string' },
      average: { type: 'string' },
      encoding: { type: 'string' },
    },
  });
  if (!values.train || !values.out) {
    console.error('usage: train-ner.ts --train FILE --out FILE[.gz] [--epochs N] [--dev FILE] [--seed N]');
    process.exit(2);
  }
  const root = packageRootAbove(process.cwd());
  const learnerName = values.learner ?? DEFAULTS.learner;
  if (learnerName !== 'perceptron' && learnerName !== 'crf') throw new Error('--learner: perceptron or crf');
  const defaults = learnerName === 'crf' ? { ...DEFAULTS, ...CRF_DEFAULTS } : DEFAULTS;
  const encoding = values.encoding ?? DEFAULTS.encoding;
  if (encoding !== 'bio' && encoding !== 'bilou') throw new Error('--encoding: bio or bilou');
  const epochs = Number(values.epochs ?? defaults.epochs);
  const seed = Number(values.seed ?? DEFAULTS.seed);
  const minFeatureCount = Number(values['min-count'] ?? DEFAULTS.minCount);
  const stackFolds = Number(values['stack-folds'] ?? DEFAULTS.stackFolds);
  const entityBias = Number(values['entity-bias'] ?? defaults.entityBias);
  // --type-bias PER=1,ORG=2: added to one type's scores on top of the entity bias.
  const typeBias: Record<string, number> = {};
  for (const pair of (values['type-bias'] ?? DEFAULTS.typeBias).split(',').filter(Boolean)) {
    const [type, value] = pair.split('=');
    if (!type || value === undefined || !Number.isFinite(Number(value)))
      throw new Error(`--type-bias: expected TYPE=NUMBER, got ${pair}`);
    typeBias[type] = Number(value);
  }
  const cues = parseCueTsv(readText(values.cues ?? join(root, 'data', 'ner', 'cues.tsv')));
  const wordTsv = (path: string | undefined) =>
    path ? parseWordTsv(readText(path)) : new Map<string, string[]>();
  const clusters = wordTsv(values.clusters);
  const priors = wordTsv(values.priors);
  const gazetteerOnly = values['no-gazetteer']
    ? []
    : gazetteerNames(values.gazetteer ?? join(root, 'data', 'gazetteer'));
  // The name-list files (given names, organisations), after the gazetteer's names.
  const listOption = values['name-lists'] ?? DEFAULTS.nameLists;
  const listFiles =
    listOption === 'none'
      ? []
      : listOption
          .split(',')
          .filter(Boolean)
          .map((path) => (values['name-lists'] ? path : join(root, path)));
  const listed: NameEntry[] = listFiles.flatMap((path) => parseNameTsv(readText(path), path));
  const gazetteer = [...gazetteerOnly, ...listed];
  // Names learnt from the training chunks themselves (0: none; else the minimum share).
  const learntShare = Number(values['learnt-names'] ?? DEFAULTS.learntNames);
  const withResources = (names: NameEntry[]): FeatureResources => ({
    cues: buildCueLexicon(cues),
    clusters: clusters.size ? clusters : undefined,
    priors: priors.size ? priors : undefined,
    names: names.length ? buildNameLists(names) : undefined,
  });

  const started = Date.now();
  const load = (path: string): TaggedSentence[] =>
    parseTaggedConll(readText(path), path).map((s) => ({ tokens: s.tokens, tags: repairBio(s.tags) }));
  const train = load(values.train);
  const dev = values.dev ? load(values.dev) : [];
  // What the passes learn: the gold tags (repaired BIO) in the chosen encoding. The names learnt
  // from the chunks and every score read BIO.
  const learnt: TaggedSentence[] =
    encoding === 'bilou' ? train.map((s) => ({ tokens: s.tokens, tags: bioToBilou(s.tags) })) : train;
  const names = learntShare > 0 ? [...gazetteer, ...namesFromChunks(train, learntShare)] : gazetteer;
  const resources = withResources(names);
  let trainFeatures: string[][][];
  if (learntShare > 0) {
    // Jackknifed: a training sentence sees only the names learnt from the other folds, as a
    // text the tagger meets later sees only names learnt from the training data.
    trainFeatures = new Array(train.length);
    const size = Math.ceil(train.length / LEARNT_FOLDS);
    for (let lo = 0; lo < train.length; lo += size) {
      const hi = Math.min(train.length, lo + size);
      const rest = [...train.slice(0, lo), ...train.slice(hi)];
      const foldResources = withResources([...gazetteer, ...namesFromChunks(rest, learntShare)]);
      for (let s = lo; s < hi; s++) trainFeatures[s] = sentenceFeatures(train[s]!.tokens, foldResources);
    }
  } else trainFeatures = train.map((s) => sentenceFeatures(s.tokens, resources));
  const devFeatures = dev.map((s) => sentenceFeatures(s.tokens, resources));
  console.error(`${train.length} training sentences, features extracted in ${Date.now() - started} ms`);

  const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const devReport =
    (label: string, features: string[][][]) =>
    (epoch: number, averaged: () => LinearModel, loss?: number) => {
      const lossNote = loss === undefined ? '' : `, training loss ${loss.toFixed(0)}`;
      if (!dev.length) return console.error(`${label} epoch ${epoch} (${elapsed()}${lossNote})`);
      const m = averaged();
      const allowed = tagConstraints(m.tags);
      const pred = features.map((f) => bilouToBio(decode(m, allowed, f)));
      console.error(
        report(
          `${label} epoch ${epoch} (${elapsed()}${lossNote}) dev`,
          scoreChunks(
            dev.map((s) => s.tags),
            pred,
          ),
        ),
      );
    };
  // The second pass's memory of first-pass entities: the sentences on both sides of each
  // (stacking.ts `windowStackText`) or, as before, the preceding ones only; how many each way.
  const memory = values.memory ?? DEFAULTS.memory;
  if (memory !== 'both' && memory !== 'past') throw new Error('--memory: both or past');
  const twoSided = memory === 'both';
  const memoryWindow = Number(values['memory-window'] ?? DEFAULTS.memoryWindow);
  // --vote N: the final consistency vote over N sentences each way (stacking.ts `voteText`), or none.
  const vote = values.vote ?? DEFAULTS.vote;
  const voteWindow = vote === 'none' || !twoSided ? undefined : Number(vote);
  const l2 = Number(values.l2 ?? CRF_DEFAULTS.l2);
  const rate = Number(values.rate ?? CRF_DEFAULTS.rate);
  const averageOption = values.average ?? CRF_DEFAULTS.average;
  if (averageOption !== 'yes' && averageOption !== 'no') throw new Error('--average: yes or no');
  const average = averageOption === 'yes';
  const trainOptions = { epochs, seed, minFeatureCount };
  // --seeds K: each perceptron is the mean of K trained with seeds seed … seed+K−1 (shuffle orders).
  const seeds = Number(values.seeds ?? (learnerName === 'crf' ? 1 : DEFAULTS.seeds));
  if (!Number.isInteger(seeds) || seeds < 1) throw new Error('--seeds: a whole number ≥ 1');
  const learn: Learner =
    learnerName === 'crf'
      ? (s, f, onEpoch) => trainCrf(s, f, { ...trainOptions, l2, rate, average, onEpoch })
      : (s, f, onEpoch) =>
          seeds === 1
            ? trainPerceptron(s, f, { ...trainOptions, onEpoch })
            : meanModel(
                Array.from({ length: seeds }, (_, k) =>
                  trainPerceptron(s, f, { ...trainOptions, seed: seed + k, ...(k === 0 ? { onEpoch } : {}) }),
                ),
              );
  const model = learn(learnt, trainFeatures, devReport('pass 1', devFeatures));

  let second: LinearModel | undefined;
  if (stackFolds > 1) {
    const stems = (s: TaggedSentence) => s.tokens.map(cueKey);
    // The first pass's own tags (BILOU too, with --encoding bilou), as the tagger keeps them.
    const firstPassTrain = jackknifeFirstPass(learnt, trainFeatures, stackFolds, (s, f) => learn(s, f));
    console.error(`jackknifed first pass (${stackFolds} folds) at ${elapsed()}`);
    const allowed = tagConstraints(model.tags);
    const firstPassDev = devFeatures.map((f) => decode(model, allowed, f));
    const stackedDev = withStackFeatures(dev.map(stems), devFeatures, firstPassDev, memoryWindow, twoSided);
    second = learn(
      learnt,
      withStackFeatures(train.map(stems), trainFeatures, firstPassTrain, memoryWindow, twoSided),
      devReport('pass 2', stackedDev),
    );
  }

  const bundle: TaggerBundle = {
    passes: second ? [model, second] : [model],
    memoryWindow,
    twoSidedMemory: twoSided,
    ...(voteWindow !== undefined ? { voteWindow } : {}),
    entityBias,
    typeBias,
    cues,
    clusters,
    priors,
    names,
    meta: {
      trainedOn: values.train.split('/').pop(),
      sentences: train.length,
      ...(learnerName === 'crf' ? { learner: 'crf', l2, rate, average } : {}),
      ...(encoding === 'bilou' ? { encoding } : {}),
      epochs,
      seed,
      ...(seeds > 1 ? { seeds } : {}),
      stackFolds,
      entityBias,
      typeBias,
      minFeatureCount,
      memory,
      memoryWindow,
      voteWindow: voteWindow ?? 'none',
      nameLists: names.length,
      ...(listFiles.length ? { nameListFiles: listFiles.map((f) => f.split('/').pop()).join(',') } : {}),
      learntNames: learntShare,
      corpus: 'ANERcorp (Benajiba et al. 2007), CAMeL Lab split (Obeid et al. 2020), CC BY-SA 4.0',
    },
  };
  const compact = { minAbs: DEFAULTS.minAbs, decimals: DEFAULTS.decimals };
  if (dev.length) {
    // The tagger as shipped (pruned, rounded, with its memory over the dev text in order),
    // at a few entity biases, to choose --entity-bias.
    const shipped = bundleFromJson(bundleToJson(bundle, compact));
    const devScore = (bias: number, types: Record<string, number>): ChunkReport =>
      scoreChunks(
        dev.map((s) => s.tags),
        taggerFromBundle({ ...shipped, entityBias: bias, typeBias: types }).tagDocument(
          dev.map((s) => s.tokens),
        ),
      );
    let best = { bias: entityBias, f1: -1 };
    for (const bias of [0, 0.5, 1, 1.5, 2, 3, 4, 6, 8, 12]) {
      const r = devScore(bias, {});
      console.error(report(`shipped tagger, entity bias ${bias}: dev`, r));
      if (r.micro.f1 > best.f1) best = { bias, f1: r.micro.f1 };
    }
    console.error(
      report(
        `shipped tagger as configured (bias ${entityBias}, ${JSON.stringify(typeBias)}): dev`,
        devScore(entityBias, typeBias),
      ),
    );
    if (voteWindow !== undefined) {
      const r = scoreChunks(
        dev.map((s) => s.tags),
        taggerFromBundle({ ...shipped, voteWindow: undefined }).tagDocument(dev.map((s) => s.tokens)),
      );
      console.error(report(`shipped tagger as configured but without the vote: dev`, r));
    }
    // Per-type biases on top of the best entity bias, one type at a time (coordinate ascent).
    const types: Record<string, number> = {};
    for (let round = 0; round < 2; round++) {
      for (const type of shipped.passes[0]!.tags.filter((t) => t.startsWith('B-')).map((t) => t.slice(2))) {
        for (const delta of [-3, -2, -1, 1, 2, 3, 4]) {
          const trial = { ...types, [type]: (types[type] ?? 0) + delta };
          const r = devScore(best.bias, trial);
          if (r.micro.f1 > best.f1 + 1e-9) {
            best = { ...best, f1: r.micro.f1 };
            types[type] = trial[type]!;
          }
        }
      }
    }
    console.error(
      report(
        `shipped tagger, entity bias ${best.bias} + ${JSON.stringify(types)}: dev`,
        devScore(best.bias, types),
      ),
    );
  }
  const bytes = writeBundle(values.out, bundle, compact);
  console.error(
    `${model.featureIndex.size} features; wrote ${values.out} (${(bytes / 1e6).toFixed(2)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

main();
