/**
 * Byte streams as async iterables of Buffers: look at the head of an input before deciding
 * how to read it, and cut a stream into units (lines, SGML documents) without ever joining
 * the whole stream into one buffer.
 */
import { InputError } from './errors.js';

export type ByteChunks = AsyncIterable<Buffer>;

export function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), 'utf8');
}

/** An async byte stream whose first bytes can be inspected before it is consumed. */
export class PeekableBytes {
  private readonly buffered: Buffer[] = [];
  private bufferedLength = 0;
  private iterator: AsyncIterator<unknown> | null;
  private done = false;

  constructor(source: AsyncIterable<unknown>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** True once the source has ended (so a peeked head is the whole input). */
  get ended(): boolean {
    return this.done;
  }

  /** At least `n` bytes from the current position, or all that is left. Consumes nothing. */
  async peek(n: number): Promise<Buffer> {
    while (this.bufferedLength < n && !this.done) await this.pull();
    if (this.buffered.length > 1) {
      const joined = Buffer.concat(this.buffered, this.bufferedLength);
      this.buffered.length = 0;
      this.buffered.push(joined);
    }
    return this.buffered[0] ?? Buffer.alloc(0);
  }

  /** Drops `n` bytes (a BOM) from the front; they must have been peeked. */
  skip(n: number): void {
    const head = this.buffered[0];
    if (!head || head.length < n) throw new Error('skip past peeked bytes');
    this.buffered[0] = head.subarray(n);
    this.bufferedLength -= n;
  }

  /** The remaining bytes, peeked ones first. Can be iterated once. */
  async *chunks(): AsyncGenerator<Buffer> {
    try {
      while (this.buffered.length > 0) {
        const chunk = this.buffered.shift()!;
        this.bufferedLength -= chunk.length;
        if (chunk.length > 0) yield chunk;
      }
      while (!this.done) {
        const chunk = await this.pullOne();
        if (chunk && chunk.length > 0) yield chunk;
      }
    } finally {
      await this.close();
    }
  }

  /** Stops reading and releases the source (closes a file) when it was not read to its end. */
  async close(): Promise<void> {
    const iterator = this.iterator;
    this.iterator = null;
    this.done = true;
    this.buffered.length = 0;
    this.bufferedLength = 0;
    await iterator?.return?.();
  }

  /** All remaining bytes as one buffer; an input larger than `limit` is an InputError. */
  async readAll(limit: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let length = 0;
    for await (const chunk of this.chunks()) {
      length += chunk.length;
      if (length > limit) {
        throw new InputError(`too large to read as one article (over ${Math.round(limit / 2 ** 20)} MiB)`);
      }
      parts.push(chunk);
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
  }

  private async pull(): Promise<void> {
    const chunk = await this.pullOne();
    if (chunk && chunk.length > 0) {
      this.buffered.push(chunk);
      this.bufferedLength += chunk.length;
    }
  }

  private async pullOne(): Promise<Buffer | null> {
    if (!this.iterator) return null;
    const next = await this.iterator.next();
    if (next.done) {
      this.done = true;
      this.iterator = null;
      return null;
    }
    return toBuffer(next.value);
  }
}

export interface ByteUnit {
  bytes: Buffer;
  /** 1-based line number of the unit's first byte. */
  line: number;
}

/**
 * Cuts a byte stream after each occurrence of `delimiter` (e.g. "\n" or "</DOC>"); the delimiter
 * stays at the end of its unit. A last unit without a delimiter is yielded too. Works for any
 * ASCII-compatible encoding (UTF-8, Windows-1256). Cost is linear in the input even when a
 * unit spans many chunks.
 */
export async function* splitAfter(chunks: ByteChunks, delimiters: Buffer[]): AsyncGenerator<ByteUnit> {
  const overlap = Math.max(...delimiters.map((d) => d.length)) - 1;
  let held: Buffer[] = [];
  let heldLength = 0;
  let line = 1;

  const emit = (tail: Buffer): ByteUnit => {
    held.push(tail);
    const bytes = held.length === 1 ? held[0]! : Buffer.concat(held, heldLength + tail.length);
    const unit = { bytes, line };
    line += countNewlines(bytes);
    held = [];
    heldLength = 0;
    return unit;
  };

  for await (const chunk of chunks) {
    let start = 0;
    // A delimiter may begin in the held bytes and end in this chunk.
    if (heldLength > 0 && overlap > 0) {
      const tail = tailOf(held, overlap);
      const seam = Buffer.concat([tail, chunk.subarray(0, overlap)]);
      const cut = findCrossing(seam, delimiters, tail.length);
      if (cut !== null) {
        yield emit(chunk.subarray(0, cut));
        start = cut;
      }
    }
    for (;;) {
      const found = findFirst(chunk, delimiters, start);
      if (found === null) break;
      const end = found.index + found.length;
      yield emit(chunk.subarray(start, end));
      start = end;
    }
    if (start < chunk.length) {
      held.push(chunk.subarray(start));
      heldLength += chunk.length - start;
    }
  }
  if (heldLength > 0) yield emit(Buffer.alloc(0));
}

/** Where in the chunk part of `seam` the earliest delimiter crossing `boundary` ends, or null. */
function findCrossing(seam: Buffer, delimiters: Buffer[], boundary: number): number | null {
  let best: number | null = null;
  for (const d of delimiters) {
    for (let i = seam.indexOf(d); i >= 0 && i < boundary; i = seam.indexOf(d, i + 1)) {
      if (i + d.length > boundary) {
        if (best === null || i + d.length - boundary < best) best = i + d.length - boundary;
        break;
      }
    }
  }
  return best;
}

function tailOf(parts: Buffer[], n: number): Buffer {
  const out: Buffer[] = [];
  let need = n;
  for (let i = parts.length - 1; i >= 0 && need > 0; i--) {
    const p = parts[i]!;
    const take = p.subarray(Math.max(0, p.length - need));
    out.unshift(take);
    need -= take.length;
  }
  return out.length === 1 ? out[0]! : Buffer.concat(out);
}

function findFirst(
  buf: Buffer,
  delimiters: Buffer[],
  from: number,
): { index: number; length: number } | null {
  let best: { index: number; length: number } | null = null;
  for (const d of delimiters) {
    const i = buf.indexOf(d, Math.max(0, from));
    if (i >= 0 && (best === null || i < best.index)) best = { index: i, length: d.length };
  }
  return best;
}

export function countNewlines(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}
