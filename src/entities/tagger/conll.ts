/**
 * CoNLL reading, as tools/score.mjs reads it: one token per line, columns split on tabs or
 * spaces, token in the first column, tag in the last; a blank line or a `-DOCSTART-` line ends a
 * sentence.
 */
import { createInterface } from 'node:readline';

export interface TaggedSentence {
  tokens: string[];
  tags: string[];
}

/** One unit of a CoNLL stream: a sentence's tokens, or a `-DOCSTART-` line kept verbatim. */
export type ConllItem = { kind: 'sentence'; tokens: string[] } | { kind: 'docstart'; line: string };

const COLUMN_SEP = /[\t ]+/;

function isDocStart(line: string): boolean {
  return line.startsWith('-DOCSTART-');
}

/** Parses a labelled CoNLL text (training data); a line without a tag column is an error. */
export function parseTaggedConll(text: string, name = 'CoNLL'): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let current: TaggedSentence = { tokens: [], tags: [] };
  const flush = (): void => {
    if (current.tokens.length) sentences.push(current);
    current = { tokens: [], tags: [] };
  };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || isDocStart(line)) {
      flush();
      continue;
    }
    const cols = line.split(COLUMN_SEP);
    if (cols.length < 2)
      throw new Error(`${name}:${i + 1}: expected a token and a tag, got ${JSON.stringify(line)}`);
    current.tokens.push(cols[0]!);
    current.tags.push(cols[cols.length - 1]!);
  }
  flush();
  return sentences;
}

/** Reads an unlabelled CoNLL stream sentence by sentence, so a large file never sits in memory. */
export async function* readConllItems(input: NodeJS.ReadableStream): AsyncGenerator<ConllItem> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let tokens: string[] = [];
  for await (const raw of lines) {
    const line = raw.trim();
    if (line && !isDocStart(line)) {
      tokens.push(line.split(COLUMN_SEP)[0]!);
      continue;
    }
    if (tokens.length) yield { kind: 'sentence', tokens };
    tokens = [];
    if (line) yield { kind: 'docstart', line };
  }
  if (tokens.length) yield { kind: 'sentence', tokens };
}

/** `token<TAB>tag` lines of one sentence followed by the blank line that ends it. */
export function formatTaggedSentence(tokens: readonly string[], tags: readonly string[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) out += `${tokens[i]}\t${tags[i]}\n`;
  return out + '\n';
}
