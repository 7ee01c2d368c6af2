/** Test helpers: temp dirs, tar archives built in memory, draining the reader. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import tarStream from 'tar-stream';
import type { RawArticle, ReadError, ReadItem } from '../../src/types.js';
import { readInputs, type ReadOptions } from '../../src/io/read.js';

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'rasd-io-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface TarEntrySpec {
  name: string;
  content?: string | Buffer;
  type?: 'file' | 'directory' | 'symlink';
}

export async function makeTar(entries: TarEntrySpec[]): Promise<Buffer> {
  const pack = tarStream.pack();
  const out: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    pack.on('data', (c: unknown) => out.push(c as Buffer));
    pack.on('end', () => resolve());
    pack.on('error', reject);
  });
  for (const e of entries) {
    if (e.type === 'directory') pack.entry({ name: e.name, type: 'directory' });
    else if (e.type === 'symlink') pack.entry({ name: e.name, type: 'symlink', linkname: 'x' });
    else
      pack.entry(
        { name: e.name },
        typeof e.content === 'string' ? Buffer.from(e.content) : (e.content ?? Buffer.alloc(0)),
      );
  }
  pack.finalize();
  await done;
  return Buffer.concat(out);
}

export interface Collected {
  articles: RawArticle[];
  errors: ReadError[];
  items: ReadItem[];
}

export async function collect(paths: string[], opts?: ReadOptions): Promise<Collected> {
  const items: ReadItem[] = [];
  for await (const item of readInputs(paths, opts)) items.push(item);
  return {
    items,
    articles: items.flatMap((i) => (i.ok ? [i.article] : [])),
    errors: items.flatMap((i) => (i.ok ? [] : [i.error])),
  };
}

/** Standard input carrying these bytes, in chunks of the given size. */
export function stdinOf(bytes: Buffer | string, chunkSize = 7): NodeJS.ReadableStream {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  const chunks: Buffer[] = [];
  for (let i = 0; i < buf.length; i += chunkSize) chunks.push(buf.subarray(i, i + chunkSize));
  return Readable.from(chunks, { objectMode: false });
}
