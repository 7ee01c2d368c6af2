/** The Store interface: what the CLI and library ask of a store, whatever its engine. */
import type { ArticleRecord, EntityType, EventType } from '../types.js';
import type { MergedEvent } from '../stories/merge.js';
import type { SummarySentence } from '../stories/summary.js';

export type IngestOutcome = 'added' | 'unchanged';

export interface SearchOptions {
  limit?: number;
  from?: string;
  to?: string;
}

export interface SearchHit {
  id: string;
  headline: string | null;
  published: string | null;
  outlet: string | null;
  storyId: string | null;
  snippet: string;
}

export interface EventFilter {
  type?: EventType;
  /** An actor's country code or entity key. */
  actor?: string;
  recipient?: string;
  /** A country code in any role: actor, recipient or location. */
  country?: string;
  from?: string;
  to?: string;
  story?: string;
  /** Include events marked historical (background). */
  historical?: boolean;
  /**
   * Only events at least this confident: confidence reads about as a probability of being right
   * (scripts/event-reliability.ts measures it).
   */
  minConfidence?: number;
  limit?: number;
}

export interface EventRow {
  articleId: string;
  storyId: string | null;
  outlet: string | null;
  type: EventType;
  mode: string | null;
  actor: { key: string | null; code: string | null; sector: string | null };
  recipient: { key: string | null; code: string | null; sector: string | null };
  location: string | null;
  date: string | null;
  published: string | null;
  confidence: number;
  historical: boolean;
  evidence: string;
}

export interface EntityFilter {
  type?: EntityType;
  code?: string;
  /** A name in any spelling: Arabic (matched loosely) or English. */
  name?: string;
  limit?: number;
}

export interface EntityRow {
  key: string;
  type: EntityType;
  name: string;
  en: string | null;
  code: string | null;
  sector: string | null;
  articles: number;
}

export interface StoryFilter {
  from?: string;
  to?: string;
  /** Stories with at least this many articles. */
  minArticles?: number;
  /** Stories that mention this entity key. */
  entity?: string;
  limit?: number;
}

export interface StoryRow {
  id: string;
  headline: string | null;
  firstDate: string | null;
  lastDate: string | null;
  articles: number;
  outlets: string[];
}

export interface StoryDetail extends StoryRow {
  timeline: {
    id: string;
    published: string | null;
    outlet: string | null;
    headline: string | null;
    duplicateOf: string | null;
  }[];
  events: MergedEvent[];
  summary: SummarySentence[];
}

export interface StoreCounts {
  articles: number;
  events: number;
  stories: number;
  entities: number;
}

export interface Store {
  /** Adds one record (keyed by content hash: the same text twice changes nothing) and sets its story. */
  ingest(record: ArticleRecord): IngestOutcome;
  /** Whether an article with this content hash is stored. */
  has(contentHash: string): boolean;
  /** Runs `work` in one transaction (much faster for bulk ingest). */
  transaction<T>(work: () => T): T;
  search(query: string, options?: SearchOptions): SearchHit[];
  events(filter?: EventFilter): EventRow[];
  entities(filter?: EntityFilter): EntityRow[];
  stories(filter?: StoryFilter): StoryRow[];
  story(id: string): StoryDetail | null;
  /** Every stored record, in ingest order, optionally of one story. */
  records(options?: { story?: string }): IterableIterator<ArticleRecord>;
  counts(): StoreCounts;
  close(): void;
}
