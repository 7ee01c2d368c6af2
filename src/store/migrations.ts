/** The store's schema, as numbered migrations applied in order (PRAGMA user_version tracks them). */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    id TEXT NOT NULL,
    path TEXT,
    url TEXT,
    outlet TEXT,
    published TEXT,
    headline TEXT,
    story_id TEXT,
    duplicate_of TEXT,
    features TEXT NOT NULL,
    record TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_id ON articles(id);
  CREATE INDEX articles_story ON articles(story_id);
  CREATE INDEX articles_published ON articles(published);

  CREATE TABLE entities (
    key TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    en TEXT,
    code TEXT,
    sector TEXT
  );
  CREATE TABLE article_entities (
    article INTEGER NOT NULL REFERENCES articles(rowid),
    entity TEXT NOT NULL REFERENCES entities(key),
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article, entity)
  );
  CREATE INDEX article_entities_entity ON article_entities(entity);

  CREATE TABLE events (
    rowid INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(rowid),
    type TEXT NOT NULL,
    mode TEXT,
    actor_key TEXT,
    actor_code TEXT,
    actor_sector TEXT,
    recipient_key TEXT,
    recipient_code TEXT,
    recipient_sector TEXT,
    location_code TEXT,
    date TEXT,
    confidence REAL NOT NULL,
    historical INTEGER NOT NULL,
    evidence TEXT NOT NULL
  );
  CREATE INDEX events_type ON events(type);
  CREATE INDEX events_actor ON events(actor_code);
  CREATE INDEX events_recipient ON events(recipient_code);
  CREATE INDEX events_location ON events(location_code);
  CREATE INDEX events_date ON events(date);
  CREATE INDEX events_article ON events(article);

  CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    headline TEXT,
    first_date TEXT,
    last_date TEXT,
    articles INTEGER NOT NULL
  );

  CREATE VIRTUAL TABLE articles_fts USING fts5(skeletons, content='', contentless_delete=1);
  `,
];
