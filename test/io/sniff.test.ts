import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { isGzip, isTar, sniffTextFormat } from '../../src/io/sniff.js';
import { makeTar } from './helpers.js';

test('gzip and tar by their magic bytes', async () => {
  assert.equal(isGzip(gzipSync('hello')), true);
  assert.equal(isGzip(Buffer.from('hello')), false);
  const tar = await makeTar([{ name: 'a.txt', content: 'x' }]);
  assert.equal(isTar(tar), true);
  assert.equal(isTar(Buffer.alloc(600, 0x20)), false);
});

test('text formats', () => {
  assert.equal(sniffTextFormat('  {"id": 1}'), 'json-object');
  assert.equal(sniffTextFormat('{\n  "id": 1'), 'json-object');
  assert.equal(sniffTextFormat('{عاجل} قصف على غزة'), 'text');
  assert.equal(sniffTextFormat('[{"id": 1}]'), 'json-array');
  assert.equal(sniffTextFormat('[\n  {\n'), 'json-array');
  assert.equal(sniffTextFormat('[تحديث] خبر عاجل'), 'text');
  assert.equal(sniffTextFormat('<DOC>\n<DOCNO>x</DOCNO>'), 'sgml');
  assert.equal(sniffTextFormat('<DOC id="AFP_ARB.0001" type="story" >\n<HEADLINE>'), 'sgml');
  assert.equal(sniffTextFormat('<?xml version="1.0"?>\n<DOC>'), 'sgml');
  assert.equal(sniffTextFormat('<!DOCTYPE html><html><body>'), 'html');
  assert.equal(sniffTextFormat('<html lang="ar">'), 'html');
  assert.equal(sniffTextFormat('<div class="a"><p>one</p><p>two</p></div>'), 'html');
  assert.equal(sniffTextFormat('<<عاجل>> قصف على غزة'), 'text');
  assert.equal(sniffTextFormat('قالت فرنسا اليوم'), 'text');
});
