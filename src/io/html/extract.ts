/**
 * Main-text extraction from an HTML page: rasd's own tolerant parser (parse.ts), metadata from
 * meta tags and JSON-LD (metadata.ts), and block-level content selection (content.ts).
 */
import { extractMetadata } from './metadata.js';
import { parseHtml } from './parse.js';
import { selectParagraphs } from './content.js';

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

const EMPTY: HtmlExtraction = {
  title: null,
  paragraphs: [],
  published: null,
  outlet: null,
  lang: null,
  url: null,
};

export function extractHtml(html: string): HtmlExtraction {
  try {
    const { root } = parseHtml(html);
    const meta = extractMetadata(root);
    return { ...meta, paragraphs: selectParagraphs(root) };
  } catch {
    // The parser is tolerant by design; this only guards against a bug turning into a crash.
    return { ...EMPTY, paragraphs: [] };
  }
}
