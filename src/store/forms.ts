/**
 * Search forms of Arabic text: every word as the consonant skeleton of its whole form and of its
 * light stem, so that a query in any spelling meets the article (بلينكن / بلنكين → بلنكن,
 * أمريكي / أميركي → امرك, وبالعراق → عراق).
 */
import { lightStem } from '../text/clitics.js';
import { looseKey } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';

/** Drops the long vowels ا و ي after the first letter: transliterations differ mostly in them. */
export function consonantSkeleton(stem: string): string {
  if (stem.length <= 2) return stem;
  return stem[0] + stem.slice(1).replace(/[اويءئؤ]/g, '');
}

/** A spelling-blind key for a name: each word's consonant skeleton (أنتوني بلينكن = انتوني بلنكين). */
export function nameKey(name: string): string {
  return looseKey(name).split(' ').map(consonantSkeleton).join(' ');
}

/** The article with or without a preposition, longest first (بال، لل، ال …). */
const ARTICLES = ['بال', 'كال', 'فال', 'لل', 'ال'];

/**
 * The word without a leading conjunction and article (وبالعراق → عراق), suffixes kept: a name's
 * skeleton must not lose letters to suffix stripping (بوتين would lose ين and stop meeting بوتن).
 * Index and query strip alike, so a name that happens to start with و still meets itself.
 */
function withoutArticle(norm: string): string {
  let word = norm;
  if ((word[0] === 'و' || word[0] === 'ف') && word.length >= 5) word = word.slice(1);
  for (const article of ARTICLES) {
    if (word.startsWith(article) && word.length - article.length >= 3) return word.slice(article.length);
  }
  return word;
}

/** Persian letters some sites use for foreign sounds (خاشقچي، ڤيينا، گوتيريش), folded to Arabic ones. */
const PERSIAN_LETTERS: Record<string, string> = { چ: 'ج', پ: 'ب', گ: 'ك', ڤ: 'ف', ژ: 'ز' };
const foldPersian = (word: string): string => word.replace(/[چپگڤژ]/g, (c) => PERSIAN_LETTERS[c]!);

/**
 * The skeletons a word is found by: its whole form's (names keep their endings: بوتين = بوتن)
 * and its stem's (inflections meet: الأمريكية = أميركي), the latter only when long enough not to
 * meet unrelated words (بوت → بت would meet بيت).
 */
function wordSkeletons(norm: string, stem: string): string[] {
  const whole = consonantSkeleton(withoutArticle(foldPersian(norm)));
  const ofStem = consonantSkeleton(foldPersian(stem));
  return ofStem.length >= 4 && ofStem !== whole ? [whole, ofStem] : [whole];
}

/**
 * The skeletons of every searchable word of `text`, in order (numbers and Latin words as they
 * are): for the index both skeletons, for a query the whole word's only, so that two spellings
 * of one word ask for exactly the same thing (بلنكين's stem loses ين, بلينكن's does not).
 */
function* wordForms(text: string, forQuery: boolean): Generator<string[]> {
  for (const token of tokenize(text)) {
    if (token.kind === 'punct' || token.kind === 'symbol') continue;
    if (token.kind !== 'word') yield [token.norm];
    else {
      const skeletons = wordSkeletons(token.norm, lightStem(token.text));
      yield forQuery ? skeletons.slice(0, 1) : skeletons;
    }
  }
}

/** What the full-text index stores for a text: the skeletons of its words. */
export function searchForms(text: string): string {
  const skeletons: string[] = [];
  for (const forms of wordForms(text, false)) skeletons.push(...forms);
  return skeletons.join(' ');
}

/** Quotes a term for an FTS5 query (double quotes doubled). */
const ftsString = (term: string): string => `"${term.replace(/"/g, '""')}"`;

/**
 * An FTS5 query for a user's words: every word must match by its skeleton. Two spellings of a
 * word give the same skeleton, so they find the same articles. Returns null when the query
 * has no searchable word.
 */
export function ftsQuery(query: string): string | null {
  const terms: string[] = [];
  for (const [skeleton] of wordForms(query, true)) terms.push(ftsString(skeleton!));
  return terms.length ? terms.join(' AND ') : null;
}
