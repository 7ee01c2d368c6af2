/**
 * Encodings: detected from the bytes, never from a file name. UTF-8 (with or without BOM),
 * UTF-16 LE/BE (BOM, or a clear pattern of zero bytes), and Windows-1256 for invalid UTF-8
 * whose bytes read as Arabic under that code page. Binary data is refused.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { InputError } from './errors.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';
/** The encodings in which ASCII bytes are ASCII: units can be cut on bytes like "\n". */
export type AsciiCompatibleEncoding = 'utf-8' | 'windows-1256';

export interface EncodingGuess {
  encoding: TextEncoding;
  /** Bytes of byte order mark to drop before decoding. */
  bomLength: number;
}

export interface DecodedText {
  text: string;
  warnings: string[];
}

/**
 * Decides the encoding of an input from its first bytes. `complete` says the head is the whole
 * input (so a multi-byte sequence cut at its end is an error, not a chunk boundary).
 * Throws InputError for binary data.
 */
export function detectEncoding(head: Uint8Array, complete: boolean): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const utf16 = sniffUtf16WithoutBom(head);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  if (head.includes(0)) throw new InputError('binary file (contains NUL bytes)');
  if (controlByteShare(head.subarray(0, SNIFF_BYTES)) > 0.1)
    throw new InputError('binary file (mostly control bytes)');
  if (isUtf8(complete ? head : withoutCutSequence(head))) return { encoding: 'utf-8', bomLength: 0 };
  const invalid = countInvalidUtf8(head, complete);
  if (invalid === 0) return { encoding: 'utf-8', bomLength: 0 };
  if (looksLikeCp1256Arabic(head)) return { encoding: 'windows-1256', bomLength: 0 };
  if (isTolerableInvalid(invalid, head.length)) return { encoding: 'utf-8', bomLength: 0 };
  throw new InputError('not text: invalid UTF-8 that does not read as Windows-1256 Arabic either');
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Decodes one unit (a file, a JSONL line, an SGML document) of an ASCII-compatible input.
 * A UTF-8 unit that turns out invalid is read as Windows-1256 when it looks like Arabic in that
 * code page; a few stray bad bytes become U+FFFD with a warning; more is an InputError.
 */
export function decodeUnit(bytes: Uint8Array, encoding: AsciiCompatibleEncoding): DecodedText {
  if (encoding === 'windows-1256')
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1256'), warnings: [] };
  try {
    return { text: strictUtf8.decode(bytes), warnings: [] };
  } catch {
    // fall through: decide how to read the invalid bytes
  }
  if (looksLikeCp1256Arabic(bytes)) {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1256'), warnings: [] };
  }
  const invalid = countInvalidUtf8(bytes, true);
  if (isTolerableInvalid(invalid, bytes.length)) {
    return {
      text: lenientUtf8.decode(bytes),
      warnings: [`${invalid} invalid UTF-8 byte sequence${invalid === 1 ? '' : 's'} replaced by U+FFFD`],
    };
  }
  throw new InputError(
    `invalid UTF-8 (${invalid} bad byte sequences) that does not read as Windows-1256 Arabic`,
  );
}

/** How much of a head is checked for control bytes. */
const SNIFF_BYTES = 8192;

/**
 * The head as Latin-1, for sniffing the format: in an ASCII-compatible encoding every ASCII
 * character (all that format sniffing looks at: braces, tags, white space) stays where it is,
 * and nothing is decoded twice.
 */
export function asciiView(head: Buffer): string {
  return head.toString('latin1');
}

/** The head without a multi-byte sequence cut off at its end (the rest is in the next chunk). */
function withoutCutSequence(head: Uint8Array): Uint8Array {
  for (let back = 1; back <= 3 && back <= head.length; back++) {
    const b = head[head.length - back]!;
    if (b < 0x80) return head; // ASCII: nothing cut
    if (b >= 0xc0) {
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return length > back ? head.subarray(0, head.length - back) : head;
    }
  }
  return head;
}

/** Re-encodes a UTF-16 byte stream as UTF-8, so the rest of the reader sees one kind of bytes. */
export async function* utf16ToUtf8(
  chunks: AsyncIterable<Buffer>,
  encoding: 'utf-16le' | 'utf-16be',
): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield Buffer.from(text, 'utf8');
  }
  const rest = decoder.decode();
  if (rest) yield Buffer.from(rest, 'utf8');
}

/** A handful of bad sequences in a long text is damage, not a different encoding. */
function isTolerableInvalid(invalid: number, length: number): boolean {
  return invalid <= 1 + Math.floor(length / 1000);
}

/**
 * Counts invalid UTF-8 sequences (each maximal bad subpart once, as the WHATWG decoder
 * replaces them). With `final` false a sequence cut at the end is not counted.
 */
export function countInvalidUtf8(bytes: Uint8Array, final: boolean): number {
  let bad = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      bad++;
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      if (i + j >= n) break;
      const c = bytes[i + j]!;
      const min = j === 1 ? lo : 0x80;
      const max = j === 1 ? hi : 0xbf;
      if (c < min || c > max) break;
    }
    if (j > need) {
      i += need + 1;
    } else if (i + j >= n) {
      if (final) bad++;
      return bad;
    } else {
      bad++;
      i += j;
    }
  }
  return bad;
}

/** For each byte 0x80–0xFF: +1 an Arabic letter or mark in Windows-1256, -1 a Latin letter or symbol, 0 neutral punctuation. */
const CP1256_VOTE: Int8Array = (() => {
  const votes = new Int8Array(256);
  const neutral = new Set([
    '\u00a0',
    '«',
    '»',
    '\u200c',
    '\u200d',
    '\u200e',
    '\u200f',
    '‘',
    '’',
    '“',
    '”',
    '–',
    '—',
    '…',
    '•',
    '×',
    '÷',
  ]);
  for (let b = 0x80; b < 0x100; b++) {
    const ch = iconv.decode(Buffer.from([b]), 'windows-1256');
    const code = ch.codePointAt(0)!;
    if (code >= 0x0600 && code <= 0x06ff) votes[b] = 1;
    else if (neutral.has(ch)) votes[b] = 0;
    else votes[b] = -1;
  }
  return votes;
})();

/** True when the high bytes read overwhelmingly as Arabic letters under Windows-1256. */
export function looksLikeCp1256Arabic(bytes: Uint8Array): boolean {
  let arabic = 0;
  let other = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const vote = CP1256_VOTE[b]!;
    if (vote > 0) arabic++;
    else if (vote < 0) other++;
  }
  return arabic >= 3 && arabic >= 9 * other;
}

/** Share of bytes that are C0 control characters other than white space and ESC. */
function controlByteShare(bytes: Uint8Array): number {
  if (bytes.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1b)
      control++;
  }
  return control / bytes.length;
}

/** UTF-16 without a BOM: zero bytes on one side and nearly every code unit a text character. */
function sniffUtf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (head.length < 4 || !head.includes(0)) return null;
  const units = Math.floor(Math.min(head.length, 4096) / 2);
  let le = 0;
  let be = 0;
  for (let k = 0; k < units; k++) {
    const a = head[2 * k]!;
    const b = head[2 * k + 1]!;
    if (isTextCodeUnit(a | (b << 8))) le++;
    if (isTextCodeUnit((a << 8) | b)) be++;
  }
  if (le >= 0.95 * units && le > be) return 'utf-16le';
  if (be >= 0.95 * units && be > le) return 'utf-16be';
  return null;
}

function isTextCodeUnit(u: number): boolean {
  return (
    u === 0x09 ||
    u === 0x0a ||
    u === 0x0d ||
    (u >= 0x20 && u <= 0x7e) ||
    (u >= 0xa0 && u <= 0x24f) ||
    (u >= 0x600 && u <= 0x6ff) ||
    (u >= 0x2000 && u <= 0x206f) ||
    (u >= 0xfb50 && u <= 0xfeff)
  );
}
