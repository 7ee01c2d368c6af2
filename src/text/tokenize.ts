/**
 * Stand-off tokenizer: tokens point into the unchanged text by UTF-16 offsets, and carry their
 * matching form (`normalize()`), so later stages never re-normalise.
 *
 * One pass over char codes, no regex per character: it runs over whole corpora.
 */
import type { Span } from '../types.js';
import {
  isArabicLetter,
  isArabicMark,
  isDigit,
  isFormatChar,
  isLatinLetter,
  isPunct,
  isSpace,
} from './chars.js';
import { normalize } from './normalize.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'latin' | 'symbol';

export interface Token extends Span {
  /** `text.slice(start, end)`, unchanged. */
  text: string;
  /** The matching form: `normalize(text)` (no diacritics or tatweel, folded alef/yeh/teh marbuta, ASCII digits, lower case). */
  norm: string;
  /**
   * word: Arabic-script letters with their marks (and ZWNJ inside); number: digits with decimal
   * and thousands separators; latin: Latin letters/digits (F-16, al-Qaeda); punct: punctuation
   * (runs like `...` or `؟؟` are one token); symbol: anything else, also URLs and e-mail addresses
   * (one token each) and stray marks with no letter.
   */
  kind: TokenKind;
}

/** Separators allowed inside a number when a digit follows: . , ٫ (decimal) ٬ (thousands). */
function isNumberSeparator(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c;
}

/** Punctuation that forms one token when repeated (`...`, `!!`, `؟؟`, `--`). */
function isRepeatablePunct(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2d;
}

/** Characters a URL or e-mail address may contain. */
function isUrlChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x2d || // -
    c === 0x2e || // .
    c === 0x5f || // _
    c === 0x7e || // ~
    c === 0x3a || // :
    c === 0x2f || // /
    c === 0x3f || // ?
    c === 0x23 || // #
    c === 0x5b ||
    c === 0x5d ||
    c === 0x40 || // @
    c === 0x21 ||
    c === 0x24 ||
    c === 0x26 || // &
    c === 0x27 ||
    c === 0x28 ||
    c === 0x29 ||
    c === 0x2a ||
    c === 0x2b ||
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3d || // =
    c === 0x25 || // %
    isArabicLetter(c) // IRIs with Arabic paths
  );
}

/** Characters a URL should not end with: they are the sentence's punctuation. */
function isUrlTrailingPunct(c: number): boolean {
  return (
    c === 0x2e ||
    c === 0x2c ||
    c === 0x3a ||
    c === 0x3b ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x27 ||
    c === 0x29 ||
    c === 0x5d
  );
}

const URL_START = /^(?:https?:\/\/|ftp:\/\/|www\.)/i;
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

/** If a URL or e-mail address starts at `i`, returns its end; else -1. */
function matchUrlOrEmail(text: string, i: number, to: number): number {
  const head = text.slice(i, Math.min(to, i + 12));
  if (URL_START.test(head)) {
    let j = i;
    while (j < to && isUrlChar(text.charCodeAt(j))) j++;
    while (j > i && isUrlTrailingPunct(text.charCodeAt(j - 1))) j--;
    // An unbalanced closing bracket is the sentence's, but a balanced one (wiki links) is the URL's.
    return j;
  }
  // An address needs an @ before the next space; look a short way only.
  let k = i;
  const limit = Math.min(to, i + 80);
  while (k < limit) {
    const c = text.charCodeAt(k);
    if (c === 0x40) break;
    if (!isUrlChar(c) || c === 0x2f || c === 0x3a) return -1;
    k++;
  }
  if (k >= limit) return -1;
  const m = EMAIL.exec(text.slice(i, Math.min(to, i + 200)));
  return m ? i + m[0].length : -1;
}

/** True if `c` may continue a Latin word after a hyphen or apostrophe inside it. */
function isLatinAlnum(c: number): boolean {
  return isLatinLetter(c) || (c >= 0x30 && c <= 0x39);
}

/** Chars whose presence means `normalize()` would change a word. */
function needsFold(c: number): boolean {
  return (
    isArabicMark(c) ||
    c === 0x0623 || // أ
    c === 0x0625 || // إ
    c === 0x0622 || // آ
    c === 0x0671 || // ٱ
    c === 0x0649 || // ى
    c === 0x06cc || // ی
    c === 0x0629 || // ة
    c === 0x06a9 || // ک
    isFormatChar(c)
  );
}

/**
 * Tokens of `text` between `from` and `to` (default: all of it), in order, with offsets into
 * `text`. White space and invisible format characters between tokens are skipped.
 */
export function tokenize(text: string, from = 0, to: number = text.length): Token[] {
  const tokens: Token[] = [];
  const end = Math.min(to, text.length);
  let i = Math.max(0, from);
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isFormatChar(c)) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let fold = false;
    if (isArabicLetter(c) || isArabicMark(c)) {
      let letters = 0;
      while (i < end) {
        const d = text.charCodeAt(i);
        if (isArabicLetter(d)) {
          letters++;
          if (!fold && needsFold(d)) fold = true;
        } else if (isArabicMark(d)) {
          fold = true;
          // A proclitic set off by tatweel (لـبغداد، بـ«...») is a token of its own: لـ + بغداد.
          if (d === 0x0640 && letters === 1 && i === start + 1 && isProclitic(c)) {
            while (i < end && text.charCodeAt(i) === 0x0640) i++;
            break;
          }
        } else if ((d === 0x200c || d === 0x200d) && i + 1 < end && isArabicLetter(text.charCodeAt(i + 1))) {
          fold = true; // ZWNJ inside a Persian-style word: part of the word
        } else break;
        i++;
      }
      kind = letters > 0 ? 'word' : 'symbol';
      if (kind === 'word') {
        const t = text.slice(start, i);
        tokens.push({ start, end: i, text: t, norm: fold ? stripFormat(normalize(t)) : t, kind });
        continue;
      }
    } else if (isDigit(c)) {
      i++;
      while (i < end) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if (isNumberSeparator(d) && i + 1 < end && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      kind = 'number';
      fold = true;
    } else if (isLatinLetter(c)) {
      const urlEnd = matchUrlOrEmail(text, i, end);
      if (urlEnd > i) {
        i = urlEnd;
        kind = 'symbol';
      } else {
        i++;
        while (i < end) {
          const d = text.charCodeAt(i);
          if (isLatinAlnum(d)) i++;
          else if (
            (d === 0x2d || d === 0x27 || d === 0x2019) &&
            i + 1 < end &&
            isLatinAlnum(text.charCodeAt(i + 1))
          )
            i += 2;
          else break;
        }
        kind = 'latin';
      }
      fold = true;
    } else if (isPunct(c)) {
      i++;
      if (isRepeatablePunct(c)) while (i < end && text.charCodeAt(i) === c) i++;
      kind = 'punct';
    } else {
      // A symbol: one code point (a surrogate pair stays whole).
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
      kind = 'symbol';
    }
    const t = text.slice(start, i);
    tokens.push({ start, end: i, text: t, norm: fold ? normalize(t) : t, kind });
  }
  return tokens;
}

/** One-letter proclitics that news text sets off with tatweel: ل ب ك و ف. */
function isProclitic(c: number): boolean {
  return c === 0x0644 || c === 0x0628 || c === 0x0643 || c === 0x0648 || c === 0x0641;
}

/** Drops ZWNJ/ZWJ from a normalised word (normalize() keeps them). */
function stripFormat(s: string): string {
  return s.indexOf('\u200c') >= 0 || s.indexOf('\u200d') >= 0 ? s.replace(/[\u200c\u200d]/g, '') : s;
}
