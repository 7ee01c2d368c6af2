/**
 * JSON inputs as streams: JSONL line by line (a broken line is an error of its own), or one
 * JSON document (object, array, wrapper) read whole.
 */
import { splitAfter, type ByteUnit, type PeekableBytes } from './bytes.js';
import { decodeUnit, type AsciiCompatibleEncoding } from './decode.js';
import { InputError, describeError } from './errors.js';
import { failed, ok, reasonOf, type InputSource } from './items.js';
import { articleFromJson, isJsonObject, jsonDocumentItems, parseJson, type JsonPlace } from './json.js';
import type { ReadItem } from '../types.js';

const NEWLINE = [Buffer.from('\n')];

/**
 * An input starting with `{`: JSONL when its first line is an object and another line follows
 * (or its first line is broken but the second is an object); otherwise one JSON document,
 * possibly spread over many lines.
 */
export async function* readJsonObjects(
  source: InputSource,
  bytes: PeekableBytes,
  encoding: AsciiCompatibleEncoding,
  maxBytes: number,
): AsyncGenerator<ReadItem> {
  const lines = splitAfter(bytes.chunks(), NEWLINE)[Symbol.asyncIterator]();
  const lookahead: ByteUnit[] = [];
  const nonBlank: ByteUnit[] = [];
  while (nonBlank.length < 2) {
    const next = await lines.next();
    if (next.done) break;
    lookahead.push(next.value);
    if (!isBlankLine(next.value.bytes)) nonBlank.push(next.value);
  }
  const [first, second] = nonBlank;
  const isObjectLine = (unit: ByteUnit | undefined): boolean => {
    if (!unit) return false;
    try {
      return isJsonObject(JSON.parse(decodeUnit(unit.bytes, encoding).text));
    } catch {
      return false;
    }
  };
  const jsonl = second !== undefined && (isObjectLine(first) || isObjectLine(second));
  if (jsonl) {
    yield* readJsonLines(source, prepend(lookahead, lines), encoding);
    return;
  }
  // One document: gather its lines back into one buffer.
  const parts = lookahead.map((u) => u.bytes);
  let length = parts.reduce((n, p) => n + p.length, 0);
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    parts.push(next.value.bytes);
    length += next.value.bytes.length;
    if (length > maxBytes) {
      throw new InputError(
        `too large to read as one JSON document (over ${Math.round(maxBytes / 2 ** 20)} MiB)`,
      );
    }
  }
  yield* readJsonDocument(source, Buffer.concat(parts, length), encoding);
}

async function* prepend<T>(first: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  try {
    yield* first;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  } finally {
    await rest.return?.();
  }
}

function isBlankLine(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}

/** One article per line; a broken line is a ReadError with its line number, and reading goes on. */
async function* readJsonLines(
  source: InputSource,
  lines: AsyncIterable<ByteUnit>,
  encoding: AsciiCompatibleEncoding,
): AsyncGenerator<ReadItem> {
  let index = 0;
  for await (const unit of lines) {
    if (isBlankLine(unit.bytes)) continue;
    const place: JsonPlace = {
      kind: 'jsonl',
      path: source.path,
      idBase: source.idBase,
      ordinal: unit.line - 1,
      index: index++,
      line: unit.line,
    };
    try {
      const decoded = decodeUnit(unit.bytes, encoding);
      let value: unknown;
      try {
        value = JSON.parse(decoded.text);
      } catch (err) {
        throw new InputError(`invalid JSON: ${describeError(err)}`);
      }
      if (!isJsonObject(value)) throw new InputError('not a JSON object');
      const article = articleFromJson(value, place);
      article.warnings.unshift(...decoded.warnings);
      yield ok(article);
    } catch (err) {
      yield failed({ path: source.label, line: unit.line, reason: reasonOf(err) });
    }
  }
}

/** A JSON document: one article per object (an array, an object, or a wrapper of one list). */
export function* readJsonDocument(
  source: InputSource,
  bytes: Buffer,
  encoding: AsciiCompatibleEncoding,
): Generator<ReadItem> {
  const decoded = decodeUnit(bytes, encoding);
  const items = jsonDocumentItems(parseJson(decoded.text));
  if (items.length === 0) throw new InputError('no articles (empty JSON array)');
  for (const [i, item] of items.entries()) {
    try {
      if (!isJsonObject(item)) throw new InputError('not a JSON object');
      const place: JsonPlace = {
        kind: 'json',
        path: source.path,
        idBase: source.idBase,
        ordinal: i,
        index: i,
        line: null,
      };
      const article = articleFromJson(item, place);
      article.warnings.unshift(...decoded.warnings);
      yield ok(article);
    } catch (err) {
      const where = items.length > 1 ? `item ${i}: ` : '';
      yield failed({ path: source.label, reason: where + reasonOf(err) });
    }
  }
}
