/**
 * Edge trimming without a regex over the whole line: the cleaner trims punctuation, symbols and
 * white space off both ends of every line's key, and `/^[…]+|[…]+$/gu` tries a match at every
 * position of the line to do it. These walk in from the ends and look at the edge characters only.
 */
import { isSpace } from '../text/chars.js';

const PUNCT_SYMBOL_SPACE = /^[\p{P}\p{S}\s]$/u;

// Per BMP code unit: 0 not yet known, 1 in [\p{P}\p{S}\s], 2 not. Filled on first sight.
const bmpClass = new Uint8Array(0x10000);

/** Whether code point `cp` is punctuation, a symbol or white space (as the u-flag class says). */
function isPunctSymbolSpace(cp: number): boolean {
  if (cp > 0xffff) return PUNCT_SYMBOL_SPACE.test(String.fromCodePoint(cp));
  let known = bmpClass[cp]!;
  if (known === 0) {
    known = PUNCT_SYMBOL_SPACE.test(String.fromCharCode(cp)) ? 1 : 2;
    bmpClass[cp] = known;
  }
  return known === 1;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** `s.replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '')`: punctuation, symbols and spaces off both ends. */
export function trimPunctuation(s: string): string {
  let start = 0;
  while (start < s.length) {
    const cp = s.codePointAt(start)!;
    if (!isPunctSymbolSpace(cp)) break;
    start += cp > 0xffff ? 2 : 1;
  }
  let end = s.length;
  while (end > start) {
    const c = s.charCodeAt(end - 1);
    // A surrogate pair is one code point, as the u flag reads it.
    const pair = isLowSurrogate(c) && end - 2 >= start && isHighSurrogate(s.charCodeAt(end - 2));
    const cp = pair ? s.codePointAt(end - 2)! : c;
    if (!isPunctSymbolSpace(cp)) break;
    end -= pair ? 2 : 1;
  }
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** `s.replace(/[\s:：.…]+$/u, '')`: white space, colons, full stops and ellipses off the end. */
export function trimTrailingColons(s: string): string {
  let end = s.length;
  for (; end > 0; end--) {
    const c = s.charCodeAt(end - 1);
    if (!(isSpace(c) || c === 0x3a || c === 0xff1a || c === 0x2e || c === 0x2026)) break;
  }
  return end === s.length ? s : s.slice(0, end);
}
