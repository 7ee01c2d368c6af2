/** Spans inside quotation marks: « », “ ” (and the reversed ” “ some sites use), and straight "…". */
import type { Span } from '../types.js';

export interface QuotedSpan extends Span {
  /** The offsets of the opening and closing marks. */
  open: number;
  close: number;
}

const CLOSERS: Record<string, readonly string[]> = {
  '«': ['»'],
  '“': ['”', '“'],
  '”': ['“', '”'],
  '"': ['"'],
  '„': ['“', '”'],
};

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

// CLOSERS by character code: the scan below reads codes, so that it builds no one-character
// string per character of every sentence.
const CLOSER_CODES: ReadonlyMap<number, readonly number[]> = new Map(
  Object.entries(CLOSERS).map(([open, closers]) => [open.charCodeAt(0), closers.map((c) => c.charCodeAt(0))]),
);

/** A code that may be a key of CLOSER_CODES (« " and the curly quotes U+201C–U+201E). */
function mayOpen(code: number): boolean {
  return code === 0x22 || code === 0xab || (code >= 0x201c && code <= 0x201e);
}

/** The first of `closers` in text[from, end), or `end`. */
function closerAt(text: string, from: number, end: number, closers: readonly number[]): number {
  for (let j = from; j < end; j++) if (closers.includes(text.charCodeAt(j))) return j;
  return end;
}

/** Quoted spans inside one region (a paragraph); a mark left open runs to nothing and is ignored. */
export function findQuotedSpans(text: string, region: Span): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let i = region.start;
  while (i < region.end) {
    const code = text.charCodeAt(i);
    // Almost no character opens a quote: rule them out before the map lookup.
    const closers = mayOpen(code) ? CLOSER_CODES.get(code) : undefined;
    if (!closers) {
      i++;
      continue;
    }
    const j = closerAt(text, i + 1, region.end, closers);
    if (j >= region.end) {
      i++;
      continue;
    }
    const inner = trimSpan(text, i + 1, j);
    if (inner.end > inner.start && /[\p{L}\p{N}]/u.test(text.slice(inner.start, inner.end))) {
      out.push({ ...inner, open: i, close: j });
    }
    i = j + 1;
  }
  return out;
}
