/**
 * The readers against the shared corpora (../shared beside the repository; skipped when absent):
 * the record text of the 17 gold documents must hash to the gold's text_sha256, and the ANT
 * benchmark tarball must read whole.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { readInputs } from '../../src/io/read.js';

const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));
const goldFile = `${shared}gold/dev.jsonl`;
const antTarball = `${shared}data/ant/ant-news-2018.tar.gz`;

test(
  'gold corpora: every record text hashes to the gold text_sha256',
  { skip: !existsSync(goldFile) && 'no ../shared' },
  async () => {
    const gold = readFileSync(goldFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; text_sha256: string; file: string });
    const hashes = new Map<string, string>();
    const errors: unknown[] = [];
    for await (const item of readInputs([`${shared}corpus/seeds`, `${shared}corpus/ant-gold`])) {
      if (!item.ok) errors.push(item.error);
      else hashes.set(item.article.id, createHash('sha256').update(item.article.text, 'utf8').digest('hex'));
    }
    assert.deepEqual(errors, []);
    assert.equal(gold.length, 17);
    for (const g of gold) assert.equal(hashes.get(g.id), g.text_sha256, g.id);
  },
);

test(
  'ANT tarball: 17,784 articles, no errors, ids from <DOCNO>',
  { skip: !existsSync(antTarball) && 'no ../shared' },
  async (t) => {
    const started = performance.now();
    let articles = 0;
    const errors: unknown[] = [];
    const ids = new Set<string>();
    const warned: string[] = [];
    for await (const item of readInputs([antTarball])) {
      if (!item.ok) {
        errors.push(item.error);
        continue;
      }
      const a = item.article;
      articles++;
      ids.add(a.id);
      if (a.warnings.length > 0) warned.push(a.id);
      // One <DOC> per file, named after its DOCNO.
      assert.ok(a.source.path!.endsWith(`/${a.id}.txt`), a.source.path!);
      assert.equal(a.meta.kind, 'sgml');
    }
    const seconds = (performance.now() - started) / 1000;
    t.diagnostic(`read ${articles} articles in ${seconds.toFixed(2)} s`);
    assert.deepEqual(errors, []);
    assert.equal(articles, 17_784);
    assert.equal(ids.size, 17_784);
    assert.deepEqual(warned, ['FR-internationalNews-2077-20180629']); // the one empty <TEXT>
  },
);
