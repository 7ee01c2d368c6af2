/**
 * The pipeline: a raw article from a reader goes through the stages in order and comes out as
 * the record of CONTRACT.md. Resources (gazetteer, tagger, lexicons) load once and are passed in.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { ArticleRecord, RawArticle, ReadError, ReadItem, Span } from './types.js';
import { clean } from './clean/index.js';
import { buildEntityResources, findEntities, type EntityResources } from './entities/index.js';
import { loadGazetteer } from './entities/gazetteer.js';
import { defaultWeightsPath } from './entities/tagger/paths.js';
import { loadTagger } from './entities/tagger/index.js';
import { detectEvents } from './events/index.js';
import { findQuotes } from './quotes/index.js';
import { clusterFeatures, createStoryStage, type ClusterArticle } from './stories/index.js';
import { splitSentences } from './text/sentences.js';
import { tokenize, type Token } from './text/tokenize.js';

/** What stages share about one article: computed once, on first use. */
export class ArticleContext {
  private regionSpans: Span[] | null = null;
  private sentenceSpans: Span[] | null = null;
  private regionTokens: Token[] | null = null;
  private regionTokenLists: Token[][] | null = null;
  constructor(readonly record: ArticleRecord) {}

  /** The headline and body spans: the only places annotations may point to (shared, read-only). */
  get regions(): Span[] {
    this.regionSpans ??= annotatableRegions(this.record);
    return this.regionSpans;
  }

  get sentences(): Span[] {
    this.sentenceSpans ??= splitSentences(this.record.text, this.regions);
    return this.sentenceSpans;
  }

  /** Tokens (text/tokenize) of every region, each region scanned on its own, in text order. */
  get tokens(): Token[] {
    if (!this.regionTokens) {
      const regions = this.regions;
      const lists = regions.map((r) => tokenize(this.record.text, r.start, r.end));
      const order = regions.map((_, i) => i).sort((a, b) => regions[a]!.start - regions[b]!.start);
      const all: Token[] = [];
      for (const i of order) for (const token of lists[i]!) all.push(token);
      this.regionTokens = all;
      // With no two regions overlapping, cutting a region out of `all` (tokensIn) gives its own
      // scan back: keep the scans as they are instead of cutting them again on every request.
      if (disjoint(order.map((i) => regions[i]!))) this.regionTokenLists = lists;
    }
    return this.regionTokens;
  }

  /**
   * tokenize(text, span.start, span.end) for a span inside the regions (a region, a sentence),
   * cut out of `tokens` instead of scanning the text again. The scanner keeps no state between
   * tokens, so the cut is the same list unless a token crosses an edge of the span (then, or
   * for a span outside the regions, the span is scanned on its own).
   */
  tokensIn(span: Span): Token[] {
    const all = this.tokens;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < all.length && all[end]!.end <= span.end) end++;
    const crosses =
      (lo > 0 && all[lo - 1]!.end > span.start) || (end < all.length && all[end]!.start < span.end);
    if (crosses || !this.covers(span)) return tokenize(this.record.text, span.start, span.end);
    return all.slice(lo, end);
  }

  /**
   * The tokens of each region, in the order of `regions` (headline first, then the body): the
   * lists tokensIn(region) gives, shared by the stages that ask (read-only).
   */
  get tokensByRegion(): Token[][] {
    // The article's one scan keeps each region's list when no regions overlap (see `tokens`).
    void this.tokens;
    this.regionTokenLists ??= this.regions.map((region) => this.tokensIn(region));
    return this.regionTokenLists;
  }

  /** Whether one region holds the whole span (only then were its tokens scanned). */
  private covers(span: Span): boolean {
    return this.regions.some((r) => r.start <= span.start && span.end <= r.end);
  }
}

/** Whether spans sorted by start leave each other alone (each ends before the next begins). */
function disjoint(sorted: readonly Span[]): boolean {
  for (let i = 1; i < sorted.length; i++) if (sorted[i - 1]!.end > sorted[i]!.start) return false;
  return true;
}

/** A stage reads the record so far and adds its own fields; it never changes `text`. */
export type Stage = (context: ArticleContext) => void;

export interface PipelineResources {
  readonly stages: readonly Stage[];
}

export interface PipelineOptions {
  /** Turn stages off (all on by default): useful for benchmarks and for narrow jobs. */
  entities?: boolean;
  events?: boolean;
  quotes?: boolean;
  /** Cluster the batch into stories as it streams (extract) — on by default. */
  stories?: boolean;
  /** Tagger weights for names outside the gazetteer (default: the bundled weights). */
  taggerWeights?: string;
  /** Use the statistical tagger for names outside the gazetteer (default on; off is much faster). */
  tagger?: boolean;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function annotatableRegions(record: Pick<ArticleRecord, 'headline' | 'body'>): Span[] {
  return record.headline ? [record.headline, ...record.body] : record.body;
}

function entityStage(resources: EntityResources): Stage {
  return (context) => {
    const { record } = context;
    record.entities = findEntities(record.text, context.regions, resources, {
      published: record.published,
      tokens: context.tokensByRegion,
    });
  };
}

const eventStage: Stage = (context) => {
  const { record } = context;
  record.events = detectEvents(record.text, context.sentences, {
    published: record.published,
    entities: record.entities,
    tokensIn: (span) => context.tokensIn(span),
  });
};

const quoteStage: Stage = (context) => {
  const { record } = context;
  record.quotes = findQuotes(record.text, context.regions, {
    entities: record.entities,
    sentences: context.sentences,
    tokensIn: (span) => context.tokensIn(span),
  });
};

/** Loads each stage's resources once and returns the stage list. */
export function loadPipeline(options: PipelineOptions = {}): PipelineResources {
  const stages: Stage[] = [];
  if (options.entities !== false) {
    const weights = options.taggerWeights ?? defaultWeightsPath();
    const tagger = options.tagger !== false && existsSync(weights) ? loadTagger(weights) : null;
    stages.push(entityStage(buildEntityResources(loadGazetteer(), tagger)));
  }
  if (options.events !== false) stages.push(eventStage);
  if (options.quotes !== false) stages.push(quoteStage);
  if (options.stories !== false) {
    const assign = createStoryStage();
    stages.push((context) => void assign(context.record, context.tokensByRegion));
  }
  return { stages };
}

export function annotate(raw: RawArticle, resources: PipelineResources): ArticleRecord {
  return annotateInContext(raw, resources).record;
}

/**
 * A record annotated without its story, and the story clusterer's view of it: what a worker
 * thread returns, so that stories are still assigned in input order elsewhere (src/parallel.ts).
 * `resources` must have been loaded with `stories: false`.
 */
export function annotateForStories(
  raw: RawArticle,
  resources: PipelineResources,
): { record: ArticleRecord; features: ClusterArticle } {
  const context = annotateInContext(raw, resources);
  return { record: context.record, features: clusterFeatures(context.record, context.tokensByRegion) };
}

function annotateInContext(raw: RawArticle, resources: PipelineResources): ArticleContext {
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
  const context = new ArticleContext(record);
  for (const stage of resources.stages) stage(context);
  return context;
}

export type ExtractItem = { ok: true; record: ArticleRecord } | { ok: false; error: ReadError };

/** Annotates a stream on this thread; an article that breaks a stage becomes an error item. */
export async function* annotateItems(
  items: AsyncIterable<ReadItem>,
  resources: PipelineResources,
): AsyncGenerator<ExtractItem> {
  for await (const item of items) {
    if (!item.ok) {
      yield item;
      continue;
    }
    const { article } = item;
    try {
      yield { ok: true, record: annotate(article, resources) };
    } catch (err) {
      // One article that breaks a stage must not stop the run: report it like a bad input.
      yield { ok: false, error: annotationError(article, err) };
    }
  }
}

export function annotationError(article: RawArticle, err: unknown): ReadError {
  return { path: article.source.path ?? '-', reason: `cannot annotate ${article.id}: ${String(err)}` };
}
