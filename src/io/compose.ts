/**
 * The record text of structured inputs (CONTRACT.md "The text"): JSON and SGML put the headline,
 * trimmed, then "\n\n", then the trimmed body; HTML puts the title, then the paragraphs, one a line.
 */
import type { Span } from '../types.js';
import type { HtmlExtraction } from './html/extract.js';

export interface ComposedText {
  text: string;
  headline: Span | null;
  /** Spans of the paragraphs when the input gave them (HTML). */
  body?: Span[];
  warnings: string[];
}

/**
 * A headline is one line of the text: it is trimmed and any line breaks inside it become a
 * space, so later stages can rely on the headline span holding no newline.
 */
export function normalizeHeadline(headline: string | null | undefined): string {
  return (headline ?? '').trim().replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Headline + "\n\n" + body; null when both are empty. A headline without a body is kept, with a warning. */
export function composeHeadlineAndBody(
  headline: string | null | undefined,
  body: string | null | undefined,
): ComposedText | null {
  const h = normalizeHeadline(headline);
  const b = (body ?? '').trim();
  if (!h && !b) return null;
  if (!b)
    return {
      text: h,
      headline: { start: 0, end: h.length },
      warnings: ['empty body: the article has only a headline'],
    };
  if (!h) return { text: b, headline: null, warnings: [] };
  return { text: `${h}\n\n${b}`, headline: { start: 0, end: h.length }, warnings: [] };
}

/** The title line, then each paragraph on a line of its own; null when the page gave nothing. */
export function composeHtmlText(
  extraction: Pick<HtmlExtraction, 'title' | 'paragraphs'>,
): ComposedText | null {
  const title = normalizeHeadline(extraction.title);
  const paragraphs = extraction.paragraphs
    .map((p) => p.trim().replace(/\s*[\r\n]+\s*/g, ' '))
    .filter(Boolean);
  if (!title && paragraphs.length === 0) return null;
  const body: Span[] = [];
  let text = title;
  for (const p of paragraphs) {
    if (text.length > 0) text += '\n';
    body.push({ start: text.length, end: text.length + p.length });
    text += p;
  }
  const warnings = paragraphs.length === 0 ? ['empty body: the page gave only a title'] : [];
  return { text, headline: title ? { start: 0, end: title.length } : null, body, warnings };
}
