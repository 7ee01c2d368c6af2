/**
 * The token view the entity stage matches over: the word, Latin and number tokens of a region
 * (src/text/tokenize), each with a lookup key and whether it may continue a name begun by the
 * token before it. Punctuation is not a token here, it only breaks names.
 */
import type { Span } from '../types.js';
import { tokenize, type Token } from '../text/tokenize.js';

export interface NameToken {
  start: number;
  end: number;
  /** The raw text, unchanged. */
  text: string;
  /** The tokenizer's normalised form. */
  norm: string;
  /** The lookup key: `norm` with hamza carriers folded (see `nameKey`). */
  key: string;
  /** True when only white space on one line, or a joiner (# _ - . between letters), separates it from the previous token. */
  joinsPrev: boolean;
  kind: Token['kind'];
}

/**
 * The lookup key of a normalised word: hamza carriers folded (ؤ→و, ئ→ي, ء dropped) so that
 * spellings of one transliterated name meet (رئيس/رييس is never a name issue, but
 * ميليشيا/ميليشيات and نائب/نايب keys stay apart from other words either way).
 */
export function nameKey(norm: string): string {
  if (norm.indexOf('ؤ') < 0 && norm.indexOf('ئ') < 0 && norm.indexOf('ء') < 0) return norm;
  return norm.replace(/ؤ/g, 'و').replace(/ئ/g, 'ي').replace(/ء/g, '');
}

/** Symbols that join parts of one name in social-media style text: #ماكرون, المخابرات_الفرنسية, بي.اف.ام */
function isJoinerToken(t: Token): boolean {
  return t.text === '#' || t.text === '_' || t.text === '-' || t.text === '.' || t.text === '\u2010';
}

/** The name tokens of `text` within `region` (from its tokens, when the caller has them already). */
export function nameTokens(
  text: string,
  region: Span,
  tokens: readonly Token[] = tokenize(text, region.start, region.end),
): NameToken[] {
  const out: NameToken[] = [];
  let joinable = false; // can the next content token continue the previous one?
  let prevEnd = -1;
  for (const t of tokens) {
    if (t.kind === 'word' || t.kind === 'latin' || t.kind === 'number') {
      if (t.text === '_') {
        continue;
      }
      let joins = false;
      // Nearly every gap is one space (or none), which joins: no slice or regex for those.
      if (joinable && (t.start === prevEnd || (t.start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32)))
        joins = true;
      else if (prevEnd >= 0 && joinable) {
        const gap = text.slice(prevEnd, t.start);
        joins =
          gap.indexOf('\n') < 0 &&
          gap.indexOf('\r') < 0 &&
          /^[\s#_\-.\u2010\u200c-\u200f]*$/.test(gap) &&
          !/\s\.|\.\s/.test(gap);
      }
      out.push({
        start: t.start,
        end: t.end,
        text: t.text,
        norm: t.norm,
        key: nameKey(t.norm),
        joinsPrev: joins,
        kind: t.kind,
      });
      joinable = true;
      prevEnd = t.end;
    } else if (!isJoinerToken(t)) {
      joinable = false;
    }
  }
  return out;
}

/** One way to read the start of a token: the stem after `cut` proclitic letters. */
export interface Reading {
  stem: string;
  /** Normalised letters dropped from the front (the proclitics). */
  cut: number;
}

const CONJ = 'وف';
const PREP = 'بلك';

/** Whether `key` may have readings other than itself: it opens with a proclitic letter. */
export function mayHaveProclitic(key: string): boolean {
  const c = key.charCodeAt(0);
  return c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || c === 0x0643; // و ف ب ل ك
}

/**
 * The readings of a token that may carry one-letter proclitics (و ف then ب ل ك): itself, and
 * each stripped form that keeps at least two letters. لل+stem reads as ل + ال+stem (the alef of
 * the article drops after ل), so للحرس → الحرس with one letter cut, as the guidelines' spans do.
 */
export function readings(key: string): Reading[] {
  const out: Reading[] = [{ stem: key, cut: 0 }];
  const bases: Reading[] = [{ stem: key, cut: 0 }];
  if (key.length >= 3 && CONJ.includes(key[0]!)) {
    const r = { stem: key.slice(1), cut: 1 };
    out.push(r);
    bases.push(r);
  }
  for (const b of bases) {
    const s = b.stem;
    if (s.length < 3 || !PREP.includes(s[0]!)) continue;
    if (s[0] === 'ل' && s[1] === 'ل' && s.length >= 4) out.push({ stem: 'ا' + s.slice(1), cut: b.cut + 1 });
    else out.push({ stem: s.slice(1), cut: b.cut + 1 });
  }
  return out;
}

/** The original offset after `cut` normalised letters of the token (marks and tatweel are skipped). */
export function offsetAfter(tok: NameToken, cut: number): number {
  if (cut === 0) return tok.start;
  let seen = 0;
  for (let i = 0; i < tok.text.length; i++) {
    const c = tok.text.charCodeAt(i);
    const dropped =
      (c >= 0x0610 && c <= 0x061a) ||
      (c >= 0x064b && c <= 0x065f) ||
      c === 0x0670 ||
      c === 0x0640 ||
      (c >= 0x06d6 && c <= 0x06ed);
    if (dropped) continue;
    if (seen === cut) return tok.start + i;
    seen++;
  }
  return tok.end;
}
