/**
 * The readers: paths (files, directories, `-` for standard input) in, one RawArticle per article
 * or one ReadError per bad file, line or document out, streaming. Each input is sniffed
 * (gzip → tar → encoding → JSON/JSONL, SGML, HTML, plain text), never trusted by its name.
 */
import { createReadStream } from 'node:fs';
import type { ReadItem } from '../types.js';
import { PeekableBytes } from './bytes.js';
import { composeHtmlText } from './compose.js';
import {
  asciiView,
  decodeUnit,
  detectEncoding,
  utf16ToUtf8,
  type AsciiCompatibleEncoding,
} from './decode.js';
import { InputError, describeError } from './errors.js';
import { gunzip } from './gzip.js';
import { extractHtml } from './html/extract.js';
import { idBaseFromPath } from './ids.js';
import { failed, failedWith, ok, type InputSource } from './items.js';
import { expandPath } from './paths.js';
import { readJsonDocument, readJsonObjects } from './read-json.js';
import { readSgml } from './read-sgml.js';
import { isGzip, isTar, sniffTextFormat } from './sniff.js';
import { openTar } from './tar.js';

export interface ReadOptions {
  /** Standard input, for `-` or no path (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** The largest input read as one article (plain text, HTML, a JSON document); default 64 MiB. */
  maxArticleBytes?: number;
}

/** Enough to sniff the format and the encoding; also the tar header offset (257). */
const HEAD_BYTES = 64 * 1024;
const MAX_NESTING = 8;
const DEFAULT_MAX_ARTICLE_BYTES = 64 * 1024 * 1024;

export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const limits = { maxArticleBytes: opts.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES };
  for (const path of paths.length > 0 ? paths : ['-']) {
    if (path === '-') {
      const stdin = opts.stdin ?? process.stdin;
      yield* readSource({ label: '-', path: null, idBase: 'stdin' }, stdin as AsyncIterable<unknown>, limits);
      continue;
    }
    for await (const entry of expandPath(path)) {
      if ('error' in entry) {
        yield failed(entry.error);
        continue;
      }
      const file = entry.file;
      const source = { label: file, path: file, idBase: idBaseFromPath(file) };
      yield* readSource(source, createReadStream(file, { highWaterMark: HEAD_BYTES }), limits);
    }
  }
}

interface Limits {
  maxArticleBytes: number;
}

/** Reads one top-level input; whatever goes wrong ends this input only. */
async function* readSource(
  source: InputSource,
  bytes: AsyncIterable<unknown>,
  limits: Limits,
): AsyncGenerator<ReadItem> {
  const peekable = new PeekableBytes(bytes);
  try {
    yield* readBytes(source, peekable, 0, limits);
  } catch (err) {
    yield failedWith(source, err);
  } finally {
    await peekable.close();
  }
}

async function* readBytes(
  source: InputSource,
  bytes: PeekableBytes,
  depth: number,
  limits: Limits,
): AsyncGenerator<ReadItem> {
  if (depth > MAX_NESTING) throw new InputError('archives nested too deeply');
  const head = await bytes.peek(HEAD_BYTES);
  if (head.length === 0) throw new InputError('empty file');
  if (isGzip(head)) {
    const inflated = new PeekableBytes(gunzip(bytes.chunks()));
    try {
      if ((await inflated.peek(1)).length === 0) throw new InputError('empty gzip (no content inside)');
      yield* readBytes(source, inflated, depth + 1, limits);
    } finally {
      await inflated.close();
    }
  } else if (isTar(head)) {
    yield* readTar(source, bytes, depth, limits);
  } else {
    yield* readText(source, bytes, head, limits);
  }
}

/** Each regular member is an input of its own; a bad member is reported and the next one read. */
async function* readTar(
  source: InputSource,
  bytes: PeekableBytes,
  depth: number,
  limits: Limits,
): AsyncGenerator<ReadItem> {
  const archive = openTar(bytes.chunks());
  let members = 0;
  for await (const member of archive.members()) {
    members++;
    const label = `${source.label}!${member.name}`;
    const memberSource = { label, path: label, idBase: idBaseFromPath(member.name) };
    const memberBytes = new PeekableBytes(member.chunks);
    try {
      yield* readBytes(memberSource, memberBytes, depth + 1, limits);
    } catch (err) {
      // A broken archive surfaces in the member being read: report it once, for the archive.
      const failure = archive.failure;
      if (failure !== null) {
        throw failure instanceof InputError
          ? failure
          : new InputError(`corrupt or truncated tar: ${describeError(failure)}`);
      }
      yield failedWith(memberSource, err);
    } finally {
      await memberBytes.close();
    }
  }
  if (members === 0) throw new InputError('tar archive without regular files');
}

async function* readText(
  source: InputSource,
  raw: PeekableBytes,
  rawHead: Buffer,
  limits: Limits,
): AsyncGenerator<ReadItem> {
  const guess = detectEncoding(rawHead, raw.ended);
  if (guess.bomLength > 0) raw.skip(guess.bomLength);
  if (guess.encoding === 'utf-16le' || guess.encoding === 'utf-16be') {
    // Re-encoded once as UTF-8 so lines and documents can be cut on ASCII bytes.
    const utf8 = new PeekableBytes(utf16ToUtf8(raw.chunks(), guess.encoding));
    try {
      yield* readDecodable(source, utf8, 'utf-8', limits);
    } finally {
      await utf8.close();
    }
  } else {
    yield* readDecodable(source, raw, guess.encoding, limits);
  }
}

/** Text in an ASCII-compatible encoding, by its sniffed format. */
async function* readDecodable(
  source: InputSource,
  bytes: PeekableBytes,
  encoding: AsciiCompatibleEncoding,
  limits: Limits,
): AsyncGenerator<ReadItem> {
  const head = await bytes.peek(HEAD_BYTES);
  if (head.length === 0) throw new InputError('empty file (only a byte order mark)');
  const format = sniffTextFormat(asciiView(head));
  switch (format) {
    case 'json-object':
      yield* readJsonObjects(source, bytes, encoding, limits.maxArticleBytes);
      return;
    case 'json-array':
      yield* readJsonDocument(source, await bytes.readAll(limits.maxArticleBytes), encoding);
      return;
    case 'sgml':
      yield* readSgml(source, bytes, encoding);
      return;
    case 'html':
      yield readHtml(source, await bytes.readAll(limits.maxArticleBytes), encoding);
      return;
    case 'text':
      yield readPlainText(source, await bytes.readAll(limits.maxArticleBytes), encoding);
      return;
  }
}

function readPlainText(source: InputSource, bytes: Buffer, encoding: AsciiCompatibleEncoding): ReadItem {
  const { text, warnings } = decodeUnit(bytes, encoding);
  if (!text.trim()) throw new InputError('blank file (only white space)');
  return ok({
    id: source.idBase,
    source: { path: source.path, index: 0, line: null, url: null },
    text,
    headline: null,
    meta: { kind: 'text' },
    warnings,
  });
}

function readHtml(source: InputSource, bytes: Buffer, encoding: AsciiCompatibleEncoding): ReadItem {
  const decoded = decodeUnit(bytes, encoding);
  const page = extractHtml(decoded.text);
  const composed = composeHtmlText(page);
  if (!composed) throw new InputError('no readable article in the HTML');
  const warnings = [...decoded.warnings, ...composed.warnings];
  if (/<html[\s>]/i.test(decoded.text) && !/<\/html\s*>/i.test(decoded.text)) {
    warnings.push('the HTML looks truncated (no </html>)');
  }
  return ok({
    id: source.idBase,
    source: { path: source.path, index: 0, line: null, url: page.url },
    text: composed.text,
    headline: composed.headline,
    body: composed.body ?? [],
    meta: { kind: 'html', published: page.published, outlet: page.outlet, url: page.url, lang: page.lang },
    warnings,
  });
}
