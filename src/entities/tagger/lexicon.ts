/**
 * Cue words (titles, place nouns, organisation heads, …) that signal a name nearby. The list is
 * data (data/ner/cues.tsv); the trained weights embed the entries they were trained with, so a
 * later edit of the TSV cannot silently shift a model's features.
 */
import { normalize } from '../../text/normalize.js';
import { splitProclitics } from './clitics.js';

export interface CueEntry {
  word: string;
  cls: string;
}

/** Cue classes by the clitic-stripped normalised form of a word. */
export type CueLexicon = ReadonlyMap<string, readonly string[]>;

/** Parses `WORD<TAB>CLASS` lines; `#` comments and blank lines are skipped. */
export function parseCueTsv(text: string): CueEntry[] {
  const entries: CueEntry[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [word, cls] = line.split('\t');
    if (!word || !cls) throw new Error(`cue lexicon: expected WORD<TAB>CLASS, got ${JSON.stringify(line)}`);
    entries.push({ word: word.trim(), cls: cls.trim() });
  }
  return entries;
}

/** The lookup key of a word: normalised, proclitics peeled, so 'والرئيس' meets 'الرئيس'. */
export function cueKey(word: string): string {
  return splitProclitics(normalize(word)).stem;
}

export function buildCueLexicon(entries: readonly CueEntry[]): CueLexicon {
  const byKey = new Map<string, string[]>();
  for (const { word, cls } of entries) {
    const key = cueKey(word);
    const classes = byKey.get(key) ?? [];
    if (!classes.includes(cls)) classes.push(cls);
    byKey.set(key, classes);
  }
  return byKey;
}
