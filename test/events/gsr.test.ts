/**
 * The event-sentence set of ../shared (data/event_gsr): ASSAULT and PROTEST F1 and the false-positive
 * rate on the difficult negatives, computed as `score.mjs gsr` does. Skipped when shared/ is absent.
 * Floors sit just under the figures measured when they were set (ASSAULT 0.901, PROTEST 0.900,
 * FP rate 0.195); the acceptance bars are 0.85 / 0.80 / 0.30.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectEvents } from '../../src/events/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data', 'event_gsr');
const input = join(dir, 'dev.input.jsonl');
const goldFile = join(dir, 'dev.jsonl');
const present = existsSync(input) && existsSync(goldFile);

function lines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

test(
  'GSR event sentences: ASSAULT / PROTEST F1 and difficult-negative FP rate',
  { skip: !present && 'shared/data/event_gsr not found' },
  () => {
    const gold = new Map(lines(goldFile).map((g) => [g.id as string, g]));
    const counts: Record<string, { tp: number; fp: number; fn: number }> = {
      ASSAULT: { tp: 0, fp: 0, fn: 0 },
      PROTEST: { tp: 0, fp: 0, fn: 0 },
    };
    let difficult = 0;
    let difficultFp = 0;
    for (const rec of lines(input)) {
      const text = rec.text as string;
      const g = gold.get(rec.id as string);
      if (!g) continue;
      const events = detectEvents(text, [{ start: 0, end: text.length }], {
        published: (rec.published as string) ?? null,
      });
      const pred = new Set(events.filter((e) => !e.historical).map((e) => e.type));
      const labels = new Set(g.labels as string[]);
      for (const t of ['ASSAULT', 'PROTEST']) {
        const c = counts[t]!;
        if (pred.has(t as never) && labels.has(t)) c.tp++;
        else if (pred.has(t as never)) c.fp++;
        else if (labels.has(t)) c.fn++;
      }
      if (g.difficult_no === true) {
        difficult++;
        if (['ASSAULT', 'PROTEST'].some((t) => pred.has(t as never) && !labels.has(t))) difficultFp++;
      }
    }
    const f1 = (c: { tp: number; fp: number; fn: number }) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
    const assault = f1(counts.ASSAULT!);
    const protest = f1(counts.PROTEST!);
    const fpRate = difficultFp / difficult;
    assert.ok(assault >= 0.89, `ASSAULT F1 ${assault.toFixed(3)}`);
    assert.ok(protest >= 0.89, `PROTEST F1 ${protest.toFixed(3)}`);
    assert.ok(fpRate <= 0.21, `FP rate on difficult negatives ${fpRate.toFixed(3)}`);
  },
);
