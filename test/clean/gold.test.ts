/**
 * The cleaner against the gold of ../shared (seeds and ANT docs), scored the way
 * tools/score.mjs scores `docs`: boilerplate line P/R/F1, headline and published accuracy.
 * Skipped when ../shared is not there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clean } from '../../src/clean/index.js';
import { readInputs } from '../../src/io/read.js';
import type { RawArticle } from '../../src/types.js';

const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const GOLD = `${SHARED}gold/dev.jsonl`;

interface GoldDoc {
  id: string;
  file: string;
  text_sha256: string;
  published: string | null;
  lines: Array<{ start: number; end: number; label: string }>;
}

test(
  'gold: boilerplate F1, headline and published accuracy',
  { skip: !existsSync(GOLD) && 'no ../shared' },
  async () => {
    const gold: GoldDoc[] = readFileSync(GOLD, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as GoldDoc);
    const articles = new Map<string, RawArticle>();
    for await (const item of readInputs(gold.map((g) => `${SHARED}${g.file}`))) {
      if (item.ok) articles.set(item.article.id, item.article);
    }
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let headlineOk = 0;
    let publishedOk = 0;
    const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
    for (const g of gold) {
      const raw = articles.get(g.id);
      assert.ok(raw, `read ${g.file}`);
      assert.equal(createHash('sha256').update(raw.text).digest('hex'), g.text_sha256, `text of ${g.id}`);
      const r = clean(raw);
      const removed = new Uint8Array(raw.text.length);
      for (const s of r.removed) removed.fill(1, s.start, s.end);
      for (const line of g.lines) {
        let chars = 0;
        let inside = 0;
        for (let i = line.start; i < line.end; i++) {
          if (/\s/.test(raw.text[i]!)) continue;
          chars++;
          inside += removed[i]!;
        }
        const predicted = chars > 0 && inside * 2 >= chars;
        const positive = line.label === 'boilerplate';
        if (predicted && positive) tp++;
        else if (predicted) fp++;
        else if (positive) fn++;
      }
      const goldHead = squash(
        g.lines
          .filter((l) => l.label === 'headline')
          .map((l) => raw.text.slice(l.start, l.end))
          .join(' '),
      );
      const predHead = r.headline ? squash(raw.text.slice(r.headline.start, r.headline.end)) : '';
      if (goldHead === predHead) headlineOk++;
      if (r.published === g.published) publishedOk++;
    }
    const p = tp / (tp + fp);
    const rec = tp / (tp + fn);
    const f1 = (2 * p * rec) / (p + rec);
    assert.ok(f1 >= 0.9, `boilerplate F1 ${f1.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
    assert.ok(publishedOk / gold.length >= 0.95, `published accuracy ${publishedOk}/${gold.length}`);
    assert.ok(headlineOk / gold.length >= 0.9, `headline accuracy ${headlineOk}/${gold.length}`);
  },
);
