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

/**
 * The skeletons a word is found by: its whole form's (names keep their endings: بوتين = بوتن)
 * and its stem's (inflections meet: الأمريكية = أميركي), the latter only when long enough not to
 * meet unrelated words (بوت → بت would meet بيت).
 */
function wordSkeletons(norm: string, stem: string): string[] {
  const whole = consonantSkeleton(withoutArticle(norm));
  const ofStem = consonantSkeleton(stem);
  return ofStem.length >= 3 && ofStem !== whole ? [whole, ofStem] : [whole];
}

/** The stem and skeletons of every searchable word of `text`, in order. */
function* wordForms(text: string): Generator<{ stem: string; skeletons: string[] }> {
  for (const token of tokenize(text)) {
    if (token.kind === 'punct' || token.kind === 'symbol') continue;
    const stem = token.kind === 'word' ? lightStem(token.text) : token.norm;
    if (stem) yield { stem, skeletons: token.kind === 'word' ? wordSkeletons(token.norm, stem) : [stem] };
  }
}

export function searchForms(text: string): SearchForms {
  const stems: string[] = [];
  const skeletons: string[] = [];
  for (const form of wordForms(text)) {
    stems.push(form.stem);
    skeletons.push(...form.skeletons);
  }
  return { stems: stems.join(' '), skeletons: skeletons.join(' ') };
}

/** Quotes a term for an FTS5 query (double quotes doubled). */
const ftsString = (term: string): string => `"${term.replace(/"/g, '""')}"`;

/**
 * An FTS5 query for a user's words: every word must match, by stem or by one of its skeletons.
 * Returns null when the query has no searchable word.
 */
export function ftsQuery(query: string): string | null {
  const terms: string[] = [];
  for (const { stem, skeletons } of wordForms(query)) {
    const alternatives = [`stems:${ftsString(stem)}`, ...skeletons.map((k) => `skeletons:${ftsString(k)}`)];
    terms.push(`(${alternatives.join(' OR ')})`);
  }
  return terms.length ? terms.join(' AND ') : null;
}
