/**
 * Calendar dates: the metadata formats readers pass on (RFC 822, ISO 8601, numeric, Arabic
 * text) and the dates written in Arabic article text — Gregorian with either month-name
 * system (يناير…ديسمبر, كانون الثاني…كانون الأول, and the Maghreb names), Hijri with its month
 * names (converted by ./hijri.ts), and numeric dates. Digits may be Arabic-Indic: the text is
 * matched in its normalised view (src/text/normalize.ts), which folds them to ASCII.
 */
import { normalize } from '../text/normalize.js';
import { GREGORIAN_MONTHS } from '../text/months.js';
import { hijriToIso, isoDate } from './hijri.js';

const HIJRI_MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['محرم', 1],
  ['صفر', 2],
  ['ربيع الاول', 3],
  ['ربيع الثاني', 4],
  ['ربيع الاخر', 4],
  ['جمادي الاولي', 5],
  ['جمادي الاول', 5],
  ['جمادي الثانيه', 6],
  ['جمادي الاخره', 6],
  ['جمادي الثاني', 6],
  ['جمادي الاخر', 6],
  ['رجب', 7],
  ['شعبان', 8],
  ['رمضان', 9],
  ['شوال', 10],
  ['ذو القعده', 11],
  ['ذي القعده', 11],
  ['ذو الحجه', 12],
  ['ذي الحجه', 12],
];

const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const alt = (names: ReadonlyArray<readonly [string, number]>): string =>
  [...names]
    .map(([n]) => n)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/ /g, '\\s+'))
    .join('|');
const monthNumber = (names: ReadonlyArray<readonly [string, number]>, written: string): number =>
  names.find(([n]) => n === written.replace(/\s+/g, ' '))![1];

const G = alt(GREGORIAN_MONTHS);
const H = alt(HIJRI_MONTHS);
// Letters that may not follow a month name (so that "اب" is not read inside "ابريل").
const NL = '(?![\\u0621-\\u064a])';
// A day number may carry a conjunction ("و24 نوفمبر") but not sit inside a longer number.
const NB = '(?<!\\d)';

/** "13 كانون الاول 2023", "14 نيسان/ابريل 2018", "24 نوفمبر تشرين الثاني 2023", "22 ديسمبر 2024م". */
const GREGORIAN_RE = new RegExp(
  `${NB}(?:ال)?(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?(${G})${NL}(?:\\s*[/(\\-–]?\\s*(?:${G})${NL}\\)?)?\\s*[,،]?\\s*(?:من\\s+)?(?:عام\\s+|سنه\\s+)?(\\d{4})(?!\\d)`,
  'gu',
);
/** "13 ربيع الاول 1445 ه". */
const HIJRI_RE = new RegExp(
  `${NB}(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?(${H})${NL}\\s*[,،]?\\s*(?:عام\\s+|سنه\\s+)?(\\d{4})(?!\\d)`,
  'gu',
);
/** "13/12/2023", "13-12-2023", "13.12.2023" (day first, as written in Arabic), "2023-12-13", "2023/12/13". */
const NUMERIC_DMY_RE = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/.-]*\d)/g;
const NUMERIC_YMD_RE = /(?<![\d/.-])(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/g;

export type Calendar = 'gregorian' | 'hijri' | 'numeric';

export interface FoundDate {
  iso: string;
  /** Where the date was written, in the normalised line. */
  index: number;
  end: number;
  calendar: Calendar;
}

const plausibleYear = (y: number): boolean => y >= 1900 && y <= 2100;

/** Every full date (day, month and year) written in `text`, in order of position. */
export function findDates(text: string): FoundDate[] {
  const norm = normalize(text);
  const found: FoundDate[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number): boolean => taken.every(([a, b]) => e <= a || s >= b);
  const add = (iso: string | null, index: number, end: number, calendar: Calendar): void => {
    if (!iso || !free(index, end)) return;
    taken.push([index, end]);
    found.push({ iso, index, end, calendar });
  };
  for (const m of norm.matchAll(GREGORIAN_RE)) {
    const year = Number(m[3]);
    if (!plausibleYear(year)) continue;
    add(
      isoDate(year, monthNumber(GREGORIAN_MONTHS, m[2]!), Number(m[1])),
      m.index,
      m.index + m[0].length,
      'gregorian',
    );
  }
  for (const m of norm.matchAll(HIJRI_RE)) {
    const year = Number(m[3]);
    if (year < 1300 || year > 1600) continue;
    add(
      hijriToIso(year, monthNumber(HIJRI_MONTHS, m[2]!), Number(m[1])),
      m.index,
      m.index + m[0].length,
      'hijri',
    );
  }
  for (const m of norm.matchAll(NUMERIC_YMD_RE)) {
    const year = Number(m[1]);
    if (!plausibleYear(year)) continue;
    add(isoDate(year, Number(m[2]), Number(m[3])), m.index, m.index + m[0].length, 'numeric');
  }
  for (const m of norm.matchAll(NUMERIC_DMY_RE)) {
    const year = Number(m[3]);
    if (!plausibleYear(year)) continue;
    add(isoDate(year, Number(m[2]), Number(m[1])), m.index, m.index + m[0].length, 'numeric');
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The calendar date of a metadata value, as written (no time-zone conversion):
 * `Mon, 26 Feb 2018 02:20:10 GMT` → 2018-02-26, `2017-01-25T14:36:00+01:00` → 2017-01-25,
 * `February 26, 2018`, numeric and Arabic dates; a bare number is read as a Unix time (UTC).
 */
export function parseMetaDate(value: string | null | undefined): string | null {
  if (value == null) return null;
  const v = normalize(String(value)).trim();
  if (!v) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(v);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})(?:$|t)/.exec(v);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  const months = ENGLISH_MONTHS.join('|');
  // RFC 822 / 2822: "Sat, 14 Apr 2018 13:46:12 +0400", "14 April 2018".
  m = new RegExp(`(?:^|[^\\d])(\\d{1,2})[\\s-]+(${months})[a-z]*\\.?[\\s-]+(\\d{4})(?!\\d)`).exec(v);
  if (m) return isoDate(Number(m[3]), ENGLISH_MONTHS.indexOf(m[2]!) + 1, Number(m[1]));
  // "April 14, 2018", "Apr 14 2018".
  m = new RegExp(`(${months})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`).exec(v);
  if (m) return isoDate(Number(m[3]), ENGLISH_MONTHS.indexOf(m[1]!) + 1, Number(m[2]));
  // Unix time in seconds or milliseconds.
  if (/^\d{9,13}$/.test(v)) {
    const n = Number(v);
    const d = new Date(v.length > 11 ? n : n * 1000);
    return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  const found = findDates(v);
  return found.length > 0 ? found[0]!.iso : null;
}
