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

// Tagging speed is measured by `npm run bench` (a ratio against a bare pass in the same run), not
// asserted here: a timed test fails on a loaded machine.
