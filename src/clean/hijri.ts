/**
 * Hijri (Islamic) dates to Gregorian by the arithmetic (tabular) Islamic calendar: 30-year
 * cycle with leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 and the civil epoch
 * (1 Muharram 1 AH = Friday 16 July 622 Julian, JD 1948439.5). A printed Hijri date may
 * differ by a day from the observed-moon calendar a country uses; the tabular one is the
 * standard reproducible conversion.
 */

const ISLAMIC_EPOCH_JDN = 1948440; // JD 1948439.5 at midnight → day number 1948440

/** The Julian day number of a Hijri date (month 1–12, day 1–30). */
export function hijriToJdn(year: number, month: number, day: number): number {
  return (
    day +
    Math.ceil(29.5 * (month - 1)) +
    (year - 1) * 354 +
    Math.floor((3 + 11 * year) / 30) +
    ISLAMIC_EPOCH_JDN -
    1
  );
}

/** Gregorian {year, month, day} of a Julian day number (Fliegel–Van Flandern). */
export function jdnToGregorian(jdn: number): { year: number; month: number; day: number } {
  let l = jdn + 68569;
  const n = Math.floor((4 * l) / 146097);
  l = l - Math.floor((146097 * n + 3) / 4);
  const i = Math.floor((4000 * (l + 1)) / 1461001);
  l = l - Math.floor((1461 * i) / 4) + 31;
  const j = Math.floor((80 * l) / 2447);
  const day = l - Math.floor((2447 * j) / 80);
  l = Math.floor(j / 11);
  const month = j + 2 - 12 * l;
  const year = 100 * (n - 49) + i + l;
  return { year, month, day };
}

/** The Gregorian ISO date (YYYY-MM-DD) of a Hijri date, or null when the date is not valid. */
export function hijriToIso(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || month < 1 || month > 12 || day < 1 || day > 30) return null;
  const g = jdnToGregorian(hijriToJdn(year, month, day));
  return isoDate(g.year, g.month, g.day);
}

/** YYYY-MM-DD, or null when the Gregorian date does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
