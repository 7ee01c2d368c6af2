import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable, PassThrough } from 'node:stream';
import { existsSync } from 'node:fs';
import { formatTaggedSentence, parseTaggedConll, readConllItems } from '../../src/entities/tagger/conll.js';
import { runTagConll } from '../../src/cli/tag.js';
import { defaultWeightsPath } from '../../src/entities/tagger/paths.js';

async function items(text: string) {
  const out = [];
  for await (const item of readConllItems(Readable.from([text]))) out.push(item);
  return out;
}

async function runCli(text: string): Promise<string> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (c: Buffer) => chunks.push(c));
  await runTagConll(Readable.from([text]), output, {});
  output.end();
  return Buffer.concat(chunks).toString('utf8');
}

test('labelled CoNLL: tag in the last column, blank lines and -DOCSTART- end sentences', () => {
  const text = '-DOCSTART- O\n\nقال O\nبوش B-PER\n\n\nفي\tx\tO\r\nبغداد B-LOC\n';
  assert.deepEqual(parseTaggedConll(text), [
    { tokens: ['قال', 'بوش'], tags: ['O', 'B-PER'] },
    { tokens: ['في', 'بغداد'], tags: ['O', 'B-LOC'] },
  ]);
  assert.throws(() => parseTaggedConll('token\n', 'f.txt'), /f\.txt:1/);
});

test('unlabelled CoNLL stream: first column only, odd columns and blank runs tolerated', async () => {
  assert.deepEqual(await items(''), []);
  assert.deepEqual(await items('\n\n\n'), []);
  assert.deepEqual(await items('a\tX\tY\tZ\nb\n  \nc  O\n'), [
    { kind: 'sentence', tokens: ['a', 'b'] },
    { kind: 'sentence', tokens: ['c'] },
  ]);
  assert.deepEqual(await items('x\n-DOCSTART- -X- O\ny'), [
    { kind: 'sentence', tokens: ['x'] },
    { kind: 'docstart', line: '-DOCSTART- -X- O' },
    { kind: 'sentence', tokens: ['y'] },
  ]);
  assert.equal(formatTaggedSentence(['a', 'b'], ['O', 'B-PER']), 'a\tO\nb\tB-PER\n\n');
});

test(
  'rasd tag --conll keeps tokens, order and sentence breaks',
  { skip: !existsSync(defaultWeightsPath()) },
  async () => {
    assert.equal(await runCli(''), '');
    const out = await runCli('قال O\nالرئيس\tO\tignored\n\n\nفي\nبغداد B-LOC\n-DOCSTART-\nانتهى');
    const blocks = out.split('\n\n').filter(Boolean);
    assert.equal(blocks.length, 4);
    const lines = out.split('\n').filter((l) => l && !l.startsWith('-DOCSTART-'));
    assert.deepEqual(
      lines.map((l) => l.split('\t')[0]),
      ['قال', 'الرئيس', 'في', 'بغداد', 'انتهى'],
    );
    for (const line of lines) assert.match(line, /^\S+\t(O|[BI]-(PER|LOC|ORG|MISC))$/);
    assert.ok(out.includes('-DOCSTART-\n\n'));
  },
);
