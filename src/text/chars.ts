/**
 * Character classes for Arabic-script text, by UTF-16 code unit. Small predicates shared by the
 * tokenizer, sentence splitter and number finder, kept as range tests (no regex) for speed.
 */

/** Arabic-script letters (Arabic, Arabic Supplement, Persian/Urdu additions, presentation forms). */
export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x063a) ||
    (c >= 0x0641 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x066f) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06ee && c <= 0x06ef) ||
    (c >= 0x06fa && c <= 0x06fc) ||
    c === 0x06ff ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08c9) ||
    (c >= 0xfb50 && c <= 0xfdfb) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/** Marks that belong to the preceding letter: harakat, tanwin, shadda, Quranic marks, tatweel. */
export function isArabicMark(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    c === 0x0640 ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    (c >= 0x08ca && c <= 0x08ff)
  );
}

/** ASCII, Arabic-Indic (٠-٩) or Persian (۰-۹) digit. */
export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/** The value 0-9 of a digit of any of the three digit sets, or -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return -1;
}

/** Latin letters, including Latin-1 and Latin Extended-A/B accented letters. */
export function isLatinLetter(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

/** White space, including no-break, thin and other Unicode spaces, and the BOM. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Invisible format characters that may sit inside a word (ZWNJ, ZWJ) or around it (bidi marks). */
export function isFormatChar(c: number): boolean {
  return (
    c === 0x200b ||
    c === 0x200c ||
    c === 0x200d ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

/** Punctuation: Western and Arabic marks, quotes, brackets, dashes. Everything else visible is a symbol. */
export function isPunct(c: number): boolean {
  switch (c) {
    case 0x21: // !
    case 0x22: // "
    case 0x27: // '
    case 0x28: // (
    case 0x29: // )
    case 0x2c: // ,
    case 0x2d: // -
    case 0x2e: // .
    case 0x2f: // /
    case 0x3a: // :
    case 0x3b: // ;
    case 0x3f: // ?
    case 0x5b: // [
    case 0x5d: // ]
    case 0x7b: // {
    case 0x7d: // }
    case 0xab: // «
    case 0xbb: // »
    case 0x060c: // ،
    case 0x061b: // ؛
    case 0x061f: // ؟
    case 0x066a: // ٪ is a symbol in Unicode, but kept with % below
    case 0x066b: // ٫ (alone, outside a number)
    case 0x066c: // ٬
    case 0x06d4: // ۔ Urdu full stop
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013: // –
    case 0x2014: // —
    case 0x2015:
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201a:
    case 0x201b:
    case 0x201c: // “
    case 0x201d: // ”
    case 0x201e: // „
    case 0x201f:
    case 0x2026: // …
    case 0x2039: // ‹
    case 0x203a: // ›
    case 0xfd3e: // ﴾
    case 0xfd3f: // ﴿
    case 0x300c:
    case 0x300d:
      return c !== 0x066a;
  }
  return false;
}
