/**
 * Story clustering against the gold of ../shared: the real pipeline over the seeds and ANT docs in
 * the order `rasd extract` reads them, scored like tools/score.mjs `docs` stories.pairwise; and the
 * same records in other orders, since an online clusterer must not hang on the input order.
 * Skipped when ../shared is not there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../../src/io/read.js';
import { annotate, loadPipeline } from '../../src/pipeline.js';
import { createStoryStage } from '../../src/stories/index.js';
import type { ArticleRecord } from '../../src/types.js';

const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const GOLD = `${SHARED}gold/dev.jsonl`;

function pairwiseF1(records: readonly ArticleRecord[], gold: Map<string, string>): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < records.length; i++) {
    for (let j = i + 1; j < records.length; j++) {
      const a = records[i]!;
      const b = records[j]!;
      const same = gold.get(a.id) === gold.get(b.id);
      const predicted = !!a.story && a.story.id === b.story?.id;
      if (same && predicted) tp++;
      else if (predicted) fp++;
      else if (same) fn++;
    }
  }
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
}

test(
  'gold: stories pairwise F1 of the real pipeline, in input order and others',
  { skip: !existsSync(GOLD) && 'no ../shared' },
  async () => {
    const gold = new Map<string, string>();
    for (const line of readFileSync(GOLD, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as { id: string; story: string };
      gold.set(doc.id, doc.story);
    }
    const resources = loadPipeline();
    const records: ArticleRecord[] = [];
    for await (const item of readInputs([`${SHARED}corpus/seeds`, `${SHARED}corpus/ant-gold`])) {
      if (item.ok && gold.has(item.article.id)) records.push(annotate(item.article, resources));
    }
    assert.equal(records.length, gold.size);
    const f1 = pairwiseF1(records, gold);
    assert.ok(f1 >= 0.95, `pairwise F1 ${f1.toFixed(3)} in input order`);

    const reassign = (order: ArticleRecord[]): number => {
      const assign = createStoryStage();
      for (const record of order) assign(record);
      return pairwiseF1(order, gold);
    };
    const reversed = [...records].reverse();
    const byDate = [...records].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
    for (const [name, order] of [
      ['reversed', reversed],
      ['by date', byDate],
    ] as const) {
      const score = reassign(order);
      assert.ok(score >= 0.9, `pairwise F1 ${score.toFixed(3)} ${name}`);
    }
  },
);
