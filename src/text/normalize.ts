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

/**
 * The folded code of every code point below 0x0700 (-1: dropped): one table lookup per
 * character, since normalisation runs over every word of every article in several stages.
 */
const FOLD_TABLE: Int32Array = (() => {
  const table = new Int32Array(0x0700);
  for (let code = 0; code < table.length; code++) {
    const folded = foldChar(String.fromCharCode(code));
    table[code] = folded === '' ? -1 : folded.charCodeAt(0);
  }
  return table;
})();

/** The normalised matching form of `text` (no offset map). */
export function normalize(text: string): string {
  // Most words need no change: return them as they are, without building a new string.
  let i = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0700 || FOLD_TABLE[code] !== code) break;
  }
  if (i === text.length) return text;
  if (text.length < 64) {
    // Words: string concatenation beats a typed buffer at this size.
    let word = text.slice(0, i);
    for (let k = i; k < text.length; k++) {
      const code = text.charCodeAt(k);
      const folded = code >= 0x0700 ? code : FOLD_TABLE[code]!;
      if (folded >= 0) word += String.fromCharCode(folded);
    }
    return word;
  }
  const out = new Uint16Array(text.length);
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    const folded = code >= 0x0700 ? code : FOLD_TABLE[code]!;
    if (folded >= 0) out[n++] = folded;
  }
  return fromCodes(out, n);
}

/** A string from the first `length` UTF-16 codes, in chunks small enough for any argument limit. */
function fromCodes(codes: Uint16Array, length: number): string {
  const CHUNK = 8192;
  if (length <= CHUNK)
    return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(
      null,
      codes.subarray(i, Math.min(i + CHUNK, length)) as unknown as number[],
    );
  }
  return out;
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
