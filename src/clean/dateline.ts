/**
 * Datelines: the place/outlet stamp that opens a report — "أربيل (كوردستان 24)-",
 * "دبي، الإمارات العربية المتحدة (CNN)—", "(CNN)--", "واشنطن (أ ف ب) -", "بغداد - رويترز -".
 * The span covers the stamp and its closing dash, not the sentence after it.
 */
import type { Dateline } from '../types.js';
import type { Line } from './lines.js';
import { OUTLET_ALIASES, PHRASES, key } from './phrases.js';

const DASH = '[-–—ـ‐‑‒―]';
/** A place: a few words, commas allowed ("دبي، الإمارات العربية المتحدة"), no sentence punctuation. */
const PLACE = `[^()\\n"“”«»:.؛!?؟]{1,60}?`;
/** "PLACE (OUTLET) —" or "(OUTLET) —". */
const PAREN_RE = new RegExp(`^(?:(${PLACE})\\s*)?\\(\\s*([^()\\n]{1,30}?)\\s*\\)\\s*(${DASH}+|:)?`, 'u');
/** "PLACE - AGENCY -" (the agency must be a known one, else any "X - Y" would match). */
const AGENCY_RE = new RegExp(`^(${PLACE})\\s*${DASH}+\\s*([^\\n:.،,]{1,30}?)\\s*(${DASH}+|:|$)`, 'u');

const wordCount = (s: string): number => s.split(/[\s،,]+/).filter(Boolean).length;

/** A place names somewhere: a few words, not a sentence opened by a verb ("نقلت وكالة …"). */
function isPlace(place: string): boolean {
  if (wordCount(place) > 6) return false;
  const first = key(place).split(/[\s،,]+/)[0] ?? '';
  return !PHRASES.ledeVerbs.has(first) && !/^[وف]?(?:قال|قالت|اكد|اكدت)/u.test(first);
}

/** True when `name` is a known outlet or news agency. */
export function isKnownOutlet(name: string): boolean {
  const k = key(name);
  return OUTLET_ALIASES.has(k) || PHRASES.agencies.includes(k);
}

/**
 * The dateline at the start of `line`, with absolute offsets, or null. `wholeLine` tells
 * that nothing but the stamp is on the line (a dateline line of its own).
 */
export function findDateline(line: Line): (Dateline & { wholeLine: boolean }) | null {
  const text = line.text;
  let m = PAREN_RE.exec(text);
  if (m) {
    const place =
      m[1]
        ?.trim()
        .replace(/[،,]+$/, '')
        .trim() || null;
    const outlet = m[2]!.trim();
    const closed = m[3] !== undefined || m[0].length === text.length;
    // Without a closing dash only a known outlet makes "(X)" a stamp, not a parenthesis.
    const known = isKnownOutlet(outlet) || /^[A-Z][A-Za-z0-9 .&-]*$/.test(outlet);
    const plausible = closed
      ? known || /\d/.test(outlet) || (place !== null && wordCount(outlet) <= 3)
      : known;
    if (plausible && (place === null || isPlace(place))) {
      return stamp(line, m[0], place, outlet);
    }
  }
  m = AGENCY_RE.exec(text);
  if (m) {
    const place = m[1]!
      .trim()
      .replace(/[،,]+$/, '')
      .trim();
    const outlet = m[2]!.trim();
    if (wordCount(place) <= 4 && isPlace(place) && isKnownOutlet(outlet))
      return stamp(line, m[0], place, outlet);
  }
  return null;
}

function stamp(
  line: Line,
  matched: string,
  place: string | null,
  outlet: string,
): Dateline & { wholeLine: boolean } {
  const trimmed = matched.replace(/\s+$/, '');
  return {
    start: line.start,
    end: line.start + trimmed.length,
    place,
    outlet,
    wholeLine: trimmed.length === line.text.length,
  };
}
