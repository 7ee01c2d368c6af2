/** `rasd demo`: the main job on the bundled sample corpus, printed for a person to read. */
import { join } from 'node:path';
import { extract } from '../extract.js';
import { findPackageRoot } from '../paths.js';
import { reportInputError } from './output.js';
import { formatRecord } from './summary.js';

export function samplesDir(): string {
  return join(findPackageRoot(), 'samples');
}

export async function runDemo(opts: { json?: boolean }): Promise<number> {
  let failed = 0;
  let count = 0;
  for await (const item of extract([samplesDir()])) {
    if (!item.ok) {
      failed++;
      reportInputError(item.error);
      continue;
    }
    count++;
    process.stdout.write(opts.json ? JSON.stringify(item.record) + '\n' : formatRecord(item.record) + '\n');
  }
  if (!opts.json) process.stdout.write(`${count} articles read from the sample corpus${failed ? `, ${failed} failed` : ''}\n`);
  return failed ? 1 : 0;
}
