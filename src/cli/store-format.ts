/** Terminal views of store results: one line per row, a block per story. */
import type { EntityRow, EventRow, SearchHit, StoryDetail, StoryRow } from '../store/store.js';
import type { MergedEvent } from '../stories/merge.js';

const party = (p: { code: string | null; sector: string | null }): string =>
  p.code ? `${p.code}${p.sector ? '/' + p.sector : ''}` : '—';

export function formatSearchHit(hit: SearchHit): string {
  const when = hit.published ?? 'undated';
  return `${when}  ${hit.outlet ?? '?'}  ${hit.headline ?? hit.id}\n    ${hit.id} · story ${hit.storyId ?? '—'}\n    ${hit.snippet}`;
}

export function formatEventRow(row: EventRow): string {
  const mode = row.mode ? `/${row.mode}` : '';
  const where = row.location ? ` in ${row.location}` : '';
  const evidence = row.evidence.length > 160 ? row.evidence.slice(0, 159) + '…' : row.evidence;
  return (
    `${row.date ?? row.published ?? 'undated'}  ${row.type}${mode}  ${party(row.actor)} → ${party(row.recipient)}${where}` +
    `  (${row.outlet ?? '?'}, ${row.articleId})\n    ${evidence}`
  );
}

export function formatEntityRow(row: EntityRow): string {
  const code = [row.code, row.sector].filter(Boolean).join('/');
  return `${row.type}  ${row.en ?? row.name}  ${row.name}${code ? `  [${code}]` : ''}  ${row.articles} article(s)  ${row.key}`;
}

function span(row: StoryRow): string {
  if (!row.firstDate) return 'undated';
  return row.firstDate === row.lastDate ? row.firstDate : `${row.firstDate} – ${row.lastDate}`;
}

export function formatStoryRow(row: StoryRow): string {
  return `${row.id}  ${span(row)}  ${row.articles} article(s) from ${row.outlets.join(', ') || '?'}\n    ${row.headline ?? ''}`;
}

function formatMergedEvent(event: MergedEvent): string {
  const mode = event.mode ? `/${event.mode}` : '';
  const where = event.location ? ` in ${event.location}` : '';
  const when = event.date ? ` on ${event.date}` : '';
  const outlets = [...new Set(event.sources.map((s) => s.outlet ?? s.articleId))].join(', ');
  return `  • ${event.type}${mode}: ${party(event.actor)} → ${party(event.recipient)}${where}${when} — ${event.numSources} source(s): ${outlets}`;
}

export function formatStory(story: StoryDetail): string {
  const lines = [
    `═ ${story.headline ?? story.id}`,
    `  ${story.id} · ${span(story)} · ${story.articles} article(s) from ${story.outlets.join(', ') || '?'}`,
  ];
  if (story.summary.length) {
    lines.push('  summary:');
    for (const sentence of story.summary) lines.push(`    ${sentence.text}`);
  }
  if (story.events.length) {
    lines.push('  events:');
    for (const event of story.events) lines.push(formatMergedEvent(event));
  }
  lines.push('  sources:');
  for (const item of story.timeline) {
    const copy = item.duplicateOf ? ` (copy of ${item.duplicateOf})` : '';
    lines.push(
      `    ${item.published ?? 'undated'}  ${item.outlet ?? '?'}  ${item.headline ?? item.id}${copy}`,
    );
  }
  return lines.join('\n') + '\n';
}
