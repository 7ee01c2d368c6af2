/** The headline: the reader's when the format names one, else a plain text's lone first line. */
import type { RawArticle, Span } from '../types.js';
import type { Line } from './lines.js';
import { lineCue } from './boilerplate.js';
import { isDateLine } from './published.js';

/** A title longer than this is a paragraph, not a headline standing above the body. */
const MAX_HEADLINE_CHARS = 300;

/** How many lines of navigation or stamps may stand above a plain-text headline. */
const MAX_LEADING_NOISE = 3;

const isLeadingNoise = (text: string): boolean => lineCue(text) !== null || isDateLine(text);

export interface HeadlineResult {
  span: Span | null;
  /** Indexes (into `lines`) of the lines the headline covers. */
  lines: number[];
}

export function findHeadline(raw: RawArticle, lines: Line[]): HeadlineResult {
  if (raw.headline) {
    const span = trimSpan(raw.text, raw.headline);
    if (span.end <= span.start) return { span: null, lines: [] };
    const covered = lines.flatMap((l, i) => (l.start >= span.start && l.end <= span.end ? [i] : []));
    return { span, lines: covered };
  }
  // Plain text (or a page without a title): the first line when it stands alone above a body,
  // after any navigation, share or time-stamp lines a scrape may start with.
  let at = 0;
  while (at < Math.min(lines.length - 1, MAX_LEADING_NOISE) && isLeadingNoise(lines[at]!.text)) at++;
  const first = lines[at];
  if (!first || at >= lines.length - 1 || first.text.length > MAX_HEADLINE_CHARS)
    return { span: null, lines: [] };
  return { span: { start: first.start, end: first.end }, lines: [at] };
}

/** The span without the white space at its edges. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
