/**
 * The default store: one SQLite file (better-sqlite3), WAL, numbered migrations, FTS5 over
 * search forms of the text. All SQL of this store is in this file, always parameterised.
 */
import Database from 'better-sqlite3';
import type { ArticleRecord, EventType } from '../types.js';
import { StoryClusterer, clusterFeatures, type ClusterArticle } from '../stories/index.js';
import { mergeStoryEvents, type SourcedEvent } from '../stories/merge.js';
import { summarizeStory } from '../stories/summary.js';
import { ftsQuery, nameKey, searchForms } from './forms.js';
import { MIGRATIONS } from './migrations.js';
import type {
  EntityFilter,
  EntityRow,
  EventFilter,
  EventRow,
  IngestOutcome,
  SearchHit,
  SearchOptions,
  Store,
  StoreCounts,
  StoryDetail,
  StoryFilter,
  StoryRow,
} from './store.js';

interface StoredFeatures {
  terms: [string, number][];
  entityKeys: string[];
  signature: number[] | null;
}

const DEFAULT_LIMIT = 20;

/** WHERE conditions with their parameters, each added only when its value is given. */
class Where {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  add(condition: string, ...values: unknown[]): this {
    if (values.some((v) => v === undefined || v === null || v === '')) return this;
    this.conditions.push(condition);
    this.params.push(...values);
    return this;
  }

  toString(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}

const STORY_SELECT = `SELECT s.id, s.headline, s.first_date, s.last_date, s.articles,
  (SELECT GROUP_CONCAT(DISTINCT a.outlet) FROM articles a WHERE a.story_id = s.id) AS outlets
  FROM stories s`;

interface StorySqlRow {
  id: string;
  headline: string | null;
  first_date: string | null;
  last_date: string | null;
  articles: number;
  outlets: string | null;
}

function toStoryRow(r: StorySqlRow): StoryRow {
  return {
    id: r.id,
    headline: r.headline,
    firstDate: r.first_date,
    lastDate: r.last_date,
    articles: r.articles,
    outlets: r.outlets ? r.outlets.split(',') : [],
  };
}

function slice(record: ArticleRecord, span: { start: number; end: number } | null): string {
  return span ? record.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim() : '';
}

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private clusterer: StoryClusterer | null = null;

  constructor(readonly path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new Error(`${this.path}: store schema ${version} is newer than this rasd (${MIGRATIONS.length})`);
    }
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** The clusterer, rebuilt from the stored articles the first time it is needed. */
  private storyClusterer(): StoryClusterer {
    if (this.clusterer) return this.clusterer;
    const clusterer = new StoryClusterer();
    const rows = this.db
      .prepare('SELECT id, content_hash, published, story_id, features FROM articles ORDER BY rowid')
      .iterate() as IterableIterator<{
      id: string;
      content_hash: string;
      published: string | null;
      story_id: string;
      features: string;
    }>;
    for (const row of rows) {
      const stored = JSON.parse(row.features) as StoredFeatures;
      const article: ClusterArticle = {
        id: row.id,
        contentHash: row.content_hash,
        published: row.published,
        terms: new Map(stored.terms),
        entityKeys: stored.entityKeys,
        signature: stored.signature ? Uint32Array.from(stored.signature) : null,
      };
      clusterer.restore(article, row.story_id);
    }
    this.clusterer = clusterer;
    return clusterer;
  }

  has(contentHash: string): boolean {
    return this.db.prepare('SELECT 1 FROM articles WHERE content_hash = ?').get(contentHash) !== undefined;
  }

  ingest(record: ArticleRecord): IngestOutcome {
    if (this.has(record.content_hash)) return 'unchanged';
    const features = clusterFeatures(record);
    const assignment = this.storyClusterer().add(features);
    record.story = { id: assignment.storyId, duplicate_of: assignment.duplicateOf };
    const stored: StoredFeatures = {
      terms: [...features.terms],
      entityKeys: [...features.entityKeys],
      signature: features.signature ? Array.from(features.signature) : null,
    };
    const headline = slice(record, record.headline) || null;
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO articles (content_hash, id, path, url, outlet, published, headline, story_id, duplicate_of, features, record, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        record.content_hash,
        record.id,
        record.source.path,
        record.source.url,
        record.outlet,
        record.published,
        headline,
        assignment.storyId,
        assignment.duplicateOf,
        JSON.stringify(stored),
        JSON.stringify(record),
        new Date().toISOString(),
      );
    const article = Number(lastInsertRowid);
    this.insertEntities(article, record);
    this.insertEvents(article, record);
    const regions = record.headline ? [record.headline, ...record.body] : record.body;
    const skeletons = searchForms(regions.map((r) => record.text.slice(r.start, r.end)).join('\n'));
    this.db.prepare('INSERT INTO articles_fts (rowid, skeletons) VALUES (?, ?)').run(article, skeletons);
    this.db
      .prepare(
        `INSERT INTO stories (id, headline, first_date, last_date, articles) VALUES (?, ?, ?, ?, 1)
         ON CONFLICT(id) DO UPDATE SET
           articles = articles + 1,
           headline = COALESCE(headline, excluded.headline),
           first_date = CASE WHEN first_date IS NULL OR excluded.first_date < first_date THEN excluded.first_date ELSE first_date END,
           last_date = CASE WHEN last_date IS NULL OR excluded.last_date > last_date THEN excluded.last_date ELSE last_date END`,
      )
      .run(assignment.storyId, headline, record.published, record.published);
    return 'added';
  }

  private insertEntities(article: number, record: ArticleRecord): void {
    const upsert = this.db.prepare(
      `INSERT INTO entities (key, type, name, en, code, sector) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET en = COALESCE(en, excluded.en), code = COALESCE(code, excluded.code),
         sector = COALESCE(sector, excluded.sector)`,
    );
    const link = this.db.prepare(
      'INSERT OR IGNORE INTO article_entities (article, entity, mentions) VALUES (?, ?, ?)',
    );
    for (const entity of record.entities) {
      upsert.run(entity.key, entity.type, entity.name, entity.en, entity.code, entity.sector);
      link.run(article, entity.key, entity.mentions.length);
    }
  }

  private insertEvents(article: number, record: ArticleRecord): void {
    const insert = this.db.prepare(
      `INSERT INTO events (article, type, mode, actor_key, actor_code, actor_sector, recipient_key, recipient_code,
         recipient_sector, location_code, date, confidence, historical, evidence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const event of record.events) {
      const evidence = event.evidence.map((span) => slice(record, span)).join(' ');
      insert.run(
        article,
        event.type,
        event.mode,
        event.actor?.key ?? null,
        event.actor?.code ?? null,
        event.actor?.sector ?? null,
        event.recipient?.key ?? null,
        event.recipient?.code ?? null,
        event.recipient?.sector ?? null,
        event.location?.code ?? null,
        event.date,
        event.confidence,
        event.historical ? 1 : 0,
        evidence,
      );
    }
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const match = ftsQuery(query);
    if (!match) return [];
    const where = new Where()
      .add('articles_fts MATCH ?', match)
      .add('a.published >= ?', options.from)
      .add('a.published <= ?', options.to);
    const rows = this.db
      .prepare(
        `SELECT a.id, a.headline, a.published, a.outlet, a.story_id, a.record FROM articles_fts
         JOIN articles a ON a.rowid = articles_fts.rowid
         ${where} ORDER BY bm25(articles_fts), a.rowid LIMIT ?`,
      )
      .all(...where.params, options.limit ?? DEFAULT_LIMIT) as {
      id: string;
      headline: string | null;
      published: string | null;
      outlet: string | null;
      story_id: string | null;
      record: string;
    }[];
    return rows.map((row) => {
      const record = JSON.parse(row.record) as ArticleRecord;
      const lead = record.body[0] ? slice(record, record.body[0]) : '';
      return {
        id: row.id,
        headline: row.headline,
        published: row.published,
        outlet: row.outlet,
        storyId: row.story_id,
        snippet: lead.length > 200 ? lead.slice(0, 199) + '…' : lead,
      };
    });
  }

  events(filter: EventFilter = {}): EventRow[] {
    const code = (value: string | undefined) => value?.toUpperCase();
    const where = new Where()
      .add('e.type = ?', filter.type)
      .add('(e.actor_code = ? OR e.actor_key = ?)', code(filter.actor), filter.actor)
      .add('(e.recipient_code = ? OR e.recipient_key = ?)', code(filter.recipient), filter.recipient)
      .add(
        '(e.actor_code = ? OR e.recipient_code = ? OR e.location_code = ?)',
        code(filter.country),
        code(filter.country),
        code(filter.country),
      )
      .add('COALESCE(e.date, a.published) >= ?', filter.from)
      .add('COALESCE(e.date, a.published) <= ?', filter.to)
      .add('a.story_id = ?', filter.story)
      .add('e.historical = ?', filter.historical ? undefined : 0)
      .add('e.confidence >= ?', filter.minConfidence);
    const rows = this.db
      .prepare(
        `SELECT e.*, a.id AS article_id, a.story_id, a.outlet, a.published FROM events e JOIN articles a ON a.rowid = e.article
         ${where} ORDER BY COALESCE(e.date, a.published) DESC, e.rowid LIMIT ?`,
      )
      .all(...where.params, filter.limit ?? DEFAULT_LIMIT) as Record<string, unknown>[];
    return rows.map((r) => ({
      articleId: r.article_id as string,
      storyId: r.story_id as string | null,
      outlet: r.outlet as string | null,
      type: r.type as EventType,
      mode: r.mode as string | null,
      actor: {
        key: r.actor_key as string | null,
        code: r.actor_code as string | null,
        sector: r.actor_sector as string | null,
      },
      recipient: {
        key: r.recipient_key as string | null,
        code: r.recipient_code as string | null,
        sector: r.recipient_sector as string | null,
      },
      location: r.location_code as string | null,
      date: r.date as string | null,
      published: r.published as string | null,
      confidence: r.confidence as number,
      historical: r.historical === 1,
      evidence: r.evidence as string,
    }));
  }

  entities(filter: EntityFilter = {}): EntityRow[] {
    const where = new Where().add('n.type = ?', filter.type).add('n.code = ?', filter.code?.toUpperCase());
    const rows = this.db
      .prepare(
        `SELECT n.key, n.type, n.name, n.en, n.code, n.sector, COUNT(ae.article) AS articles
         FROM entities n LEFT JOIN article_entities ae ON ae.entity = n.key
         ${where} GROUP BY n.key ORDER BY articles DESC, n.key`,
      )
      .all(...where.params) as EntityRow[];
    const name = filter.name;
    const wanted = name ? nameKey(name) : null;
    const matches = wanted
      ? rows.filter(
          (r) =>
            nameKey(r.name).includes(wanted) ||
            (r.en !== null && r.en.toLowerCase().includes(name!.toLowerCase())),
        )
      : rows;
    return matches.slice(0, filter.limit ?? DEFAULT_LIMIT);
  }

  stories(filter: StoryFilter = {}): StoryRow[] {
    const where = new Where()
      .add('s.last_date >= ?', filter.from)
      .add('s.first_date <= ?', filter.to)
      .add('s.articles >= ?', filter.minArticles)
      .add(
        `EXISTS (SELECT 1 FROM articles a2 JOIN article_entities ae ON ae.article = a2.rowid
           WHERE a2.story_id = s.id AND ae.entity = ?)`,
        filter.entity,
      );
    const rows = this.db
      .prepare(`${STORY_SELECT} ${where} ORDER BY s.articles DESC, s.last_date DESC, s.id LIMIT ?`)
      .all(...where.params, filter.limit ?? DEFAULT_LIMIT) as StorySqlRow[];
    return rows.map(toStoryRow);
  }

  story(id: string): StoryDetail | null {
    const row = this.storyRow(id);
    if (!row) return null;
    const records = [...this.records({ story: id })];
    const sourced: SourcedEvent[] = records.flatMap((record) =>
      record.events.map((event) => ({
        articleId: record.id,
        outlet: record.outlet,
        duplicateOf: record.story?.duplicate_of ?? null,
        event,
        evidence: event.evidence.map((span) => slice(record, span)).join(' '),
      })),
    );
    return {
      ...row,
      timeline: records
        .map((r) => ({
          id: r.id,
          published: r.published,
          outlet: r.outlet,
          headline: slice(r, r.headline) || null,
          duplicateOf: r.story?.duplicate_of ?? null,
        }))
        .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '')),
      events: mergeStoryEvents(sourced),
      summary: summarizeStory(records.filter((r) => !r.story?.duplicate_of)),
    };
  }

  private storyRow(id: string): StoryRow | null {
    const row = this.db.prepare(`${STORY_SELECT} WHERE s.id = ?`).get(id) as StorySqlRow | undefined;
    return row ? toStoryRow(row) : null;
  }

  *records(options: { story?: string } = {}): IterableIterator<ArticleRecord> {
    const statement = options.story
      ? this.db.prepare('SELECT record FROM articles WHERE story_id = ? ORDER BY rowid')
      : this.db.prepare('SELECT record FROM articles ORDER BY rowid');
    const rows = (
      options.story ? statement.iterate(options.story) : statement.iterate()
    ) as IterableIterator<{ record: string }>;
    for (const row of rows) yield JSON.parse(row.record) as ArticleRecord;
  }

  counts(): StoreCounts {
    const count = (table: string) =>
      (this.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      articles: count('articles'),
      events: count('events'),
      stories: count('stories'),
      entities: count('entities'),
    };
  }

  close(): void {
    this.db.close();
  }
}

export function openStore(path: string): Store {
  return new SqliteStore(path);
}
