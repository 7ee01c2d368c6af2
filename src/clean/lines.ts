/** The non-blank lines of a text as trimmed spans: the units the gold labels and the cleaner classifies. */
import type { Span } from '../types.js';

export interface Line extends Span {
  /** The line's text, trimmed (`text.slice(start, end)`). */
  text: string;
}

/** Splits on \n (a \r before it is trimmed away) and drops lines that are only white space. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let start = pos;
    let end = nl;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) lines.push({ start, end, text: text.slice(start, end) });
    pos = nl + 1;
  }
  return lines;
}
