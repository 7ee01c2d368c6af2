/** The content terms of an article for story similarity: light stems of its headline and body words. */
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';
import { lightStem } from '../text/clitics.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { ArticleRecord, Span } from '../types.js';

let stopwords: Set<string> | undefined;

export function loadStopwords(): Set<string> {
  stopwords ??= new Set(
    readFileSync(dataPath('stories', 'stopwords.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
  return stopwords;
}

/**
 * Headline words weigh most: they name the event; the lead paragraphs come next. Later paragraphs
 * (background, reactions, other events) count little: they are what related stories share.
 */
const HEADLINE_WEIGHT = 3;
const PARAGRAPH_WEIGHTS = [2, 1];
const LATER_WEIGHT = 0.3;

/**
 * The light stem, folded a little further so that the forms of one name or noun meet: the
 * country and its adjective (سوريا / السورية → سور), and a word with a one-letter preposition
 * still attached (بضرب → ضرب). Only for matching: the folds need not be words.
 */
export function storyStem(word: string): string {
  let stem = lightStem(word);
  if (stem.length >= 5 && stem.endsWith('يا')) stem = stem.slice(0, -2);
  else if (stem.length >= 5 && stem.endsWith('ا')) stem = stem.slice(0, -1);
  if (stem.length >= 4 && 'بلفك'.includes(stem[0]!)) stem = stem.slice(1);
  return stem;
}

export function addTerms(
  text: string,
  span: Span,
  weight: number,
  into: Map<string, number>,
  tokens: readonly Token[] = tokenize(text, span.start, span.end),
): void {
  const stop = loadStopwords();
  for (const token of tokens) {
    if (token.kind !== 'word' && token.kind !== 'latin') continue;
    if (stop.has(token.norm)) continue;
    const stem = storyStem(token.text);
    if (stem.length < 3 || stop.has(stem)) continue;
    into.set(stem, (into.get(stem) ?? 0) + weight);
  }
}

/** The article's terms; `tokens`, when given, are the tokens of the headline (or null) and of each body span. */
export function articleTerms(
  record: Pick<ArticleRecord, 'text' | 'headline' | 'body'>,
  tokens?: { headline: readonly Token[] | null; body: readonly (readonly Token[])[] },
): Map<string, number> {
  const terms = new Map<string, number>();
  if (record.headline)
    addTerms(record.text, record.headline, HEADLINE_WEIGHT, terms, tokens?.headline ?? undefined);
  record.body.forEach((paragraph, i) =>
    addTerms(record.text, paragraph, PARAGRAPH_WEIGHTS[i] ?? LATER_WEIGHT, terms, tokens?.body[i]),
  );
  return terms;
}
