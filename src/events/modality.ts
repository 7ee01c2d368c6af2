/**
 * Reality of a trigger mention: is the event reported as having happened, or is it negated,
 * planned, conditional, threatened, called for, feared, generic, counted over a long period,
 * an opinion, a mere point of reference in time, or background more than a month old?
 */
import type { Lexicon, ModalityCue, Tense } from './lexicon.js';
import type { TriggerMatch } from './triggers.js';
import type { DateMention } from './dates.js';
import { cliticReadings, tokenMatches, type Token } from './tokens.js';

export type Reality =
  | 'real'
  | 'negated'
  | 'future'
  | 'conditional'
  | 'modal'
  | 'threat'
  | 'call'
  | 'fear'
  | 'purpose'
  | 'aggregate'
  | 'generic'
  | 'opinion'
  | 'label'
  | 'reference'
  | 'timepoint'
  | 'topic'
  | 'harmless'
  | 'historical';

export interface Assessment {
  reality: Reality;
  /** The tense the report gives the event: the trigger's own, or that of its support verb. */
  tense: Tense;
  /** The support verb's token, when one lent its tense. */
  support: number | null;
  /** What decided a non-real reading (the cue's words), for debugging and tests. */
  cue: string | null;
  /** The token where a modality.tsv cue that decided it ends (a label's verb: roles-dyad.ts), else null. */
  cueAt: number | null;
}

/** A month, give or take: background older than this is historical. */
export const HISTORICAL_DAYS = 31;

// Verbs that report the outcome of a noun just before them: "أسفر الهجوم عن", "أدت الغارات إلى".
const RESULT_VERBS = [
  'اسفر',
  'اسفرت',
  'ادى',
  'ادت',
  'اودى',
  'اودت',
  'خلف',
  'خلفت',
  'اوقع',
  'اوقعت',
  'تسبب',
  'تسببت',
  'راح',
  'وقع',
  'وقعت',
  'اعقب',
  'اعقبه',
  'اعقبها',
];
const SUBJUNCTIVE = ['ان', 'لان', 'بان', 'كي', 'لكي', 'حتي'];
const RELATIVES = ['الذي', 'التي', 'الذين', 'اللذين', 'اللتين'];
// "لا يقل عن" (no fewer than), "لا يزال" (still): a لا that does not negate the event.
const NOT_NEGATING_AFTER_LA = ['يقل', 'تقل', 'يزال', 'تزال', 'زال', 'زالت', 'سيما'];
// Classes whose cue may sit in an earlier clause of the sentence (they govern what follows).
const CROSS_CLAUSE = new Set(['threat', 'conditional', 'fear', 'opinion', 'label', 'negated']);

function cueEndsAt(tokens: Token[], end: number, cue: ModalityCue): boolean {
  const n = cue.words.length;
  const startIdx = end - n + 1;
  if (startIdx < 0) return false;
  for (let k = 0; k < n; k++) {
    const t = tokens[startIdx + k]!;
    if (t.kind === 'punct') return false;
    const w = cue.words[k]!;
    // Only the first word may carry proclitics.
    if (k === 0 ? !tokenMatches(t, w) : !(w.endsWith('*') ? t.norm.startsWith(w.slice(0, -1)) : t.norm === w))
      return false;
  }
  return true;
}

/** The longest 'before' window of any cue: how far back assess() looks. */
const MAX_BEFORE = 10;

const hitCache = new WeakMap<Token[], ModalityCue[][]>();
const NO_CUES: ModalityCue[] = [];
const cueIndexes = new WeakMap<Lexicon, { byLast: Map<string, ModalityCue[]>; star: ModalityCue[] }>();

/** Cues indexed by their last word (exact for multi-word cues, a stem for one-word cues). */
function cueIndex(lex: Lexicon): { byLast: Map<string, ModalityCue[]>; star: ModalityCue[] } {
  let idx = cueIndexes.get(lex);
  if (!idx) {
    idx = { byLast: new Map(), star: [] };
    for (const cue of lex.cues) {
      const last = cue.words[cue.words.length - 1]!;
      if (last.endsWith('*')) idx.star.push(cue);
      else {
        const list = idx.byLast.get(last);
        if (list) list.push(cue);
        else idx.byLast.set(last, [cue]);
      }
    }
    cueIndexes.set(lex, idx);
  }
  return idx;
}

/**
 * The cues whose last word a word of this normalised form and stems matches, in the order
 * cueHits tries them: by stem (one-word cues through proclitics, longer ones on the word
 * itself), then the cues ending in a prefix. Only these can end at a token of that word.
 */
function cueCandidates(norm: string, stems: readonly string[], lex: Lexicon): ModalityCue[] {
  const { byLast, star } = cueIndex(lex);
  let out: ModalityCue[] | null = null;
  for (const key of stems) {
    for (const cue of byLast.get(key) ?? NO_CUES) {
      // Only a one-word cue may match through proclitics.
      if (cue.words.length > 1 && key !== norm) continue;
      (out ??= []).push(cue);
    }
  }
  for (const cue of star) {
    // As cueEndsAt: a one-word cue through any stem, the last of several on the word itself.
    const prefix = cue.words[cue.words.length - 1]!.slice(0, -1);
    const ends = cue.words.length === 1 ? stems.some((x) => x.startsWith(prefix)) : norm.startsWith(prefix);
    if (ends) (out ??= []).push(cue);
  }
  return out ?? NO_CUES;
}

/** cueCandidates of a word token, kept with its spelling's facts. */
function candidatesOf(t: Token, lex: Lexicon): readonly ModalityCue[] {
  const facts = t.facts;
  if (!facts) return cueCandidates(t.norm, t.stems, lex);
  if (facts.cuesFor !== lex) {
    facts.cues = cueCandidates(facts.norm, facts.stems, lex);
    facts.cuesFor = lex;
  }
  return facts.cues;
}

/** For each token, the cues that end there (cueEndsAt), once per sentence. */
function cueHits(tokens: Token[], lex: Lexicon): ModalityCue[][] {
  let hits = hitCache.get(tokens);
  if (hits) return hits;
  hits = tokens.map((t, end) => {
    if (t.kind !== 'word') return NO_CUES;
    let found: ModalityCue[] | null = null;
    for (const cue of candidatesOf(t, lex)) {
      if (!cueEndsAt(tokens, end, cue)) continue;
      if (!found) found = [cue];
      else if (!found.includes(cue)) found.push(cue);
    }
    return found ?? NO_CUES;
  });
  hitCache.set(tokens, hits);
  return hits;
}

/** The tense a support verb lends a noun after it: a light verb, with و/ف but not ب/ك/ل before it. */
function supportTenseOfForm(norm: string, lex: Lexicon): Tense | null {
  for (const r of cliticReadings(norm)) {
    if (/[بكل]/.test(r.proclitics)) continue;
    const tense = lex.light.get(r.stem);
    if (tense) return tense;
  }
  return null;
}

/** supportTenseOfForm of a word token, kept with its spelling's facts. */
function supportTenseOf(t: Token, lex: Lexicon): Tense | null {
  const facts = t.facts;
  if (!facts) return supportTenseOfForm(t.norm, lex);
  if (facts.supportTenseFor !== lex) {
    facts.supportTense = supportTenseOfForm(facts.norm, lex);
    facts.supportTenseFor = lex;
  }
  return facts.supportTense;
}

/** A verb that reports the outcome of the noun before it (RESULT_VERBS, with any proclitics). */
function isResultVerbForm(norm: string): boolean {
  return cliticReadings(norm).some((r) => RESULT_VERBS.includes(r.stem));
}

/** isResultVerbForm of a word token, kept with its spelling's facts. */
function isResultVerb(t: Token): boolean {
  const facts = t.facts;
  if (!facts) return isResultVerbForm(t.norm);
  facts.resultVerb ??= isResultVerbForm(facts.norm);
  return facts.resultVerb;
}

/** The support verb before a noun trigger (or result verb after it), within its clause. */
function supportVerb(tokens: Token[], m: TriggerMatch, lex: Lexicon): { tense: Tense; at: number } | null {
  const clause = tokens[m.head]!.clause;
  for (let k = m.head - 1; k >= Math.max(0, m.head - 4); k--) {
    const t = tokens[k]!;
    if (t.clause !== clause || t.kind !== 'word') break;
    const tense = supportTenseOf(t, lex);
    if (tense) return { tense, at: k };
  }
  for (let k = m.last + 1; k <= Math.min(tokens.length - 1, m.last + 4); k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && (t.norm === '"' || t.norm === '»' || t.norm === '”')) continue;
    if (t.clause !== clause || t.kind !== 'word') break;
    if (isResultVerb(t)) return { tense: 'past', at: k };
    // A relative clause with a support verb: "الضربات التي شنتها", "الهجوم الذي نفذته".
    if (RELATIVES.includes(t.norm)) {
      let v = tokens[k + 1];
      if (v?.kind === 'punct') v = tokens[k + 2];
      const tense = v && v.kind === 'word' ? lex.light.get(v.norm) : undefined;
      if (tense) return { tense, at: k + 1 };
    }
  }
  return null;
}

/** The date mention that governs a trigger: the nearest within 10 words, in its clause first. */
export function nearestDate(tokens: Token[], m: TriggerMatch, dates: DateMention[]): DateMention | null {
  let best: DateMention | null = null;
  let bestScore = Infinity;
  const clause = tokens[m.head]!.clause;
  for (const d of dates) {
    const dist = d.first > m.last ? d.first - m.last : d.last < m.head ? m.head - d.last : 0;
    if (dist > 10) continue;
    const score = dist + (tokens[d.first]!.clause === clause ? 0 : 6);
    if (score < bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function pathHasGoal(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    // إلى, or لـ on a verbal noun: للمشاركة، لإضراب، لتنظيم، لمظاهرة (not لجوء, لدى).
    if (t.norm === 'الي' || t.norm.startsWith('لل') || /^[لب][اتم]/.test(t.norm) || t.norm.startsWith('بال'))
      return true;
  }
  return false;
}

/** "منذ" + a day more than a month old anywhere in the sentence: counts since then are aggregates. */
function sinceLongAgo(tokens: Token[], dates: DateMention[], pub: number | null): boolean {
  return dates.some((d) => {
    if (pub === null) {
      if (!d.background) return false;
    } else if (d.latest === null || d.latest >= pub - HISTORICAL_DAYS) return false;
    // "منذ 2011", "منذ مارس 2011", "منذ شهر نوفمبر من عام 2015".
    for (let k = d.first - 1; k >= Math.max(0, d.first - 2); k--) {
      const t = tokens[k]!;
      if (t.kind === 'word' && cliticReadings(t.norm).some((r) => r.stem === 'منذ')) return true;
    }
    return false;
  });
}

/** Decides the reality of one trigger mention. */
export function assess(
  tokens: Token[],
  m: TriggerMatch,
  lex: Lexicon,
  dates: DateMention[],
  pub: number | null,
): Assessment {
  let tense = m.tense;
  let support: number | null = null;
  if (tense === 'noun') {
    const s = supportVerb(tokens, m, lex);
    if (s) {
      tense = s.tense;
      support = s.at;
    }
  }
  const verdict = (reality: Reality, cue: string | null = null, cueAt: number | null = null): Assessment => ({
    reality,
    tense,
    support,
    cue,
    cueAt,
  });
  if (tense === 'future') return verdict('future', 'سـ');
  const from = support !== null && support < m.head ? support : m.head;
  // قد + imperfect: may happen.
  const before = tokens[from - 1];
  if (
    before &&
    before.kind === 'word' &&
    cliticReadings(before.norm).some((r) => r.stem === 'قد') &&
    (tense === 'present' || tokens[from]!.norm.startsWith('ي') || tokens[from]!.norm.startsWith('ت'))
  )
    return verdict('modal', 'قد');

  // أن / كي / حتى + imperfect: a subjunctive (wanted, feared, possible), not a report.
  if (tense === 'present' && before && before.kind === 'word' && SUBJUNCTIVE.includes(before.norm))
    return verdict('modal', before.norm);
  const clause = tokens[m.head]!.clause;
  // Every cue that ends at each token (computed once per sentence), then the first cue in the
  // order of modality.tsv that governs this trigger.
  const hits = cueHits(tokens, lex);
  let best: ModalityCue | null = null;
  let bestAt = -1;
  const consider = (cue: ModalityCue, at: number): void => {
    if (cue.types && !cue.types.has(m.entry.type)) return;
    if (!best || cue.order < best.order) {
      best = cue;
      bestAt = at;
    }
  };
  let crossed = false;
  for (let end = from - 1; end >= Math.max(0, from - MAX_BEFORE); end--) {
    const t = tokens[end]!;
    if (t.kind === 'punct') {
      crossed = true;
      continue;
    }
    for (const cue of hits[end]!) {
      if (cue.where !== 'before' || from - end > cue.window) continue;
      if (crossed && (!CROSS_CLAUSE.has(cue.cls) || cue.window < 10)) continue;
      if (
        cue.cls === 'negated' &&
        cue.words[0] === 'لا' &&
        NOT_NEGATING_AFTER_LA.includes(tokens[end + 1]?.norm ?? '')
      )
        continue;
      if (cue.cls === 'reference' && !(tense === 'noun' && m.definite)) continue;
      if (cue.cls === 'purpose' && tense !== 'noun') continue;
      if (cue.cls === 'timepoint' && tense !== 'noun') continue;
      // A call is for what follows إلى / لـ: "دعا إلى إضراب", "دعوات للمشاركة في مسيرات";
      // "دعا متظاهرون" is the crowd calling, not a called-for protest.
      if (cue.cls === 'call' && (m.entry.flags.has('agent') || !pathHasGoal(tokens, end + 1, m.head)))
        continue;
      consider(cue, end);
    }
  }
  for (let end = m.last + 1; end < tokens.length; end++) {
    if (tokens[end]!.kind === 'punct') break;
    for (const cue of hits[end]!) {
      if (cue.where !== 'after') continue;
      const start = end - cue.words.length + 1;
      if (start > m.last && start <= m.last + cue.window) consider(cue, end);
    }
  }
  let legal: string | null = null;
  for (let end = 0; end < tokens.length; end++) {
    for (const cue of hits[end]!) {
      if (cue.where === 'clause' && tokens[end]!.clause === clause) consider(cue, end);
      else if (cue.where === 'sentence' && cue.cls === 'legal') legal ??= cue.words.join(' ');
      else if (cue.where === 'sentence') consider(cue, end);
    }
  }
  if (best) {
    const cue: ModalityCue = best;
    return verdict(cue.cls as Reality, cue.words.join(' '), bestAt);
  }

  // "منذ 2011" or "منذ بدء ..." in the sentence: a count over a long period.
  if (sinceLongAgo(tokens, dates, pub)) return verdict('aggregate', 'منذ');
  const near = nearestDate(tokens, m, dates);
  if (near) {
    const prev = tokens[near.first - 1];
    const isSince = prev && prev.kind === 'word' && cliticReadings(prev.norm).some((r) => r.stem === 'منذ');
    if (near.future) return verdict('future', 'date');
    // A date dates the trigger when it is in the trigger's clause or elaborates it afterwards
    // ("القصف، الذي بدأ في 18 فبراير"); an earlier clause's date is other background
    // ("في خرق لهدنة ... تموز 2017، قصفت ...").
    const governs = tokens[near.first]!.clause === clause || near.first > m.last;
    // More than a month before publication; with no publication date, a year named without a
    // day ("عام 2014") is taken as background, the way news names it.
    const old =
      pub !== null ? near.latest !== null && near.latest < pub - HISTORICAL_DAYS : near.background === true;
    if (governs && old) return verdict(isSince ? 'aggregate' : 'historical', 'date');
    if (legal && governs && near.latest !== null && pub !== null && near.latest >= pub - HISTORICAL_DAYS)
      return verdict('real');
  }
  // A crime retold in a court story, with no recent day of its own: background.
  if (legal && m.entry.type === 'ASSAULT') return verdict('historical', legal);
  return verdict('real');
}
