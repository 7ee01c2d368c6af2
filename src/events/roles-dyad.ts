/**
 * Actor and recipient (the dyad) of an event, read from the participants of its sentence:
 * linked entity mentions, nationality phrases ("وزير الخارجية العراقي", "القنصلية الإيرانية")
 * and domestic nouns ("محتجون", "السلطات": the country where the sentence happens), plus an
 * article-level memory of the last named speaker for continuations ("وأضاف", "وأوضح المتحدث").
 *
 * The rules by event class:
 *  - speech acts (ACCUSE, REQUEST, REJECT, THREATEN ...): actor = the subject of the cue verb,
 *    else the sentence's speaker ("قال X إن"), else the last speaker; recipient = the first
 *    participant after the cue (its object or addressee).
 *  - violence (ASSAULT ...): actor = the doer (agent cue, adjective on the trigger noun, subject
 *    of the verb); recipient = the target after على / ضد / استهدف, the victims, the subject of
 *    تعرض, or the country of the place shells fell on. An unnamed doer stays null.
 *  - PROTEST: actor = the protesters' country, recipient = the foreign owner of what they
 *    target, else their own country's government.
 *  - CONSULT: the caller (من after تلقى), else the subject; recipient = the other side.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, EventType, RoleFiller, Sector, Span } from '../types.js';
import { normalize } from '../text/normalize.js';
import { dataPath } from '../paths.js';
import { dataDir, defaultLexicon, pastForms, presentForms } from './lexicon.js';
import { nationalityTable, mentionsIn, type Mention } from './arguments.js';
import type { ArticleSentences } from './article-sentences.js';
import type { Token } from './tokens.js';
import type { TriggerMatch } from './triggers.js';
import type { Assessment } from './modality.js';

export interface Participant {
  first: number;
  last: number;
  start: number;
  end: number;
  code: string | null;
  sector: Sector | null;
  key: string | null;
  kind: 'entity' | 'nationality' | 'domestic';
  isPlace: boolean;
  /** Named after في / داخل / قرب ... or with بـ: the setting of the sentence. */
  placeCue: boolean;
}

interface RoleWords {
  report: Set<string>;
  /** Per class: exact words, and prefixes of the entries ending in *. */
  classes: Map<string, { exact: Set<string>; prefixes: string[] }>;
}

let words: RoleWords | null = null;
let countries: Set<string> | null = null;

/** Entity keys of the gazetteer's countries (data/gazetteer/countries.tsv), loaded once. */
function countryKeys(): Set<string> {
  if (countries) return countries;
  const text = readFileSync(dataPath('gazetteer', 'countries.tsv'), 'utf8');
  countries = new Set(
    text
      .split('\n')
      .map((line) => line.slice(0, line.indexOf('\t')))
      .filter((key) => key.startsWith('loc:')),
  );
  return countries;
}

/** The word classes of data/events/role_words.tsv, loaded once. */
export function roleWords(): RoleWords {
  if (words) return words;
  const report = new Set<string>();
  const classes = new Map<string, { exact: Set<string>; prefixes: string[] }>();
  const text = readFileSync(join(dataDir(), 'role_words.tsv'), 'utf8');
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [cls = '', list = ''] = line.split('\t');
    if (cls === 'report') {
      const [past = '', present = ''] = list.split('/');
      for (const f of pastForms(normalize(past.trim()))) report.add(f);
      for (const f of presentForms(normalize(present.trim()))) report.add(f);
      continue;
    }
    const items = list
      .split(',')
      .map((w) => w.trim())
      .filter(Boolean)
      .map((w) => (w.endsWith('*') ? normalize(w.slice(0, -1)) + '*' : normalize(w)));
    const entry = classes.get(cls) ?? { exact: new Set<string>(), prefixes: [] };
    for (const w of items) {
      if (w.endsWith('*')) entry.prefixes.push(w.slice(0, -1));
      else entry.exact.add(w);
    }
    classes.set(cls, entry);
  }
  words = { report, classes };
  return words;
}

/** The role-word classes in a fixed order: bit i of a word's class mask is class i. */
let classOrder: Map<string, number> | null = null;

function classBit(cls: string): number {
  classOrder ??= new Map([...roleWords().classes.keys()].map((c, i) => [c, 1 << i]));
  return classOrder.get(cls) ?? 0;
}

function inClass(t: Token | undefined, cls: string): boolean {
  if (!t || t.kind !== 'word') return false;
  const facts = t.facts;
  if (!facts) return stemsInClass(t.stems, cls);
  // Every class at once, the first time a word is asked about: words are asked about many.
  if (facts.roleClasses === undefined) {
    let mask = 0;
    for (const c of roleWords().classes.keys()) if (stemsInClass(facts.stems, c)) mask |= classBit(c);
    facts.roleClasses = mask;
  }
  return (facts.roleClasses & classBit(cls)) !== 0;
}

function stemsInClass(stems: readonly string[], cls: string): boolean {
  const c = roleWords().classes.get(cls);
  if (!c) return false;
  // As tokenMatches: any clitic reading (with or without ال) equals a word or starts with a prefix.
  return stems.some((s) => c.exact.has(s) || c.prefixes.some((p) => s.startsWith(p)));
}

/** A reporting verb ("قال", "وأضافت", "يؤكد"), with or without و/ف. */
export function isReportVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const facts = t.facts;
  if (!facts) return reportVerbForm(t.norm);
  facts.reportVerb ??= reportVerbForm(facts.norm);
  return facts.reportVerb;
}

function reportVerbForm(w: string): boolean {
  const { report } = roleWords();
  return report.has(w) || ((w[0] === 'و' || w[0] === 'ف') && report.has(w.slice(1)));
}

function nationalityOf(t: Token): string | null {
  const facts = t.facts;
  if (!facts) return nationalityOfStems(t.stems);
  if (facts.nationality === undefined) facts.nationality = nationalityOfStems(facts.stems);
  return facts.nationality;
}

function nationalityOfStems(stems: readonly string[]): string | null {
  const { adjectives } = nationalityTable();
  for (const s of stems) {
    const c = adjectives.get(s) ?? adjectives.get('ال' + s);
    if (c) return c;
  }
  return null;
}

function sectorOf(t: Token): Sector | null {
  const facts = t.facts;
  if (!facts) return sectorOfWord(t.norm, t.stems);
  if (facts.sector === undefined) facts.sector = sectorOfWord(facts.norm, facts.stems);
  return facts.sector;
}

function sectorOfWord(norm: string, stems: readonly string[]): Sector | null {
  const { sectors } = nationalityTable();
  for (const s of [norm, ...stems]) {
    const x = sectors.get(s);
    if (x) return x;
  }
  return null;
}

/**
 * The participants of one sentence in token order. A nationality adjective right after an
 * entity describes that entity and is skipped; one right before a name of the same country
 * ("الرئيس الأمريكي جو بايدن") is the name's title and merges into it.
 */
export function participantsOf(tokens: Token[], entities: Entity[] | undefined, span: Span): Participant[] {
  return participantsFrom(tokens, mentionsIn(entities, tokens, span.start, span.end));
}

/** participantsOf from the sentence's entity mentions (mentionsIn), when they are at hand. */
export function participantsFrom(tokens: Token[], mentions: Mention[]): Participant[] {
  const out: Participant[] = [];
  const covered = new Set<number>();
  for (const m of mentions) {
    for (let k = m.first; k <= m.last; k++) covered.add(k);
    out.push({
      first: m.first,
      last: m.last,
      start: m.start,
      end: m.end,
      code: m.entity.code,
      sector: m.entity.sector,
      key: m.entity.key,
      kind: 'entity',
      isPlace: m.entity.type === 'LOC',
      placeCue: false,
    });
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || covered.has(k)) continue;
    const code = nationalityOf(t);
    if (code) {
      // "الخزانة الأمريكية" after a name; "ضربات أمريكية بريطانية فرنسية": the first of
      // coordinated adjectives leads the group.
      if (covered.has(k - 1)) {
        covered.add(k);
        continue;
      }
      const next = out.find((p) => p.kind === 'entity' && p.first > k && p.first <= k + 2);
      if (next && next.code === code && tokens[next.first]!.clause === t.clause) {
        next.first = Math.min(next.first, headStart(tokens, k, covered));
        next.start = Math.min(next.start, tokens[next.first]!.start);
        continue;
      }
      const first = headStart(tokens, k, covered);
      let sector: Sector | null = null;
      for (let h = k - 1; h >= first; h--) sector ??= sectorOf(tokens[h]!);
      out.push({
        first,
        last: k,
        start: tokens[first]!.start,
        end: t.end,
        code,
        sector,
        key: null,
        kind: 'nationality',
        isPlace: false,
        placeCue: false,
      });
      for (let h = first; h <= k; h++) covered.add(h);
      continue;
    }
    if (inClass(t, 'domestic')) {
      // "القوات الأمريكية": a nationality after the noun makes it foreign, read above.
      if (tokens.slice(k + 1, k + 3).some((n) => n.kind === 'word' && nationalityOf(n))) continue;
      out.push({
        first: k,
        last: k,
        start: t.start,
        end: t.end,
        code: null,
        sector: sectorOf(t),
        key: null,
        kind: 'domestic',
        isPlace: false,
        placeCue: false,
      });
    }
  }
  for (const p of out)
    p.placeCue =
      p.isPlace && (inClass(tokens[p.first - 1], 'place') || (p.kind === 'entity' && inPlace(tokens, p)));
  return out.sort((a, b) => a.first - b.first);
}

/** Start of the noun phrase an adjective at k closes: up to two words back ("وزير الخارجية العراقي"). */
function headStart(tokens: Token[], k: number, covered: Set<number>): number {
  let first = k;
  for (let h = k - 1; h >= Math.max(0, k - 2); h--) {
    const t = tokens[h]!;
    if (t.kind !== 'word' || covered.has(h) || inClass(t, 'preposition') || t.clause !== tokens[k]!.clause)
      break;
    if (isReportVerb(t)) break;
    first = h;
    if (sectorOf(t)) break; // the head noun itself
  }
  return first;
}

function filler(p: Participant, code: string | null = p.code): RoleFiller {
  return { start: p.start, end: p.end, key: p.key, code, sector: p.sector };
}

/** The article context the roles of one sentence may need. */
export class Discourse {
  /** Per sentence: the speaker it names, or null; undefined until asked. */
  private named: (RoleFiller | null | undefined)[] = [];
  private homeCode: string | null | undefined;

  constructor(private readonly sentences: ArticleSentences) {}

  /** The country the article is mostly about: the code with the most place mentions. */
  home(): string | null {
    if (this.homeCode !== undefined) return this.homeCode;
    const counts = new Map<string, number>();
    for (const e of this.sentences.entities ?? [])
      if (e.type === 'LOC' && e.code) counts.set(e.code, (counts.get(e.code) ?? 0) + e.mentions.length);
    let best: string | null = null;
    for (const [c, n] of counts) if (best === null || n > counts.get(best)!) best = c;
    this.homeCode = best;
    return best;
  }

  /** The speaker named in sentence k (namedSpeaker), computed once. */
  private namedIn(k: number): RoleFiller | null {
    let named = this.named[k];
    if (named === undefined) {
      const tokens = this.sentences.tokens(k);
      // Without a reporting verb namedSpeaker finds nobody: skip the participants.
      named = tokens.some(isReportVerb) ? namedSpeaker(tokens, this.sentences.participants(k)) : null;
      this.named[k] = named;
    }
    return named;
  }

  /** The speaker named in sentence i, else the last one named before it. */
  speaker(i: number): RoleFiller | null {
    // Back from i to the nearest sentence that names one: the sentences before it do not count.
    for (let k = i; k >= 0; k--) {
      const named = this.namedIn(k);
      if (named) return named;
    }
    return null;
  }

  /** The last speaker before sentence i. */
  previousSpeaker(i: number): RoleFiller | null {
    return i > 0 ? this.speaker(i - 1) : null;
  }
}

/**
 * A bare noun that refers back ("المتحدث", "الوزير", "البيان"), not a title with its own name or
 * nationality ("الرئيس الروسي", "المتحدث باسم الخارجية").
 */
function anaphorAt(tokens: Token[], k: number, parts: Participant[]): boolean {
  if (!inClass(tokens[k], 'anaphor') || tokens[k + 1]?.norm === 'باسم') return false;
  return !parts.some((p) => p.first <= k && p.last >= k);
}

/** The subject of the first reporting verb of a sentence, when named there. */
export function namedSpeaker(tokens: Token[], parts: Participant[]): RoleFiller | null {
  for (let k = 0; k < tokens.length; k++) {
    if (!isReportVerb(tokens[k])) continue;
    // "وأضاف المتحدث": the same speaker as before.
    if (anaphorAt(tokens, k + 1, parts)) return null;
    const subj = subjectOf(tokens, parts, k, k);
    // A news agency passes words on; it is not the speaker.
    if (subj && subj.kind !== 'domestic' && subj.code && subj.sector !== 'MED') return filler(subj);
    return null;
  }
  return null;
}

/**
 * The subject of a verb at [head, last]: the nearest participant before it in its clause when
 * it is not governed by a preposition (subject-first, "وكان الصدر دعا"), else the first
 * participant within three words after it (verb-first, "وطالب وزير الخارجية العراقي").
 */
function subjectOf(tokens: Token[], parts: Participant[], head: number, last: number): Participant | null {
  const clause = tokens[head]!.clause;
  const after = parts.find(
    (p) =>
      p.first > head &&
      p.first <= last + 3 &&
      tokens[p.first]!.clause === clause &&
      !inClass(tokens[p.first - 1], 'preposition') &&
      !governed(tokens, p),
  );
  const before = [...parts]
    .reverse()
    .find(
      (p) =>
        p.last < head &&
        head - p.last <= 8 &&
        (tokens[p.last]!.clause === clause ||
          (tokens[p.last]!.clause === clause - 1 &&
            tokens[head - 1]?.kind === 'punct' &&
            tokens[p.last + 1]?.kind === 'punct')) &&
        !governed(tokens, p) &&
        !between(tokens, p.last + 1, head).some(
          (t) => isReportVerb(t) || t.norm === 'ان' || t.norm === 'بان',
        ),
    );
  // "كان X قد اتهم Y": after قد the subject stands before the verb, the name after is its object.
  if (/^[وف]?(قد|لقد)$/.test(tokens[head - 1]?.norm ?? '')) return before ?? null;
  // "اتهم الغرب النظام السوري": an unnamed definite noun right after the verb is the subject,
  // and the name after it the object.
  const gap = after ? between(tokens, last + 1, after.first) : [];
  if (
    after &&
    gap.some(
      (t) => t.kind === 'word' && t.norm.startsWith('ال') && !inClass(t, 'time') && !inClass(t, 'title'),
    )
  )
    return before ?? null;
  // "وكان الصدر دعا", "بلينكن، دعا": a name right before the verb is its subject.
  if (
    before &&
    (before.last === head - 1 ||
      (tokens[head - 1]?.kind === 'punct' && tokens[before.last + 1]?.kind === 'punct'))
  )
    return before;
  if (after && (after.first === last + 1 || after.first === head + 1)) return after;
  return before ?? after ?? null;
}

function between(tokens: Token[], from: number, to: number): Token[] {
  return tokens.slice(Math.max(0, from), Math.max(0, to));
}

/** An agent cue right before token k, or before a quote mark or a group noun ("برصاص ميليشيات «X»"). */
function agentBefore(tokens: Token[], k: number): boolean {
  if (inClass(tokens[k - 1], 'agent')) return true;
  let j = k - 1;
  while (j > k - 3 && j >= 0 && (tokens[j]!.kind === 'punct' || sectorOf(tokens[j]!))) j--;
  return j < k - 1 && inClass(tokens[j], 'agent');
}

/** A name with the proclitic بـ "in" ("بالبصرة"), not لـ "to" ("الموالية لإيران"). */
function inPlace(tokens: Token[], p: Participant): boolean {
  const w = tokens[p.first]!;
  return p.start > w.start && p.start < w.end && /ب/.test(w.norm.slice(0, p.start - w.start));
}

/** A participant right after a preposition, or with ب / ل on its first word ("بالعراق", "لمجلس"). */
function governed(tokens: Token[], p: Participant): boolean {
  if (inClass(tokens[p.first - 1], 'preposition')) return true;
  const w = tokens[p.first]!;
  if (w.kind !== 'word') return false;
  // A name's span leaves its proclitics out: the letters before it are the clitics.
  if (p.start > w.start && p.start < w.end) return /[بل]/.test(w.norm.slice(0, p.start - w.start));
  return /^[وف]?(بال|لل)/.test(w.norm);
}

const VIOLENCE = new Set<EventType>(['ASSAULT', 'COERCE', 'MOBILIZE', 'SANCTION']);

export interface DyadInput {
  type: EventType;
  tokens: Token[];
  match: TriggerMatch;
  parts: Participant[];
  /** The trigger is a verb or a noun carried by a support verb. */
  verbal: boolean;
  /** The trigger is a noun (with or without a support verb). */
  noun: boolean;
  /** The trigger verb is written passive (a damma on its first letter: "قُتلت"). */
  passive: boolean;
  /** The speaker of this sentence or, failing that, of the ones before. */
  speaker: RoleFiller | null;
  /** The country where the sentence happens when the people in it are unnamed. */
  domestic: string | null;
  /** The verb that labels the event when a label cue decided its reading (modality.tsv), else null. */
  labelVerb: number | null;
}

export interface Dyad {
  actor: RoleFiller | null;
  recipient: RoleFiller | null;
}

/** Fillers guessed from context (the last speaker, the local country), not read off the sentence. */
const inferred = new WeakSet<RoleFiller>();

function guess(f: RoleFiller | null): RoleFiller | null {
  if (f) inferred.add(f);
  return f;
}

/**
 * Merges the dyad of a repeat of an event into the first one: an empty role takes the repeat's
 * filler, a guessed one gives way to a filler the repeat names explicitly.
 */
export function mergeDyad(into: Dyad, from: Dyad): void {
  for (const role of ['actor', 'recipient'] as const) {
    const other = role === 'actor' ? 'recipient' : 'actor';
    const a = into[role];
    const b = from[role];
    if (!b) continue;
    // Only a repeat that agrees on the other side is the same event ("the attack that killed
    // three Americans" is not the strikes that answered it).
    const o1 = into[other]?.code;
    const o2 = from[other]?.code;
    if (o1 && o2 && o1 !== o2) continue;
    // A doer is taken over only from a repeat that names the same target.
    if (role === 'actor' && o1 && !o2) continue;
    if (!a || (inferred.has(a) && !inferred.has(b))) into[role] = b;
  }
}

/** Actor and recipient of one event. */
export function resolveDyad(x: DyadInput): Dyad {
  if (x.type === 'CONSULT') return consultDyad(x);
  if (x.type === 'PROTEST') return protestDyad(x);
  if (VIOLENCE.has(x.type)) return violenceDyad(x);
  return speechDyad(x);
}

function code(x: DyadInput, p: Participant | null | undefined): RoleFiller | null {
  if (!p) return null;
  if (p.kind === 'domestic') return x.domestic ? filler(p, x.domestic) : null;
  return p.code ? filler(p) : null;
}

function isMedia(x: DyadInput, p: Participant): boolean {
  return p.sector === 'MED' || inClass(x.tokens[p.first], 'media');
}

/** The first participant after token k that is not the actor nor a channel, within the sentence. */
function objectAfter(x: DyadInput, k: number, actor: Participant | null, maxGap = 14): Participant | null {
  return (
    x.parts.find(
      (p) =>
        p.first > k &&
        p.first <= k + maxGap &&
        p !== actor &&
        !isMedia(x, p) &&
        (p.code !== null || p.kind === 'domestic') &&
        // Words quoted after the cue are what was said, not whom it was said to.
        !(x.tokens[p.first]!.quoted && !x.tokens[k]!.quoted) &&
        // A title chain of the speaker ("المتحدث باسم مجلس الأمن القومي بالبيت الأبيض جون كيربي").
        !(actor && p.code && p.code === actor.code && p.first <= actor.last + 6),
    ) ?? null
  );
}

/**
 * An attack named by the label its opponent puts on it ("لما سماه «عدوان أمريكي»", "اعتبرته
 * إيران «اعتداء وحشيا»"; a label cue of modality.tsv): the one who labels it accuses, and the
 * attack's doer, named by the label's adjective, is the accused. Only a bare noun is a label; a
 * verb, or a noun its support verb carries, states the attack itself. Null for any other mention.
 */
function labelDyad(x: DyadInput): Dyad | null {
  const { tokens, match: m, parts, labelVerb: cue } = x;
  if (cue === null || x.verbal) return null;
  const labeller = subjectOf(tokens, parts, cue, cue);
  // The adjective's participant spans the noun it qualifies ("عدوان أمريكي").
  const doer =
    parts.find((p) => p.kind === 'nationality' && p.first <= m.last + 1 && p.last > m.last) ?? null;
  const actor =
    (labeller && labeller !== doer ? code(x, labeller) : null) ?? guess(x.speaker ? { ...x.speaker } : null);
  let recipient = code(x, doer);
  if (actor && recipient && actor.code === recipient.code) recipient = null;
  return { actor, recipient };
}

function speechDyad(x: DyadInput): Dyad {
  const labelled = labelDyad(x);
  if (labelled) return labelled;
  const { tokens, match: m, parts } = x;
  // "وحذر المتحدث إيران": an anaphoric subject right after the verb is the last speaker.
  const anaphoric = x.verbal && anaphorAt(tokens, m.last + 1, parts);
  // "حمّل X المسؤولية": the name right after the verb is the one blamed.
  const blames =
    x.verbal &&
    tokens[m.head]!.stems.some((s) => /^(حمل|يحمل|تحمل)/.test(s)) &&
    tokens
      .slice(m.head + 1, m.head + 5)
      .some((t) => t.stems.includes('مسووليه') || t.stems.includes('مسؤوليه'));
  const blamed = blames ? (parts.find((p) => p.first === m.head + 1) ?? null) : null;
  let actorP = x.verbal && !anaphoric ? subjectOf(tokens, parts, m.head, m.head) : null;
  if (actorP === blamed) actorP = null;
  if (actorP && actorP.code === null && actorP.kind !== 'domestic') actorP = null;
  if (!actorP && !x.verbal) {
    // A noun ("اتهامات أمريكية", "عدوان أمريكي"): its adjective, else the sentence speaker.
    actorP = parts.find((p) => p.kind === 'nationality' && p.last === m.last + 1) ?? null;
  }
  let actor = code(x, actorP);
  if (actorP?.kind === 'domestic' && inClass(tokens[actorP.first], 'anaphor')) actor = null;
  if (!actor) actor = guess(x.speaker ? { ...x.speaker } : null);
  const from = actorP && actorP.first > m.last ? actorP.last : m.last;
  let obj = blamed ?? objectAfter(x, from, actorP);
  // One concedes or retreats before a named party, not before the crowd it calls off.
  if (obj?.kind === 'domestic' && (x.type === 'CONCEDE' || x.type === 'RETREAT')) obj = null;
  let recipient = code(x, obj);
  if (actor && recipient && actor.start === recipient.start) recipient = null;
  // The speaker's own country named after the cue is where it spoke or acted, not whom it
  // addressed ("حثت الشرطة في بريطانيا النساء", "انسحاب الولايات المتحدة من الاتفاق").
  if (actor && recipient?.key && recipient.code === actor.code && countryKeys().has(recipient.key))
    recipient = null;
  return { actor, recipient };
}

function consultDyad(x: DyadInput): Dyad {
  const { tokens, match: m, parts } = x;
  const clause = tokens[m.head]!.clause;
  // "تلقى X اتصالا من Y": Y called X.
  const recv = tokens.findIndex((t, k) => k <= m.head && k >= m.head - 6 && inClass(t, 'receive'));
  if (recv >= 0) {
    const receiver = subjectOf(tokens, parts, recv, recv);
    const caller = parts.find(
      (p) =>
        p.first > m.last &&
        p.code &&
        tokens.slice(Math.max(m.last + 1, p.first - 3), p.first).some((t) => t.norm === 'من'),
    );
    if (caller || receiver) return { actor: code(x, caller), recipient: code(x, receiver) };
  }
  // Partner after مع / بين / ب.
  const partner =
    parts.find(
      (p) =>
        p.first > m.head - 1 &&
        p.code &&
        ['مع', 'بين', 'نظيره', 'نظيرته'].includes(tokens[p.first - 1]?.norm ?? ''),
    ) ??
    parts.find(
      (p) =>
        p.first > m.head &&
        p.first <= m.last + 8 &&
        p.code &&
        !p.isPlace &&
        /^[وف]?مع$/.test(tokens[p.first - 1]?.norm ?? ''),
    );
  let actorP = subjectOf(tokens, parts, m.head, m.last);
  if (actorP === partner) actorP = null;
  // Else the first named (PLOVER): the first party named before the partner.
  if (partner) {
    const first = parts.find(
      (p) => p.last < partner.first && p.code && !p.isPlace && !isMedia(x, p) && p.code !== partner.code,
    );
    if (first) actorP = first;
  }
  // "X و Y ناقشا": the first of two joined names before the verb.
  if (!partner) {
    const before = parts.filter(
      (p) => p.last < m.head && p.code && !p.isPlace && !governed(tokens, p) && !isMedia(x, p),
    );
    if (before.length >= 2) {
      const [a, b] = before.slice(-2) as [Participant, Participant];
      if (a.code !== b.code && /^و/.test(tokens[b.first]?.norm ?? ''))
        return { actor: code(x, a), recipient: code(x, b) };
    }
  }
  let actor = code(x, actorP);
  if (!actor || (actorP?.isPlace && actorP.first > m.last)) actor = x.speaker ?? actor;
  let recipient = code(x, partner);
  if (!recipient) {
    const other = parts.find(
      (p) =>
        p !== actorP &&
        p.code &&
        !p.isPlace &&
        !isMedia(x, p) &&
        p.code !== actor?.code &&
        tokens[p.first]!.clause >= clause - 1,
    );
    recipient = code(x, other);
  }
  if (actor && recipient && actor.start === recipient.start) recipient = null;
  return { actor, recipient };
}

function protestDyad(x: DyadInput): Dyad {
  const { tokens, match: m, parts } = x;
  // The protesters: a nationality on them or a name of their group, else the local people.
  const crowd = parts.find(
    (p) =>
      p.kind === 'nationality' && (p.last === m.head - 1 || p.last === m.last + 1) && !governed(tokens, p),
  );
  const actor = crowd
    ? filler(crowd)
    : guess(
        x.domestic
          ? {
              start: tokens[m.head]!.start,
              end: tokens[m.head]!.end,
              key: null,
              code: x.domestic,
              sector: 'CVL',
            }
          : null,
      );
  // The target: a foreign participant (the consulate of another country), else the own state.
  const target = parts.find(
    (p) =>
      p !== crowd &&
      p.code &&
      !p.isPlace &&
      p.code !== actor?.code &&
      p.kind !== 'domestic' &&
      !isMedia(x, p),
  );
  const recipient = target ? filler(target) : guess(actor ? { ...actor, sector: 'GOV' } : null);
  return { actor, recipient };
}

function violenceDyad(x: DyadInput): Dyad {
  const { tokens, match: m, parts } = x;
  const clause = tokens[m.head]!.clause;
  let actorP: Participant | null = null;
  let targetP: Participant | null = null;
  // Doer after من قبل / برصاص / على أيدي.
  actorP = parts.find((p) => p.first > m.last && agentBefore(tokens, p.first)) ?? null;
  // "تعرضت قاعدة بلد لقصف": the subject of تعرض is the target, the doer is unnamed.
  const suffer = tokens.findIndex(
    (t, k) => k < m.head && k >= m.head - 12 && t.clause === clause && inClass(t, 'suffer'),
  );
  // An adjective on the trigger noun: "قصف إسرائيلي", "الضربات الأمريكية".
  if (x.noun)
    actorP ??=
      parts.find((p) => p.kind === 'nationality' && p.first <= m.last + 1 && p.last > m.last) ?? null;
  // Any attack noun of the sentence with a nationality: "قتل ثلاثة في قصف إسرائيلي".
  actorP ??=
    parts.find((p) => p.kind === 'nationality' && p.first < p.last && isAttackNoun(tokens[p.first]!)) ?? null;
  // "أمر ترامب بضرب سوريا", "يأمر بشن ضربات": who orders the attack is its doer. The attack is
  // the order's object, with بـ on it or on its light verb.
  const ordered = tokens[m.head]!.norm.startsWith('ب') || tokens[m.head - 1]?.norm.startsWith('ب');
  if (!actorP && suffer < 0 && ordered) {
    // Not "الأمر" (the matter): a definite order is one of "الأوامر".
    const order = tokens.findIndex(
      (t, k) =>
        k < m.head &&
        k >= m.head - 8 &&
        t.clause === clause &&
        inClass(t, 'order') &&
        !/^[وف]?[بل]?الامر$/.test(t.norm),
    );
    // Its subject stands before the attack: a name after it is the attack's target ("أمر باعتقال X").
    const orderer = order >= 0 ? subjectOf(tokens, parts, order, order) : null;
    if (orderer && orderer.last < m.head) actorP = orderer;
  }
  if (suffer >= 0) targetP = parts.find((p) => p.first > suffer && p.last < m.head) ?? null;
  // Target after على / ضد / باتجاه / استهدف, or the object right after a noun ("ضرب سوريا").
  targetP ??=
    parts.find(
      (p) =>
        p.first > m.last &&
        p.first <= m.last + 12 &&
        p !== actorP &&
        (inClass(tokens[p.first - 1], 'target') || tokens[p.first - 1]?.norm === 'علي'),
    ) ?? null;
  if (!targetP && !x.verbal)
    targetP = parts.find((p) => p !== actorP && p.first === m.last + 1 && p.kind !== 'nationality') ?? null;
  // "صاروخين استهدفا الجناح الأميركي", "الضربة التي استهدفت سوريا": with the subject before
  // the verb, the name after استهدف is its object.
  const prev = tokens[m.head - 1];
  if (
    !targetP &&
    x.verbal &&
    inClass(tokens[m.head], 'target') &&
    prev?.kind === 'word' &&
    prev.clause === clause
  )
    targetP = parts.find((p) => p !== actorP && p.first > m.last && p.first <= m.last + 2) ?? null;
  // Victims: "مقتل ثلاثة جنود أمريكيين", a passive "قُتلت الناشطة العراقية".
  // "هجمات ضد شعبه": the doer's own people.
  const ownPeople = tokens.some(
    (t, k) => k > m.last && k <= m.last + 5 && /^(شعب|مواطني)(ه|ها)$/.test(t.norm),
  );
  if (!targetP && (x.passive || x.noun) && !ownPeople)
    targetP =
      parts.find((p) => p !== actorP && p.first > m.last && p.first <= m.last + 3 && !governed(tokens, p)) ??
      null;
  // "الضحايا سقطوا برصاص X": the people who fell are the victims.
  if (!targetP && inClass(tokens[m.head], 'fall'))
    targetP = parts.find((p) => p.last === m.head - 1 && p.kind === 'domestic' && p.sector === 'CVL') ?? null;
  // "أدى الهجوم إلى مقتل ثلاثة جنود أمريكيين".
  if (!ownPeople)
    targetP ??=
      parts.find(
        (p) =>
          p !== actorP &&
          p.first > m.head &&
          tokens.slice(Math.max(0, p.first - 3), p.first).some((t) => inClass(t, 'casualty')),
      ) ?? null;
  if (!actorP && x.verbal && !x.passive && suffer < 0 && !(x.noun && targetP)) {
    const s = subjectOf(tokens, parts, m.head, m.last);
    // Civilians and protesters named next to a killing are its victims, not its doers, and so
    // are the people named right after a casualty word ("مقتل ثلاث جنود أمريكيين").
    const victim = s && tokens.slice(Math.max(0, s.first - 3), s.first).some((t) => inClass(t, 'casualty'));
    if (s && victim && !targetP) targetP = s;
    else if (s && s !== targetP && !s.isPlace && !victim && !(s.kind === 'domestic' && s.sector === 'CVL'))
      actorP = s;
  }
  // "مشاركة بريطانيا في الضربات", "شاركت فرنسا في القصف": the participant is a doer.
  if (!actorP) {
    const join = tokens.findIndex((t, k) => k < m.head && k >= m.head - 6 && inClass(t, 'join'));
    if (join >= 0) actorP = parts.find((p) => p.first === join + 1) ?? null;
  }
  // A relative clause names the doer: "ضربات نفذتها بريطانيا", "هجمات شنتها الميليشيات".
  if (!actorP && suffer < 0) {
    const rel = tokens.findIndex(
      (t, k) => k > m.last && k <= m.last + 4 && /^(نفذ|شن)(ت|وا)?(ها|ه|هم)$/.test(t.norm),
    );
    if (rel >= 0) actorP = parts.find((p) => p.first > rel && p.first <= rel + 3) ?? null;
  }
  // Shells that fell on a place: the place's country is the target.
  if (!targetP) {
    const fell = tokens.some((t) => inClass(t, 'fall'));
    targetP =
      parts.find(
        (p) =>
          p !== actorP &&
          p.isPlace &&
          p.first > m.head - 8 &&
          (fell || p.first > m.last) &&
          (inClass(tokens[p.first - 1], 'place') || inClass(tokens[p.first - 1], 'target')),
      ) ?? null;
  }
  // "إنه أعطى أوامره بضرب سوريا", "أعلنت الوزارة أنها ضربت": the speaker speaks of itself.
  let actor = code(x, actorP) ?? (selfReported(tokens, m.head) ? x.speaker : null);
  let recipient = code(x, targetP);
  if (actor && recipient && actor.start === recipient.start) recipient = null;
  if (ownPeople && actor) recipient = { ...actor };
  // Curfews and arrests by unnamed authorities fall on their own people.
  if (!actorP && (x.type === 'COERCE' || x.type === 'MOBILIZE')) {
    actorP =
      [...parts].reverse().find((p) => p.kind === 'domestic' && p.last < m.head && p.sector !== 'CVL') ??
      null;
    actor = code(x, actorP);
  }
  if (!recipient && actor && actorP?.kind === 'domestic' && x.type === 'COERCE')
    recipient = guess({ ...actor });
  return { actor, recipient };
}

/** A noun of the trigger lexicon that names an attack ("قصف", "غارات", "ضربات"). */
function isAttackNoun(t: Token): boolean {
  const lex = defaultLexicon();
  return t.stems.some((s) =>
    (lex.forms.get(s) ?? []).some((r) => r.tense === 'noun' && r.entry.type === 'ASSAULT'),
  );
}

/** A report verb and, before the trigger, a pronoun "إنه / أنها / إنهم" that takes its subject up. */
function selfReported(tokens: Token[], head: number): boolean {
  const verb = tokens.findIndex((t, k) => k < head && isReportVerb(t));
  if (verb < 0) return false;
  // The pronoun opens the trigger's own clause: "إنه أعطى أوامره بضرب", "أنها ضربت".
  const near = tokens.slice(Math.max(verb + 1, head - 4), head);
  return (
    near.some((t) => /^(ب)?ان(ه|ها|هم|نا)$/.test(t.norm)) &&
    !near.some((t) => t.norm === 'لم' || t.norm === 'لن')
  );
}

/** The domestic country of a sentence: its first place with a code, else the article's home. */
export function domesticCountry(parts: Participant[], home: string | null): string | null {
  // The place the sentence happens in ("في البصرة"), not a country merely named ("إيران").
  return parts.find((p) => p.isPlace && p.code && p.placeCue)?.code ?? home;
}

/** True when the trigger word carries a damma on its first letter in the original text. */
export function writtenPassive(text: string, token: Token): boolean {
  const w = text.slice(token.start, token.end);
  let i = 0;
  if (/^[وف]/.test(w) && w.length > 3 && w[1] !== '\u064F') i = 1;
  return w[i + 1] === '\u064F';
}

/** The mention fields eventDyad reads (a ScoredMention). */
export interface DyadMention {
  sentence: number;
  tokens: Token[];
  match: TriggerMatch;
  assessment: Pick<Assessment, 'tense' | 'support' | 'reality' | 'cueAt'>;
}

/** Actor and recipient of an event of `type` stated by mention m (the call site of index.ts). */
export function eventDyad(
  text: string,
  m: DyadMention,
  type: EventType,
  parts: Participant[],
  discourse: Discourse,
): Dyad {
  const head = m.tokens[m.match.head]!;
  return resolveDyad({
    type,
    tokens: m.tokens,
    match: m.match,
    parts,
    verbal: m.assessment.tense !== 'noun' || m.assessment.support !== null,
    noun: m.assessment.tense === 'noun',
    passive: m.assessment.tense !== 'noun' && writtenPassive(text, head),
    speaker: discourse.speaker(m.sentence),
    domestic: domesticCountry(parts, discourse.home()),
    labelVerb: m.assessment.reality === 'label' ? m.assessment.cueAt : null,
  });
}

const SAID = new Set<EventType>(['ACCUSE', 'REQUEST', 'REJECT', 'THREATEN', 'CONCEDE', 'SUPPORT', 'AGREE']);

/**
 * The day of a speech act whose cue has no date of its own: a statement is made when its
 * sentence says it was ("قالت فرنسا اليوم السبت إن ... لكن على الأسد أن يدرك", "انتقد، خلال صلاة
 * الجمعة، السياسيين"), so the sentence's day counts when it names exactly one.
 */
export function speechDay<D extends { day: number | null }>(type: EventType, dates: D[]): D | null {
  if (!SAID.has(type)) return null;
  const days = dates.filter((d) => d.day !== null);
  return days.length > 0 && days.every((d) => d.day === days[0]!.day) ? days[0]! : null;
}
