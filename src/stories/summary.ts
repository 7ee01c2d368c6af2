/**
 * An extractive story summary: the few sentences that best cover the story's terms, early
 * sentences preferred, none repeating another (maximal marginal relevance).
 */
import { splitSentences } from '../text/sentences.js';
import type { ArticleRecord } from '../types.js';
import { addTerms } from './terms.js';

export interface SummarySentence {
  articleId: string;
  start: number;
  end: number;
  text: string;
}

const REDUNDANCY = 0.5;

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  for (const term of a.keys()) if (b.has(term)) shared++;
  const smaller = Math.min(a.size, b.size);
  return smaller ? shared / smaller : 0;
}

export function summarizeStory(
  articles: readonly Pick<ArticleRecord, 'id' | 'text' | 'headline' | 'body'>[],
  maxSentences = 3,
): SummarySentence[] {
  const centroid = new Map<string, number>();
  const candidates: (SummarySentence & { terms: Map<string, number>; position: number })[] = [];
  for (const article of articles) {
    splitSentences(article.text, article.body).forEach((span, position) => {
      const terms = new Map<string, number>();
      addTerms(article.text, span, 1, terms);
      if (terms.size < 4) return; // fragments and datelines say too little
      for (const [term, n] of terms) centroid.set(term, (centroid.get(term) ?? 0) + n);
      candidates.push({
        articleId: article.id,
        ...span,
        text: article.text.slice(span.start, span.end),
        terms,
        position,
      });
    });
  }
  const scored = candidates.map((c) => {
    let weight = 0;
    for (const term of c.terms.keys()) weight += Math.log(1 + (centroid.get(term) ?? 0));
    return { ...c, score: weight / Math.sqrt(c.terms.size) / (1 + 0.3 * c.position) };
  });
  scored.sort((a, b) => b.score - a.score);
  const chosen: typeof scored = [];
  for (const candidate of scored) {
    if (chosen.length >= maxSentences) break;
    if (chosen.some((c) => overlap(c.terms, candidate.terms) > REDUNDANCY)) continue;
    chosen.push(candidate);
  }
  return chosen.map(({ articleId, start, end, text }) => ({ articleId, start, end, text }));
}
