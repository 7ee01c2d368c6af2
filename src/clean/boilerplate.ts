/**
 * Line classifier for scraped-news boilerplate: each line gets a `RemovedKind` or null
 * (article text). Cues come from data/clean/phrases.json; lists announced by a bare
 * "اقرأ أيضا:" or a related-articles header take the headline-like lines under them too.
 */
import type { RemovedKind } from '../types.js';
import type { Line } from './lines.js';
import { PHRASES, key } from './phrases.js';
import { isKnownOutlet } from './dateline.js';
import { trimPunctuation, trimTrailingColons } from './trim.js';

/** Leading list marks and decorations that do not change what a line is. */
const LEAD_MARKS = /^[\s•·●○◦▪▫■□►▶◄*\-–—|>»«#]+/u;
const startsWithPhrase = (k: string, p: string): boolean =>
  k.startsWith(p) && (k.length === p.length || /[\s:：\-–—/|.,،»«"“]/u.test(k[p.length]!) || /[:/]$/.test(p));

/** A line with no letter or digit at all: separators, "-----", "***". */
const isDecoration = (text: string): boolean => !/[\p{L}\p{N}]/u.test(text);

/** The cue kind of one line on its own, and whether it announces a list below it. */
export function lineCue(text: string): { kind: RemovedKind; opensList: boolean } | null {
  const full = key(text);
  const k = full.replace(LEAD_MARKS, '');
  if (isDecoration(text)) return { kind: 'navigation', opensList: false };
  if (isShareLine(k)) return { kind: 'share', opensList: false };
  for (const p of PHRASES.readAlsoPrefixes) {
    if (startsWithPhrase(k, p)) return { kind: 'read_also', opensList: isBare(k, p) };
  }
  const header = trimTrailingColons(k);
  if (PHRASES.relatedHeaders.has(header)) return { kind: 'related', opensList: true };
  for (const p of PHRASES.relatedInline) if (k.startsWith(p)) return { kind: 'related', opensList: false };
  for (const p of PHRASES.sourcePrefixes)
    if (startsWithPhrase(k, p)) return { kind: 'source_line', opensList: false };
  if (isCreditLine(k)) return { kind: 'source_line', opensList: false };
  for (const p of PHRASES.tagPrefixes) {
    if (
      startsWithPhrase(k, p) &&
      (k.length === p.length || /^[\s]*[:：]/u.test(k.slice(p.length)) || k.length < 200)
    )
      return { kind: 'tags', opensList: isBare(k, p) };
  }
  // A bare widget header ("زوارنا يتصفحون الآن") heads a list of other articles' titles.
  for (const p of PHRASES.widgetPrefixes)
    if (startsWithPhrase(k, p)) return { kind: 'widget', opensList: isBare(k, p) };
  if (PHRASES.navigationLines.has(header) || /^(?:الرئيسيه|home)\s*[>»/|]/u.test(k))
    return { kind: 'navigation', opensList: false };
  // "لمتابعة أحدث التطورات اضغط هنا", "لقراءة التصريحات كاملة اضغط على العنوان التالي:".
  if (k.length <= 150 && PHRASES.navigationContains.some((c) => k.includes(c)))
    return { kind: 'navigation', opensList: /[:：]\s*$/u.test(k) };
  for (const p of PHRASES.otherPrefixes) if (k.startsWith(p)) return { kind: 'other', opensList: false };
  return null;
}

/** The marker alone ("اقرأ أيضا:"), announcing the headlines listed below it. */
function isBare(k: string, prefix: string): boolean {
  return /^[\s:：.…\-–—]*$/u.test(k.slice(prefix.length));
}

// Share words longest first (a longer name must go before a shorter one inside it), and every
// single word they are made of: sorted once here, not on every line.
const SHARE_WORDS = [...PHRASES.shareWords].sort((a, b) => b.length - a.length);
const SHARE_WORD_PARTS = new Set(SHARE_WORDS.flatMap((w) => w.split(' ')));

/** Share widgets: "Share on facebook", "شارك", or a row of network names only. */
function isShareLine(k: string): boolean {
  if (k.length > 120) return false;
  if (PHRASES.sharePrefixes.some((p) => startsWithPhrase(k, p))) return true;
  let rest = ` ${k.replace(/[|,،/·•:\-–—]+/gu, ' ')} `;
  // Removing share words deletes whole space-delimited words only, so a word that is part of
  // no share word stays: the line is not a share row (the usual case, decided without the loop).
  for (const part of rest.split(' ')) if (part !== '' && !SHARE_WORD_PARTS.has(part)) return false;
  for (const w of SHARE_WORDS) rest = rest.split(` ${w} `).join('  ');
  return rest.trim() === '' && k.trim() !== '';
}

/** A credit line made only of outlet/agency names: "فرانس24/ أ ف ب", "رويترز، أ ف ب". */
function isCreditLine(k: string): boolean {
  if (k.length > 60) return false;
  const parts = k
    .split(/\s*(?:[/،,+|]|\s-\s|\sو(?=\S))\s*/u)
    .map((s) => s.trim())
    .filter(Boolean);
  return parts.length > 0 && parts.every((p) => isKnownOutlet(p));
}

/** One tag under a bare tag header: a word or a short name. */
const isTag = (text: string): boolean =>
  text.length <= 50 && text.split(/\s+/).length <= 5 && !SENTENCE_END.test(text);

/** Sentence-final punctuation that a listed headline does not end with. */
const SENTENCE_END = /[.!。]["”»)]*$/u;

/** A line that reads like a listed headline (under "اقرأ أيضا:"), not like a paragraph. */
export function isListedHeadline(text: string): boolean {
  if (/^[•·●▪■►*\-–]/u.test(text)) return true;
  if (text.length > 300) return false;
  if (SENTENCE_END.test(text) && !/…|\.\.\.$/u.test(text)) return false;
  return !isContinuation(key(text));
}

/** A paragraph that continues the text before it: conjunction-prefixed or led by a connective. */
export function isContinuation(k: string): boolean {
  // The text up to the first white space (what split(/\s+/)[0] gives, without splitting it all).
  const space = /\s/.exec(k);
  const first = space ? k.slice(0, space.index) : k;
  if (/^[وف]\S{2,}/u.test(first) && !/^(?:وزير|وزاره|وكاله|وفد|وسائل|وحدات|وثيقه|وثائق|واشنطن)/u.test(first))
    return true;
  return PHRASES.continuationOpeners.some((p) => startsWithPhrase(k, p));
}

export interface ClassifyInput {
  lines: Line[];
  /** Lines that are the headline (never classified). */
  headlineLines: ReadonlySet<number>;
  /** The headline's text, for repeats. */
  headlineText: string | null;
}

/** A removed kind or null for every line. */
export function classifyLines(input: ClassifyInput): Array<RemovedKind | null> {
  const { lines, headlineLines } = input;
  const kinds: Array<RemovedKind | null> = lines.map(() => null);
  const headKey = input.headlineText ? repeatKey(input.headlineText) : null;
  // Each line is compared with the three above it: its repeat key is computed once.
  const repeatKeys: Array<string | undefined> = [];
  const repeatKeyAt = (j: number): string => (repeatKeys[j] ??= repeatKey(lines[j]!.text));

  for (let i = 0; i < lines.length; i++) {
    if (headlineLines.has(i) || kinds[i]) continue;
    const cue = lineCue(lines[i]!.text);
    if (cue) {
      kinds[i] = cue.kind;
      if (!cue.opensList && (cue.kind === 'read_also' || cue.kind === 'related')) {
        // "للمزيد: عنوان" may go on with more linked headlines on the lines below.
        for (let j = i + 1; j < lines.length && isLinkTitle(lines[j]!.text) && !lineCue(lines[j]!.text); j++)
          kinds[j] = cue.kind;
      }
      if (cue.opensList) {
        // The listed items: up to a dozen headline-like lines (short tags under a tag header).
        const isItem = cue.kind === 'tags' ? isTag : isListedHeadline;
        let taken = 0;
        for (let j = i + 1; j < lines.length && taken < (cue.kind === 'tags' ? 20 : 12); j++) {
          if (lineCue(lines[j]!.text) || !isItem(lines[j]!.text)) break;
          kinds[j] = cue.kind;
          taken++;
        }
      }
      continue;
    }
    const k = repeatKeyAt(i);
    if (headKey && k && isNearRepeat(k, headKey)) {
      kinds[i] = 'headline_repeat';
      continue;
    }
    // A caption repeated verbatim: the second copy of a line just above it (not a repeated
    // date or number heading of a timeline).
    for (let j = Math.max(0, i - 3); j < i && k; j++) {
      // (The word count is checked last: it is needed only for a line that repeats.)
      if (!headlineLines.has(j) && repeatKeyAt(j) === k && wordCount(lines[i]!.text) >= 2) {
        kinds[i] = 'caption_repeat';
        break;
      }
    }
  }
  markLinkRuns(lines, headlineLines, kinds);
  return kinds;
}

/** Words of at least two letters. */
const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length;

/**
 * Links to other articles set in the text without a header (BBC Arabic does this): two or
 * more headline-like lines in a row between paragraphs. One such line alone is a sub-heading.
 */
function markLinkRuns(
  lines: Line[],
  headlineLines: ReadonlySet<number>,
  kinds: Array<RemovedKind | null>,
): void {
  const kept = lines.flatMap((_, i) => (headlineLines.has(i) || kinds[i] ? [] : [i]));
  for (let a = 1; a < kept.length;) {
    let b = a;
    while (b < kept.length && isLinkTitle(lines[kept[b]!]!.text)) b++;
    const before = lines[kept[a - 1]!]!.text;
    if (b - a >= 2 && !/[:：]\s*$/u.test(before)) {
      for (let x = a; x < b; x++) kinds[kept[x]!] = 'related';
    }
    a = b + 1;
  }
}

/** A line shaped like a linked headline: a few words, no closing full stop, not a list item. */
export function isLinkTitle(text: string): boolean {
  if (text.length < 20 || text.length > 150) return false;
  if (SENTENCE_END.test(text) || /[:：،,]\s*$/u.test(text)) return false;
  if (/^\s*(?:\d+\s*[-.)/]|[-–•*·])/u.test(text)) return false;
  if (text.split(/\s+/).length < 3) return false;
  return !isContinuation(key(text));
}

/** Comparison key for repeats: normalised, without a trailing "(tag)" and edge punctuation. */
function repeatKey(text: string): string {
  let k = key(text);
  // key() is trimmed, so a trailing "(tag)" can only be there when the key ends in ) or ].
  const last = k[k.length - 1];
  if (last === ')' || last === ']') k = k.replace(/\s*[([][^()[\]]{1,20}[)\]]\s*$/u, '');
  return trimPunctuation(k);
}

/** Equal, or one is the other plus a short head or tail (a tag, " - عاجل", "عاجل | "). */
function isNearRepeat(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return (
    short.length >= 15 &&
    short.length / long.length >= 0.85 &&
    (long.startsWith(short) || long.endsWith(short))
  );
}
