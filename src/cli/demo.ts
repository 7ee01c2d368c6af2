/**
 * `rasd demo`: the main job on the bundled sample corpus — ingest it into the store, then print
 * its stories with their merged events, sources and summaries.
 */
import { join } from 'node:path';
import { findPackageRoot } from '../paths.js';
import { openStore } from '../store/sqlite.js';
import { runIngest } from './store-commands.js';
import { formatStory } from './store-format.js';

export function samplesDir(): string {
  return join(findPackageRoot(), 'samples');
}

export async function runDemo(opts: { db: string; json?: boolean }): Promise<number> {
  const code = await runIngest([samplesDir()], { db: opts.db, json: false });
  if (code === 2) return code;
  const store = openStore(opts.db);
  try {
    const stories = store.stories({ limit: 1000 }).map((row) => store.story(row.id)!);
    if (opts.json) process.stdout.write(JSON.stringify(stories, null, 2) + '\n');
    else {
      process.stdout.write(`\n${stories.length} stories in ${opts.db}:\n\n`);
      for (const story of stories) process.stdout.write(formatStory(story) + '\n');
    }
  } finally {
    store.close();
  }
  return code;
}
