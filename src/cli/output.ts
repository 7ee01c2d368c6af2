/** Streaming JSONL output that respects back-pressure, to stdout or a file. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export interface JsonlWriter {
  write(value: unknown): Promise<void>;
  close(): Promise<void>;
}

export function openJsonlWriter(path: string | undefined): JsonlWriter {
  const stream: Writable = path && path !== '-' ? createWriteStream(path) : process.stdout;
  return {
    async write(value) {
      if (!stream.write(JSON.stringify(value) + '\n')) await once(stream, 'drain');
    },
    async close() {
      if (stream === process.stdout) return;
      stream.end();
      await once(stream, 'finish');
    },
  };
}

/** Reports a bad input the way CONTRACT.md fixes: `rasd: PATH[:LINE]: reason`. */
export function reportInputError(error: { path: string; line?: number; reason: string }): void {
  const where = error.line !== undefined ? `${error.path}:${error.line}` : error.path;
  process.stderr.write(`rasd: ${where}: ${error.reason}\n`);
}
