/** Export shapes: events as CSV rows, and PLOVER records with the specification's field names. */
import type { ArticleEvent, ArticleRecord, RoleFiller } from '../types.js';

const CSV_COLUMNS = [
  'article_id',
  'outlet',
  'published',
  'story_id',
  'type',
  'mode',
  'actor_code',
  'actor_sector',
  'actor_key',
  'recipient_code',
  'recipient_sector',
  'recipient_key',
  'location',
  'date',
  'confidence',
  'historical',
  'evidence',
] as const;

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const evidenceText = (record: ArticleRecord, event: ArticleEvent): string =>
  event.evidence.map((span) => record.text.slice(span.start, span.end)).join(' ');

/** One CSV line per event of the record (RFC 4180 quoting), after the header line when asked. */
export function toCsvRows(record: ArticleRecord, withHeader: boolean): string[] {
  const lines = withHeader ? [CSV_COLUMNS.join(',')] : [];
  for (const event of record.events) {
    const row = [
      record.id,
      record.outlet,
      record.published,
      record.story?.id,
      event.type,
      event.mode,
      event.actor?.code,
      event.actor?.sector,
      event.actor?.key,
      event.recipient?.code,
      event.recipient?.sector,
      event.recipient?.key,
      event.location?.code,
      event.date,
      event.confidence,
      event.historical,
      evidenceText(record, event),
    ];
    lines.push(row.map(csvCell).join(','));
  }
  return lines;
}

function ploverEntity(record: ArticleRecord, filler: RoleFiller | null) {
  if (!filler) return [];
  const entity = record.entities.find((e) => e.key === filler.key);
  return [
    {
      raw_text: record.text.slice(filler.start, filler.end),
      entity_name: entity?.en ?? entity?.name ?? null,
      country_code: filler.code,
      sector_code: filler.sector ?? null,
      other_sector_codes: '',
      rasd_key: filler.key,
    },
  ];
}

/** PLOVER JSON records (PLOVER manual, "PLOVER JSON" table), one per non-historical event. */
export function toPlover(record: ArticleRecord): Record<string, unknown>[] {
  return record.events
    .filter((event) => !event.historical)
    .map((event, i) => ({
      id: `${record.id}-${i}`,
      has_event: true,
      date: event.date ?? record.published,
      actor: ploverEntity(record, event.actor),
      recipient: ploverEntity(record, event.recipient),
      event: [event.type],
      mode: event.mode ? [event.mode] : [],
      event_loc: event.location
        ? {
            country_code: event.location.code,
            raw_text: record.text.slice(event.location.start, event.location.end),
          }
        : null,
      event_text: [evidenceText(record, event)],
      link: record.story?.id ?? null,
      cite_info: {
        source: record.outlet,
        url: record.source.url,
        published: record.published,
        article_id: record.id,
      },
      coder: 'rasd',
      coded_date: new Date().toISOString().slice(0, 10),
      confidence: event.confidence,
    }));
}
