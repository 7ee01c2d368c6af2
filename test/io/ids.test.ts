import assert from 'node:assert/strict';
import { test } from 'node:test';
import { idBaseFromPath, nthId } from '../../src/io/ids.js';

test('base name without extensions', () => {
  assert.equal(idBaseFromPath('corpus/seeds/000_a8b5.txt'), '000_a8b5');
  assert.equal(idBaseFromPath('html/0a1b.html.gz'), '0a1b');
  assert.equal(idBaseFromPath('x/dump.json.gz'), 'dump');
  assert.equal(
    idBaseFromPath('ant.tar.gz!ant/BBC/x/BB-middleEast-1-20180101.txt'),
    'BB-middleEast-1-20180101',
  );
  assert.equal(idBaseFromPath('notes.v2.txt'), 'notes.v2');
  assert.equal(idBaseFromPath('README'), 'README');
  assert.equal(idBaseFromPath('dir/.txt'), '.txt');
});

test('#N for the N-th article, none for the first', () => {
  assert.equal(nthId('f', 0), 'f');
  assert.equal(nthId('f', 3), 'f#3');
});
