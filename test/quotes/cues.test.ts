import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, cuesByWord, loadCues, parseCues } from '../../src/quotes/cues.js';
import { normalize } from '../../src/text/normalize.js';

test('cuesByWord gives what cueOf gives, in one lookup', () => {
  const cues = parseCues('قال\tverb\nاضاف\tverb\nبيان\tsource\nوقال\tsource\n');
  const byWord = cuesByWord(cues);
  for (const word of [
    'قال',
    'وقال',
    'فقال',
    'اضاف',
    'واضاف',
    'فاضاف',
    'بيان',
    'وبيان',
    'وال',
    'قالت',
    'و',
    '',
  ])
    assert.equal(byWord.get(word), cueOf(word, cues), word);
  // A cue listed with its conjunction keeps its own kind.
  assert.equal(byWord.get('وقال'), 'source');
  assert.equal(cuesByWord(cues), byWord, 'built once per cue map');
});

test('cuesByWord agrees with cueOf over the shipped cues', () => {
  const cues = loadCues();
  const byWord = cuesByWord(cues);
  for (const form of cues.keys())
    for (const word of [form, `و${form}`, `ف${form}`, `ب${form}`, form.slice(1)])
      assert.equal(byWord.get(word), cueOf(word, cues), word);
  assert.equal(byWord.get(normalize('وأضاف')), cueOf(normalize('وأضاف'), cues));
});
