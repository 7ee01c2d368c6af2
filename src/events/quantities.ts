/**
 * Counts attached to an event: killed, wounded, arrested, participants, troops, targets,
 * facilities, missiles, strikes. Numbers, approximators and counted nouns come from
 * text/numbers (findNumbers); this module only names what is counted: the counted noun
 * (قتيلا → killed, منشآت → facilities), or for a bare "شخصا/مدنيين/آخرين" the casualty verb
 * next to it (قتل → killed, أصيب → wounded, اعتقل → arrested).
 */
import type { Quantity, Span } from '../types.js';
import { findNumbersInTokens } from '../text/numbers.js';
import { tokenize as tokenizeText, type Token as TextToken } from '../text/tokenize.js';
import { normalize } from '../text/normalize.js';
import { cliticReadings, type Token } from './tokens.js';

const COUNTED: Array<[RegExp, string]> = [
  [/^(قتيل|قتلي|قتيلا|قتيلين)$/, 'killed'],
  [/^(جريح|جرحي|جريحا|جريحين|مصاب|مصابين|مصابا)$/, 'wounded'],
  [/^(معتقل|معتقلا|معتقلين|موقوف|موقوفين)$/, 'arrested'],
  [/^(متظاهر|متظاهرا|متظاهرين|متظاهرون|محتج|محتجا|محتجين|محتجون)$/, 'participants'],
  [/^(جندي|جنديا|جنديين|جنود|عسكري|عسكريا|عسكريين|مقاتل|مقاتلا|مقاتلين|عنصر|عنصرا|عناصر)$/, 'troops'],
  [/^(هدف|هدفا|اهداف)$/, 'targets'],
  [/^(منشاه|منشات|منشاتين|موقع|موقعا|مواقع|موقعين)$/, 'facilities'],
  [/^(صاروخ|صاروخا|صاروخين|صواريخ|قذيفه|قذائف|قذيفتين)$/, 'missiles'],
  [/^(غاره|غارات|غارتين|ضربه|ضربات)$/, 'strikes'],
  [
    /^(شخص|شخصا|شخصين|اشخاص|مدني|مدنيا|مدنيين|طفل|طفلا|اطفال|امراه|نساء|فلسطيني|فلسطينيا|فلسطينيين|مواطن|مواطنا|مواطنين|رجل|رجال|شرطي|شرطيا|افراد|فردا|اخرين|اخرون|اخري)$/,
    'persons',
  ],
];

const KILL_VERB = /^(قتل|قتلت|قتلوا|يقتل|مقتل|لقي|لقوا|سقط|سقوط|مصرع|اودي|اودت|حتف)/;
const WOUND_VERB = /^(اصيب|اصابه|اصابت|جرح|اصيبوا|اصابات|يصاب)/;
const ARREST_VERB = /^(اعتقل|اعتقال|احتجز|احتجاز|القبض|اوقف|توقيف)/;

function countedKind(noun: string): string | null {
  for (const r of cliticReadings(normalize(noun)))
    for (const [re, kind] of COUNTED) if (re.test(r.stem)) return kind;
  return null;
}

/** The casualty kind of a bare person count at token i, from the verb before it, else after it. */
function verbKind(tokens: Token[], i: number): string | null {
  for (const k of [i - 1, i - 2, i - 3, i - 4, i + 1, i + 2, i + 3, i + 4]) {
    const t = tokens[k];
    if (!t || t.kind !== 'word') continue;
    for (const r of cliticReadings(t.norm)) {
      if (KILL_VERB.test(r.stem)) return 'killed';
      if (WOUND_VERB.test(r.stem)) return 'wounded';
      if (ARREST_VERB.test(r.stem)) return 'arrested';
    }
  }
  return null;
}

/**
 * Quantities of the sentence text[tokens[0].start, last token end). `textTokensIn` gives the
 * text/tokenize tokens of a span (the article's, when the caller has them) for findNumbers.
 */
export function findQuantities(
  text: string,
  tokens: Token[],
  textTokensIn: (span: Span) => TextToken[] = (span) => tokenizeText(text, span.start, span.end),
): Quantity[] {
  if (tokens.length === 0) return [];
  const out: Quantity[] = [];
  const span = { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
  for (const n of findNumbersInTokens(textTokensIn(span))) {
    if (n.kind !== 'count' || !n.noun) continue;
    let kind = countedKind(n.noun.text);
    if (kind === 'persons') {
      const at = tokens.findIndex((t) => t.start >= n.noun!.start);
      kind = at >= 0 ? verbKind(tokens, at) : null;
    }
    if (!kind) continue;
    out.push({ kind, value: n.value, approx: n.approx, start: n.start, end: n.end });
  }
  return out;
}
