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
  // One session over the stream: sentences of a text inform each other; -DOCSTART- starts anew.
  const session = loadTagger(opts.weights).session();
  for await (const item of readConllItems(input)) {
    if (item.kind === 'docstart') {
      session.reset();
      await write(output, `${item.line}\n\n`);
    } else await write(output, formatTaggedSentence(item.tokens, session.tag(item.tokens)));
  }
}
