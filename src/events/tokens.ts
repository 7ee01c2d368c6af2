/**
 * Word tokens of one sentence in the normalised matching form, with offsets into the original
 * text. The event rules read words, numbers and the punctuation that ends a clause, so this is a
 * small scanner of its own rather than a full tokenizer.
 */
import { normalize } from '../text/normalize.js';
import type { Sector } from '../types.js';
import type { Lexicon, ModalityCue, Tense, WordReading } from './lexicon.js';
import { isArabicLetter, isArabicMark, isDigit, isLatinLetter, isFormatChar } from '../text/chars.js';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Normalised form (see text/normalize): أ→ا، ة→ه، ى→ي, no diacritics, ASCII digits. */
  norm: string;
  start: number;
  end: number;
  /** Clause number within the sentence: commas, semicolons, colons and quotes start a new one. */
  clause: number;
  /** The word ends in ة in the original: a noun or adjective, never a verb with the pronoun ـه. */
  taMarbuta: boolean;
  /** Inside quotation marks ("…", «…», “…”). */
  quoted: boolean;
  /** The word without its proclitics, every reading (see cliticReadings), and without ال too. */
  stems: string[];
  /** What the word's spelling alone decides, shared by all its tokens (null unless a word). */
  facts: WordFacts | null;
}

/**
 * The normalised form and stems of one spelling, with memo slots that the modules reading a word
 * fill on first use (trigger readings, cue candidates, word classes). A spelling recurs across
 * sentences and articles, so each of these is computed once instead of once per token.
 */
export class WordFacts {
  /** triggers.ts: the trigger readings under `readingsFor`. */
  readingsFor: Lexicon | null = null;
  readings: readonly WordReading[] = [];
  /** modality.ts: the cues that may end at this word under `cuesFor`. */
  cuesFor: Lexicon | null = null;
  cues: readonly ModalityCue[] = [];
  /** modality.ts: the tense the word lends as a support verb under `supportTenseFor`; a result verb. */
  supportTenseFor: Lexicon | null = null;
  supportTense: Tense | null = null;
  resultVerb: boolean | undefined = undefined;
  /** roles-dyad.ts: a reporting verb, the nationality, the sector, the role-word classes. */
  reportVerb: boolean | undefined = undefined;
  nationality: string | null | undefined = undefined;
  sector: Sector | null | undefined = undefined;
  /** One bit per class of role_words.tsv (roles-dyad.ts classBit). */
  roleClasses: number | undefined = undefined;
  /** dates.ts: some stem can start a time expression. */
  dateWord: boolean | undefined = undefined;
  /** The spelling packed into three numbers (packSpelling), or -1: how factsAt checks a hit. */
  readonly packedHead: number;
  readonly packedMiddle: number;
  readonly packedTail: number;

  constructor(
    /** The word as written: what the scanner's cache (factsAt) compares a hit against. */
    readonly written: string,
    readonly norm: string,
    readonly stems: string[],
  ) {
    const packed = packSpelling(written);
    this.packedHead = packed ? packed[0] : -1;
    this.packedMiddle = packed ? packed[1] : -1;
    this.packedTail = packed ? packed[2] : -1;
  }
}

// A word of up to nine characters of the Arabic block U+0600–U+06FF, packed a byte per
// character (its code minus 0x600), three to a 24-bit number: no word character is U+0600, so
// no byte is 0 and the three numbers tell every such spelling apart. A cache hit on such a word
// then compares three fields of the facts it loads anyway, not the characters of another string.
const PACK_MAX_LENGTH = 9;

/** The packed spelling [characters 0–2, 3–5, 6–8] of an Arabic word of up to nine characters, else null. */
export function packSpelling(written: string): readonly [number, number, number] | null {
  if (written.length === 0 || written.length > PACK_MAX_LENGTH) return null;
  const packed: [number, number, number] = [0, 0, 0];
  for (let k = 0; k < written.length; k++) {
    const c = written.charCodeAt(k);
    if (c <= 0x600 || c > 0x6ff) return null;
    const part = k < 3 ? 0 : k < 6 ? 1 : 2;
    packed[part] = (packed[part]! << 8) | (c - 0x600);
  }
  return packed;
}

const CLAUSE_BREAKS = new Set([
  '،',
  ',',
  '؛',
  ';',
  ':',
  '.',
  '!',
  '?',
  '؟',
  '"',
  '«',
  '»',
  '“',
  '”',
  '(',
  ')',
  '-',
  '–',
  '—',
]);

/**
 * A memo of a function of a word (its spelling, or its normalised form). A news article's words
 * repeat across sentences and articles, so each is folded and looked up once; the memo starts
 * over when it grows past `limit`, to bound memory on long runs.
 */
function wordMemo<T>(compute: (word: string) => T, limit = 200_000): (word: string) => T {
  let memo = new Map<string, T>();
  return (word) => {
    let value = memo.get(word);
    if (value === undefined) {
      value = compute(word);
      if (memo.size >= limit) memo = new Map();
      memo.set(word, value);
    }
    return value;
  };
}

/** The facts of a word as written (letters, marks, format characters). */
const factsOf = wordMemo((written: string): WordFacts => {
  const folded = normalize(written);
  // Only a word that took in a format character can hold U+200B–U+200F: skip the regex.
  const norm = /[\u200b-\u200f]/.test(written) ? folded.replace(/[\u200b-\u200f]/g, '') : folded;
  return new WordFacts(written, norm, stemsOf(norm));
});

// Character classes of the scanner below 0x800 in a table (the range tests of text/chars
// above it): bit 1 starts a word, bit 2 continues one.
const WORD_START = 1;
const WORD_PART = 2;
const CHAR_CLASS = (() => {
  const table = new Uint8Array(0x800);
  for (let c = 0; c < table.length; c++) {
    if (isArabicLetter(c) || isLatinLetter(c)) table[c] |= WORD_START;
    if (isArabicLetter(c) || isArabicMark(c) || isLatinLetter(c) || isFormatChar(c)) table[c] |= WORD_PART;
  }
  return table;
})();

function startsWord(c: number): boolean {
  return c < 0x800 ? (CHAR_CLASS[c]! & WORD_START) !== 0 : isArabicLetter(c) || isLatinLetter(c);
}

function continuesWord(c: number): boolean {
  return c < 0x800
    ? (CHAR_CLASS[c]! & WORD_PART) !== 0
    : isArabicLetter(c) || isArabicMark(c) || isLatinLetter(c) || isFormatChar(c);
}

// In front of factsOf, a direct-mapped cache indexed by a hash of the word's characters taken
// while scanning: a hit is checked against the text in place, with no substring and no lookup in
// the large memo. Frequent words stay in it; a collision only sends a word on to factsOf. One
// array of facts (each holding its spelling) rather than two parallel ones: a hit touches less
// memory, which is what a lookup mostly waits for. 2^18 slots (1 MB): a miss costs a substring
// and a lookup in the large memo, and with 2^16 slots one word in ten missed.
const RECENT_BITS = 18;
const RECENT_MASK = (1 << RECENT_BITS) - 1;
const recentFacts: (WordFacts | undefined)[] = new Array<WordFacts | undefined>(1 << RECENT_BITS).fill(
  undefined,
);

/**
 * factsOf(text.slice(start, end)), through the cache above; `hash` mixes its characters, and
 * `head`, `middle`, `tail` are its packed spelling (packSpelling), or -1 when it has none.
 */
function factsAt(
  text: string,
  start: number,
  end: number,
  hash: number,
  head: number,
  middle: number,
  tail: number,
): WordFacts {
  const slot = (hash ^ (hash >>> RECENT_BITS)) & RECENT_MASK;
  const known = recentFacts[slot];
  if (known !== undefined && head >= 0) {
    if (known.packedHead === head && known.packedMiddle === middle && known.packedTail === tail) return known;
  } else if (known !== undefined) {
    const written = known.written;
    if (written.length === end - start) {
      let k = 0;
      while (k < written.length && written.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === written.length) return known;
    }
  }
  const facts = factsOf(text.slice(start, end));
  recentFacts[slot] = facts;
  return facts;
}

const CLAUSE_BREAK_CODES = new Set([...CLAUSE_BREAKS].map((ch) => ch.charCodeAt(0)));

/** Scans text[start, end) into tokens; letters and marks make words, digits (with . , separators) numbers. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let clause = 0;
  let quoted = false;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (startsWord(c)) {
      let j = i + 1;
      let hash = c;
      // packSpelling as the word is read: -1 once it cannot be packed.
      let head = c > 0x600 && c <= 0x6ff ? c - 0x600 : -1;
      let middle = 0;
      let tail = 0;
      while (j < end) {
        const d = text.charCodeAt(j);
        if (continuesWord(d)) {
          hash = (Math.imul(hash, 31) + d) | 0;
          if (head >= 0) {
            const n = j - i;
            if (n >= PACK_MAX_LENGTH || d <= 0x600 || d > 0x6ff) head = -1;
            else if (n < 3) head = (head << 8) | (d - 0x600);
            else if (n < 6) middle = (middle << 8) | (d - 0x600);
            else tail = (tail << 8) | (d - 0x600);
          }
          j++;
        } else break;
      }
      if (head < 0) middle = tail = -1;
      let k = j - 1;
      while (k > i && isArabicMark(text.charCodeAt(k))) k--;
      // Shared by every token of this spelling: the stems array is read-only.
      const facts = factsAt(text, i, j, hash, head, middle, tail);
      out.push({
        kind: 'word',
        norm: facts.norm,
        start: i,
        end: j,
        clause,
        taMarbuta: text.charCodeAt(k) === 0x0629, // ة
        quoted,
        stems: facts.stems,
        facts,
      });
      i = j;
    } else if (isDigit(c)) {
      let j = i + 1;
      while (j < end) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) j++;
        else if (
          (d === 0x2c || d === 0x2e || d === 0x066b || d === 0x066c) &&
          j + 1 < end &&
          isDigit(text.charCodeAt(j + 1))
        )
          j += 2;
        else break;
      }
      out.push({
        kind: 'num',
        norm: normalize(text.slice(i, j)),
        start: i,
        end: j,
        clause,
        taMarbuta: false,
        quoted,
        stems: [],
        facts: null,
      });
      i = j;
    } else {
      // Spaces are most of what is left: test the code before making a one-letter string.
      if (CLAUSE_BREAK_CODES.has(c)) {
        const ch = text[i]!;
        out.push({
          kind: 'punct',
          norm: ch,
          start: i,
          end: i + 1,
          clause,
          taMarbuta: false,
          quoted,
          stems: [],
          facts: null,
        });
        clause++;
        if (ch === '"') quoted = !quoted;
        else if (ch === '«' || ch === '“') quoted = true;
        else if (ch === '»' || ch === '”') quoted = false;
      }
      i++;
    }
  }
  return out;
}

/**
 * The ways a word may be read after removing proclitics: itself, without و/ف, then without
 * ب/ك/ل (ل+ال written لل gives ال back). Each reading keeps the clitics it dropped.
 */
export function cliticReadings(word: string): { stem: string; proclitics: string }[] {
  const out = [{ stem: word, proclitics: '' }];
  let w = word;
  let pre = '';
  if ((w[0] === 'و' || w[0] === 'ف') && w.length > 3) {
    pre = w[0];
    w = w.slice(1);
    out.push({ stem: w, proclitics: pre });
  }
  if (w.length > 3 && (w[0] === 'ب' || w[0] === 'ك' || w[0] === 'ل')) {
    if (w.startsWith('لل')) out.push({ stem: 'ال' + w.slice(2), proclitics: pre + 'ل' });
    out.push({ stem: w.slice(1), proclitics: pre + w[0] });
  }
  return out;
}

/** Clitic readings of a word, plus each without the article ("الصواريخ" also reads "صواريخ"). */
export function stemsOf(word: string): string[] {
  const stems = cliticReadings(word).map((r) => r.stem);
  for (const s of [...stems]) if (s.startsWith('ال') && s.length > 4) stems.push(s.slice(2));
  return stems;
}

/**
 * True when a token matches a cue word; a cue ending in * matches any ending. A cue without the
 * article also matches the word with it ("صواريخ" matches "الصواريخ").
 */
export function tokenMatches(token: Token, cue: string): boolean {
  if (token.kind !== 'word') return false;
  if (cue.endsWith('*')) {
    const p = cue.slice(0, -1);
    return token.stems.some((s) => s.startsWith(p));
  }
  return token.stems.includes(cue);
}
