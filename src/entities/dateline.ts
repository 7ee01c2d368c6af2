/**
 * A body paragraph may open with a dateline: "أربيل (كوردستان 24)- رحب …", "دبي، الإمارات العربية
 * المتحدة (CNN)— قال …". The place and the outlet in it are mentions (GUIDELINES.md: a dateline
 * opening a body paragraph is body), whether or not the gazetteer knows them.
 */
import type { Span } from '../types.js';
import { unknownMention, type Mention } from './mention.js';

/** Place words (one or two), optionally "، country", then "(outlet)" and a dash. */
const DATELINE =
  /^([\p{L}\p{M}]+(?: [\p{L}\p{M}]+)?)(?:، ?[\p{L}\p{M} ]{2,40}?)? ?\(([^()\n]{2,30})\) ?[-–—]/u;

/** Mentions for the dateline place and outlet at the start of `region`, where nothing else was found. */
export function datelineMentions(text: string, region: Span, taken: readonly Mention[]): Mention[] {
  const m = DATELINE.exec(text.slice(region.start, Math.min(region.end, region.start + 120)));
  if (!m) return [];
  const out: Mention[] = [];
  const free = (s: number, e: number): boolean => !taken.some((t) => t.start < e && s < t.end);
  const placeStart = region.start;
  const placeEnd = placeStart + m[1]!.length;
  if (free(placeStart, placeEnd)) out.push(unknown('LOC', text, placeStart, placeEnd));
  const outlet = m[2]!.trim();
  const outletStart = region.start + m[0].indexOf('(' + m[2]!) + 1 + m[2]!.indexOf(outlet);
  const outletEnd = outletStart + outlet.length;
  if (free(outletStart, outletEnd)) out.push(unknown('ORG', text, outletStart, outletEnd));
  return out;
}

function unknown(type: 'LOC' | 'ORG', text: string, start: number, end: number): Mention {
  // A source named in the dateline (an outlet, an agency) is a medium.
  return unknownMention(
    text,
    type,
    { start, end, from: -1, to: -1 },
    { sector: type === 'ORG' ? 'MED' : null },
  );
}
