/**
 * A handful of pages of the article-extraction benchmark in ../shared (skipped when absent),
 * scored with the project's scorer. The floor is well below the full-set figure: it guards
 * against regressions, it is not the measurement (bench/html.ts and score.mjs are).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from '../../src/io/html/extract.js';

const shared = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
const benchDir = join(shared, 'data/htmlbench');
const scorer = join(shared, 'tools/score.mjs');
const available = existsSync(join(benchDir, 'ground-truth.json')) && existsSync(scorer);

/** Every 15th page in name order: 13 pages of varied sites, the same on every run. */
const SAMPLE_EVERY = 15;
const F1_FLOOR = 0.9;

test('benchmark sample scores above the floor', { skip: !available && 'no ../shared/data/htmlbench' }, () => {
  const gold = JSON.parse(readFileSync(join(benchDir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const files = readdirSync(join(benchDir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .filter((_, i) => i % SAMPLE_EVERY === 0);
  const subsetGold: Record<string, unknown> = {};
  const records: string[] = [];
  for (const f of files) {
    const id = f.replace(/\.html\.gz$/, '');
    subsetGold[id] = gold[id];
    const r = extractHtml(gunzipSync(readFileSync(join(benchDir, 'html', f))).toString('utf8'));
    let text = (r.title ?? '') + '\n';
    const body = r.paragraphs.map((p) => {
      const span = { start: text.length, end: text.length + p.length };
      text += p + '\n';
      return span;
    });
    records.push(JSON.stringify({ id, text, body }));
  }
  const dir = mkdtempSync(join(tmpdir(), 'rasd-html-'));
  try {
    writeFileSync(join(dir, 'gold.json'), JSON.stringify(subsetGold));
    writeFileSync(join(dir, 'pred.jsonl'), records.join('\n') + '\n');
    const out = execFileSync(
      process.execPath,
      // The scorer runs only when started by its real path (it compares argv with its own URL).
      [
        realpathSync(scorer),
        'html',
        '--gold',
        join(dir, 'gold.json'),
        '--pred',
        join(dir, 'pred.jsonl'),
        '--json',
      ],
      { encoding: 'utf8' },
    );
    const score = JSON.parse(out) as { f1: number | null; missing: { count: number } };
    assert.equal(score.missing.count, 0);
    assert.ok((score.f1 ?? 0) >= F1_FLOOR, `F1 ${score.f1} below ${F1_FLOOR} on ${files.length} pages`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
