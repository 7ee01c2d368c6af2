/**
 * Name-list features: membership of the words of a sentence in lists of known names (the
 * project's gazetteer of political actors, data/gazetteer) and nationality adjectives. Lists of
 * names are a classic help for Arabic NER, which has no capital letters to tell a name from a
 * word (Benajiba et al. 2007 report most of ANERsys' gain from them). The tagger does not trust a
 * list: it learns from the training data how far a match predicts a tag, so a list that is
 * incomplete or out of date (ANERcorp's news is from the 2000s) costs nothing but the features.
 *
 * Two kinds of features:
 * - per word (cacheable, `wordListFeatures`): the word is a known first name (first word of a
 *   multi-word person name), a last word of a person name, a word of some ORG / LOC name, a
 *   nationality adjective, a common given name (`gn`, data/ner/given-names.tsv);
 * - per sentence (`spanLabels`): the longest list names found left to right over the sentence,
 *   each word labelled with its place in the match (B, I, E, or S for a one-word name) and type.
 *
 * Words are compared in their clitic-stripped normal form (lexicon.ts `cueKey`), so 'وباريس'
 * meets 'باريس'. The lists are stored inside the trained weights (weights.ts), like the cue
 * words, so that an edit of the gazetteer cannot silently shift a trained model's features.
 */
import { cueKey } from './lexicon.js';

/**
 * One list entry: a name (or adjective) as written, and its class: PER, ORG, LOC, NAT, GIVEN (a
 * given name on its own: one word gives the per-word feature `gn`, a name of several words such
 * as 'عبد الله' a GIVEN span) or, for names learnt from labelled text, `T:` and a type.
 */
export interface NameEntry {
  name: string;
  cls: string;
}

export interface NameLists {
  /** Space-joined keys of a whole name → its types, sorted. */
  readonly spans: ReadonlyMap<string, readonly string[]>;
  /** The most words any name has. */
  readonly maxWords: number;
  /** Space-joined keys of the first 1…n−1 words of every name of n words (the scan stops outside). */
  readonly prefixes: ReadonlySet<string>;
  /** Word key → its per-word list features. */
  readonly words: ReadonlyMap<string, readonly string[]>;
}

/** Names longer than this many words are not matched (they are rare and slow the scan). */
const MAX_WORDS = 6;

function add(map: Map<string, string[]>, key: string, value: string): void {
  const values = map.get(key);
  if (!values) map.set(key, [value]);
  else if (!values.includes(value)) values.push(value);
}

export function buildNameLists(entries: readonly NameEntry[]): NameLists {
  const spans = new Map<string, string[]>();
  const prefixes = new Set<string>();
  const words = new Map<string, string[]>();
  let maxWords = 1;
  for (const { name, cls } of entries) {
    const keys = name
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => cueKey(w));
    if (!keys.length || keys.length > MAX_WORDS) continue;
    if (cls === 'NAT') {
      if (keys.length === 1) add(words, keys[0]!, 'nat');
      continue;
    }
    if (cls === 'GIVEN' && keys.length === 1) {
      add(words, keys[0]!, 'gn');
      continue;
    }
    add(spans, keys.join(' '), cls);
    for (let k = 1; k < keys.length; k++) prefixes.add(keys.slice(0, k).join(' '));
    maxWords = Math.max(maxWords, keys.length);
    if (keys.length > 1 && cls !== 'GIVEN') {
      const learnt = cls.startsWith('T:') ? 'T:' : '';
      if (cls.endsWith('PER')) {
        add(words, keys[0]!, `${learnt}fn`);
        add(words, keys[keys.length - 1]!, `${learnt}ln`);
      } else {
        add(words, keys[0]!, `h=${cls}`);
        for (const k of keys.slice(1)) add(words, k, `in=${cls}`);
      }
    }
  }
  for (const types of spans.values()) types.sort();
  for (const values of words.values()) values.sort();
  return { spans, maxWords, prefixes, words };
}

const NONE: readonly string[] = [];

/** The classes a name-list file (data/ner/*.tsv, `parseNameTsv`) may give. */
export const LIST_CLASSES: readonly string[] = ['PER', 'ORG', 'LOC', 'NAT', 'GIVEN'];

/**
 * Parses a name-list file: `#` comment lines and blank lines skipped, then a header whose first
 * two columns are `name` and `cls`, then one `NAME<TAB>CLASS[<TAB>note…]` line per entry (later
 * columns are notes for readers). Throws on a missing header, an empty name or an unknown class.
 */
export function parseNameTsv(text: string, source = 'name list'): NameEntry[] {
  const out: NameEntry[] = [];
  let header = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const cols = line.split('\t').map((c) => c.trim());
    if (!header) {
      if (cols[0] !== 'name' || cols[1] !== 'cls')
        throw new Error(`${source}:${i + 1}: expected a header 'name<TAB>cls…', got ${JSON.stringify(line)}`);
      header = true;
      return;
    }
    const [name, cls] = cols;
    if (!name || !cls || !LIST_CLASSES.includes(cls))
      throw new Error(
        `${source}:${i + 1}: expected NAME<TAB>${LIST_CLASSES.join('|')}, got ${JSON.stringify(line)}`,
      );
    out.push({ name: name.replace(/\s+/g, ' '), cls });
  });
  if (!header) throw new Error(`${source}: no header line`);
  return out;
}

/** The per-word list features of a word key (cueKey form). */
export function wordListFeatures(lists: NameLists | undefined, key: string): readonly string[] {
  return lists?.words.get(key) ?? NONE;
}

/**
 * Each word's labels from the longest list names matched left to right, e.g. for
 * 'قال جاك شيراك في باريس': [[], ['B-PER'], ['E-PER'], [], ['S-LOC']].
 */
export function spanLabels(lists: NameLists | undefined, keys: readonly string[]): string[][] {
  // Words outside any match share one empty (never written) array.
  const out: string[][] = keys.map(() => NONE as string[]);
  if (!lists || !lists.spans.size) return out;
  const n = keys.length;
  for (let i = 0; i < n;) {
    let matched = 0;
    let types: readonly string[] = NONE;
    let key = '';
    for (let len = 1; len <= lists.maxWords && i + len <= n; len++) {
      key = len === 1 ? keys[i]! : `${key} ${keys[i + len - 1]!}`;
      const found = lists.spans.get(key);
      if (found) {
        matched = len;
        types = found;
      }
      if (!lists.prefixes.has(key)) break;
    }
    if (!matched) {
      i++;
      continue;
    }
    for (let k = 0; k < matched; k++) {
      const pos = matched === 1 ? 'S' : k === 0 ? 'B' : k === matched - 1 ? 'E' : 'I';
      out[i + k] = types.map((type) => `${pos}-${type}`);
    }
    i += matched;
  }
  return out;
}

/** Features of token `i` from the sentence's span labels: its own and its neighbours'. */
export function spanFeatures(labels: readonly (readonly string[])[], i: number): string[] {
  const f: string[] = [];
  for (const l of labels[i]!) f.push(`gz=${l}`);
  if (i > 0) for (const l of labels[i - 1]!) f.push(`gz-1=${l}`);
  if (i + 1 < labels.length) for (const l of labels[i + 1]!) f.push(`gz+1=${l}`);
  return f;
}

/**
 * Names learnt from labelled sentences: every entity chunk's words as a `T:TYPE` entry (the
 * prefix keeps them apart from the gazetteer's), kept when the chunk's type is what those words
 * are in at least `minShare` of all their occurrences in the sentences (so a word sequence that
 * is mostly not a name, or mostly another type, is left out). The name is the chunk's words as
 * first written. Applied to text the lists were not built from (jackknifed for training
 * sentences: scripts/train-ner.ts), they say "seen as a name of this type elsewhere".
 */
export function namesFromChunks(
  sentences: readonly { tokens: readonly string[]; tags: readonly string[] }[],
  minShare = 0.5,
): NameEntry[] {
  const chunkCounts = new Map<string, Map<string, number>>();
  const surface = new Map<string, string>();
  const keyed = sentences.map((s) => s.tokens.map((t) => cueKey(t)));
  sentences.forEach((s, si) => {
    const keys = keyed[si]!;
    for (let i = 0; i < s.tags.length; i++) {
      const tag = s.tags[i]!;
      if (!tag.startsWith('B-')) continue;
      const type = tag.slice(2);
      let end = i + 1;
      while (end < s.tags.length && s.tags[end] === `I-${type}`) end++;
      if (end - i > MAX_WORDS) continue;
      const key = keys.slice(i, end).join(' ');
      let byType = chunkCounts.get(key);
      if (!byType) chunkCounts.set(key, (byType = new Map()));
      byType.set(type, (byType.get(type) ?? 0) + 1);
      if (!surface.has(key)) surface.set(key, s.tokens.slice(i, end).join(' '));
    }
  });
  // How often each candidate word sequence occurs at all, name or not.
  const total = new Map<string, number>();
  for (const keys of keyed) {
    for (let i = 0; i < keys.length; i++) {
      let key = '';
      for (let len = 1; len <= MAX_WORDS && i + len <= keys.length; len++) {
        key = len === 1 ? keys[i]! : `${key} ${keys[i + len - 1]!}`;
        if (chunkCounts.has(key)) total.set(key, (total.get(key) ?? 0) + 1);
      }
    }
  }
  const out: NameEntry[] = [];
  for (const key of [...chunkCounts.keys()].sort()) {
    const n = total.get(key) ?? 1;
    for (const [type, count] of [...chunkCounts.get(key)!].sort(([a], [b]) => (a < b ? -1 : 1)))
      if (count / n >= minShare) out.push({ name: surface.get(key)!, cls: `T:${type}` });
  }
  return out;
}
