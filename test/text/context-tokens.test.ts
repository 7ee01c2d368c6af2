// ArticleContext.tokensIn cuts a sentence's tokens out of the article's tokens: it must give
// exactly what tokenizing the sentence on its own gives (quotes rely on it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../../src/io/read.js';
import { ArticleContext, annotate, loadPipeline } from '../../src/pipeline.js';
import { tokenize } from '../../src/text/tokenize.js';
import { findPackageRoot } from '../../src/paths.js';

const SEEDS = join(findPackageRoot(), '..', 'shared', 'corpus', 'seeds');

/** The ArticleContext of each seed article, cleaned but not annotated further. */
async function* seedContexts(): AsyncGenerator<ArticleContext> {
  const none = loadPipeline({ entities: false, events: false, quotes: false, stories: false });
  for await (const item of readInputs([SEEDS])) {
    if (item.ok) yield new ArticleContext(annotate(item.article, none));
  }
}

test('tokensIn(sentence) equals tokenize of the sentence alone', { skip: !safeExists(SEEDS) }, async () => {
  let sentences = 0;
  for await (const context of seedContexts()) {
    const text = context.record.text;
    for (const s of [...context.sentences, ...context.regions]) {
      assert.deepEqual(context.tokensIn(s), tokenize(text, s.start, s.end));
      sentences++;
    }
    // A span that crosses a token edge or lies outside the regions is scanned on its own.
    const odd = { start: 1, end: Math.min(text.length, 40) };
    assert.deepEqual(context.tokensIn(odd), tokenize(text, odd.start, odd.end));
  }
  assert.ok(sentences > 0);
});

test(
  'tokensByRegion equals tokenize of each region alone, and is kept',
  { skip: !safeExists(SEEDS) },
  async () => {
    let regions = 0;
    for await (const context of seedContexts()) {
      const text = context.record.text;
      const byRegion = context.tokensByRegion;
      assert.deepEqual(
        byRegion,
        context.regions.map((r) => tokenize(text, r.start, r.end)),
      );
      assert.equal(context.tokensByRegion, byRegion);
      regions += byRegion.length;
    }
    assert.ok(regions > 0);
  },
);

function safeExists(dir: string): boolean {
  try {
    return readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}
