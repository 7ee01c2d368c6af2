/**
 * What an input is, from its first bytes and characters (CONTRACT.md §1), never from its name.
 */

export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** POSIX and GNU tar both write "ustar" at offset 257 of the first header. */
export function isTar(head: Uint8Array): boolean {
  return (
    head.length >= 262 &&
    head[257] === 0x75 && // u
    head[258] === 0x73 && // s
    head[259] === 0x74 && // t
    head[260] === 0x61 && // a
    head[261] === 0x72 //    r
  );
}

/** The format of decoded text. JSON objects at the start may still turn out to be JSONL. */
export type TextFormat = 'json-object' | 'json-array' | 'sgml' | 'html' | 'text';

/**
 * Sniffs the format from the first characters of an input (BOM already removed). Only ASCII
 * characters matter, so a Latin-1 view of UTF-8 or Windows-1256 bytes serves as well as the
 * decoded text.
 */
export function sniffTextFormat(head: string): TextFormat {
  const first = firstNonBlank(head);
  // A JSON object opens with `{"` or `{}`; text that merely starts with a brace is text.
  if (first === '{' && /^\s*\{\s*("|\}|$)/.test(head)) return 'json-object';
  if (first === '[' && /^\s*\[\s*(\{|\]|$)/.test(head)) return 'json-array';
  if (first !== '<') return 'text';
  const start = head.slice(0, 4096);
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<DOC[\s>]/i.test(start)) return 'sgml';
  if (/<!doctype\s+html|<html[\s>]/i.test(start)) return 'html';
  if (/<DOC[\s>]/.test(head) && /<(DOCNO|TEXT|HEADLINE)>/.test(head)) return 'sgml';
  return isMostlyTags(head) ? 'html' : 'text';
}

function firstNonBlank(s: string): string | null {
  const m = /\S/.exec(s);
  return m ? m[0] : null;
}

/** Markup-heavy text: at least a few HTML-like tags and over a third of the characters inside tags. */
function isMostlyTags(head: string): boolean {
  const sample = head.slice(0, 65536);
  let inside = 0;
  let tags = 0;
  for (const m of sample.matchAll(/<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g)) {
    inside += m[0].length;
    tags++;
  }
  return tags >= 3 && inside / sample.trim().length > 0.33;
}
