/**
 * Direct quotations and their speakers. A quote is words inside quotation marks, or a statement
 * after a colon introduced by a reporting verb; indirect speech ("قال إن ...") is not one. The
 * speaker is the entity the reporting cue attributes the words to, even a sentence or two away.
 */
import type { Entity, Quote, Span } from '../types.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { normalize } from '../text/normalize.js';
import { cuesByWord, loadCues, type CueKind } from './cues.js';
import { findQuotedSpans } from './marks.js';
import { nationalityTable } from '../events/arguments.js';

type Speaker = NonNullable<Quote['speaker']>;

/**
 * A speaker as found: an unnamed role with a nationality ("وزير الدفاع البريطاني") carries that
 * country, so that it is not taken for the last named speaker unless that one is a person of its
 * country.
 */
interface Found extends Speaker {
  role?: string;
}

interface Mention extends Span {
  entity: Entity;
}

interface Cue extends Span {
  kind: CueKind;
  tokenIndex: number;
}

/** Words that end a speaker phrase after a reporting verb (إن، أن، في ...): what follows is not the speaker. */
const PHRASE_STOPS = normalizedSet([
  'ان',
  'بان',
  'انه',
  'انها',
  'انهم',
  'في',
  'خلال',
  'عبر',
  'على',
  'الى',
  'عن',
  'ل',
  'لـ',
  'مع',
  'امام',
  'اليوم',
  'امس',
  'يوم',
  'صباح',
  'مساء',
  'بعد',
  'قبل',
  'اثناء',
  'حيث',
  'كما',
  'الذي',
  'التي',
  'ب',
  'من',
  'عقب',
  'لدى',
  'و',
  'ثم',
  'قد',
  'إلى',
  'على',
  'أن',
  'إن',
  'بأن',
  'أنه',
  'إنه',
  'أمام',
  'أثناء',
  'لها',
  'له',
  'لهم',
  'فيه',
  'فيها',
  'خلاله',
  // Adverbial participles after the speaker ("وأضاف الوزير قائلا: …").
  'قائلا',
  'قائلة',
  'مضيفا',
  'مضيفة',
  'ردا',
]);

/** Pronoun-like subjects that continue the previous speaker. */
const CONTINUING = normalizedSet([
  'الوزير',
  'الوزيرة',
  'المتحدث',
  'المتحدثة',
  'الرئيس',
  'البيان',
  'المسؤول',
  'السفير',
  'المصدر',
  'الوزارة',
  'المنظمة',
  'الحكومة',
  'الجماعة',
  'الحركة',
  'الحزب',
  'المكتب',
  'الرسالة',
  'التقرير',
  'وزير',
  'رئيس',
  'نائب',
]);

/** A quoted name after one of these is a title ("وكالة "رويترز""), not speech. */
const NAME_INTRODUCERS = normalizedSet([
  'وكالة',
  'صحيفة',
  'قناة',
  'موقع',
  'شبكة',
  'منظمة',
  'حركة',
  'جماعة',
  'تنظيم',
  'حزب',
  'مجموعة',
  'فصيل',
  'ميليشيا',
  'مليشيا',
  'عملية',
  'منصة',
  'مؤسسة',
  'شركة',
  'برنامج',
  'كتاب',
  'مسلسل',
  'فيلم',
  'مبادرة',
  'ائتلاف',
  'تحالف',
  'كتلة',
  'وسم',
  'هاشتاغ',
  'مشروع',
  'قانون',
  'اتفاقية',
  'اتفاق',
  'مؤتمر',
  'معركة',
  'فصائل',
  'بعنوان',
  'تسمى',
  'يسمى',
  'المسمى',
  'المسماة',
  'باسم',
  'اسم',
  'لقب',
]);

function normalizedSet(words: string[]): Set<string> {
  return new Set(words.map(normalize));
}

const MAX_SPEAKER_TOKENS = 10;

export interface QuoteContext {
  entities: readonly Entity[];
  cues?: Map<string, CueKind>;
  /** splitSentences(text, regions), when the caller has it already. */
  sentences?: readonly Span[];
  /** tokenize(text, span.start, span.end), when the caller has the tokens already. */
  tokensIn?: (span: Span) => Token[];
}

export function findQuotes(text: string, regions: readonly Span[], ctx: QuoteContext): Quote[] {
  const cues = ctx.cues ?? loadCues();
  const mentions: Mention[] = [];
  for (const entity of ctx.entities)
    for (const m of entity.mentions) mentions.push({ start: m.start, end: m.end, entity });
  mentions.sort((a, b) => a.start - b.start);
  const quotes: Quote[] = [];
  let lastSpeaker: Found | null = null;
  const people = new Map(ctx.entities.filter((e) => e.type === 'PER').map((e) => [e.key, e.code]));
  const personCountry = (found: Found | null): string | null | undefined =>
    found?.key ? people.get(found.key) : null;
  let lastQuoteSentence = -10;
  const sentences = ctx.sentences ?? splitSentences(text, [...regions]);
  const tokensIn = ctx.tokensIn ?? ((span: Span) => tokenize(text, span.start, span.end));
  sentences.forEach((sentence, sentenceIndex) => {
    const tokens = tokensIn(sentence);
    const sentenceCues = findCues(tokens, cues);
    const marked = findQuotedSpans(text, sentence);
    const spans: Span[] = marked.length > 0 ? marked : colonQuote(text, tokens, sentenceCues);
    for (const span of spans) {
      if (isQuotedName(span, tokens, mentions)) continue;
      const cue = cueFor(span, sentenceCues);
      const continues = sentenceIndex - lastQuoteSentence <= 2 && lastSpeaker !== null;
      let speaker: Found | null =
        onBehalfOf(tokens, mentions) ??
        (cue ? speakerAt(text, tokens, cue, span, mentions) : headlineSpeaker(text, tokens, span, mentions));
      // An unnamed phrase after the verb is often its object ("وصف الضربات بأنها …"): a speaker
      // named just before is the better guess. A role with a nationality continues only a person
      // of that country ("وأضاف الوزير الأمريكي" after Blinken), not a ministry or a country.
      if (
        speaker &&
        !speaker.key &&
        continues &&
        (!speaker.role || speaker.role === personCountry(lastSpeaker))
      )
        speaker = lastSpeaker;
      // "حيث قال: …", "وأكد على أن …": the subject named by an earlier cue of the same sentence.
      if (!speaker && cue) speaker = earlierSpeaker(text, tokens, sentenceCues, cue, mentions);
      if (!speaker && (cue || continues)) speaker = lastSpeaker;
      // Quoted words with no cue and no speaker nearby are titles or scare quotes, not speech.
      if (!speaker && !cue) continue;
      quotes.push({
        start: span.start,
        end: span.end,
        speaker: speaker && { start: speaker.start, end: speaker.end, key: speaker.key, en: speaker.en },
        cue: cue ? { start: cue.start, end: cue.end } : null,
      });
      if (speaker) lastSpeaker = speaker;
      lastQuoteSentence = sentenceIndex;
    }
    // A cue with a named speaker and no quote still sets who "وأضاف" refers to next.
    if (spans.length === 0) {
      for (const cue of sentenceCues) {
        const speaker = speakerAt(text, tokens, cue, { start: sentence.end, end: sentence.end }, mentions);
        if (speaker?.key) {
          lastSpeaker = speaker;
          lastQuoteSentence = sentenceIndex;
        }
      }
    }
  });
  return quotes;
}

function findCues(tokens: Token[], cues: Map<string, CueKind>): Cue[] {
  const byWord = cuesByWord(cues);
  const out: Cue[] = [];
  for (let tokenIndex = 0; tokenIndex < tokens.length; tokenIndex++) {
    const token = tokens[tokenIndex]!;
    if (token.kind !== 'word') continue;
    const kind = byWord.get(token.norm);
    if (kind) out.push({ start: token.start, end: token.end, kind, tokenIndex });
  }
  return out;
}

/** The cue governing a quote: the nearest before it, else one right after it ("…"، قال ترامب). */
function cueFor(span: Span, cues: Cue[]): Cue | null {
  let before: Cue | null = null;
  for (const cue of cues) if (cue.end <= span.start) before = cue;
  if (before) return before;
  return cues.find((cue) => cue.start >= span.end) ?? null;
}

/** "وأضاف الوزير: نعمل …" — the words after a colon that follows a reporting verb. */
function colonQuote(text: string, tokens: Token[], cues: Cue[]): Span[] {
  for (const cue of cues) {
    if (cue.kind !== 'verb') continue;
    for (let k = cue.tokenIndex + 1; k < tokens.length && k <= cue.tokenIndex + MAX_SPEAKER_TOKENS + 1; k++) {
      const token = tokens[k]!;
      if (token.text === ':' || token.text === '：') {
        const rest = tokens.slice(k + 1).filter((t) => t.kind !== 'punct');
        if (rest.length < 2) return [];
        let end = tokens[tokens.length - 1]!.end;
        if (tokens[tokens.length - 1]!.kind === 'punct') end = tokens[tokens.length - 1]!.start;
        return [{ start: rest[0]!.start, end }];
      }
      if (token.kind === 'punct' && token.text !== '،' && token.text !== ',') break;
    }
  }
  return [];
}

function toSpeaker(mention: Mention): Speaker {
  return { start: mention.start, end: mention.end, key: mention.entity.key, en: mention.entity.en };
}

/** Prefers a person among the mentions (وقال وزير الخارجية الروسي [سيرغي لافروف]), else the first one. */
function pickMention(candidates: Mention[]): Mention | undefined {
  return candidates.find((m) => m.entity.type === 'PER') ?? candidates[0];
}

function speakerAt(text: string, tokens: Token[], cue: Cue, quote: Span, mentions: Mention[]): Found | null {
  // The speaker phrase: the words after the cue up to a stop word, a clause mark or the quote itself.
  let phraseEnd = cue.tokenIndex + 1;
  while (phraseEnd < tokens.length && phraseEnd <= cue.tokenIndex + MAX_SPEAKER_TOKENS) {
    const token = tokens[phraseEnd]!;
    if (token.start >= quote.start && token.start < quote.end) break;
    // An appositive comma stays inside ("وقال المتحدث باسم الخارجية، فيدانت باتيل،"); other marks end it.
    const comma = token.text === '،' || token.text === ',';
    if ((token.kind === 'punct' && !comma) || PHRASE_STOPS.has(token.norm)) break;
    phraseEnd++;
  }
  while (phraseEnd > cue.tokenIndex + 1 && tokens[phraseEnd - 1]!.kind === 'punct') phraseEnd--;
  const phrase = tokens.slice(cue.tokenIndex + 1, phraseEnd);
  const windowEnd = phrase.length > 0 ? phrase[phrase.length - 1]!.end : cue.end;
  const inPhrase = mentions.filter((m) => m.start >= cue.end && m.end <= windowEnd);
  const chosen = pickMention(inPhrase);
  if (chosen) return toSpeaker(chosen);
  if (phrase.length > 0 && !CONTINUING.has(phrase[0]!.norm) && phrase[0]!.norm.startsWith('ال')) {
    // An unnamed speaker that is a noun phrase ("سكان محليون" is not; "المحتجون" is).
    return { start: phrase[0]!.start, end: windowEnd, key: null, en: null };
  }
  // "وقال وزير الدفاع البريطاني", "وحذر السفير الروسي": a role with a nationality names a speaker,
  // who continues the previous one only if of the same country (the caller decides).
  const adjectives = nationalityTable().adjectives;
  const role = phrase.map((t) => adjectives.get(t.norm)).find((code) => code !== undefined);
  if (phrase.length > 0 && role)
    return { start: phrase[0]!.start, end: windowEnd, key: null, en: null, role };
  if (phrase.length > 0) return null; // "وأضاف الوزير": the caller continues the previous speaker
  // SVO: "ترامب قال" — a mention just before the cue in the same clause.
  const before = mentions.filter((m) => m.end <= cue.start && cue.start - m.end <= 3);
  const last = before[before.length - 1];
  if (last && !/[،,.:]/.test(text.slice(last.end, cue.start))) return toSpeaker(last);
  return null;
}

/** 'فرنسا: إذا تجاوز الأسد "الخطوط الحمراء" …' — a headline-style "X:" in front of the quote. */
function headlineSpeaker(text: string, tokens: Token[], quote: Span, mentions: Mention[]): Speaker | null {
  const colon = tokens.find((t) => t.text === ':' && t.end <= quote.start);
  if (!colon || tokens.indexOf(colon) > 4) return null;
  const mention = mentions.find((m) => m.end <= colon.start && m.start >= tokens[0]!.start);
  return mention ? toSpeaker(mention) : null;
}

function earlierSpeaker(
  text: string,
  tokens: Token[],
  cues: Cue[],
  cue: Cue,
  mentions: Mention[],
): Speaker | null {
  for (let k = cues.indexOf(cue) - 1; k >= 0; k--) {
    const speaker = speakerAt(text, tokens, cues[k]!, { start: cue.start, end: cue.start }, mentions);
    if (speaker?.key) return speaker;
  }
  return null;
}

/** A quoted span that is only a name (an entity mention, or a title after "وكالة"، "حركة" …). */
function isQuotedName(span: Span, tokens: Token[], mentions: Mention[]): boolean {
  if (mentions.some((m) => m.start <= span.start && m.end >= span.end)) return true;
  const before = tokens.filter((t) => t.end <= span.start && t.kind === 'word');
  const previous = before[before.length - 1];
  if (!previous || span.start - previous.end > 3) return false;
  const norm = previous.norm.replace(/^[وفبل]/, '');
  return NAME_INTRODUCERS.has(previous.norm) || NAME_INTRODUCERS.has(norm);
}

/** "على لسان بوتين": the words are put in this speaker's mouth, whoever reports them. */
function onBehalfOf(tokens: Token[], mentions: Mention[]): Speaker | null {
  const tongue = tokens.findIndex((t) => t.norm === 'لسان');
  if (tongue < 0) return null;
  const after = tokens[tongue]!.end;
  const mention = mentions.find((m) => m.start >= after && m.start - after <= 2);
  return mention ? toSpeaker(mention) : null;
}
