/** Streaming JSONL output that respects back-pressure, to stdout or a file. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export interface TextWriter {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export interface JsonlWriter {
  write(value: unknown): Promise<void>;
  close(): Promise<void>;
}

/** Text to a file or standard output (`-` or none), waiting when the reader is slower. */
export function openTextWriter(path: string | undefined): TextWriter {
  const stream: Writable = path && path !== '-' ? createWriteStream(path) : process.stdout;
  return {
    async write(text) {
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async close() {
      if (stream === process.stdout) return;
      stream.end();
      await once(stream, 'finish');
    },
  };
}

export function openJsonlWriter(path: string | undefined): JsonlWriter {
  const writer = openTextWriter(path);
  return { write: (value) => writer.write(JSON.stringify(value) + '\n'), close: () => writer.close() };
}

/** Reports a bad input the way CONTRACT.md fixes: `rasd: PATH[:LINE]: reason`. */
export function reportInputError(error: { path: string; line?: number; reason: string }): void {
  const where = error.line !== undefined ? `${error.path}:${error.line}` : error.path;
  process.stderr.write(`rasd: ${where}: ${error.reason}\n`);
}
