/**
 * Streaming gunzip. A failure of the gzip data itself (truncated, corrupt) becomes an
 * InputError; a failure of the bytes feeding it is passed on unchanged.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { InputError, describeError } from './errors.js';

export async function* gunzip(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let sourceError: unknown = null;
  async function* tracked(): AsyncGenerator<Buffer> {
    try {
      yield* source;
    } catch (err) {
      sourceError = err;
      throw err;
    }
  }
  const inflate = createGunzip();
  const done = pipeline(Readable.from(tracked(), { objectMode: false }), inflate).catch(() => {
    // Reported through the iteration below.
  });
  try {
    for await (const chunk of inflate) yield chunk as Buffer;
  } catch (err) {
    if (sourceError !== null) throw sourceError;
    const truncated =
      (err as NodeJS.ErrnoException).code === 'Z_BUF_ERROR' || /unexpected end/i.test(describeError(err));
    throw new InputError(truncated ? 'truncated gzip data' : `corrupt gzip data: ${describeError(err)}`);
  } finally {
    inflate.destroy();
    await done;
  }
}
