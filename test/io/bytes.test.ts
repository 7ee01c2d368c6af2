import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PeekableBytes, splitAfter, countNewlines } from '../../src/io/bytes.js';

async function* chunksOf(...parts: string[]): AsyncGenerator<Buffer> {
  for (const p of parts) yield Buffer.from(p);
}

async function units(parts: string[], delimiters: string[]): Promise<Array<[string, number]>> {
  const out: Array<[string, number]> = [];
  for await (const u of splitAfter(
    chunksOf(...parts),
    delimiters.map((d) => Buffer.from(d)),
  ))
    out.push([u.bytes.toString(), u.line]);
  return out;
}

test('peek looks ahead without consuming; chunks() replays the head', async () => {
  const p = new PeekableBytes(chunksOf('ab', 'cd', 'ef'));
  assert.equal((await p.peek(3)).toString(), 'abcd');
  assert.equal(p.ended, false);
  p.skip(1);
  const all: string[] = [];
  for await (const c of p.chunks()) all.push(c.toString());
  assert.equal(all.join(''), 'bcdef');
  assert.equal(p.ended, true);
});

test('peek past the end returns what there is and marks the stream ended', async () => {
  const p = new PeekableBytes(chunksOf('xy'));
  assert.equal((await p.peek(100)).toString(), 'xy');
  assert.equal(p.ended, true);
});

test('readAll joins the rest and refuses more than the limit', async () => {
  assert.equal((await new PeekableBytes(chunksOf('a', 'b', 'c')).readAll(10)).toString(), 'abc');
  await assert.rejects(new PeekableBytes(chunksOf('abc', 'def')).readAll(4), /too large/);
});

test('splitAfter cuts lines and keeps a last line without newline', async () => {
  assert.deepEqual(await units(['a\nbb', '\n\ncc'], ['\n']), [
    ['a\n', 1],
    ['bb\n', 2],
    ['\n', 3],
    ['cc', 4],
  ]);
});

test('splitAfter finds a delimiter split across chunks', async () => {
  assert.deepEqual(await units(['<DOC>x</D', 'OC><DOC>y</DOC', '>'], ['</DOC>']), [
    ['<DOC>x</DOC>', 1],
    ['<DOC>y</DOC>', 1],
  ]);
  assert.deepEqual(await units(['<DOC>x<', '/', 'D', 'OC>tail'], ['</DOC>', '</doc>']), [
    ['<DOC>x</DOC>', 1],
    ['tail', 1],
  ]);
});

test('splitAfter keeps units spanning many chunks whole, with line numbers', async () => {
  const parts = ['<DOC>\n', 'one\n', 'two\n', '</DOC>\n<DOC>\n', 'three</doc>'];
  assert.deepEqual(await units(parts, ['</DOC>', '</doc>']), [
    ['<DOC>\none\ntwo\n</DOC>', 1],
    ['\n<DOC>\nthree</doc>', 4],
  ]);
});

test('countNewlines', () => {
  assert.equal(countNewlines(Buffer.from('a\nb\n\n')), 3);
  assert.equal(countNewlines(Buffer.alloc(0)), 0);
});
