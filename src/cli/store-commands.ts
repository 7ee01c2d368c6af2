/** `rasd ingest | search | events | entities | stories | export`: the store from the command line. */
import { ingestInputs, type IngestSummary } from '../store/ingest.js';
import { openStore } from '../store/sqlite.js';
import type { EventFilter, Store, StoreCounts } from '../store/store.js';
import type { EntityType, EventType } from '../types.js';
import { EVENT_TYPES } from '../types.js';
import { openTextWriter, reportInputError } from './output.js';
import { startProgress } from './progress.js';
import {
  formatEventRow,
  formatStory,
  formatStoryRow,
  formatSearchHit,
  formatEntityRow,
} from './store-format.js';
import { toCsvRows, toPlover } from './export-formats.js';

export const DEFAULT_DB = process.env.RASD_DB ?? 'rasd.db';

export class UsageError extends Error {}

function withStore<T>(db: string, work: (store: Store) => T): T {
  const store = openStore(db);
  try {
    return work(store);
  } finally {
    store.close();
  }
}

function print(lines: string[], json: unknown, asJson: boolean | undefined): void {
  process.stdout.write(
    asJson ? JSON.stringify(json, null, 2) + '\n' : lines.join('\n') + (lines.length ? '\n' : ''),
  );
}

export async function runIngest(
  paths: string[],
  opts: { db: string; json?: boolean; tagger?: boolean; jobs?: number },
): Promise<number> {
  const store = openStore(opts.db);
  const progress = startProgress('articles');
  const started = Date.now();
  let summary: IngestSummary;
  let before: StoreCounts;
  let after: StoreCounts;
  try {
    before = store.counts();
    summary = await ingestInputs(store, paths, {
      pipeline: { tagger: opts.tagger, jobs: opts.jobs },
      onArticle: (path) => progress.tick(path ?? '-'),
      onError: reportInputError,
    });
    after = store.counts();
  } finally {
    progress.stop();
    store.close();
  }
  const seconds = (Date.now() - started) / 1000;
  const result = {
    ...summary,
    seconds,
    newStories: after.stories - before.stories,
    store: after,
    db: opts.db,
  };
  print(
    [
      `ingested into ${opts.db} in ${seconds.toFixed(1)} s: ${summary.read} articles read, ${summary.added} added` +
        ` (${summary.nearDuplicates} near-duplicates), ${summary.unchanged} already there, ${summary.errors} errors`,
      `store: ${after.articles} articles, ${after.events} events, ${after.entities} entities, ${after.stories} stories` +
        ` (${result.newStories} new)`,
    ],
    result,
    opts.json,
  );
  if (summary.read === 0) return 2;
  return summary.errors > 0 ? 1 : 0;
}

export function runSearch(
  query: string,
  opts: { db: string; json?: boolean; limit: number; from?: string; to?: string },
): number {
  return withStore(opts.db, (store) => {
    const hits = store.search(query, { limit: opts.limit, from: opts.from, to: opts.to });
    print(hits.length ? hits.map(formatSearchHit) : [`no article matches «${query}»`], hits, opts.json);
    return 0;
  });
}

export function parseEventType(value: string | undefined): EventType | undefined {
  if (value === undefined) return undefined;
  const upper = value.toUpperCase();
  if (!(EVENT_TYPES as readonly string[]).includes(upper)) {
    throw new UsageError(`unknown event type ${value}; one of ${EVENT_TYPES.join(', ')}`);
  }
  return upper as EventType;
}

/** The store's event filter as the command line gives it: the type still unchecked text. */
export interface EventsCommandOptions extends Omit<EventFilter, 'type'> {
  db: string;
  json?: boolean;
  type?: string;
}

export function runEvents(opts: EventsCommandOptions): number {
  const type = parseEventType(opts.type);
  return withStore(opts.db, (store) => {
    const rows = store.events({ ...opts, type });
    print(rows.length ? rows.map(formatEventRow) : ['no event matches'], rows, opts.json);
    return 0;
  });
}

export function runEntities(opts: {
  db: string;
  json?: boolean;
  type?: string;
  code?: string;
  name?: string;
  limit: number;
}): number {
  const type = opts.type?.toUpperCase();
  if (type && !['PER', 'ORG', 'LOC'].includes(type))
    throw new UsageError(`unknown entity type ${opts.type}; one of PER, ORG, LOC`);
  return withStore(opts.db, (store) => {
    const rows = store.entities({
      type: type as EntityType | undefined,
      code: opts.code,
      name: opts.name,
      limit: opts.limit,
    });
    print(rows.length ? rows.map(formatEntityRow) : ['no entity matches'], rows, opts.json);
    return 0;
  });
}

export function runStories(
  id: string | undefined,
  opts: {
    db: string;
    json?: boolean;
    from?: string;
    to?: string;
    min?: number;
    entity?: string;
    limit: number;
  },
): number {
  return withStore(opts.db, (store) => {
    if (id) {
      const story = store.story(id);
      if (!story) {
        process.stderr.write(`rasd: no story ${id} in ${opts.db}\n`);
        return 1;
      }
      print([formatStory(story)], story, opts.json);
      return 0;
    }
    const rows = store.stories({
      from: opts.from,
      to: opts.to,
      minArticles: opts.min,
      entity: opts.entity,
      limit: opts.limit,
    });
    print(rows.length ? rows.map(formatStoryRow) : ['no story matches'], rows, opts.json);
    return 0;
  });
}

export async function runExport(opts: {
  db: string;
  format: string;
  output?: string;
  story?: string;
  /** Events less confident than this are left out (records keep their other fields). */
  minConfidence?: number;
}): Promise<number> {
  if (!['jsonl', 'csv', 'plover'].includes(opts.format)) {
    throw new UsageError(`unknown format ${opts.format}; one of jsonl, csv, plover`);
  }
  const store = openStore(opts.db);
  const writer = openTextWriter(opts.output);
  try {
    let header = opts.format === 'csv';
    // Streams from the store: an export never holds the corpus in memory.
    const min = opts.minConfidence;
    for (const stored of store.records({ story: opts.story })) {
      const record =
        min === undefined ? stored : { ...stored, events: stored.events.filter((e) => e.confidence >= min) };
      if (opts.format === 'jsonl') await writer.write(JSON.stringify(record) + '\n');
      else if (opts.format === 'plover') {
        for (const event of toPlover(record)) await writer.write(JSON.stringify(event) + '\n');
      } else {
        for (const line of toCsvRows(record, header)) await writer.write(line + '\n');
        header = false;
      }
    }
  } finally {
    await writer.close();
    store.close();
  }
  return 0;
}
