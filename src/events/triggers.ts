/**
 * Trigger spotting: which words of a sentence name an event of some PLOVER type, read as a verb
 * in some tense or as a noun. Multi-word triggers (with a `next` word) are taken first and
 * consume their words, so "وقف إطلاق النار" is one ceasefire and not a shooting.
 */
import type { FormReading, Lexicon, Tense, TriggerEntry, WordReading } from './lexicon.js';
import { cliticReadings, tokenMatches, type Token } from './tokens.js';

export interface TriggerMatch {
  entry: TriggerEntry;
  /** Token index of the trigger word, and of the last word it consumed. */
  head: number;
  last: number;
  tense: Tense;
  definite: boolean;
  /** The proclitics stripped from the head word (و، ف، ب، ل ...). */
  proclitics: string;
}

const NO_READINGS: WordReading[] = [];

/** Readings of a normalised word whatever its spelling: each clitic-stripped form in the lexicon. */
function readingsOfForm(norm: string, lex: Lexicon): WordReading[] {
  let out: WordReading[] | null = null;
  for (const r of cliticReadings(norm)) {
    const list = lex.forms.get(r.stem);
    if (!list) continue;
    for (const reading of list) {
      // ب/ك/ل come before nouns, not before finite verbs.
      if (reading.tense !== 'noun' && /[بكل]/.test(r.proclitics)) continue;
      (out ??= []).push({ reading, proclitics: r.proclitics });
    }
  }
  return out ?? NO_READINGS;
}

/** Readings of one word: each clitic-stripped form that is in the lexicon (shared, read-only). */
function readingsOf(token: Token, lex: Lexicon): readonly WordReading[] {
  const facts = token.facts;
  let all: readonly WordReading[];
  if (!facts) all = readingsOfForm(token.norm, lex);
  else {
    if (facts.readingsFor !== lex) {
      // Most words are no trigger: when no stem is a lexicon form there is nothing to read.
      facts.readings = facts.stems.some((s) => lex.forms.has(s))
        ? readingsOfForm(facts.norm, lex)
        : NO_READINGS;
      facts.readingsFor = lex;
    }
    all = facts.readings;
  }
  // A written ة is a noun ending, not the pronoun ـه of a verb (قتلة "killers" ≠ قتله).
  return token.taMarbuta && all.length > 0 ? all.filter((r) => r.reading.tense === 'noun') : all;
}

/**
 * Where the `next` constraint of an entry is met, or -1. A verb's object may also come first
 * (passive, relative: "110 صواريخ أطلقت", "قتيلا سقطوا"): then the verb alone is the match.
 */
function nextMatch(tokens: Token[], i: number, entry: TriggerEntry, verbal: boolean): number {
  if (!entry.next) return i;
  // The window counts words; commas in between are skipped.
  for (let k = i + 1, words = 0; words < entry.window && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'punct') words++;
    // A comma may set off the subject ("شدد الوزير، على ضرورة"); other marks end the search.
    if (t.kind === 'punct') {
      if (t.norm === '،' || t.norm === ',') continue;
      break;
    }
    if (entry.next.some((cue) => tokenMatches(t, cue))) return k;
  }
  if (verbal && entry.kind !== 'stop') {
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const t = tokens[k]!;
      if (t.kind === 'punct') break;
      if (entry.next.some((cue) => tokenMatches(t, cue))) return i;
    }
  }
  return -1;
}

// A form that is both a past verb and a noun (قصف، طعن، قتل) reads as the verb at the start of a
// clause (verb-first order) and as the noun elsewhere.
const TENSE_RANK: Record<Tense, number> = { past: 0, noun: 1, present: 2, future: 3 };

/** All trigger matches in a token list, left to right. */
export function findTriggers(tokens: Token[], lex: Lexicon): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  let consumedTo = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (i <= consumedTo) continue;
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const readings = readingsOf(t, lex);
    if (readings.length === 0) continue;
    const clauseStart = i === 0 || tokens[i - 1]!.kind === 'punct';
    // Constrained (multi-word) entries first; then, per type, the best reading.
    const constrained = readings.filter((r) => r.reading.entry.next);
    let consumed = -1;
    const found: TriggerMatch[] = [];
    for (const r of constrained) {
      const k = nextMatch(
        tokens,
        i,
        r.reading.entry,
        r.reading.tense === 'past' || r.reading.tense === 'present',
      );
      if (k < 0) continue;
      found.push({
        entry: r.reading.entry,
        head: i,
        last: k,
        tense: r.reading.tense,
        definite: r.reading.definite,
        proclitics: r.proclitics,
      });
      consumed = Math.max(consumed, k);
    }
    if (found.some((f) => f.entry.kind === 'stop')) {
      consumedTo = consumed;
      continue;
    }
    if (readings.some((r) => r.reading.entry.kind === 'stop' && !r.reading.entry.next)) continue;
    if (found.length === 0) {
      const plain = readings.filter((r) => !r.reading.entry.next);
      const byType = new Map<string, WordReading>();
      for (const r of plain) {
        const prev = byType.get(r.reading.entry.type);
        const rank = (x: FormReading) =>
          (clauseStart && x.tense === 'past' ? -1 : TENSE_RANK[x.tense]) - x.entry.weight / 10;
        if (!prev || rank(r.reading) < rank(prev.reading)) byType.set(r.reading.entry.type, r);
      }
      for (const r of byType.values()) {
        let tense = r.reading.tense;
        // A bare form that can be past or noun and is not clause-initial: the noun reading.
        if (
          tense === 'past' &&
          !clauseStart &&
          plain.some((p) => p.reading.tense === 'noun' && p.reading.entry.type === r.reading.entry.type)
        )
          tense = 'noun';
        found.push({
          entry: r.reading.entry,
          head: i,
          last: i,
          tense,
          definite: r.reading.definite,
          proclitics: r.proclitics,
        });
      }
    } else {
      consumedTo = consumed;
    }
    out.push(...found);
  }
  return out;
}
