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

/** Quoted spans inside one region (a paragraph); a mark left open runs to nothing and is ignored. */
export function findQuotedSpans(text: string, region: Span): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let i = region.start;
  while (i < region.end) {
    const closers = CLOSERS[text[i]!];
    if (!closers) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < region.end && !closers.includes(text[j]!)) j++;
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
