/** A readable, terminal-sized view of one article record. */
import type { ArticleRecord, RoleFiller, Span } from '../types.js';

const slice = (record: ArticleRecord, span: Span | null): string =>
  span ? record.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim() : '';

const shorten = (text: string, max: number): string =>
  text.length > max ? text.slice(0, max - 1) + '…' : text;

function role(record: ArticleRecord, filler: RoleFiller | null): string {
  if (!filler) return '—';
  const code = [filler.code, filler.sector].filter(Boolean).join('/');
  return `${slice(record, filler)}${code ? ` (${code})` : ''}`;
}

export function formatRecord(record: ArticleRecord): string {
  const lines: string[] = [];
  lines.push(`■ ${slice(record, record.headline) || '(no headline)'}`);
  const facts = [
    `id ${record.id}`,
    record.outlet && `outlet ${record.outlet}`,
    record.published && `published ${record.published}`,
    record.dateline?.place && `dateline ${record.dateline.place}`,
    `${record.body.length} paragraphs`,
    record.removed.length > 0 &&
      `${record.removed.length} boilerplate lines removed (${[...new Set(record.removed.map((r) => r.kind))].join(', ')})`,
  ].filter(Boolean);
  lines.push(`  ${facts.join(' · ')}`);
  if (record.entities.length > 0) {
    const names = record.entities.map((e) => `${e.en ?? e.name} [${e.type}${e.code ? ' ' + e.code : ''}]`);
    lines.push(`  entities: ${shorten(names.join(', '), 300)}`);
  }
  for (const event of record.events.filter((e) => !e.historical)) {
    const mode = event.mode ? `/${event.mode}` : '';
    lines.push(
      `  event ${event.type}${mode}: ${role(record, event.actor)} → ${role(record, event.recipient)}` +
        `${event.location ? ` in ${event.location.code ?? slice(record, event.location)}` : ''}` +
        `${event.date ? ` on ${event.date}` : ''}`,
    );
  }
  for (const quote of record.quotes) {
    const speaker = quote.speaker ? (quote.speaker.en ?? slice(record, quote.speaker)) : 'unattributed';
    lines.push(`  quote ${speaker}: «${shorten(slice(record, quote), 120)}»`);
  }
  if (record.warnings.length > 0) lines.push(`  warnings: ${record.warnings.join('; ')}`);
  return lines.join('\n') + '\n';
}
