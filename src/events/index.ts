/**
 * Event detection in the PLOVER ontology for Arabic news text.
 *
 * detectEvents(text, sentences, ctx) spots trigger words of the 16 PLOVER types (data/events,
 * triggers.ts), keeps the mentions a sentence reports as having happened (modality.ts), scores
 * them (score.ts), turns threatened or called-for violence and protest into THREATEN / REQUEST,
 * merges repeats of one event across the article, and fills arguments (arguments.ts),
 * quantities (quantities.ts) and the event day (dates.ts). Pure: the same input gives the same
 * output.
 */
import type { ArticleEvent, Entity, EventType, Span } from '../types.js';
import type { Token as TextToken } from '../text/tokenize.js';
import { defaultLexicon } from './lexicon.js';
import { formatDay, parsePublished } from './dates.js';
import { assignRoles } from './arguments.js';
import { ArticleSentences } from './article-sentences.js';
import { Discourse, eventDyad, mergeDyad, speechDay, type Dyad } from './roles-dyad.js';
import { EVENT_THRESHOLD, eventDate, scoreMentions, type ScoredMention } from './score.js';

export interface EventContext {
  published: string | null;
  entities?: Entity[];
  /** tokenize(text, span.start, span.end) of text/tokenize, when the caller has the tokens already. */
  tokensIn?: (span: Span) => TextToken[];
}

// A threat of violence in place of an attack, an attack announced for later, a call for a
// protest, an attack named in a judgement ("اعتبرته عدوانا"): the speech act is the event.
const SPEECH_INSTEAD: Partial<Record<string, EventType>> = {
  threat: 'THREATEN',
  future: 'THREATEN',
  call: 'REQUEST',
  opinion: 'ACCUSE',
  label: 'ACCUSE',
};

/**
 * The mode of a sentence's event: the best mention's, except that a protest with crowd violence
 * in the same sentence is a riot, and one that blocks a road or a port is an obstruction.
 */
function modeOf(m: ScoredMention, sentenceMentions: ScoredMention[]): string | null {
  const here = sentenceMentions.filter((x) => x !== m);
  if (m.match.entry.type !== 'PROTEST') {
    // "قتل ... في قصف": the killing verb has no mode, the shelling noun has.
    return (
      m.match.entry.mode ??
      here.find(
        (x) => x.match.entry.type === m.match.entry.type && x.match.entry.mode && x.score >= EVENT_THRESHOLD,
      )?.match.entry.mode ??
      null
    );
  }
  if (
    here.some(
      (x) =>
        x.match.entry.flags.has('riot') &&
        (x.assessment.reality === 'real' || x.assessment.reality === 'historical'),
    )
  )
    return 'riot';
  const specific = here.find(
    (x) =>
      x.match.entry.type === 'PROTEST' &&
      x.match.entry.mode &&
      x.match.entry.mode !== 'demo' &&
      x.assessment.reality === 'real',
  );
  return specific ? specific.match.entry.mode : m.match.entry.mode;
}

/** Events of an article: one per distinct event, evidence = the sentence(s) that state it. */
export function detectEvents(text: string, sentences: Span[], ctx: EventContext): ArticleEvent[] {
  const lex = defaultLexicon();
  // Tokens, mentions and participants of each sentence, shared by the steps below.
  const article = new ArticleSentences(text, sentences, ctx.entities, ctx.tokensIn);
  // The last named speaker, for continuations ("وأضاف", "وأوضح المتحدث"); computed lazily.
  const discourse = new Discourse(article);
  const pub = parsePublished(ctx.published);
  const mentions = scoreMentions(text, sentences, ctx.published, lex, (i) => article.tokens(i));
  const bySentence = new Map<number, ScoredMention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  // Best mention per (sentence, type).
  const best = new Map<string, ScoredMention>();
  for (const m of mentions) {
    if (m.score < EVENT_THRESHOLD) continue;
    const key = `${m.sentence}\u0000${m.match.entry.type}`;
    const prev = best.get(key);
    if (
      !prev ||
      m.score > prev.score ||
      (m.score === prev.score && m.match.entry.mode && !prev.match.entry.mode)
    )
      best.set(key, m);
  }
  const picked = [...best.values()].sort((a, b) => a.sentence - b.sentence || a.match.head - b.match.head);
  // Speech acts the modality filter found in place of an event (threat → THREATEN), when the
  // sentence has no trigger of that type already.
  const speech: ScoredMention[] = [];
  for (const m of mentions) {
    const t = SPEECH_INSTEAD[m.assessment.reality];
    if (!t || (m.match.entry.type !== 'ASSAULT' && m.match.entry.type !== 'PROTEST')) continue;
    // Only violence is threatened or condemned; a planned or praised protest is no threat.
    if ((t === 'THREATEN' || t === 'ACCUSE') && m.match.entry.type !== 'ASSAULT') continue;
    if (m.assessment.reality === 'call' && m.match.entry.type !== 'PROTEST') continue;
    if (
      picked.some((p) => p.sentence === m.sentence && p.match.entry.type === t) ||
      speech.some((p) => p.sentence === m.sentence)
    )
      continue;
    speech.push(m);
  }

  const events: (ArticleEvent & { sentence: number })[] = [];
  const dyads = new Map<ArticleEvent, Dyad>();
  const build = (
    m: ScoredMention,
    type: EventType,
    mode: string | null,
    confidence: number,
  ): ArticleEvent & { sentence: number } => {
    const s = sentences[m.sentence]!;
    const sentenceMentions = article.mentions(m.sentence);
    // Roles from every reported mention of the type in the sentence, the chosen one first, then
    // nouns (their nationality adjective is reliable), then verbs (which may be passives).
    const sameType = (bySentence.get(m.sentence) ?? [])
      .filter(
        (x) =>
          x.sentence === m.sentence &&
          x.match.entry.type === m.match.entry.type &&
          x !== m &&
          x.score >= EVENT_THRESHOLD,
      )
      .sort((a, b) => Number(a.assessment.tense !== 'noun') - Number(b.assessment.tense !== 'noun'));
    const roles = { actor: null, recipient: null, location: null } as ReturnType<typeof assignRoles>;
    for (const x of [m, ...sameType]) {
      const verbal = x.assessment.tense !== 'noun' || x.assessment.support !== null;
      const r = assignRoles(x.tokens, x.match, sentenceMentions, verbal);
      roles.actor ??= r.actor;
      roles.recipient ??= r.recipient;
      roles.location ??= r.location;
    }
    if (roles.actor && roles.recipient && roles.actor.start === roles.recipient.start) roles.recipient = null;
    const d = eventDate(m) ?? speechDay(type, m.dates);
    const quantities =
      type === 'ASSAULT' || type === 'PROTEST' || type === 'COERCE' || type === 'MOBILIZE'
        ? article.quantities(m.sentence)
        : [];
    const event = {
      sentence: m.sentence,
      type,
      mode,
      actor: roles.actor,
      recipient: roles.recipient,
      location: roles.location,
      date: d && d.day !== null && (pub === null || d.day <= pub) ? formatDay(d.day) : null,
      quantities,
      evidence: [{ start: s.start, end: s.end }],
      confidence: Math.round(confidence * 100) / 100,
      historical: m.assessment.reality === 'historical',
    };
    // The reported actor and recipient (roles-dyad.ts); the merge below still compares the
    // explicit targets of assignRoles.
    dyads.set(event, eventDyad(text, m, type, article.participants(m.sentence), discourse));
    return event;
  };
  for (const m of picked)
    events.push(build(m, m.match.entry.type, modeOf(m, bySentence.get(m.sentence) ?? []), m.score));
  for (const m of speech) {
    const type = SPEECH_INSTEAD[m.assessment.reality]!;
    const mode = type === 'THREATEN' ? 'violence' : type === 'ACCUSE' ? 'disapprove' : null;
    events.push(build(m, type, mode, 0.6));
  }
  events.sort((a, b) => a.sentence - b.sentence);

  // One event per distinct event: a repeat of the same type elsewhere in the article is merged
  // into the earlier mention when nothing tells them apart (target, day, mode). The actor is not
  // compared: one doer is named many ways (the president, the country, its forces), while
  // distinct attacks differ in target or day.
  const merged: (ArticleEvent & { sentence: number })[] = [];
  const same = (a: { code: string | null } | null, b: { code: string | null } | null) =>
    !a || !b || !a.code || !b.code || a.code === b.code;
  for (const e of events) {
    const prev = [...merged]
      .reverse()
      .find(
        (p) =>
          p.type === e.type &&
          p.historical === e.historical &&
          same(p.recipient, e.recipient) &&
          (!p.date || !e.date || p.date === e.date) &&
          (p.mode === e.mode ||
            e.sentence - p.sentence <= 1 ||
            (e.type === 'PROTEST' && (p.mode === 'demo' || e.mode === 'demo'))),
      );
    if (prev) {
      if (prev.sentence !== e.sentence) prev.evidence.push(...e.evidence);
      prev.sentence = e.sentence;
      prev.actor ??= e.actor;
      prev.recipient ??= e.recipient;
      mergeDyad(dyads.get(prev)!, dyads.get(e)!);
      prev.location ??= e.location;
      prev.date ??= e.date;
      prev.mode ??= e.mode;
      prev.confidence = Math.max(prev.confidence, e.confidence);
      for (const q of e.quantities)
        if (!prev.quantities.some((x) => x.start === q.start)) prev.quantities.push(q);
      continue;
    }
    merged.push(e);
  }
  const strip = ({ sentence: _s, ...e }: ArticleEvent & { sentence: number }): ArticleEvent => e;
  return merged.map((x) => ({ ...strip(x), ...dyads.get(x) }));
}

export { parsePublished, findDates } from './dates.js';
export { defaultLexicon, buildLexicon } from './lexicon.js';
export { findTriggers } from './triggers.js';
export { assess } from './modality.js';
export { findQuantities } from './quantities.js';
export { tokenize as tokenizeForEvents } from './tokens.js';
export { scoreMentions, EVENT_THRESHOLD, type ScoredMention } from './score.js';
