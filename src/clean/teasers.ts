/**
 * Teasers of other stories appended after an article's end (CNN Arabic closes many reports
 * with one-paragraph summaries of its other stories). An article's later paragraphs continue
 * its text — "وقال", "وأضاف", "كما", "من جهته" — while a teaser opens like a new article: a
 * bare perfect verb ("أعلنت", "انتقد"), its own dateline, or a this-day-in-history "في 10
 * سبتمبر". The teasers are the trailing run of paragraphs that mostly open that way.
 */
import { PHRASES, key } from './phrases.js';
import { isContinuation } from './boilerplate.js';
import { findDateline } from './dateline.js';

/** Shorter than this, a paragraph is a sub-heading or caption, not a teaser. */
const MIN_TEASER_CHARS = 60;

const WEEKDAYS = '(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)';
const LEDE_WEEKDAY = new RegExp(`[،,]\\s*(?:يوم\\s+)?(?:مساء\\s+|صباح\\s+|فجر\\s+)?${WEEKDAYS}\\s*[،,]`, 'u');
const HISTORY_OPENING = /^في\s+(?:مثل\s+هذا\s+اليوم|\d{1,2}\s+\S+)/u;

/** A paragraph that opens like the lede of a new article. */
export function opensLikeArticle(paragraph: string): boolean {
  const k = key(paragraph).replace(/^[\s"“«(]+/u, '');
  if (isContinuation(k)) return false;
  const first = (k.split(/[\s،,:]+/)[0] ?? '').replace(/[^\p{L}]/gu, '');
  if (PHRASES.ledeVerbs.has(first)) return true;
  // A verb outside the list still shows in the lede's shape: "ردت قطر، السبت، على": a bare
  // first word, then the weekday set off by commas within the first words.
  if (
    /^[\u0621-\u064a]{2,7}$/u.test(first) &&
    !first.startsWith('ال') &&
    !PHRASES.nonVerbOpeners.has(first)
  ) {
    const opening = k.slice(0, 110);
    if (LEDE_WEEKDAY.test(opening)) return true;
  }
  if (HISTORY_OPENING.test(k) && /\d/.test(k.slice(0, 12))) return true;
  return findDateline({ start: 0, end: paragraph.length, text: paragraph }) !== null;
}

/**
 * The index in `paragraphs` (the article's paragraphs in order, the first one being its
 * lede) where the trailing teasers begin, or `paragraphs.length` when there are none.
 */
export function teaserStart(paragraphs: readonly string[]): number {
  const n = paragraphs.length;
  if (n < 2) return n;
  const cont = paragraphs.map((p) => isContinuation(key(p)));
  if (cont[n - 1]) return n;
  // No teasers unless the text ends with a lede: most articles stop here, before the other
  // paragraphs are read.
  if (!opensLikeArticle(paragraphs[n - 1]!)) return n;
  const lede = paragraphs.map(opensLikeArticle);
  // A teaser is a full lede paragraph; a short line (a sub-heading, a caption) below which
  // the text goes on belongs to the article, so the teasers start after the last one.
  // The article itself needs its lede first: the first full paragraph.
  const firstFull = paragraphs.findIndex((p) => p.length >= MIN_TEASER_CHARS);
  if (firstFull < 0) return n;
  let from = firstFull + 1;
  paragraphs.forEach((p, i) => {
    if (p.length < MIN_TEASER_CHARS) from = Math.max(from, i + 1);
  });
  // The teaser run must end the text with a lede; its start is where the suffix score
  // (lede +1, neither -0.5, continuation -2) is highest, so that an article
  // paragraph that happens to open with a verb does not pull the whole tail in.
  if (!lede[n - 1]) return n;
  let best = n;
  let bestScore = 0;
  let score = 0;
  for (let k = n - 1; k >= from; k--) {
    score += lede[k] ? 1 : cont[k] ? -2 : -0.5;
    if (!lede[k] || /[:：]\s*$/u.test(paragraphs[k - 1]!)) continue;
    if (score >= bestScore) {
      best = k;
      bestScore = score;
    }
  }
  // One or two trailing ledes may be the article's own closing background; they count as
  // teasers only when they share little vocabulary with the article above them.
  if (n - best <= 2) {
    const article = contentWords(paragraphs.slice(0, best).join(' '));
    for (let i = best; i < n; i++) {
      if (overlap(contentWords(paragraphs[i]!), article) > MAX_SHORT_RUN_OVERLAP) return n;
    }
  }
  return best;
}

/** Above this share of words seen in the article, a short trailing run belongs to it. */
export const MAX_SHORT_RUN_OVERLAP = 0.3;

/** The words of 4 letters or more, without the article and one-letter proclitics. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of key(text).split(/[^\u0621-\u064aa-z0-9]+/u)) {
    const w = raw.replace(/^(?:[وفبلك]?ال|[وف])(?=\S{3})/u, '');
    if (w.length >= 4) words.add(w);
  }
  return words;
}

/** The share of `words` found in `seen`. */
export function overlap(words: Set<string>, seen: Set<string>): number {
  if (words.size === 0) return 0;
  let shared = 0;
  for (const w of words) if (seen.has(w)) shared++;
  return shared / words.size;
}
