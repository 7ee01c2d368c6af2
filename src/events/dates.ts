/**
 * Time expressions in a sentence, resolved against the publication date: اليوم، أمس، أول أمس،
 * الليلة الماضية، weekday names (the most recent such day on or before publication; with الماضي
 * strictly before), day + month names of both systems (أبريل / نيسان) with or without a year,
 * month or year alone, and "قبل يومين". Vague ones (قبل أيام، الأسبوع الماضي) give no day.
 */
import type { Token } from './tokens.js';
import { GREGORIAN_MONTHS } from '../text/months.js';

/** Days since 1970-01-01 (UTC) of a calendar date. */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

export function formatDay(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The publication day from ISO ("2018-04-14", "2018-04-14T10:00Z") or RFC 2822 ("Sat, 14 Apr 2018 …"). */
export function parsePublished(published: string | null | undefined): number | null {
  if (!published) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (m) return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(published);
  if (m) {
    const mi = EN_MONTHS.indexOf(m[2]!.toLowerCase());
    if (mi >= 0) return dayNumber(Number(m[3]), mi + 1, Number(m[1]));
  }
  return null;
}

const WEEKDAYS: Record<string, number> = {
  // JS getUTCDay numbering: Sunday 0.
  الاحد: 0,
  الاثنين: 1,
  الثلاثاء: 2,
  الاربعاء: 3,
  الخميس: 4,
  الجمعه: 5,
  السبت: 6,
};

export interface DateMention {
  /** Token range of the expression. */
  first: number;
  last: number;
  /** The day, when the expression fixes one. */
  day: number | null;
  /** The latest day the expression can mean (for "is it more than a month old"). */
  latest: number | null;
  /** It points after publication (الأربعاء المقبل). */
  future: boolean;
  /**
   * A year without a day ("عام 2014", "في يونيو 2016", "العام الماضي", "قبل سنوات"): news names
   * background this way. Used to spot history when the publication date is unknown.
   */
  background?: boolean;
}

// Maps rather than the object literals above: these lookups run for every token of a sentence
// with a trigger, and a Map is both faster and blind to Object.prototype names.
const ONE_WORD = new Map(GREGORIAN_MONTHS.filter(([name]) => !name.includes(' ')));
const TWO_WORDS = new Map(GREGORIAN_MONTHS.filter(([name]) => name.includes(' ')));
// The first words of the two-word names (كانون، تشرين): only these build a two-word key.
const TWO_WORD_FIRSTS = new Set([...TWO_WORDS.keys()].map((k) => k.split(' ')[0]!));
const WEEKDAY = new Map(Object.entries(WEEKDAYS));

// Every stem a time expression can start with (the branches of findDates): a word with none of
// them starts no expression, and most words of a sentence are such words.
const DATE_STARTS = new Set([
  'امس',
  'البارحه',
  'اليوم',
  'الليله',
  'الليل',
  'قبل',
  'العام',
  'السنه',
  'الشهر',
  ...WEEKDAY.keys(),
  ...TWO_WORD_FIRSTS,
  ...ONE_WORD.keys(),
]);

/** Whether a word token may start a time expression (see DATE_STARTS), kept with its facts. */
function mayStartDate(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const facts = t.facts;
  if (!facts) return t.stems.some((s) => DATE_STARTS.has(s));
  facts.dateWord ??= facts.stems.some((s) => DATE_STARTS.has(s));
  return facts.dateWord;
}

function weekdayOf(token: Token): number | null {
  for (const stem of token.stems) {
    const d = WEEKDAY.get(stem);
    if (d !== undefined) return d;
  }
  return null;
}

function monthAt(tokens: Token[], i: number): { month: number; last: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const two = tokens[i + 1];
  for (const stem of t.stems) {
    const twoWords =
      two && two.kind === 'word' && TWO_WORD_FIRSTS.has(stem)
        ? TWO_WORDS.get(stem + ' ' + two.norm)
        : undefined;
    if (twoWords !== undefined) return { month: twoWords, last: i + 1 };
    const month = ONE_WORD.get(stem);
    if (month !== undefined) {
      // "آب" is also "father"; "أيار"/"مايو" are unambiguous. Accept اب only next to a number or another month.
      if (
        stem === 'اب' &&
        !(
          tokens[i - 1]?.kind === 'num' ||
          tokens[i + 1]?.kind === 'num' ||
          tokens[i - 1]?.norm === '/' ||
          tokens[i + 1]?.norm === '/'
        )
      )
        return null;
      return { month, last: i };
    }
  }
  return null;
}

function lastDayOfMonth(y: number, m: number): number {
  return dayNumber(y, m + 1, 1) - 1;
}

/** All time expressions of a token list, resolved against `pub` (a day number, or null). */
export function findDates(tokens: Token[], pub: number | null): DateMention[] {
  const out: DateMention[] = [];
  const pubDate = pub === null ? null : new Date(pub * 86400000);
  const pubYear = pubDate ? pubDate.getUTCFullYear() : null;
  const word = (k: number) => (tokens[k]?.kind === 'word' ? tokens[k]!.norm : '');
  const isPast = (k: number) =>
    ['الماضي', 'الماضيه', 'المنصرم', 'المنصرمه', 'الفائت', 'السابق'].includes(word(k));
  const isNext = (k: number) => ['المقبل', 'المقبله', 'القادم', 'القادمه'].includes(word(k));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Only a number (a year) or a word with a date stem starts an expression.
    if (t.kind !== 'num' && !mayStartDate(t)) continue;
    const w = t.stems;
    const has = (s: string) => w.includes(s);
    const rel = (offset: number, last = i): void => {
      out.push({
        first: i,
        last,
        day: pub === null ? null : pub - offset,
        latest: pub === null ? null : pub - offset,
        future: false,
      });
    };
    if (has('امس') || has('البارحه')) {
      if (word(i - 1) === 'من' && word(i - 2) === 'اول')
        out.push({
          first: i - 2,
          last: i,
          day: pub === null ? null : pub - 2,
          latest: pub === null ? null : pub - 2,
          future: false,
        });
      else if (word(i - 1) === 'اول')
        out.push({
          first: i - 1,
          last: i,
          day: pub === null ? null : pub - 2,
          latest: pub === null ? null : pub - 2,
          future: false,
        });
      else rel(1);
      continue;
    }
    if (has('اليوم') && !isNext(i + 1)) {
      rel(0);
      continue;
    }
    if (has('الليله') || has('الليل')) {
      if (isPast(i + 1)) rel(1, i + 1);
      else if (word(i + 1) === 'قبل' && word(i + 2) === 'الماضيه') rel(2, i + 2);
      else if (has('الليله')) rel(0);
      continue;
    }
    if (has('قبل') && (word(i + 1) === 'يومين' || word(i + 1) === 'يوم')) {
      rel(word(i + 1) === 'يومين' ? 2 : 1, i + 1);
      continue;
    }
    if (has('قبل') && ['ايام', 'اسابيع', 'اسبوع', 'اسبوعين', 'ساعات'].includes(word(i + 1))) {
      out.push({ first: i, last: i + 1, day: null, latest: pub, future: false });
      continue;
    }
    const target = t.kind === 'word' ? weekdayOf(t) : null;
    if (target !== null) {
      if (isNext(i + 1)) {
        out.push({ first: i, last: i + 1, day: null, latest: null, future: true });
        continue;
      }
      if (pub !== null && pubDate) {
        let back = (pubDate.getUTCDay() - target + 7) % 7;
        if (back === 0 && isPast(i + 1)) back = 7;
        out.push({
          first: i,
          last: isPast(i + 1) ? i + 1 : i,
          day: pub - back,
          latest: pub - back,
          future: false,
        });
      } else out.push({ first: i, last: i, day: null, latest: null, future: false });
      continue;
    }
    // [day] month[/month] [year]
    const mon = monthAt(tokens, i);
    if (mon) {
      let last = mon.last;
      // "أبريل/نيسان": the second name repeats the month.
      if (tokens[last + 1]?.norm === '/' || tokens[last + 1]?.kind === 'punct') {
        const alt = monthAt(tokens, last + 2);
        if (alt && alt.month === mon.month) last = alt.last;
      } else {
        const alt = monthAt(tokens, last + 1);
        if (alt && alt.month === mon.month) last = alt.last;
      }
      // "18 من فبراير": the day may stand before من.
      const dayTok =
        tokens[i - 1]?.norm === 'من' && tokens[i - 2]?.kind === 'num' ? tokens[i - 2] : tokens[i - 1];
      const dayNum =
        dayTok?.kind === 'num' && Number(dayTok.norm) >= 1 && Number(dayTok.norm) <= 31
          ? Number(dayTok.norm)
          : null;
      let year: number | null = null;
      let yearGiven = false;
      // "2018", "عام 2018", "من عام 2015" after the month.
      for (let k = last + 1; k <= last + 3 && k < tokens.length; k++) {
        const yTok = tokens[k]!;
        if (yTok.kind === 'num' && /^(19|20)\d\d$/.test(yTok.norm)) {
          year = Number(yTok.norm);
          yearGiven = true;
          last = k;
          break;
        }
        if (!['من', 'عام', 'العام', 'سنه'].includes(yTok.norm)) break;
      }
      // "أبريل العام الماضي": last year's month.
      if (
        year === null &&
        pubYear !== null &&
        ['العام', 'السنه'].includes(word(last + 1)) &&
        isPast(last + 2)
      ) {
        year = pubYear - 1;
        last += 2;
      }
      if (year === null && pubYear !== null) {
        year = pubYear;
        // A month later than publication, or named "الماضي" in the month of publication, is last year's.
        const pubMonth = pubDate!.getUTCMonth() + 1;
        if (
          mon.month > pubMonth ||
          (dayNum !== null && mon.month === pubMonth && dayNum > pubDate!.getUTCDate() && !isNext(last + 1))
        )
          year--;
        if (isPast(last + 1) && mon.month >= pubMonth) year = pubYear - 1;
        if (isNext(last + 1)) {
          out.push({
            first: dayNum !== null ? i - 1 : i,
            last: last + 1,
            day: null,
            latest: null,
            future: true,
          });
          continue;
        }
      }
      if (year === null) {
        out.push({ first: i, last, day: null, latest: null, future: false });
        continue;
      }
      if (dayNum !== null) {
        const d = dayNumber(year, mon.month, dayNum);
        out.push({
          first: tokens.indexOf(dayTok!),
          last,
          day: d,
          latest: d,
          future: pub !== null && d > pub,
        });
      } else
        out.push({
          first: i,
          last,
          day: null,
          latest: lastDayOfMonth(year, mon.month),
          future: false,
          background: yearGiven || undefined,
        });
      i = last;
      continue;
    }
    // A bare year: "عام 2014"، "في 2011"، "منذ 2013".
    if (t.kind === 'num' && /^(19|20)\d\d$/.test(t.norm)) {
      const y = Number(t.norm);
      const prevMonth = i > 0 && (monthAt(tokens, i - 1) || tokens[i - 1]?.norm === '/');
      if (!prevMonth)
        out.push({
          first: i,
          last: i,
          day: null,
          latest: dayNumber(y, 12, 31),
          future: pubYear !== null && y > pubYear,
          background: true,
        });
      continue;
    }
    if ((has('العام') || has('السنه') || has('الشهر')) && isPast(i + 1)) {
      const latest =
        pub === null
          ? null
          : has('الشهر')
            ? pub - 1
            : pubYear !== null
              ? dayNumber(pubYear - 1, 12, 31)
              : null;
      out.push({
        first: i,
        last: i + 1,
        day: null,
        latest,
        future: false,
        background: !has('الشهر') || undefined,
      });
      continue;
    }
    if (
      (has('قبل') &&
        ['عام', 'سنه', 'عامين', 'سنتين', 'اعوام', 'سنوات', 'عقد', 'عقود', 'شهرين', 'اشهر', 'شهور'].includes(
          word(i + 1),
        )) ||
      (has('قبل') &&
        tokens[i + 1]?.kind === 'num' &&
        ['عاما', 'سنه', 'سنوات', 'اعوام', 'عام', 'شهرا', 'اشهر'].includes(word(i + 2)))
    ) {
      out.push({
        first: i,
        last: i + 2,
        day: null,
        latest: pub === null ? null : pub - 60,
        future: false,
        background: true,
      });
    }
  }
  return out;
}
