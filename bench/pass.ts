/** One benchmark pass in its own process: `bare` (read, normalise, tokenise) or `extract` (the pipeline). */
import { readInputs } from '../src/io/read.js';
import { normalize } from '../src/text/normalize.js';
import { tokenize } from '../src/text/index.js';
import { annotate, loadPipeline } from '../src/pipeline.js';
import type { PassResult } from './bench.js';

async function run(pass: string, corpus: string): Promise<PassResult> {
  const started = process.hrtime.bigint();
  const resources = pass === 'extract' ? loadPipeline() : undefined;
  let articles = 0;
  const annotations = { entities: 0, events: 0, quotes: 0, removed: 0 };
  for await (const item of readInputs([corpus])) {
    if (!item.ok) continue;
    articles++;
    if (resources) {
      const record = annotate(item.article, resources);
      annotations.entities += record.entities.length;
      annotations.events += record.events.length;
      annotations.quotes += record.quotes.length;
      annotations.removed += record.removed.length;
    } else {
      normalize(item.article.text);
      tokenize(item.article.text);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return { pass, articles, seconds, peakRssMb, ...(resources ? { annotations } : {}) };
}

const [pass, corpus] = process.argv.slice(2) as [string, string];
const result = await run(pass, corpus);
process.send?.(result, () => process.exit(0));
