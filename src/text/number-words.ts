/**
 * Arabic number words, approximators, units and counted-noun helpers: data for numbers.ts.
 * All keys are in `normalize()`d form (no diacritics; أإآ→ا; ى→ي; ة→ه), all genders and cases.
 * Source: standard Modern Standard Arabic grammar of cardinals (هدى/Wright, §§ on العدد).
 */
import { words } from './wordlist.js';

/** 1-10, in all genders and cases. أحد/إحدى count only in teens (أحد عشر); alone they mean "one of". */
export const UNITS: ReadonlyMap<string, number> = new Map([
  ['واحد', 1],
  ['واحده', 1],
  ['واحدا', 1],
  ['اثنان', 2],
  ['اثنين', 2],
  ['اثنتان', 2],
  ['اثنتين', 2],
  ['ثنتان', 2],
  ['ثنتين', 2],
  ['ثلاث', 3],
  ['ثلاثه', 3],
  ['اربع', 4],
  ['اربعه', 4],
  ['خمس', 5],
  ['خمسه', 5],
  ['ست', 6],
  ['سته', 6],
  ['سبع', 7],
  ['سبعه', 7],
  ['ثمان', 8],
  ['ثماني', 8],
  ['ثمانيه', 8],
  ['تسع', 9],
  ['تسعه', 9],
  ['عشر', 10],
  ['عشره', 10],
]);

/** Unit words that only count before عشر/عشرة (the teens 11 and 12). */
export const TEEN_HEADS: ReadonlyMap<string, number> = new Map([
  ['احد', 1],
  ['احدي', 1],
  ['اثنا', 2],
  ['اثني', 2],
  ['اثنتا', 2],
  ['اثنتي', 2],
]);

/** The word that makes a teen from a unit: ثلاثة عشر، ثلاث عشرة. */
export const TEEN_TENS: ReadonlySet<string> = new Set(['عشر', 'عشره']);

export const TENS: ReadonlyMap<string, number> = new Map([
  ['عشرون', 20],
  ['عشرين', 20],
  ['ثلاثون', 30],
  ['ثلاثين', 30],
  ['اربعون', 40],
  ['اربعين', 40],
  ['خمسون', 50],
  ['خمسين', 50],
  ['ستون', 60],
  ['ستين', 60],
  ['سبعون', 70],
  ['سبعين', 70],
  ['ثمانون', 80],
  ['ثمانين', 80],
  ['تسعون', 90],
  ['تسعين', 90],
]);

/** Hundreds: مئة and its spellings, the dual, and the written-together compounds (ثلاثمئة). */
export const HUNDREDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>([
    ['مئه', 100],
    ['مائه', 100],
    ['مئتان', 200],
    ['مئتين', 200],
    ['مائتان', 200],
    ['مائتين', 200],
    ['مئتا', 200],
    ['مائتا', 200],
    ['مئتي', 200],
    ['مائتي', 200],
  ]);
  const heads: Array<[string, number]> = [
    ['ثلاث', 3],
    ['اربع', 4],
    ['خمس', 5],
    ['ست', 6],
    ['سبع', 7],
    ['ثمان', 8],
    ['ثماني', 8],
    ['تسع', 9],
  ];
  for (const [h, v] of heads) {
    m.set(h + 'مئه', v * 100);
    m.set(h + 'مائه', v * 100);
  }
  return m;
})();

/** The word for 100 itself, which a preceding unit multiplies when written apart (ثلاث مئة). */
export const HUNDRED_WORDS: ReadonlySet<string> = new Set(['مئه', 'مائه']);

/** Scale words: singular (multiplied by what precedes, or 1), dual (2×), plural (after 3-10, or vague alone). */
export interface ScaleWord {
  scale: number;
  /** 'dual' means 2 × scale by itself; 'plural' alone means "thousands of" (vague). */
  form: 'singular' | 'dual' | 'plural';
}

export const SCALES: ReadonlyMap<string, ScaleWord> = new Map<string, ScaleWord>([
  ['الف', { scale: 1e3, form: 'singular' }],
  ['الفا', { scale: 1e3, form: 'singular' }],
  ['الفان', { scale: 1e3, form: 'dual' }],
  ['الفين', { scale: 1e3, form: 'dual' }],
  ['الفي', { scale: 1e3, form: 'dual' }],
  ['الاف', { scale: 1e3, form: 'plural' }],
  ['الوف', { scale: 1e3, form: 'plural' }],
  ['مليون', { scale: 1e6, form: 'singular' }],
  ['مليونا', { scale: 1e6, form: 'singular' }],
  ['مليونان', { scale: 1e6, form: 'dual' }],
  ['مليونين', { scale: 1e6, form: 'dual' }],
  ['مليوني', { scale: 1e6, form: 'dual' }],
  ['ملايين', { scale: 1e6, form: 'plural' }],
  ['مليار', { scale: 1e9, form: 'singular' }],
  ['مليارا', { scale: 1e9, form: 'singular' }],
  ['ملياران', { scale: 1e9, form: 'dual' }],
  ['مليارين', { scale: 1e9, form: 'dual' }],
  ['مليارات', { scale: 1e9, form: 'plural' }],
  ['بليون', { scale: 1e9, form: 'singular' }],
  ['بلايين', { scale: 1e9, form: 'plural' }],
  ['تريليون', { scale: 1e12, form: 'singular' }],
  ['ترليون', { scale: 1e12, form: 'singular' }],
  ['تريليونات', { scale: 1e12, form: 'plural' }],
]);

/** Vague plurals: "tens of", "hundreds of", "a few": a lower bound, multiplied by a following scale. */
export const VAGUE: ReadonlyMap<string, { value: number; approx: 'more_than' | 'about' }> = new Map([
  ['عشرات', { value: 10, approx: 'more_than' }],
  ['مئات', { value: 100, approx: 'more_than' }],
  ['بضع', { value: 3, approx: 'about' }],
  ['بضعه', { value: 3, approx: 'about' }],
]);

/** Fractions that count only before a scale word (نصف مليون، ربع مليار) or after a number (مليون ونصف). */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['نصف', 0.5],
  ['ربع', 0.25],
  ['ثلث', 1 / 3],
]);

export type ApproxKind = 'more_than' | 'less_than' | 'about';

/** Approximators before a number, as sequences of normalised words (a leading و/ب/ل on the first word is allowed). */
export const APPROXIMATORS: ReadonlyArray<{ words: string[]; approx: ApproxKind }> = [
  { words: ['ما', 'لا', 'يقل', 'عن'], approx: 'more_than' },
  { words: ['ما', 'لا', 'يقل', 'علي'], approx: 'more_than' },
  { words: ['لا', 'يقل', 'عن'], approx: 'more_than' },
  { words: ['ما', 'يزيد', 'علي'], approx: 'more_than' },
  { words: ['ما', 'يزيد', 'عن'], approx: 'more_than' },
  { words: ['ما', 'يربو', 'علي'], approx: 'more_than' },
  { words: ['يربو', 'علي'], approx: 'more_than' },
  { words: ['ما', 'يفوق'], approx: 'more_than' },
  { words: ['اكثر', 'من'], approx: 'more_than' },
  { words: ['ازيد', 'من'], approx: 'more_than' },
  { words: ['ما', 'لا', 'يزيد', 'علي'], approx: 'less_than' },
  { words: ['ما', 'لا', 'يزيد', 'عن'], approx: 'less_than' },
  { words: ['اقل', 'من'], approx: 'less_than' },
  { words: ['ما', 'دون'], approx: 'less_than' },
  { words: ['ما', 'يقارب'], approx: 'about' },
  { words: ['ما', 'يقرب', 'من'], approx: 'about' },
  { words: ['ما', 'يناهز'], approx: 'about' },
  { words: ['في', 'حدود'], approx: 'about' },
  { words: ['يقارب'], approx: 'about' },
  { words: ['يناهز'], approx: 'about' },
  { words: ['نحو'], approx: 'about' },
  { words: ['حوالي'], approx: 'about' },
  { words: ['قرابه'], approx: 'about' },
  { words: ['زهاء'], approx: 'about' },
];

/** Approximators after the number and its noun: "20 قتيلا تقريبا". */
export const POST_APPROXIMATORS: ReadonlyMap<string, ApproxKind> = new Map([
  ['تقريبا', 'about'],
  ['علي الاقل', 'more_than'],
]);

/** Unit words after a number, by canonical name: currencies are money, the rest measures. */
export const UNITS_AFTER: ReadonlyMap<string, { unit: string; kind: 'money' | 'measure' }> = new Map([
  ['دولار', { unit: 'USD', kind: 'money' }],
  ['دولارا', { unit: 'USD', kind: 'money' }],
  ['دولارات', { unit: 'USD', kind: 'money' }],
  ['يورو', { unit: 'EUR', kind: 'money' }],
  ['جنيه', { unit: 'GBP/EGP', kind: 'money' }],
  ['جنيها', { unit: 'GBP/EGP', kind: 'money' }],
  ['ريال', { unit: 'riyal', kind: 'money' }],
  ['ريالا', { unit: 'riyal', kind: 'money' }],
  ['دينار', { unit: 'dinar', kind: 'money' }],
  ['دينارا', { unit: 'dinar', kind: 'money' }],
  ['درهم', { unit: 'dirham', kind: 'money' }],
  ['درهما', { unit: 'dirham', kind: 'money' }],
  ['ليره', { unit: 'lira', kind: 'money' }],
  ['شيكل', { unit: 'ILS', kind: 'money' }],
  ['شيقل', { unit: 'ILS', kind: 'money' }],
  ['روبل', { unit: 'RUB', kind: 'money' }],
  ['تومان', { unit: 'IRT', kind: 'money' }],
  ['روبيه', { unit: 'rupee', kind: 'money' }],
  ['كيلومتر', { unit: 'km', kind: 'measure' }],
  ['كيلومترا', { unit: 'km', kind: 'measure' }],
  ['كيلومترات', { unit: 'km', kind: 'measure' }],
  ['كلم', { unit: 'km', kind: 'measure' }],
  ['كم', { unit: 'km', kind: 'measure' }],
  ['ميل', { unit: 'mile', kind: 'measure' }],
  ['متر', { unit: 'm', kind: 'measure' }],
  ['مترا', { unit: 'm', kind: 'measure' }],
  ['امتار', { unit: 'm', kind: 'measure' }],
  ['كيلوغرام', { unit: 'kg', kind: 'measure' }],
  ['كيلوجرام', { unit: 'kg', kind: 'measure' }],
  ['كغ', { unit: 'kg', kind: 'measure' }],
  ['كلغ', { unit: 'kg', kind: 'measure' }],
  ['طن', { unit: 't', kind: 'measure' }],
  ['طنا', { unit: 't', kind: 'measure' }],
  ['اطنان', { unit: 't', kind: 'measure' }],
  ['برميل', { unit: 'barrel', kind: 'measure' }],
  ['برميلا', { unit: 'barrel', kind: 'measure' }],
  ['هكتار', { unit: 'ha', kind: 'measure' }],
  ['دونم', { unit: 'dunam', kind: 'measure' }],
  ['دونما', { unit: 'dunam', kind: 'measure' }],
]);

/** Month names (Gregorian, Levantine, Hijri): a number before one is a day of a date, not a count. */
export const MONTHS: ReadonlySet<string> = new Set(
  words(`
  يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون شباط اذار نيسان
  ايار حزيران تموز اب ايلول تشرين محرم صفر ربيع جمادي رجب شعبان رمضان شوال ذو جانفي فيفري افريل ماي
  جوان جويليه اوت
`),
);

/** Ordinal stems 1-10 (masculine; the ة form and ال are stripped before lookup): not counts. */
export const ORDINALS: ReadonlySet<string> = new Set(
  words(`
  اول حادي ثاني ثالث رابع خامس سادس سابع ثامن تاسع عاشر
`),
);

/** Words before a number that make it a year (عام 2024). */
export const YEAR_CUES: ReadonlySet<string> = new Set(
  words(`
  عام العام سنه السنه عامي لعام بعام منذ
`),
);

/** Words right after a number that are not its counted noun (function words). */
export const NOT_NOUNS: ReadonlySet<string> = new Set(
  words(`
  من في علي الي عن مع بين حتي او و ثم قد لا لم لن ما كما التي الذي الذين ان هذا هذه ذلك تلك كل بعد قبل
  منذ خلال عند حيث اي هو هي هم فقط تقريبا ايضا فيما بينما لكن بل اما اذا وفي ومن وعلي نحو حين امس
  اليوم غدا الان بما مما منهم منهما منها منه عندما بعدما بجروح بجراح لدي ضمن لكل يوميا سنويا شهريا فوق
  تحت دون بنحو حوالي اكثر اقل وقد وهو وهي
`),
);

/**
 * Singular count nouns whose dual (ين/ان, تين/تان for ة-nouns) cannot be a plural: a lone dual
 * of one of these counts 2 (جنديين، طائرتين، يومين). Nouns with a sound plural in ين (مدنيين)
 * are left out on purpose: their dual and plural are spelled alike.
 */
export const DUAL_NOUNS: ReadonlySet<string> = new Set(
  words(`
  جندي شرطي قتيل جريح طفل شخص رجل شقيق عنصر ضابط زعيم وزير سفير نائب صاروخ منزل بيت مبني يوم شهر عام
  اسبوع طرف هدف بلد قارب لغم طائره سياره عبوه قذيفه امراه مروحيه دبابه سفينه غاره مره ساعه سنه دوله
  حافله مدرعه قاعده عمليه دقيقه رهينه مدينه قريه شاحنه طفله فتاه رصاصه
`),
);
