/**
 * Actor, recipient and location of an event from the entity mentions of its sentence (when the
 * linker gave them) and from nationality adjectives ("قصف إسرائيلي", "القوات الأمريكية").
 *  - targets: the mention after على / ضد / باتجاه / صوب / استهدف ...;
 *  - partners: after مع / بين (CONSULT, AGREE, COOPERATE: recipient);
 *  - the doer: after من قبل / على أيدي / بيد, else the subject after a verb (verb-first order),
 *    else the nearest mention before the trigger in its clause (subject-first), else a
 *    nationality adjective right after the trigger noun or its head noun;
 *  - location: a LOC mention after في / ب, else null;
 *  - "قال البيت الأبيض إن ..." — the speaker is the actor of speech events (ACCUSE, REQUEST ...).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, RoleFiller, Sector, EventType } from '../types.js';
import { normalize } from '../text/normalize.js';
import { dataDir } from './lexicon.js';
import { cliticReadings, type Token } from './tokens.js';
import type { TriggerMatch } from './triggers.js';

export interface Roles {
  actor: RoleFiller | null;
  recipient: RoleFiller | null;
  location: RoleFiller | null;
}

export interface Mention {
  entity: Entity;
  start: number;
  end: number;
  /** First and last token of the mention. */
  first: number;
  last: number;
}

const TARGET_CUES = [
  'علي',
  'ضد',
  'باتجاه',
  'اتجاه',
  'صوب',
  'تجاه',
  'نحو',
  'استهدف',
  'استهدفت',
  'استهدفوا',
  'استهداف',
  'يستهدف',
  'تستهدف',
  'مع',
];
const PARTNER_CUES = ['مع', 'بين', 'ب', 'نظيره', 'نظيرته', 'نظيرها'];
const AGENT_CUES = ['قبل', 'ايدي', 'يد', 'بيد'];
const PLACE_CUES = [
  'في',
  'ب',
  'داخل',
  'قرب',
  'بمدينه',
  'مدينه',
  'منطقه',
  'محافظه',
  'ولايه',
  'شمال',
  'جنوب',
  'شرق',
  'غرب',
  'وسط',
];
const SPEECH_TYPES = new Set<EventType>([
  'ACCUSE',
  'REQUEST',
  'REJECT',
  'THREATEN',
  'SUPPORT',
  'CONCEDE',
  'AGREE',
]);
const PARTNER_TYPES = new Set<EventType>(['CONSULT', 'AGREE', 'COOPERATE', 'AID', 'SUPPORT']);

interface NationalityTable {
  adjectives: Map<string, string>;
  sectors: Map<string, Sector>;
}

let table: NationalityTable | null = null;

/** Nationality adjectives and sector head nouns of data/events. */
export function nationalityTable(): NationalityTable {
  if (table) return table;
  const adjectives = new Map<string, string>();
  const sectors = new Map<string, Sector>();
  const rows = (f: string) =>
    readFileSync(join(dataDir(), f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.split('\t'));
  for (const [adj, code] of rows('nationalities.tsv')) {
    if (!adj || !code) continue;
    const a = normalize(adj.trim());
    // (No dual: "فلسطينيان" is two Palestinians, a noun, more often than an adjective.)
    for (const f of [a, a + 'ه', a + 'ون', a + 'ين']) {
      adjectives.set(f, code.trim());
      adjectives.set('ال' + f, code.trim());
    }
  }
  for (const [noun, sector] of rows('sector_nouns.tsv'))
    if (noun && sector) sectors.set(normalize(noun.trim()), sector.trim() as Sector);
  table = { adjectives, sectors };
  return table;
}

function tokenAt(tokens: Token[], offset: number): number {
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.end > offset) return k;
  return -1;
}

/** Entity mentions inside [start, end), with their token positions. */
export function mentionsIn(
  entities: Entity[] | undefined,
  tokens: Token[],
  start: number,
  end: number,
): Mention[] {
  const out: Mention[] = [];
  if (!entities) return out;
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.start < start || m.end > end) continue;
      const first = tokenAt(tokens, m.start);
      const last = tokenAt(tokens, m.end - 1);
      if (first < 0 || last < 0) continue;
      out.push({ entity: e, start: m.start, end: m.end, first, last });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function filler(m: Mention): RoleFiller {
  return { start: m.start, end: m.end, key: m.entity.key, code: m.entity.code, sector: m.entity.sector };
}

function precededBy(tokens: Token[], m: Mention, cues: string[]): boolean {
  const t = tokens[m.first - 1];
  return (
    t?.kind === 'word' &&
    cliticReadings(t.norm).some((r) => cues.includes(r.stem) || cues.includes(r.proclitics.slice(-1)))
  );
}

const STOP_WORDS = [
  'علي',
  'ضد',
  'في',
  'من',
  'الي',
  'مع',
  'عن',
  'باتجاه',
  'نحو',
  'صوب',
  'بين',
  'ان',
  'الذي',
  'التي',
];

/** An actor or recipient named by a nationality adjective in tokens[from..to] ("قصف إسرائيلي"); a preposition ends the search. */
function nationalityNear(tokens: Token[], from: number, to: number): RoleFiller | null {
  const { adjectives, sectors } = nationalityTable();
  if (from < 0 || from >= tokens.length) return null;
  const step = from <= to ? 1 : -1;
  for (let k = from; step > 0 ? k <= to && k < tokens.length : k >= to && k >= 0; k += step) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || STOP_WORDS.includes(t.norm)) break;
    const code = cliticReadings(t.norm)
      .map((r) => adjectives.get(r.stem))
      .find((c) => c);
    if (!code) continue;
    let sector: Sector | null = null;
    for (let h = k - 1; h >= Math.max(0, k - 2); h--) {
      const head = tokens[h]!;
      const s = cliticReadings(head.norm)
        .map((r) => sectors.get(r.stem))
        .find((x) => x);
      if (s) {
        sector = s;
        break;
      }
    }
    return { start: t.start, end: t.end, key: null, code, sector };
  }
  return null;
}

/** Fills actor, recipient and location for one trigger of a sentence. */
export function assignRoles(tokens: Token[], m: TriggerMatch, mentions: Mention[], verbal: boolean): Roles {
  const type = m.entry.type;
  const clause = tokens[m.head]!.clause;
  let actor: RoleFiller | null = null;
  let recipient: RoleFiller | null = null;
  let location: RoleFiller | null = null;
  const used = new Set<Mention>();

  for (const men of mentions) {
    if (men.entity.type === 'LOC' && precededBy(tokens, men, PLACE_CUES) && men.first > m.head && !location) {
      location = filler(men);
      used.add(men);
    }
  }
  // Doer marked explicitly: "من قبل X", "على أيدي X".
  for (const men of mentions) {
    if (used.has(men)) continue;
    if (precededBy(tokens, men, AGENT_CUES) && men.first > m.head) {
      actor = filler(men);
      used.add(men);
      break;
    }
  }
  // Target or partner after the trigger.
  const cues = PARTNER_TYPES.has(type) ? PARTNER_CUES : TARGET_CUES;
  for (const men of mentions) {
    if (used.has(men) || men.first <= m.head || men.first > m.last + 12) continue;
    // (A verb cue such as استهدفت marks a target only when it is not the trigger itself,
    // whose next word is its subject: "استهدفت الطائرات ...".)
    if (precededBy(tokens, men, cues) && men.first - 1 !== m.head) {
      recipient = filler(men);
      used.add(men);
      break;
    }
  }
  if (!actor) {
    // Verb-first: the first mention right after the verb is its subject.
    if (verbal) {
      const after = mentions.find(
        (men) =>
          !used.has(men) &&
          men.first > m.last &&
          men.first <= m.last + 3 &&
          !precededBy(tokens, men, PLACE_CUES) &&
          tokens[men.first]!.clause === clause,
      );
      if (after) {
        actor = filler(after);
        used.add(after);
      }
    }
    if (!actor) {
      const before = [...mentions].reverse().find(
        (men) =>
          !used.has(men) &&
          men.last < m.head &&
          // A place named before the trigger is a setting, not the doer ("في بغداد قصفت ..."),
          // unless it is the subject of a speech verb ("قالت بريطانيا إن").
          !(men.entity.type === 'LOC' && (precededBy(tokens, men, PLACE_CUES) || !SPEECH_TYPES.has(type))) &&
          (tokens[men.last]!.clause === clause || SPEECH_TYPES.has(type)),
      );
      if (before) {
        actor = filler(before);
        used.add(before);
      }
    }
  }
  if (!recipient && !verbal && PARTNER_TYPES.has(type)) {
    const other = mentions.find((men) => !used.has(men) && men.entity.type !== 'LOC');
    if (other) recipient = filler(other);
  }
  // Nationality cues: the doer right after the trigger noun or before it in its clause
  // ("قصف إسرائيلي", "فرضت الخزانة الأمريكية عقوبات"), the target after على / ضد.
  if (!actor && verbal && m.last > m.head)
    actor = nationalityNear(tokens, m.head + 1, Math.min(m.last - 1, m.head + 3));
  if (!actor)
    actor =
      nationalityNear(tokens, m.last + 1, m.last + 2) ??
      nationalityNear(tokens, m.head - 1, Math.max(0, m.head - 4));
  if (!recipient) {
    for (let k = m.last + 1; k <= m.last + 8 && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind === 'punct') break;
      if (t.kind === 'word' && ['علي', 'ضد', 'باتجاه', 'صوب', 'تجاه', 'نحو'].includes(t.norm)) {
        recipient = nationalityNear(tokens, k + 1, k + 3);
        break;
      }
    }
  }
  if (actor && recipient && actor.start === recipient.start) recipient = null;
  return { actor, recipient, location };
}
