/**
 * The publication date from the article's own text, when metadata has none. Only a date in a
 * place that dates the report counts: a "نشر / تاريخ النشر / آخر تحديث" stamp, the lines
 * between headline and body, the dateline or the lede, or a date introduced as today
 * ("اليوم الأربعاء 13 كانون الأول 2023"). A date deep in the body is usually about another
 * event, and removed lines (related-article lists) are never read.
 */
import { normalize } from '../text/normalize.js';
import { findDates, type FoundDate } from './dates.js';
import type { Line } from './lines.js';

/** A date this close to the lede's start belongs to its dateline stamp. */
const LEDE_STAMP_CHARS = 40;

export type LineRole = 'headline' | 'dateline' | 'body' | 'removed';

/** A publication stamp opening the line: "نشر في", "تاريخ النشر:", "آخر تحديث", "Published". */
const STAMP_BEFORE =
  /^[\s\p{P}\p{S}]*(?:(?:تم\s+)?نشر(?:\s+في|\s+بتاريخ)?|تاريخ\s+النشر|اخر\s+تحديث|تاريخ\s+التحديث|published(?:\s+on)?|updated(?:\s+on)?|posted(?:\s+on)?)\s*[:：]?[^\n]{0,30}$/u;
const WEEKDAY = '(?:الاحد|الاثنين|الإثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)';
const TODAY_BEFORE = new RegExp(
  `اليوم\\s*[,،]?\\s*(?:يوم\\s+)?(?:${WEEKDAY})?\\s*[,،]?\\s*(?:الموافق\\s*)?[,،]?\\s*$`,
  'u',
);

/** Prefer Gregorian to a Hijri date written beside it ("… هـ الموافق 27 سبتمبر 2023"). */
const pick = (dates: FoundDate[]): string | null =>
  (dates.find((d) => d.calendar !== 'hijri') ?? dates[0])?.iso ?? null;

export function publishedFromText(lines: readonly Line[], roles: readonly LineRole[]): string | null {
  // The lede: the first full body paragraph (a caption may stand above it).
  const full = roles.findIndex((r, i) => r === 'body' && lines[i]!.text.length >= 60);
  const firstBody = full >= 0 ? full : roles.indexOf('body');
  const stamped: FoundDate[] = [];
  const top: FoundDate[] = [];
  const today: FoundDate[] = [];
  lines.forEach((line, i) => {
    const role = roles[i];
    if (role === 'removed') return;
    const dates = findDates(line.text);
    if (dates.length === 0) return;
    const norm = normalize(line.text);
    for (const d of dates) {
      const before = norm.slice(0, d.index);
      if (STAMP_BEFORE.test(before)) stamped.push(d);
      else if (TODAY_BEFORE.test(before)) today.push(d);
    }
    // A time-stamp line under the headline, or a date in the lede's opening stamp
    // ("بغداد، 13 كانون الأول 2023 -"); later in the lede a date is mostly another event's.
    if (role === 'dateline') top.push(...dates);
    else if (i === firstBody) top.push(...dates.filter((d) => d.index < LEDE_STAMP_CHARS));
  });
  return pick(stamped) ?? pick(top) ?? pick(today);
}

/** A line that is little more than a date (and maybe a time, a weekday, a stamp word). */
export function isDateLine(text: string, dates: FoundDate[] = findDates(text)): boolean {
  if (dates.length === 0) return false;
  if (text.length > 80) return false;
  const norm = normalize(text);
  let rest = norm;
  for (const d of dates) rest = rest.slice(0, d.index) + ' '.repeat(d.end - d.index) + rest.slice(d.end);
  return rest.replace(/[\d:\s,،/.\-–|]+|[صم](?![\u0621-\u064a])|am|pm|gmt/gu, '').length <= 25;
}
