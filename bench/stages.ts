/**
 * Per-stage timing over the first N articles of a corpus held in memory (a development aid
 * beside `npm run bench`): `node dist/bench/stages.js [corpus] [N]`.
 */
import { readInputs } from '../src/io/read.js';
import { normalize } from '../src/text/normalize.js';
import { tokenize } from '../src/text/index.js';
import { annotate, loadPipeline } from '../src/pipeline.js';
import type { RawArticle } from '../src/types.js';
import { clean } from '../src/clean/index.js';
import { join } from 'node:path';
import { findPackageRoot } from '../src/paths.js';

const corpus =
  process.argv[2] ?? join(findPackageRoot(), '..', 'shared', 'data', 'ant', 'ant-news-2018.tar.gz');
const limit = Number(process.argv[3] ?? 3000);
const articles: RawArticle[] = [];
for await (const item of readInputs([corpus])) {
  if (item.ok) articles.push(item.article);
  if (articles.length >= limit) break;
}
function time(label: string, work: () => void): void {
  const t = process.hrtime.bigint();
  work();
  const ms = Number(process.hrtime.bigint() - t) / 1e6 / articles.length;
  process.stdout.write(`${label.padEnd(28)} ${ms.toFixed(3)} ms/article\n`);
}
time('bare normalise+tokenise', () => {
  for (const a of articles) {
    normalize(a.text);
    tokenize(a.text);
  }
});
time('clean', () => {
  for (const a of articles) clean(a);
});
const only = (opts: Parameters<typeof loadPipeline>[0]) => {
  const res = loadPipeline(opts);
  return () => {
    for (const a of articles) annotate(a, res);
  };
};
const none = { entities: false, events: false, quotes: false, stories: false } as const;
time('clean+hash (no stages)', only(none));
time('+entities no tagger', only({ ...none, entities: true, tagger: false }));
time('+entities with tagger', only({ ...none, entities: true }));
time('+entities(no tagger)+events', only({ ...none, entities: true, tagger: false, events: true }));
time('+entities(no tagger)+quotes', only({ ...none, entities: true, tagger: false, quotes: true }));
time('+stories', only({ ...none, stories: true }));
time('all', only({}));
time('all no tagger', only({ tagger: false }));
