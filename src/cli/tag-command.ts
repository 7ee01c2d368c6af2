/** `rasd tag --conll [FILE|-]`: the NER tagger over CoNLL tokens. */
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { runTagConll } from './tag.js';

export async function runTag(file: string | undefined, opts: { weights?: string }): Promise<number> {
  let input: NodeJS.ReadableStream = process.stdin;
  if (file && file !== '-') {
    try {
      await access(file);
    } catch {
      process.stderr.write(`rasd: ${file}: cannot read the file\n`);
      return 2;
    }
    input = createReadStream(file);
  }
  await runTagConll(input, process.stdout, { weights: opts.weights });
  return 0;
}
