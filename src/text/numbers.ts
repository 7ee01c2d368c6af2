/**
 * Number mentions, stand-off: digits (Western, Arabic-Indic, Persian, with separators) and
 * number words in all genders and cases, with word multipliers (4 آلاف، 2.5 مليون، نصف مليون),
 * approximators (أكثر من، نحو، حوالى، قرابة، ما لا يقل عن …), the counted noun after the number
 * (أكثر من 85 هدفا، سبع منشآت) and lone duals that imply two (جنديين، طائرتين).
 *
 * Works over tokens (tokenize), so offsets are always token edges in the unchanged text.
 */
import type { Span } from '../types.js';
import { digitValue } from './chars.js';
import {
  APPROXIMATORS,
  DUAL_NOUNS,
  FRACTIONS,
  HUNDRED_WORDS,
  HUNDREDS,
  MONTHS,
  NOT_NOUNS,
  ORDINALS,
  SCALES,
  TEEN_HEADS,
  TEEN_TENS,
  TENS,
  UNITS,
  UNITS_AFTER,
  VAGUE,
  YEAR_CUES,
} from './number-words.js';
import type { ScaleWord } from './number-words.js';
import { segment } from './clitics.js';
import { tokenize } from './tokenize.js';
import type { Token } from './tokenize.js';

export type Approx = 'exact' | 'more_than' | 'less_than' | 'about' | null;

/** What the number is: a count of something, or a year, a day of a date, a percentage, money, a measure. */
export type NumberKind = 'count' | 'year' | 'date' | 'percent' | 'money' | 'measure';

export interface NumberMention extends Span {
  /** start/end cover the whole phrase: approximator, number, multiplier, noun or unit. */
  value: number;
  /** The approximator's sense; 'exact' when the number stands unqualified. Vague plurals (عشرات، آلاف) give 'more_than', بضعة 'about'. */
  approx: Approx;
  /** The number itself (digits or words with multipliers), without approximator, noun or unit. */
  number: Span;
  /** The counted noun: right after the number (ثلاثة جنود، 85 هدفا), before واحد/اثنان (جندي واحد), or the dual itself (جنديين). */
  noun?: { start: number; end: number; text: string };
  /** Canonical unit: 'percent', a currency ('USD', 'EUR', 'dinar' …) or a measure ('km', 't' …). */
  unit?: string;
  kind: NumberKind;
}

/**
 * The value of one digit token: "1,250.75", "٣٫٥", "۱۲۳", "1.000.000". Returns null if `s` is
 * not digits with separators. A single "," before exactly three digits is a thousands separator
 * (1,250); otherwise a lone "," or "." is the decimal point (2,5 and 2.5 both give 2.5).
 */
export function parseNumberToken(s: string): number | null {
  let digits = '';
  const seps: string[] = [];
  const groups: number[] = [];
  let groupLen = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = digitValue(c);
    if (d >= 0) {
      digits += String(d);
      groupLen++;
      continue;
    }
    if (c === 0x2c || c === 0x2e || c === 0x066b || c === 0x066c) {
      if (groupLen === 0) return null;
      seps.push(s[i]!);
      groups.push(groupLen);
      groupLen = 0;
      digits += '|';
      continue;
    }
    return null;
  }
  if (groupLen === 0) return null;
  groups.push(groupLen);
  if (seps.length === 0) return Number(digits);
  const parts = digits.split('|');
  // Decide which separator is the decimal point, if any.
  let decimalIndex: number;
  const last = seps[seps.length - 1]!;
  const distinct = new Set(seps);
  if (last === '٫') decimalIndex = seps.length - 1;
  else if (last === '٬') decimalIndex = -1;
  else if (distinct.size > 1)
    decimalIndex = seps.length - 1; // 1,250.75 / 1.250,75
  else if (seps.length > 1)
    decimalIndex = -1; // 1,000,000 / 1.000.000
  else if (last === ',' && groups[1] === 3)
    decimalIndex = -1; // 1,250
  else decimalIndex = 0; // 2.5 / 2,5
  const intPart = decimalIndex >= 0 ? parts.slice(0, decimalIndex + 1).join('') : parts.join('');
  const frac = decimalIndex >= 0 ? parts.slice(decimalIndex + 1).join('') : '';
  return Number(frac ? `${intPart}.${frac}` : intPart);
}

type WordClass =
  | { cls: 'unit'; value: number }
  | { cls: 'teenHead'; value: number }
  | { cls: 'tens'; value: number }
  | { cls: 'hundreds'; value: number; bare: boolean }
  | { cls: 'scale'; scale: ScaleWord }
  | { cls: 'vague'; value: number; approx: 'more_than' | 'about' }
  | { cls: 'fraction'; value: number };

interface NumberWord {
  info: WordClass;
  /** Letters of proclitics before the number word (و، ب، ال …), to place the number span after them. */
  prefixLen: number;
  waw: boolean;
  article: boolean;
}

// Every word classify knows, in one set: most words are none of them, and one lookup says so
// instead of seven.
const NUMBER_WORDS: ReadonlySet<string> = new Set<string>([
  ...UNITS.keys(),
  ...TEEN_HEADS.keys(),
  ...TENS.keys(),
  ...HUNDREDS.keys(),
  ...SCALES.keys(),
  ...VAGUE.keys(),
  ...FRACTIONS.keys(),
]);

function classify(norm: string): WordClass | null {
  if (!NUMBER_WORDS.has(norm)) return null;
  const u = UNITS.get(norm);
  if (u !== undefined) return { cls: 'unit', value: u };
  const th = TEEN_HEADS.get(norm);
  if (th !== undefined) return { cls: 'teenHead', value: th };
  const t = TENS.get(norm);
  if (t !== undefined) return { cls: 'tens', value: t };
  const h = HUNDREDS.get(norm);
  if (h !== undefined) return { cls: 'hundreds', value: h, bare: HUNDRED_WORDS.has(norm) };
  const s = SCALES.get(norm);
  if (s !== undefined) return { cls: 'scale', scale: s };
  const v = VAGUE.get(norm);
  if (v !== undefined) return { cls: 'vague', value: v.value, approx: v.approx };
  const f = FRACTIONS.get(norm);
  if (f !== undefined) return { cls: 'fraction', value: f };
  return null;
}

/** A number word, possibly behind proclitics (وعشرون، بثلاثة، الآلاف، بالمئات). */
function numberWord(norm: string): NumberWord | null {
  const direct = classify(norm);
  if (direct) return { info: direct, prefixLen: 0, waw: false, article: false };
  let w = norm;
  let prefixLen = 0;
  let waw = false;
  if (w.length > 2 && 'وفبلك'.includes(w[0]!)) {
    const inner = classify(w.slice(1));
    if (inner) return { info: inner, prefixLen: 1, waw: w[0] === 'و', article: false };
    waw = w[0] === 'و';
    w = w.slice(1);
    prefixLen = 1;
    if (w.length > 2 && 'بل'.includes(w[0]!) && !w.startsWith('ال')) {
      const inner2 = classify(w.slice(1));
      if (inner2) return { info: inner2, prefixLen: 2, waw, article: false };
    }
  }
  // The article: only vague plurals and plural scales take it and still count (العشرات، الآلاف).
  const art = w.startsWith('ال')
    ? 2
    : w.startsWith('ل') && prefixLen > 0 && norm[prefixLen - 1] === 'ل'
      ? 1
      : 0;
  if (art > 0) {
    const inner = classify(w.slice(art));
    if (inner && (inner.cls === 'vague' || (inner.cls === 'scale' && inner.scale.form === 'plural'))) {
      return { info: inner, prefixLen: prefixLen + art, waw, article: true };
    }
  }
  return null;
}

/** Offset in `text` after the first `letters` Arabic letters of token `t` (skipping their marks). */
function afterLetters(t: Token, letters: number): number {
  if (letters === 0) return t.start;
  let seen = 0;
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    const isMark = (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;
    if (isMark) continue;
    if (seen === letters) return t.start + i;
    seen++;
  }
  return t.end;
}

interface Phrase {
  value: number;
  /** Token index after the phrase. */
  next: number;
  vague: 'more_than' | 'about' | null;
  /** Tokens read as words only (no digits): decides noun-before for واحد/اثنان. */
  wordsOnly: boolean;
  /** The phrase ended on a vague or plural scale word, which takes a definite noun (آلاف الجنود). */
  takesDefinite: boolean;
  numberStart: number;
  digits: boolean;
}

/** Reads the number phrase starting at token `i`, or null. */
function readPhrase(tokens: Token[], i: number): Phrase | null {
  const first = tokens[i]!;
  let total = 0;
  let current = 0;
  let lastScale = 0;
  let last: string;
  let vague: 'more_than' | 'about' | null = null;
  let takesDefinite = false;
  let numberStart = first.start;
  let digits = false;

  if (first.kind === 'number') {
    const v = parseNumberToken(first.text);
    if (v === null) return null;
    current = v;
    last = 'digits';
    digits = true;
  } else if (first.kind === 'word') {
    const w = numberWord(first.norm);
    if (!w) return null;
    numberStart = afterLetters(first, w.prefixLen);
    const info = w.info;
    switch (info.cls) {
      case 'unit':
      case 'tens':
      case 'hundreds':
        current = info.value;
        break;
      case 'teenHead': {
        const n = tokens[i + 1];
        if (!n || n.kind !== 'word' || !TEEN_TENS.has(n.norm)) return null;
        current = info.value;
        break;
      }
      case 'scale':
        if (info.scale.form === 'dual') total = 2 * info.scale.scale;
        else total = info.scale.scale;
        if (info.scale.form === 'plural') {
          vague = 'more_than';
          takesDefinite = true;
        }
        lastScale = info.scale.scale;
        break;
      case 'vague':
        current = info.value;
        vague = info.approx;
        takesDefinite = info.approx === 'more_than';
        break;
      case 'fraction': {
        const n = tokens[i + 1];
        const nw = n && n.kind === 'word' ? numberWord(n.norm) : null;
        if (!nw || nw.waw || nw.info.cls !== 'scale' || nw.info.scale.form !== 'singular') return null;
        current = info.value;
        break;
      }
      default:
        return null;
    }
    last = info.cls;
  } else return null;

  let j = i + 1;
  for (; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    if (last === 'teenHead' || ((last === 'unit' || last === 'digits') && current < 10)) {
      if (TEEN_TENS.has(t.norm) && last !== 'digits') {
        current += 10;
        last = 'teen';
        continue;
      }
    }
    const w = numberWord(t.norm);
    if (!w) break;
    const info = w.info;
    if (!w.waw) {
      if (info.cls === 'hundreds' && info.bare && last === 'unit' && current >= 1 && current <= 9) {
        current *= 100; // ثلاث مئة
        last = 'hundreds';
        continue;
      }
      if (info.cls === 'scale') {
        const { scale, form } = info.scale;
        if (form === 'dual') break;
        if (form === 'plural' && !(last === 'digits' || last === 'vague' || (current >= 3 && current <= 10)))
          break;
        if (w.article && last !== 'vague') break;
        if (current === 0 && total > 0 && scale > lastScale) {
          total *= scale;
        } else {
          total += (current === 0 ? 1 : current) * scale;
        }
        current = 0;
        lastScale = scale;
        last = 'scale';
        takesDefinite = vague !== null;
        continue;
      }
      break;
    }
    // و-joined parts: units before tens (خمسة وعشرون), smaller parts after larger ones (ألف وخمسمائة).
    if (info.cls === 'tens' && (last === 'unit' || last === 'teenHead') && current % 100 < 10) {
      current += info.value;
      last = 'tens';
      continue;
    }
    if ((info.cls === 'unit' || info.cls === 'tens' || info.cls === 'hundreds') && !vague) {
      if (last === 'scale' && info.value < lastScale) {
        current = info.value;
        last = info.cls;
        continue;
      }
      if (last === 'hundreds' && current % 100 === 0 && info.value < 100) {
        current += info.value;
        last = info.cls;
        continue;
      }
    }
    if (
      info.cls === 'fraction' &&
      info.value === 0.5 &&
      !vague &&
      (last === 'scale' || last === 'unit' || last === 'digits')
    ) {
      if (last === 'scale') total += 0.5 * lastScale;
      else current += 0.5;
      j++;
      break;
    }
    break;
  }
  const value = total + current;
  if (!(value > 0)) return null;
  return { value, next: j, vague, wordsOnly: !digits, takesDefinite, numberStart, digits };
}

function isArabicWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** The approximator ending just before token `i`: its kind and first token index. */
function approximatorBefore(
  tokens: Token[],
  i: number,
): { approx: 'more_than' | 'less_than' | 'about'; at: number } | null {
  for (const a of APPROXIMATORS) {
    const m = a.words.length;
    if (i - m < 0) continue;
    let ok = true;
    for (let k = 0; k < m && ok; k++) {
      const t = tokens[i - m + k]!;
      const want = a.words[k]!;
      if (t.kind !== 'word') ok = false;
      else if (
        t.norm !== want &&
        !(
          k === 0 &&
          t.norm.length === want.length + 1 &&
          'وفبل'.includes(t.norm[0]!) &&
          t.norm.slice(1) === want
        )
      )
        ok = false;
    }
    if (ok) return { approx: a.approx, at: i - m };
  }
  return null;
}

/** The singular behind a lone dual (جنديين → جندي، طائرتين → طائره), if it is a listed count noun. */
function dualSingular(norm: string): string | null {
  let w = norm;
  if (w.length > 4 && 'وفبل'.includes(w[0]!)) {
    const inner = dualSingular(w.slice(1));
    if (inner) return inner;
  }
  if (w.startsWith('ال')) w = w.slice(2);
  for (const end of ['تين', 'تان']) {
    if (w.endsWith(end) && DUAL_NOUNS.has(w.slice(0, -3) + 'ه')) return w.slice(0, -3) + 'ه';
  }
  for (const end of ['ين', 'ان']) {
    if (w.endsWith(end) && DUAL_NOUNS.has(w.slice(0, -2))) return w.slice(0, -2);
  }
  return null;
}

function isTwoWord(t: Token | undefined): boolean {
  return isArabicWord(t) && UNITS.get(t.norm) === 2;
}

/** True if a token could be a counted noun: an Arabic word, not a function word, number word or month, without a conjunction (واصيب starts a new clause). */
function nounCandidate(t: Token | undefined): t is Token {
  if (!isArabicWord(t) || NOT_NOUNS.has(t.norm) || MONTHS.has(t.norm) || numberWord(t.norm) !== null)
    return false;
  const first = segment(t.text).prefixes[0];
  return first !== 'و' && first !== 'ف' && first !== 'س';
}

/** True if `prev` agrees as the noun before واحد/واحدة/اثنان (قتيل واحد، ساعة واحدة، جنديين اثنين). */
function agreesBefore(prev: Token, numberToken: Token, value: number): boolean {
  const p = prev.norm;
  if (p.startsWith('ال')) return false;
  if (value === 2) return /(ان|ين)$/.test(p);
  const fem = numberToken.norm.endsWith('ه');
  return fem ? p.endsWith('ه') : !/[هت]$/.test(p) && !p.startsWith('م');
}

/**
 * Number mentions in `text` between `from` and `to` (default: all), in order. Ordinals
 * (الثالث، الـ15) are not counts and are not returned; dates (3/2/2024, 10:30) are skipped.
 */
export function findNumbers(text: string, from = 0, to: number = text.length): NumberMention[] {
  return findNumbersInTokens(tokenize(text, from, to));
}

/** As findNumbers, over tokens already made (reuse the article's tokens). */
export function findNumbersInTokens(tokens: Token[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'number') {
      // Dates and times: 3/2/2024, 10:30, 2023-2024 stay out.
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const glued = (a: Token | undefined, b: Token | undefined): boolean =>
        a !== undefined && b !== undefined && a.end === b.start;
      if (
        (next &&
          (next.text === '/' || next.text === ':') &&
          glued(t, next) &&
          tokens[i + 2]?.kind === 'number') ||
        (prev &&
          (prev.text === '/' || prev.text === ':') &&
          glued(prev, t) &&
          tokens[i - 2]?.kind === 'number')
      ) {
        while (
          i + 2 < tokens.length &&
          (tokens[i + 1]!.text === '/' || tokens[i + 1]!.text === ':') &&
          tokens[i + 2]!.kind === 'number'
        )
          i += 2;
        continue;
      }
      // الـ15، رقم 5: ordinals and labels, not counts.
      if (prev && prev.kind === 'word' && (prev.norm === 'ال' || prev.norm === 'رقم')) continue;
    }
    if (t.kind !== 'number' && t.kind !== 'word') continue;
    // The teen part of an ordinal (الحادي عشر، الثالث عشر) is not a count.
    if (t.kind === 'word' && TEEN_TENS.has(t.norm) && isOrdinal(tokens[i - 1])) continue;
    const phrase = readPhrase(tokens, i);
    if (!phrase) {
      const sing = t.kind === 'word' ? dualSingular(t.norm) : null;
      if (sing && !isTwoWord(tokens[i + 1])) {
        out.push({
          start: t.start,
          end: t.end,
          value: 2,
          approx: 'exact',
          number: { start: t.start, end: t.end },
          noun: { start: t.start, end: t.end, text: t.text },
          kind: 'count',
        });
      }
      continue;
    }
    out.push(describe(tokens, i, phrase));
    i = phrase.next - 1;
  }
  return out;
}

/** Builds the mention for a phrase at tokens [i, phrase.next): approximator, kind, unit, noun. */
function describe(tokens: Token[], i: number, phrase: Phrase): NumberMention {
  const numberSpan = { start: phrase.numberStart, end: tokens[phrase.next - 1]!.end };
  let start = numberSpan.start;
  let end = numberSpan.end;
  let approx: Approx = phrase.vague ?? 'exact';
  let kind: NumberKind = 'count';
  let unit: string | undefined;
  let noun: NumberMention['noun'];

  const pre = approximatorBefore(tokens, i);
  if (pre) {
    approx = pre.approx;
    start = tokens[pre.at]!.start;
  }
  let j = phrase.next;
  const next = tokens[j];
  const after = tokens[j + 1];
  const prev = tokens[i - 1];

  // واحد and اثنان follow their noun: جندي واحد، ساعة واحدة، جنديين اثنين.
  const single = phrase.wordsOnly && phrase.value <= 2 && phrase.next === i + 1 && !pre;
  if (single && nounCandidate(prev) && agreesBefore(prev, tokens[i]!, phrase.value)) {
    noun = { start: prev.start, end: prev.end, text: prev.text };
    start = prev.start;
  } else if (next && (next.text === '%' || next.text === '٪')) {
    kind = 'percent';
    unit = 'percent';
    end = next.end;
    j++;
  } else if (next && next.kind === 'word' && (next.norm === 'بالمئه' || next.norm === 'بالمائه')) {
    kind = 'percent';
    unit = 'percent';
    end = next.end;
    j++;
  } else if (next && next.norm === 'في' && after && (after.norm === 'المئه' || after.norm === 'المائه')) {
    kind = 'percent';
    unit = 'percent';
    end = after.end;
    j += 2;
  } else if (next && next.kind === 'word' && MONTHS.has(next.norm) && phrase.digits) {
    kind = 'date';
  } else if (next && next.kind === 'word' && UNITS_AFTER.has(next.norm)) {
    const u = UNITS_AFTER.get(next.norm)!;
    kind = u.kind;
    unit = u.unit;
    end = next.end;
    j++;
  } else if (
    phrase.digits &&
    isYearLike(phrase.value, tokens[i]!.text) &&
    (isYearCue(prev) || !nounCandidate(next) || next.norm.startsWith('ال'))
  ) {
    kind = isMonth(prev) ? 'date' : 'year';
  } else if (phrase.digits && isMonth(prev)) {
    kind = 'date';
  } else if (nounCandidate(next) && (!next.norm.startsWith('ال') || phrase.takesDefinite)) {
    noun = { start: next.start, end: next.end, text: next.text };
    end = next.end;
    j++;
  } else if (next?.norm === 'من' && nounCandidate(after)) {
    noun = { start: after.start, end: after.end, text: after.text }; // عشرات من الجنود، أربعة من رجال الشرطة
    end = after.end;
    j += 2;
  }
  // Post-approximator: "20 قتيلا تقريبا", "... على الأقل".
  if (approx === 'exact' || approx === phrase.vague) {
    const p = tokens[j];
    if (p && p.norm === 'تقريبا') {
      approx = 'about';
      end = p.end;
    } else if (p && p.norm === 'علي' && tokens[j + 1]?.norm === 'الاقل') {
      approx = 'more_than';
      end = tokens[j + 1]!.end;
    }
  }
  const m: NumberMention = { start, end, value: phrase.value, approx, number: numberSpan, kind };
  if (noun) m.noun = noun;
  if (unit) m.unit = unit;
  return m;
}

/** An ordinal word (الثالث، حادي، الرابعة), which makes a following عشر part of an ordinal. */
function isOrdinal(t: Token | undefined): boolean {
  if (!isArabicWord(t)) return false;
  const w = t.norm.startsWith('ال') ? t.norm.slice(2) : t.norm;
  return ORDINALS.has(w.endsWith('ه') ? w.slice(0, -1) : w);
}

function isYearLike(value: number, digits: string): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100 && digits.length === 4;
}

function isYearCue(t: Token | undefined): boolean {
  return isArabicWord(t) && (YEAR_CUES.has(t.norm) || MONTHS.has(t.norm));
}

function isMonth(t: Token | undefined): boolean {
  return isArabicWord(t) && MONTHS.has(t.norm);
}
