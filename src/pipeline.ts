/**
 * The pipeline: a raw article from a reader goes through the pure stages in order and comes out
 * as the record of CONTRACT.md. Resources (gazetteer, tagger, lexicons) load once and are passed in.
 */
import { createHash } from 'node:crypto';
import type { ArticleRecord, RawArticle, ReadError, Span } from './types.js';
import { clean } from './clean/index.js';

export interface PipelineResources {
  /** Filled by later stages (entities, events, quotes) as they load their data. */
  readonly stages: readonly Stage[];
}

/** A stage reads the record so far and adds its own fields; it never changes `text`. */
export type Stage = (record: ArticleRecord) => void;

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The headline and body spans: the only places annotations may point to. */
export function annotatableRegions(record: ArticleRecord): Span[] {
  return record.headline ? [record.headline, ...record.body] : record.body;
}

export function annotate(raw: RawArticle, resources: PipelineResources): ArticleRecord {
  const cleaned = clean(raw);
  const record: ArticleRecord = {
    id: raw.id,
    source: raw.source,
    content_hash: contentHash(raw.text),
    text: raw.text,
    headline: cleaned.headline,
    dateline: cleaned.dateline,
    outlet: cleaned.outlet,
    published: cleaned.published,
    body: cleaned.body,
    removed: cleaned.removed,
    entities: [],
    events: [],
    quotes: [],
    story: null,
    warnings: [...raw.warnings, ...cleaned.warnings],
  };
  for (const stage of resources.stages) stage(record);
  return record;
}

export interface PipelineOptions {
  /** Turn stages off (all on by default): useful for benchmarks and for narrow jobs. */
  entities?: boolean;
  events?: boolean;
  quotes?: boolean;
  /** Cluster the batch into stories (extract) — on by default. */
  stories?: boolean;
}

/** Loads each stage's resources once and returns the stage list. */
export function loadPipeline(_options: PipelineOptions = {}): PipelineResources {
  const stages: Stage[] = [];
  return { stages };
}

export type ExtractItem = { ok: true; record: ArticleRecord } | { ok: false; error: ReadError };
