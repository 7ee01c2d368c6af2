/**
 * Unlabelled news for the NER scripts: the <TITLE> and <TEXT> of every <DOC> in a .tar.gz of
 * ANT-style files, exact re-posts read once, cut into sentences of normalised tokens.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createGunzip, gunzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { corpusTokens } from '../src/entities/tagger/word-classes.js';

async function* documents(path: string): AsyncGenerator<string> {
  const extract = tar.extract();
  createReadStream(path).pipe(createGunzip()).pipe(extract);
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    if (entry.header.type !== 'file') continue;
    const file = Buffer.concat(chunks).toString('utf8');
    for (const doc of file.split('</DOC>')) {
      const parts = [...doc.matchAll(/<(TITLE|TEXT)>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!);
      if (parts.length) yield parts.join('\n');
    }
  }
}

/** One array of sentences (token arrays) per distinct document. */
export async function* corpusSentences(path: string): AsyncGenerator<string[][]> {
  const seen = new Set<string>();
  for await (const text of documents(path)) {
    const digest = createHash('sha1').update(text).digest('hex');
    if (seen.has(digest)) continue;
    seen.add(digest);
    const sentences: string[][] = [];
    for (const line of text.split(/\n|(?<=[.!؟?])\s+/)) {
      const tokens = corpusTokens(line);
      if (tokens.length) sentences.push(tokens);
    }
    yield sentences;
  }
}

/** A text file, gunzipped when its name ends in .gz. */
export function readText(path: string): string {
  const raw = readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
}
