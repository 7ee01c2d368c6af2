import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { loadTagger } from '../../src/entities/tagger/index.js';
import { defaultWeightsPath } from '../../src/entities/tagger/paths.js';

const committed = defaultWeightsPath();

test(
  'committed weights: compact, credited, and they tag a news sentence sensibly',
  { skip: !existsSync(committed) },
  () => {
    assert.ok(statSync(committed).size < 8e6, 'a few MB at most');
    const tagger = loadTagger();
    assert.match(String(tagger.meta.corpus), /ANERcorp/);
    const tokens = 'وقال الرئيس الأمريكي جورج بوش في واشنطن إن وزارة الخارجية الأمريكية ستواصل العمل .'.split(
      ' ',
    );
    const chunks = tagger.entities(tokens).map((c) => `${c.type}:${tokens.slice(c.start, c.end).join(' ')}`);
    assert.ok(chunks.includes('PER:جورج بوش'), chunks.join(', '));
    assert.ok(chunks.includes('LOC:واشنطن'), chunks.join(', '));
    assert.equal(tagger.tag(tokens).length, tokens.length);
  },
);

test('committed weights tag fast', { skip: !existsSync(committed) }, () => {
  const tagger = loadTagger();
  const sentence =
    'أعلنت وزارة الدفاع الروسية أن الرئيس فلاديمير بوتين التقى نظيره التركي رجب طيب أردوغان في أنقرة اليوم .'.split(
      ' ',
    );
  tagger.tag(sentence); // warm the word cache, as a long article would
  const runs = 300;
  const started = performance.now();
  for (let i = 0; i < runs; i++) tagger.tag(sentence);
  const perSecond = (runs * sentence.length) / ((performance.now() - started) / 1000);
  assert.ok(perSecond > 20_000, `${Math.round(perSecond)} tokens/s`);
});
