/**
 * Streaming tar (via tar-stream): each regular file is handed out as a byte stream of its own,
 * one at a time, without unpacking to disk.
 */
import tarStream from 'tar-stream';
import { InputError, describeError } from './errors.js';

export interface TarMember {
  /** The member's path inside the archive. */
  name: string;
  size: number;
  /** The member's bytes; whatever is left unread is skipped when the next member is asked for. */
  chunks: AsyncIterable<Buffer>;
}

export interface TarArchive {
  members(): AsyncGenerator<TarMember>;
  /** The failure of the archive itself (truncated, corrupt) or of the bytes feeding it, if any. */
  readonly failure: unknown;
}

const REGULAR = new Set(['file', 'contiguous-file']);

export function openTar(source: AsyncIterable<Buffer>): TarArchive {
  const extract = tarStream.extract();
  let sourceError: unknown = null;
  let extractError: unknown = null;
  let pumping: Promise<void> | null = null;

  // Feeds the source into the extractor while members are read, with back-pressure.
  async function pump(): Promise<void> {
    try {
      for await (const chunk of source) {
        if (extract.destroyed) return;
        if (!extract.write(chunk)) await drained();
      }
      if (!extract.destroyed) extract.end(undefined);
    } catch (err) {
      sourceError = err;
      extract.destroy(err as Error);
    }
  }
  function drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        extract.off('drain', done);
        extract.off('close', done);
        resolve();
      };
      extract.on('drain', done);
      extract.on('close', done);
    });
  }

  async function* members(): AsyncGenerator<TarMember> {
    extract.on('error', (err: unknown) => {
      if (sourceError === null) extractError ??= err;
    });
    pumping = pump();
    try {
      for await (const entry of extract) {
        const header = entry.header;
        const entryChunks = entry[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
        if (REGULAR.has(header.type ?? 'file') && !isHiddenName(header.name)) {
          // Read through next() only: a consumer that stops early must not destroy the entry
          // (that would end the whole archive); the rest is drained below instead.
          const chunks = {
            async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
              for (;;) {
                const r = await entryChunks.next();
                if (r.done) return;
                yield r.value;
              }
            },
          };
          yield { name: header.name, size: header.size ?? 0, chunks };
        }
        for (;;) {
          const r = await entryChunks.next();
          if (r.done) break;
        }
      }
    } catch (err) {
      if (sourceError !== null) throw sourceError;
      throw new InputError(`corrupt or truncated tar: ${describeError(err)}`);
    } finally {
      if (!extract.destroyed) extract.destroy();
      await pumping;
    }
    if (sourceError !== null) throw sourceError;
  }

  return {
    members,
    get failure() {
      return sourceError ?? extractError;
    },
  };
}

/** Dot files (`.DS_Store`, macOS `._x` resource forks) are not articles. */
export function isHiddenName(path: string): boolean {
  const base = path.replace(/\/+$/, '').split('/').pop() ?? '';
  return base.startsWith('.');
}
