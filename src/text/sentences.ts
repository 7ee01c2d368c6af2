/**
 * Sentence splitting, stand-off: spans into the unchanged text, trimmed of white space.
 *
 * A line break always ends a sentence (news paragraphs and headlines often have no final stop).
 * Within a line, . ! ? ؟ ؛ … end a sentence, except inside a quotation or brackets that close
 * on the same line, inside numbers (3.5), after one-letter abbreviations (د. أ. ف. ب.), and
 * inside URLs and Latin abbreviations (U.S., e.g.).
 */
import type { Span } from '../types.js';
import { isArabicLetter, isArabicMark, isDigit, isFormatChar, isLatinLetter, isSpace } from './chars.js';

/** Openers and their closers for quotations and brackets, inside which no sentence ends. */
const CLOSER: ReadonlyMap<number, number> = new Map([
  [0xab, 0xbb], // « »
  [0x201c, 0x201d], // “ ”
  [0x201e, 0x201c], // „ “
  [0x2039, 0x203a], // ‹ ›
  [0x22, 0x22], // " "
  [0x28, 0x29], // ( )
  [0x5b, 0x5d], // [ ]
  [0xfd3e, 0xfd3f], // ﴾ ﴿
]);

/** A quotation longer than this is taken as unbalanced, so one stray quote mark cannot swallow a page. */
const MAX_QUOTE = 3000;

/** Sentence-final punctuation. ؛ is included: Arabic news uses it between full clauses. */
function isTerminal(c: number): boolean {
  return (
    c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x061b || c === 0x06d4 || c === 0x2026
  );
}

/** Closing quotes and brackets that stay with the sentence they close (`.»`, `؟")`). */
function isTrailingCloser(c: number): boolean {
  return (
    c === 0xbb ||
    c === 0x201d ||
    c === 0x22 ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0x2019 ||
    c === 0x203a ||
    c === 0xfd3f ||
    c === 0x27
  );
}

/** Latin abbreviations that end in a period without ending the sentence. */
const LATIN_ABBREV = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'gen',
  'col',
  'lt',
  'sgt',
  'no',
  'vol',
  'p',
  'pp',
  'fig',
  'e.g',
  'i.e',
  'u.s',
  'u.n',
  'u.k',
]);

/** Multi-letter Arabic abbreviations written with a period. */
const ARABIC_ABBREV = new Set(['ص.ب', 'ق.م', 'ت', 'إلخ']);

/** Where the matching closer of the opener at `i` is, within [i, end), or -1. */
function findCloser(text: string, i: number, end: number): number {
  const open = text.charCodeAt(i);
  const close = CLOSER.get(open)!;
  const limit = Math.min(end, i + MAX_QUOTE);
  let depth = 1;
  for (let j = i + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === close) {
      depth--;
      if (depth === 0) return j;
    } else if (c === open && open !== close) depth++;
  }
  return -1;
}

/** True if the period at `i` ends an abbreviation, a number or sits inside a URL/word. */
function isNonFinalPeriod(text: string, i: number, lineStart: number, lineEnd: number): boolean {
  const prev = i > lineStart ? text.charCodeAt(i - 1) : 0;
  const next = i + 1 < lineEnd ? text.charCodeAt(i + 1) : 0;
  if (isDigit(prev) && isDigit(next)) return true; // 3.5
  if (isLatinLetter(next) || (isDigit(next) && isLatinLetter(prev))) return true; // example.com, v1.2
  // The word before the period, letters and inner periods only.
  let j = i;
  while (j > lineStart) {
    const c = text.charCodeAt(j - 1);
    if (isArabicLetter(c) || isArabicMark(c) || isLatinLetter(c) || c === 0x2e) j--;
    else break;
  }
  const word = text.slice(j, i).replace(/[\u064b-\u065f\u0670\u0640]/g, '');
  if (word.length === 0) return false;
  if (ARABIC_ABBREV.has(word)) return true;
  const lower = word.toLowerCase();
  if (LATIN_ABBREV.has(lower)) return true;
  // One letter alone (د. أ. ف. ب. / J. Smith / U.S.) is an initial or abbreviation, not a sentence.
  const last = word.split('.').pop()!;
  return last.length === 1;
}

/** Appends the trimmed span [start, end) to `out` if anything is left. */
function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && (isSpace(text.charCodeAt(start)) || isFormatChar(text.charCodeAt(start)))) start++;
  while (end > start && (isSpace(text.charCodeAt(end - 1)) || isFormatChar(text.charCodeAt(end - 1)))) end--;
  if (end > start) out.push({ start, end });
}

function splitLine(text: string, start: number, end: number, out: Span[]): void {
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (CLOSER.has(c)) {
      const close = findCloser(text, i, end);
      if (close > i) {
        i = close + 1;
        // A quotation that itself ends in a stop («انتهى الأمر.» وغادر) ends the sentence after its closer.
        const before = text.charCodeAt(close - 1);
        if (
          isTerminal(before) &&
          before !== 0x061b &&
          !(before === 0x2e && isNonFinalPeriod(text, close - 1, start, end))
        ) {
          while (i < end && isTrailingCloser(text.charCodeAt(i))) i++;
          const next = i < end ? text.charCodeAt(i) : 0;
          if (i < end && (isSpace(next) || isFormatChar(next))) {
            pushTrimmed(text, sentenceStart, i, out);
            sentenceStart = i;
          }
        }
        continue;
      }
      i++;
      continue;
    }
    if (!isTerminal(c) || (c === 0x2e && isNonFinalPeriod(text, i, start, end))) {
      i++;
      continue;
    }
    // Take the run of terminal marks and the closers that follow them (؟!  ...  .»).
    let j = i + 1;
    while (j < end && isTerminal(text.charCodeAt(j))) j++;
    while (j < end && isTrailingCloser(text.charCodeAt(j))) j++;
    const next = j < end ? text.charCodeAt(j) : 0;
    // A sentence ends before space, the line's end or a glued Arabic word (انتهى.وقال); not before a digit.
    if (j >= end || isSpace(next) || isFormatChar(next) || isArabicLetter(next) || CLOSER.has(next)) {
      pushTrimmed(text, sentenceStart, j, out);
      sentenceStart = j;
    }
    i = j;
  }
  pushTrimmed(text, sentenceStart, end, out);
}

/**
 * Sentences of `text` as trimmed spans, in order. With `regions` (e.g. the headline and body
 * paragraphs), only those parts are split and no sentence crosses a region's edge.
 */
export function splitSentences(text: string, regions?: Span[]): Span[] {
  const out: Span[] = [];
  const parts = regions ?? [{ start: 0, end: text.length }];
  for (const region of parts) {
    const rEnd = Math.min(region.end, text.length);
    let lineStart = Math.max(0, region.start);
    while (lineStart < rEnd) {
      let lineEnd = lineStart;
      while (lineEnd < rEnd) {
        const c = text.charCodeAt(lineEnd);
        if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) break;
        lineEnd++;
      }
      splitLine(text, lineStart, lineEnd, out);
      lineStart = lineEnd + 1;
    }
  }
  return out;
}
