import assert from 'node:assert/strict';
import { test } from 'node:test';
import { composeHeadlineAndBody, composeHtmlText, normalizeHeadline } from '../../src/io/compose.js';

test('headline + blank line + body, both trimmed', () => {
  assert.deepEqual(composeHeadlineAndBody('  H  ', '\n B \n'), {
    text: 'H\n\nB',
    headline: { start: 0, end: 1 },
    warnings: [],
  });
  assert.deepEqual(composeHeadlineAndBody(null, ' B '), { text: 'B', headline: null, warnings: [] });
  assert.equal(composeHeadlineAndBody(' ', ''), null);
  assert.equal(composeHeadlineAndBody('H', '')?.text, 'H');
});

test('a headline stays one line', () => {
  assert.equal(normalizeHeadline('\n first part \n second part\n'), 'first part second part');
});

test('HTML: title line, then one paragraph a line, with spans', () => {
  const c = composeHtmlText({ title: 'T', paragraphs: ['p1', ' p2 '] })!;
  assert.equal(c.text, 'T\np1\np2');
  assert.deepEqual(c.headline, { start: 0, end: 1 });
  assert.deepEqual(c.body, [
    { start: 2, end: 4 },
    { start: 5, end: 7 },
  ]);
  const untitled = composeHtmlText({ title: null, paragraphs: ['p1', 'p2'] })!;
  assert.equal(untitled.text, 'p1\np2');
  assert.equal(untitled.headline, null);
  assert.deepEqual(untitled.body, [
    { start: 0, end: 2 },
    { start: 3, end: 5 },
  ]);
  assert.equal(composeHtmlText({ title: null, paragraphs: [] }), null);
});
