/**
 * What the readers yield: articles and errors as values, with the input they came from.
 */
import type { RawArticle, ReadError, ReadItem } from '../types.js';
import { InputError, describeError } from './errors.js';

/** One input being read: its name in errors, its `source.path`, and the base of its ids. */
export interface InputSource {
  label: string;
  path: string | null;
  idBase: string;
}

export function ok(article: RawArticle): ReadItem {
  article.id = detached(article.id);
  article.source.url = article.source.url === null ? null : detached(article.source.url);
  const meta = article.meta;
  for (const key of ['published', 'outlet', 'url', 'dateline', 'lang'] as const) {
    const value = meta[key];
    if (typeof value === 'string') meta[key] = detached(value);
  }
  return { ok: true, article };
}

/**
 * A copy of a short string cut from a large one (an id or a date from an SGML document or an
 * HTML page). V8 keeps such substrings as views of the whole source, so a consumer that keeps
 * only ids would otherwise keep every document in memory.
 */
function detached(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}

export function failed(error: ReadError): ReadItem {
  return { ok: false, error };
}

/** An error while reading `source`: an InputError keeps its own path and line when it has them. */
export function failedWith(source: InputSource, err: unknown): ReadItem {
  if (err instanceof InputError) {
    return failed({
      path: err.path ?? source.label,
      ...(err.line !== undefined ? { line: err.line } : {}),
      reason: err.message,
    });
  }
  return failed({ path: source.label, reason: reasonOf(err) });
}

/** A one-line reason for stderr: file-system codes in words, other errors by their message. */
export function reasonOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return describeError(err);
}
