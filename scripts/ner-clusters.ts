/**
 * Builds the tagger's word classes from unlabelled news (the ANT corpus tarball by default).
 *
 *   node --import tsx scripts/ner-clusters.ts --corpus ../shared/data/ant/ant-news-2018.tar.gz
 *        --out data/ner/clusters.tsv.gz
 *
 * Reads the <TITLE> and <TEXT> of every <DOC> once (exact re-posts are counted once), and writes
 * `WORD<TAB>ID<TAB>ID…` lines (normalised word, class ids coarse to fine). Deterministic.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import {
  ContextCounter,
  hierarchicalClasses,
  type WordClassOptions,
} from '../src/entities/tagger/word-classes.js';
import { corpusSentences } from './ner-corpus.js';

const OPTIONS: WordClassOptions = {
  minCount: 3,
  maxWords: 80000,
  contextWords: 1500,
  dims: 100,
  branching: [16, 8, 8],
  iterations: 10,
  seed: 7,
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, out: { type: 'string' } } });
  if (!values.corpus || !values.out) {
    console.error('usage: ner-clusters.ts --corpus ANT.tar.gz --out clusters.tsv.gz');
    process.exit(2);
  }
  const started = Date.now();
  const counter = new ContextCounter();
  let docs = 0;
  for await (const sentences of corpusSentences(values.corpus)) {
    docs++;
    for (const tokens of sentences) counter.add(tokens);
  }
  console.error(`${docs} distinct documents read in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const { words, vectors } = counter.vectors(OPTIONS);
  console.error(`${words.length} words embedded at ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const classes = hierarchicalClasses(words, vectors, OPTIONS);
  const lines = [`# word classes from ${values.corpus.split('/').pop()}: ${JSON.stringify(OPTIONS)}`];
  for (const [word, path] of classes) lines.push(`${word}\t${path.join('\t')}`);
  const bytes = gzipSync(lines.join('\n') + '\n', { level: 9 });
  writeFileSync(values.out, bytes);
  console.error(
    `wrote ${values.out} (${(bytes.length / 1e6).toFixed(2)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

await main();
