/**
 * A problem with one input, line or document: the reader reports it and goes on.
 * Anything else thrown while reading (a bug, an I/O failure) is reported against the input
 * that was being read at the time.
 */
export class InputError extends Error {
  constructor(
    reason: string,
    /** Where it happened when that is more precise than the input being read (a tar member). */
    readonly path?: string,
    readonly line?: number,
  ) {
    super(reason);
    this.name = 'InputError';
  }
}

/** A readable one-line reason for any error, without stack traces. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}
