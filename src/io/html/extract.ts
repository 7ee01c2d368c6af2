/**
 * Main-text extraction from an HTML page. (First version: @mozilla/readability over linkedom;
 * being replaced by rasd's own faster extractor.)
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlExtraction {
  /** The article title, or null. */
  title: string | null;
  /** The main-content paragraphs, in order, each trimmed and non-empty. */
  paragraphs: string[];
  /** Publication date from meta tags, as written (unparsed), or null. */
  published: string | null;
  /** Site or publisher name from meta tags, or null. */
  outlet: string | null;
  /** The page language from <html lang>, or null. */
  lang: string | null;
  /** Canonical URL from meta tags, or null. */
  url: string | null;
}

export function extractHtml(html: string): HtmlExtraction {
  const { document } = parseHTML(html);
  const meta = (sel: string): string | null => document.querySelector(sel)?.getAttribute('content') ?? null;
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  const paragraphs = (article?.textContent ?? '')
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    title: article?.title?.trim() || null,
    paragraphs,
    published: meta('meta[property="article:published_time"]'),
    outlet: meta('meta[property="og:site_name"]'),
    lang: document.documentElement?.getAttribute('lang') ?? null,
    url: meta('meta[property="og:url"]'),
  };
}
