/**
 * Search forms of Arabic text: every word as its light stem and as the stem's consonant
 * skeleton, so that a query in any spelling meets the article (بلينكن / بلنكين → بلنكن,
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

/** Article and conjunction prefixes that never start a name: وال، بال، كال، فال، لل، ال، و. */
const NAME_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و'];

/**
 * The word without its article/conjunction, suffixes kept: the skeleton of a name must not lose
 * letters to suffix stripping (بوتين would lose ين and stop meeting بوتن).
 */
function withoutArticle(norm: string): string {
  for (const prefix of NAME_PREFIXES) {
    if (norm.startsWith(prefix) && norm.length - prefix.length >= 3) return norm.slice(prefix.length);
  }
  return norm;
}

export interface SearchForms {
  stems: string;
  skeletons: string;
}

export function searchForms(text: string): SearchForms {
  const stems: string[] = [];
  const skeletons: string[] = [];
  for (const token of tokenize(text)) {
    if (token.kind === 'punct' || token.kind === 'symbol') continue;
    const stem = token.kind === 'word' ? lightStem(token.text) : token.norm;
    if (!stem) continue;
    stems.push(stem);
    skeletons.push(token.kind === 'word' ? consonantSkeleton(withoutArticle(token.norm)) : stem);
  }
  return { stems: stems.join(' '), skeletons: skeletons.join(' ') };
}

/** Quotes a term for an FTS5 query (double quotes doubled). */
const ftsString = (term: string): string => `"${term.replace(/"/g, '""')}"`;

/**
 * An FTS5 query for a user's words: every word must match, by stem or by skeleton. Returns null
 * when the query has no searchable word.
 */
export function ftsQuery(query: string): string | null {
  const { stems, skeletons } = searchForms(query);
  if (!stems) return null;
  const stemList = stems.split(' ');
  const skeletonList = skeletons.split(' ');
  return stemList
    .map((stem, i) => `(stems:${ftsString(stem)} OR skeletons:${ftsString(skeletonList[i]!)})`)
    .join(' AND ');
}
