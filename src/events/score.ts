/**
 * Scoring of trigger mentions: how surely each one reports an event that happened, from the form
 * of the report (past verb, noun carried by a support verb, bare noun, imperfect), its reality
 * (modality.ts), a nearby recent day, quotation, and the other mentions of its sentence.
 */
import type { EventType, Span } from '../types.js';
import { defaultLexicon, type Lexicon } from './lexicon.js';
import { tokenize, type Token } from './tokens.js';
import { findTriggers, type TriggerMatch } from './triggers.js';
import { assess, nearestDate, type Assessment } from './modality.js';
import { findDates, parsePublished, type DateMention } from './dates.js';

/** A trigger mention with its reality and score, before merging (exported for tests and tools). */
export interface ScoredMention {
  sentence: number;
  match: TriggerMatch;
  assessment: Assessment;
  score: number;
  tokens: Token[];
  dates: DateMention[];
}

/** Minimum score for a mention to become an event. */
export const EVENT_THRESHOLD = 0.5;

// How much the form of the report says "this happened": a finite past verb (or a noun carried
// by one) most, a bare indefinite noun ("في هجوم") less, a definite noun ("الاحتجاجات") less
// again, and an imperfect (ongoing or habitual) least.
const TENSE_BASE = {
  past: 0.9,
  nounIndefinite: 0.7,
  nounDefinite: 0.55,
  present: 0.5,
  future: 0,
  agent: 0.65,
  agentOblique: 0.45,
};
// Inside a quotation, a noun or an imperfect is more often talk about violence than a report.
const QUOTED_PENALTY = 0.15;
// (Not من: "عشرات من المتظاهرين" is the crowd itself.)
const PREPOSITIONS = ['مع', 'امام', 'ضد', 'تجاه', 'علي', 'الي', 'عن', 'بين', 'في', 'حول', 'لدي'];

/** A participant noun governed by a preposition ("مع المتظاهرين", "للمحتجين"): not the doer. */
function afterPreposition(tokens: Token[], m: TriggerMatch): boolean {
  if (/[بلك]/.test(m.proclitics)) return true;
  const prev = tokens[m.head - 1];
  return prev?.kind === 'word' && PREPOSITIONS.includes(prev.norm);
}

// Words that say "ongoing now" and lift an imperfect: "تواصل"، "لا تزال"، "مستمرة".
const ONGOING = [
  'تواصل',
  'يواصل',
  'تتواصل',
  'يتواصل',
  'تزال',
  'يزال',
  'مستمر',
  'مستمره',
  'متواصل',
  'متواصله',
  'حاليا',
  'الان',
  'الجاريه',
  'الجاري',
];

function scoreMention(
  m: TriggerMatch,
  a: Assessment,
  tokens: Token[],
  dates: DateMention[],
  pub: number | null,
): number {
  if (a.reality !== 'real' && a.reality !== 'historical') return 0;
  let base: number;
  if (a.tense === 'past') base = TENSE_BASE.past;
  else if (a.tense === 'noun') base = m.definite ? TENSE_BASE.nounDefinite : TENSE_BASE.nounIndefinite;
  else if (a.tense === 'present') base = TENSE_BASE.present;
  else base = TENSE_BASE.future;
  // A participant noun (المتظاهرون) names a crowd that is there, whatever its article.
  if (m.entry.flags.has('agent') && a.tense === 'noun')
    base = afterPreposition(tokens, m) ? TENSE_BASE.agentOblique : TENSE_BASE.agent;
  let score = base * m.entry.weight;
  if (tokens[m.head]!.quoted && a.tense !== 'past') score -= QUOTED_PENALTY;
  // A day near publication next to the trigger: a dated report of a specific event.
  const d = nearestDate(tokens, m, dates);
  if (score > 0 && d && d.latest !== null && pub !== null && d.latest >= pub - 7) score += 0.15;
  if (a.tense === 'present' && (tokens.some((t) => ONGOING.includes(t.norm)) || sinceRecently(tokens)))
    score += 0.2;
  // "استمرار الاحتجاجات", "الاحتجاجات المستمرة": a definite noun said to be going on.
  if (
    a.tense === 'noun' &&
    m.definite &&
    near(tokens, m, 3).some((t) => t.stems.some((s) => ONGOING.includes(s) || s === 'استمرار'))
  )
    score += 0.1;
  return Math.min(1, score);
}

/**
 * The day mention that dates a trigger: the nearest one in its clause, or a date standing alone
 * between commas right next to that clause ("أطلقت القوات، الجمعة، الرصاص"). A date further
 * off belongs to another predicate ("يعقد البرلمان جلسة، السبت، ... بعد تصاعد التظاهرات").
 */
export function eventDate(m: ScoredMention): DateMention | null {
  const d = nearestDate(m.tokens, m.match, m.dates);
  if (!d) return null;
  const clause = m.tokens[m.match.head]!.clause;
  const dc = m.tokens[d.first]!.clause;
  if (dc === clause) return d;
  const alone = m.tokens.every(
    (t, k) => t.clause !== dc || t.kind === 'punct' || (k >= d.first - 1 && k <= d.last),
  );
  return alone && Math.abs(dc - clause) <= 1 ? d : null;
}

/** "منذ أيام / أسابيع / ساعات": going on for a short while, up to now. */
function sinceRecently(tokens: Token[]): boolean {
  return tokens.some(
    (t, k) =>
      t.norm === 'منذ' &&
      ['ايام', 'اسابيع', 'اسبوع', 'اسبوعين', 'ساعات', 'يومين', 'الصباح'].includes(tokens[k + 1]?.norm ?? ''),
  );
}

/** The tokens within `d` of a trigger, in its clause. */
function near(tokens: Token[], m: TriggerMatch, d: number): Token[] {
  const clause = tokens[m.head]!.clause;
  return tokens.slice(Math.max(0, m.head - d), m.last + d + 1).filter((t) => t.clause === clause);
}

/** Two triggers joined by و with at most two words (adjectives) between them, in one clause. */
function conjoined(tokens: Token[], a: TriggerMatch, b: TriggerMatch): boolean {
  if (b.head - a.last > 3 || b.head <= a.last) return false;
  for (let k = a.last + 1; k < b.head; k++) if (tokens[k]!.kind === 'punct') return false;
  return true;
}

/** Scores every trigger mention of every sentence (no merging). */
export function scoreMentions(
  text: string,
  sentences: Span[],
  published: string | null,
  lex: Lexicon = defaultLexicon(),
  tokensOf: (sentence: number) => Token[] = (i) => tokenize(text, sentences[i]!.start, sentences[i]!.end),
): ScoredMention[] {
  const pub = parsePublished(published);
  const out: ScoredMention[] = [];
  sentences.forEach((_s, si) => {
    const tokens = tokensOf(si);
    const matches = findTriggers(tokens, lex);
    // Most sentences name no event: their dates, cues and scores are never read.
    if (matches.length === 0) return;
    const dates = findDates(tokens, pub);
    const typed = new Map<EventType, number>();
    let previous: { match: TriggerMatch; assessment: Assessment } | null = null;
    const scored = matches.map((match) => {
      let assessment = assess(tokens, match, lex, dates, pub);
      // A conjunct shares the reading of the trigger it is joined to: "انطلاق تظاهرات
      // واشتباكات", "الذين أصيبوا وقتلوا".
      if (previous && match.proclitics.startsWith('و') && conjoined(tokens, previous.match, match)) {
        const r = previous.assessment.reality;
        if (r !== 'real' && r !== 'historical' && assessment.reality === 'real')
          assessment = {
            ...assessment,
            reality: r,
            cue: previous.assessment.cue,
            cueAt: previous.assessment.cueAt,
          };
      }
      previous = { match, assessment };
      const score = scoreMention(match, assessment, tokens, dates, pub);
      if (score > 0) typed.set(match.entry.type, (typed.get(match.entry.type) ?? 0) + 1);
      return { sentence: si, match, assessment, score, tokens, dates };
    });
    // Several independent cues of one type in a sentence back each other up.
    for (const m of scored)
      if (m.score > 0 && (typed.get(m.match.entry.type) ?? 0) >= 2) m.score = Math.min(1, m.score + 0.1);
    // Beside a reported protest, crowd violence (clashes, burning, stones, casualties) is the
    // protest turning into a riot, not a separate assault.
    if (scored.some((m) => m.match.entry.type === 'PROTEST' && m.score >= EVENT_THRESHOLD)) {
      for (const m of scored)
        if (m.match.entry.type !== 'PROTEST' && m.match.entry.flags.has('riot')) m.score = 0;
    }
    out.push(...scored);
  });
  return out;
}
