/**
 * Runs event detection over the event-sentence set (JSONL of {id, text, published}) and writes
 * one {id, text, events} record a line, for `score.mjs gsr`. Each input line is one sentence.
 *   node --import tsx scripts/gsr.ts ../shared/data/event_gsr/dev.input.jsonl > /tmp/gsr.jsonl
 */
import { readFileSync } from 'node:fs';
import { detectEvents } from '../src/events/index.js';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: gsr.ts INPUT.jsonl\n');
  process.exit(2);
}
const out: string[] = [];
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const rec = JSON.parse(line) as {
    id: string;
    text: string;
    published?: string | null;
    date?: string | null;
  };
  const published = rec.published ?? rec.date ?? null;
  const events = detectEvents(rec.text, [{ start: 0, end: rec.text.length }], { published });
  out.push(JSON.stringify({ id: rec.id, text: rec.text, events }));
}
process.stdout.write(out.join('\n') + '\n');
