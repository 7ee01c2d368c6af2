/**
 * Matching normalisation for Arabic text. The original text is never changed: these functions
 * return a derived string, and `normalizeWithMap` also returns where each derived character
 * came from, so that a match in the normalised view maps back to offsets in the original.
 */

/** Diacritics (harakat, tanwin, shadda, sukun, dagger alef), Quranic marks and tatweel: dropped. */
export function isDroppedMark(code: number): boolean {
  return (
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed) ||
    code === 0x0640 // tatweel
  );
}

/** Folds one character (by code point) to its matching form; returns '' for dropped marks. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (isDroppedMark(code)) return '';
  switch (ch) {
    case 'أ':
    case 'إ':
    case 'آ':
    case 'ٱ':
      return 'ا';
    case 'ى':
    case 'ی': // Persian yeh
      return 'ي';
    case 'ة':
      return 'ه';
    case 'ک': // keheh
      return 'ك';
  }
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  return ch;
}

const FOLD_RE = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640أإآٱىیةک\u0660-\u0669\u06f0-\u06f9A-Z]/g;

/** The normalised matching form of `text` (no offset map). */
export function normalize(text: string): string {
  return text.replace(FOLD_RE, foldChar);
}

export interface NormalizedView {
  /** The normalised text. */
  norm: string;
  /** `toOrig[i]` is the index in the original of `norm[i]`; `toOrig[norm.length]` is the original length. */
  toOrig: Int32Array;
}

/** Normalises `text` and keeps, for every output character, the index of its source character. */
export function normalizeWithMap(text: string): NormalizedView {
  const toOrig = new Int32Array(text.length + 1);
  let out = '';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const folded = foldChar(text[i]!);
    if (folded === '') continue;
    out += folded;
    toOrig[n++] = i;
  }
  toOrig[n] = text.length;
  return { norm: out, toOrig: toOrig.subarray(0, n + 1) };
}

/** Maps a span of the normalised view back to the original text's offsets. */
export function spanToOrig(view: NormalizedView, start: number, end: number): { start: number; end: number } {
  const origStart = view.toOrig[start]!;
  // The end is exclusive: it lies just after the original character of the last normalised one.
  const origEnd = end > start ? view.toOrig[end - 1]! + 1 : origStart;
  return { start: origStart, end: origEnd };
}

/**
 * A looser key for names spelled many ways: also folds hamza carriers (ؤ ئ ء) and drops
 * white space inside, so that transliteration variants meet. Use for lookup keys, not display.
 */
export function looseKey(text: string): string {
  return normalize(text)
    .replace(/[ؤ]/g, 'و')
    .replace(/[ئ]/g, 'ي')
    .replace(/ء/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
