/**
 * `rasd tag --conll`: tags CoNLL tokens sentence by sentence and writes `token<TAB>tag` lines
 * with the input's order and sentence breaks. `-DOCSTART-` lines are passed through (the scorer
 * skips them on both sides), each followed by a blank line, and start a new text for the
 * tagger's memory of names (see entities/tagger/stacking.ts).
 */
import { once } from 'node:events';
import { formatTaggedSentence, readConllItems } from '../entities/tagger/conll.js';
import { loadTagger } from '../entities/tagger/index.js';

async function write(output: NodeJS.WritableStream, chunk: string): Promise<void> {
  // Wait for a full pipe to drain, so that a large input streams in bounded memory.
  if (!output.write(chunk)) await once(output, 'drain');
}

export async function runTagConll(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  opts: { weights?: string },
): Promise<void> {
  // One stream over the input: sentences of a text inform each other; -DOCSTART- starts anew.
  // Tags come out a few sentences late (the memory reads ahead), in the input's order.
  const stream = loadTagger(opts.weights).stream();
  const pending: string[][] = [];
  const flush = async (tagged: string[][]): Promise<void> => {
    for (const tags of tagged) await write(output, formatTaggedSentence(pending.shift()!, tags));
  };
  for await (const item of readConllItems(input)) {
    if (item.kind === 'docstart') {
      await flush(stream.end());
      await write(output, `${item.line}\n\n`);
    } else {
      pending.push(item.tokens);
      await flush(stream.push(item.tokens));
    }
  }
  await flush(stream.end());
}
