/**
 * Clitic segmentation and light stemming of one Arabic word.
 *
 * `segment` is conservative: without a lexicon, a letter that may be a clitic (ب in بغداد, ال in
 * ألمانيا, ف in فرنسا) is stripped only on strong evidence (a following article, a hamza-initial
 * word, a listed function word) and never from listed words. Give it `isKnown` (a gazetteer or
 * lexicon lookup) and it picks the least-stripped analysis whose stem is known instead.
 * `cliticCandidates` lists every plausible analysis for matchers that try them all.
 */
import { AL_WORDS, FA_WORDS, PREP_WORDS, SIN_WORDS, SUFFIX_WORDS, WAW_WORDS } from './clitic-lists.js';
import { isArabicLetter } from './chars.js';
import { foldChar, normalize } from './normalize.js';

export interface Segmentation {
  /** Proclitics in order, in normalised form: و ف ب ك ل س ال (لل gives ل then ال). */
  prefixes: string[];
  /** The stem as written: `word.slice(stemStart, stemEnd)`, diacritics included. */
  stem: string;
  /** Pronoun enclitics, in normalised form (at most one: ه ها هم هما هن ك كم كن ي ني نا). */
  suffixes: string[];
  /** Offsets of the stem within `word` (UTF-16). Add the token's start to get text offsets. */
  stemStart: number;
  stemEnd: number;
  /** `normalize(stem)`: the matching form of the stem. */
  stemNorm: string;
}

export interface SegmentOptions {
  /**
   * A lexicon lookup (gazetteer, word list) on a candidate's normalised stem. When given, the
   * analysis with the fewest stripped letters whose stem is known wins; if none is known, the
   * conservative default applies. The candidate is passed too (e.g. to try ال + stem).
   */
  isKnown?: (stemNorm: string, candidate: Segmentation) => boolean;
}

const CONJ = ['و', 'ف'];
/** Second-slot proclitics: article and prepositions (with the article), future س. */
const MID: ReadonlyArray<{ form: string; parts: string[] }> = [
  { form: 'بال', parts: ['ب', 'ال'] },
  { form: 'كال', parts: ['ك', 'ال'] },
  { form: 'لل', parts: ['ل', 'ال'] },
  { form: 'ال', parts: ['ال'] },
  { form: 'ب', parts: ['ب'] },
  { form: 'ك', parts: ['ك'] },
  { form: 'ل', parts: ['ل'] },
  { form: 'س', parts: ['س'] },
];
/** Pronoun enclitics, longest first. */
const SUFFIXES = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'ني', 'نا', 'ه', 'ك', 'ي'];
/** Enclitics stripped by default: second person (ك كم كن) and ي are rare in news and collide with word endings (هناك، عراقي). */
const DEFAULT_SUFFIXES = ['هما', 'هم', 'هن', 'ها', 'كم', 'نا', 'ه'];
/** Short words that take clitics and would fail a minimum stem length (ولا، فقد، منها، عليه). */
const SHORT_STEMS = new Set([
  'لا',
  'لم',
  'لن',
  'ما',
  'من',
  'في',
  'هو',
  'هي',
  'قد',
  'كل',
  'ان',
  'او',
  'عن',
  'مع',
  'ذا',
  'لو',
  'هم',
  'هن',
  'علي',
  'الي',
  'عند',
  'لدي',
  'حتي',
  'ب',
  'ل',
  'بين',
  'منذ',
  'حول',
  'ضد',
  'مثل',
  'نحو',
  'قبل',
  'بعد',
  'اي',
]);
/** Endings of inflected forms of listed words (وزيرة، فلسطينيون، بيانات). */
const INFLECTIONS = [
  'وا',
  'تهما',
  'تنا',
  'ا',
  'ه',
  'ي',
  'ات',
  'ان',
  'ين',
  'ون',
  'يه',
  'يا',
  'ها',
  'هم',
  'نا',
  'ته',
  'تها',
  'تهم',
  'تين',
  'تان',
  'يين',
  'يون',
];

const WAW_SET = new Set(WAW_WORDS);
const FA_SET = new Set(FA_WORDS);
const PREP_SET = new Set(PREP_WORDS);
const AL_SET = new Set(AL_WORDS);
const SIN_SET = new Set(SIN_WORDS);
const SUFFIX_SET = new Set(SUFFIX_WORDS);

/** True if `w` or `w` minus an inflection ending is in `set`. */
function listed(set: Set<string>, w: string): boolean {
  if (set.has(w)) return true;
  for (const e of INFLECTIONS) {
    if (w.length <= e.length + 1 || !w.endsWith(e)) continue;
    const base = w.slice(0, -e.length);
    // An ending in ت also tries the ة form: سيارتين → سياره.
    if (set.has(base) || (e[0] === 'ت' && set.has(base + 'ه'))) return true;
  }
  return false;
}

/** The word's letters (marks and tatweel dropped) with their positions in the word. */
interface Letters {
  /** Letters as written (keeps أ إ آ ة ى apart). */
  raw: string;
  /** Letters folded for matching (normalize()). */
  fold: string;
  /** pos[k]: index in the word of letter k. */
  pos: number[];
}

function letters(word: string): Letters {
  let raw = '';
  let fold = '';
  const pos: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const code = word.charCodeAt(i);
    if (!isArabicLetter(code)) continue;
    raw += ch;
    fold += foldChar(ch) || ch;
    pos.push(i);
  }
  return { raw, fold, pos };
}

const HAMZA_ALEF = new Set(['أ', 'إ', 'آ']);

function build(
  word: string,
  L: Letters,
  prefixes: string[],
  from: number,
  to: number,
  suffixes: string[],
): Segmentation {
  // Marks after the last stem letter belong to it; marks after the last prefix letter belong to the prefix.
  const stemStart = from < L.pos.length ? L.pos[from]! : word.length;
  const stemEnd = from >= to ? stemStart : to < L.pos.length ? L.pos[to]! : word.length;
  const stem = word.slice(stemStart, stemEnd);
  return {
    prefixes,
    stem,
    suffixes,
    stemStart,
    stemEnd,
    stemNorm: normalize(stem).replace(/[\u200c\u200d]/g, ''),
  };
}

/** The conservative analysis of one word (see the module comment), or the lexicon-guided one with `isKnown`. */
export function segment(word: string, options: SegmentOptions = {}): Segmentation {
  const L = letters(word);
  if (options.isKnown) {
    for (const c of candidatesOf(word, L)) if (options.isKnown(c.stemNorm, c)) return c;
  }
  return conservative(word, L);
}

function conservative(word: string, L: Letters): Segmentation {
  const n = L.fold.length;
  if (n === 0)
    return {
      prefixes: [],
      stem: word,
      suffixes: [],
      stemStart: 0,
      stemEnd: word.length,
      stemNorm: normalize(word),
    };
  // A lone clitic written apart (لـ، و) is all prefix.
  if (n === 1 && 'وفبلك'.includes(L.fold)) {
    return {
      prefixes: [L.fold],
      stem: '',
      suffixes: [],
      stemStart: word.length,
      stemEnd: word.length,
      stemNorm: '',
    };
  }
  const prefixes: string[] = [];
  let k = 0;
  const f = L.fold;

  // 1. Conjunction و / ف.
  const c0 = f[0]!;
  if (c0 === 'و' || c0 === 'ف') {
    const rest = f.slice(1);
    const hamzaNext = HAMZA_ALEF.has(L.raw[1] ?? '');
    const setFor = c0 === 'و' ? WAW_SET : FA_SET;
    let strip = false;
    if (!listed(setFor, f) && rest.length >= 2) {
      if (SHORT_STEMS.has(rest) || hamzaNext || /^(ال|لل|بال|كال)../.test(rest)) strip = true;
      else if (c0 === 'و' && rest.length >= 3) strip = true;
    }
    if (strip) {
      prefixes.push(c0);
      k = 1;
    }
  }

  // 2. Article, preposition (+ article), future س.
  const r = f.slice(k);
  const rawNext = (j: number): string => L.raw[k + j] ?? '';
  if (r.startsWith('لل') && r.length - 2 >= 2 && !listed(AL_SET, r.slice(1))) {
    prefixes.push('ل', 'ال');
    k += 2;
  } else if ((r.startsWith('بال') || r.startsWith('كال')) && r.length - 3 >= 2 && !listed(PREP_SET, r)) {
    prefixes.push(r[0]!, 'ال');
    k += 3;
  } else if (r.startsWith('ال') && r.length - 2 >= 2 && !HAMZA_ALEF.has(rawNext(0)) && !listed(AL_SET, r)) {
    prefixes.push('ال');
    k += 2;
  } else if ((r[0] === 'ب' || r[0] === 'ك' || r[0] === 'ل') && r.length >= 3 && !listed(PREP_SET, r)) {
    // A bare preposition only before a hamza-initial word (بأن، لإنهاء) or, for ل, an imperfect verb (ليصل).
    const rest = r.slice(1);
    if (HAMZA_ALEF.has(rawNext(1)) || (r[0] === 'ل' && /^[يتن]/.test(rest) && rest.length >= 3)) {
      prefixes.push(r[0]!);
      k += 1;
    }
  } else if (
    r[0] === 'س' &&
    r.length >= 4 &&
    (/^[يت]/.test(r.slice(1)) || rawNext(1) === 'أ') &&
    !listed(SIN_SET, r) &&
    !/(ه|ات)$/.test(r)
  ) {
    prefixes.push('س');
    k += 1;
  }

  // 3. A pronoun enclitic.
  const suffixes: string[] = [];
  let end = n;
  const stemLetters = f.slice(k);
  if (!listed(SUFFIX_SET, stemLetters) && !SUFFIX_SET.has(f)) {
    for (const s of DEFAULT_SUFFIXES) {
      if (!L.raw.endsWith(s) || n - s.length < k) continue; // raw: a ة is not the pronoun ه
      const stem = f.slice(k, n - s.length);
      const ok = stem.length >= 3 || SHORT_STEMS.has(stem);
      if (!ok) continue;
      if (s === 'ه' && (stem.endsWith('ا') || /^ت..ي$/.test(stem))) continue; // اتجاه، توجيه
      if (s === 'كم' && /حا?$/.test(stem)) continue; // محاكم، يحكم، تحكم
      suffixes.push(s);
      end = n - s.length;
      break;
    }
  }
  return build(word, L, prefixes, k, end, suffixes);
}

/**
 * Every plausible analysis, the unsegmented word first, then by the number of letters stripped.
 * Stems keep at least two letters; ال is not split from a hamza-initial word (ألمانيا، إلغاء).
 */
export function cliticCandidates(word: string): Segmentation[] {
  return candidatesOf(word, letters(word));
}

function candidatesOf(word: string, L: Letters): Segmentation[] {
  const f = L.fold;
  const n = f.length;
  const out: Array<{ seg: Segmentation; cost: number }> = [];
  const seen = new Set<string>();
  const add = (prefixes: string[], from: number, to: number, suffixes: string[]): void => {
    const key = `${prefixes.join('+')}|${from}|${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      seg: build(word, L, prefixes, from, to, suffixes),
      cost: from + (n - to) + (suffixes.length ? 0.5 : 0),
    });
  };
  if (n === 0) return [conservative(word, L)];
  for (const conj of ['', ...CONJ]) {
    if (conj && f[0] !== conj) continue;
    const k0 = conj.length;
    const mids = [{ form: '', parts: [] as string[] }, ...MID];
    for (const mid of mids) {
      if (!f.startsWith(mid.form, k0)) continue;
      const k = k0 + mid.form.length;
      if (mid.form.endsWith('ال') && HAMZA_ALEF.has(L.raw[k - 2] ?? '')) continue;
      if (mid.form === 'س' && !/^[يتنا]/.test(f.slice(k))) continue;
      const prefixes = [...(conj ? [conj] : []), ...mid.parts];
      if (n - k >= 2) add(prefixes, k, n, []);
      for (const s of SUFFIXES) {
        if (L.raw.endsWith(s) && n - s.length - k >= 2) add(prefixes, k, n - s.length, [s]);
      }
    }
  }
  out.sort((a, b) => a.cost - b.cost);
  return out.map((o) => o.seg);
}

/** Light10 (Larkey et al. 2007) prefixes, longest first; each needs two letters left. */
const LIGHT_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
/** Light10 suffixes in normalised form (ة→ه, ية→يه), tried once each in this order. */
const LIGHT_SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/**
 * A search/clustering key in the manner of Larkey's light10: normalise, drop و when three
 * letters stay, drop one article form, then each listed suffix once, keeping two letters.
 * The result is a normalised string, not a word: use it for keys, never for display.
 */
export function lightStem(word: string): string {
  let w = normalize(word).replace(/[^\u0621-\u064a\u0671-\u06d3]/g, '');
  if (w.length === 0) return normalize(word);
  if (w.startsWith('و') && w.length - 1 >= 3) w = w.slice(1);
  for (const p of LIGHT_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of LIGHT_SUFFIXES) {
    if (w.length - s.length >= 2 && w.endsWith(s)) w = w.slice(0, -s.length);
  }
  return w;
}
