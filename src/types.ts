/**
 * The article record of CONTRACT.md and the intermediate shapes the stages pass along.
 * Offsets are UTF-16 code-unit indices into `text`, start inclusive, end exclusive.
 */

export interface Span {
  start: number;
  end: number;
}

export type RemovedKind =
  | 'share'
  | 'read_also'
  | 'related'
  | 'source_line'
  | 'tags'
  | 'widget'
  | 'caption_repeat'
  | 'headline_repeat'
  | 'navigation'
  | 'other';

export interface RemovedSpan extends Span {
  kind: RemovedKind;
}

export interface SourceRef {
  /** The file path (for tar members `ARCHIVE!member/path`), or null for standard input. */
  path: string | null;
  /** 0-based index of the article within its input. */
  index: number;
  /** 1-based line number for JSONL inputs, else null. */
  line: number | null;
  url: string | null;
}

export type InputKind = 'text' | 'html' | 'json' | 'jsonl' | 'sgml';

/** Metadata a reader found outside the text (JSON fields, SGML tags, HTML meta). */
export interface ArticleMeta {
  kind: InputKind;
  /** The raw published value from metadata, not yet parsed. */
  published?: string | null;
  outlet?: string | null;
  url?: string | null;
  /** An SGML <DATELINE> or similar, given apart from the text. */
  dateline?: string | null;
  /** The page language where known (HTML lang attribute). */
  lang?: string | null;
}

/** What a reader yields: the record text and the structure the input format itself gives. */
export interface RawArticle {
  id: string;
  source: SourceRef;
  text: string;
  /** The headline span when the format names it (JSON title, SGML HEADLINE, HTML title). */
  headline: Span | null;
  /** Body paragraphs when the reader already knows them (HTML extraction); else undefined. */
  body?: Span[];
  meta: ArticleMeta;
  warnings: string[];
}

/** A bad input, line or document: reported on stderr, skipped, and the rest goes on. */
export interface ReadError {
  path: string;
  line?: number;
  reason: string;
}

export type ReadItem = { ok: true; article: RawArticle } | { ok: false; error: ReadError };

export type EntityType = 'PER' | 'ORG' | 'LOC';

export type Sector = 'GOV' | 'MIL' | 'COP' | 'JUD' | 'LEG' | 'REB' | 'OPP' | 'CVL' | 'MED' | 'BUS' | 'REL';

export interface Entity {
  key: string;
  type: EntityType;
  name: string;
  en: string | null;
  code: string | null;
  sector: Sector | null;
  mentions: Span[];
}

export interface RoleFiller extends Span {
  key: string | null;
  code: string | null;
  sector?: Sector | null;
}

/** The 16 PLOVER event types. */
export const EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export interface Quantity extends Span {
  kind: string;
  value: number;
  approx: 'exact' | 'more_than' | 'less_than' | 'about' | null;
}

export interface ArticleEvent {
  type: EventType;
  mode: string | null;
  actor: RoleFiller | null;
  recipient: RoleFiller | null;
  location: RoleFiller | null;
  date: string | null;
  quantities: Quantity[];
  evidence: Span[];
  confidence: number;
  historical: boolean;
}

export interface Quote extends Span {
  speaker: (Span & { key: string | null; en: string | null }) | null;
  cue: Span | null;
}

export interface Dateline extends Span {
  place: string | null;
  outlet: string | null;
}

export interface ArticleRecord {
  id: string;
  source: SourceRef;
  content_hash: string;
  text: string;
  headline: Span | null;
  dateline: Dateline | null;
  outlet: string | null;
  published: string | null;
  body: Span[];
  removed: RemovedSpan[];
  entities: Entity[];
  events: ArticleEvent[];
  quotes: Quote[];
  story: { id: string; duplicate_of: string | null } | null;
  warnings: string[];
}

/** What the cleaning stage adds to a raw article. */
export interface CleanResult {
  headline: Span | null;
  dateline: Dateline | null;
  outlet: string | null;
  published: string | null;
  body: Span[];
  removed: RemovedSpan[];
  warnings: string[];
}
