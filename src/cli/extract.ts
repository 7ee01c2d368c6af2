/** `rasd extract`: records as JSONL, bad inputs reported and skipped, exit code per CONTRACT.md. */
import { extract } from '../extract.js';
import { openJsonlWriter, reportInputError } from './output.js';
import { startProgress } from './progress.js';

export interface ExtractCommandOptions {
  output?: string;
  story: boolean;
  entities: boolean;
  events: boolean;
  tagger: boolean;
  jobs?: number;
}

export async function runExtract(paths: string[], opts: ExtractCommandOptions): Promise<number> {
  const writer = openJsonlWriter(opts.output);
  const progress = startProgress('articles');
  let written = 0;
  let failed = 0;
  try {
    for await (const item of extract(paths, {
      entities: opts.entities,
      events: opts.events,
      quotes: opts.events,
      stories: opts.story,
      tagger: opts.tagger,
      jobs: opts.jobs,
    })) {
      if (!item.ok) {
        failed++;
        reportInputError(item.error);
        continue;
      }
      await writer.write(item.record);
      written++;
      progress.tick(item.record.source.path ?? '-');
    }
  } finally {
    progress.stop();
    await writer.close();
  }
  if (written === 0) {
    if (failed === 0) process.stderr.write('rasd: no article found in the input\n');
    return 2;
  }
  return failed > 0 ? 1 : 0;
}
