/**
 * The Arabic text core: stand-off tokens, clitic segmentation, light stems, sentences, numbers.
 * Everything points into the unchanged text by UTF-16 offsets (CONTRACT.md).
 */
export { normalize, normalizeWithMap, spanToOrig, looseKey, foldChar, isDroppedMark } from './normalize.js';
export type { NormalizedView } from './normalize.js';
export { tokenize } from './tokenize.js';
export type { Token, TokenKind } from './tokenize.js';
export { segment, cliticCandidates, lightStem } from './clitics.js';
export type { Segmentation, SegmentOptions } from './clitics.js';
export { splitSentences } from './sentences.js';
export { findNumbers, findNumbersInTokens, parseNumberToken } from './numbers.js';
export type { NumberMention, Approx, NumberKind } from './numbers.js';
export {
  isArabicLetter,
  isArabicMark,
  isDigit,
  digitValue,
  isLatinLetter,
  isSpace,
  isPunct,
  isFormatChar,
} from './chars.js';
