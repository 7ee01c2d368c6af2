import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listTrainedBundle, throughWeightsFile } from './helpers.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { taggerFromBundle } from '../../src/entities/tagger/index.js';
import {
  buildNameLists,
  LIST_CLASSES,
  parseNameTsv,
  spanLabels,
  wordListFeatures,
} from '../../src/entities/tagger/names.js';
import { sentenceFeatures } from '../../src/entities/tagger/features.js';
import { buildCueLexicon, cueKey } from '../../src/entities/tagger/lexicon.js';

const keys = (tokens: string[]) => tokens.map((t) => cueKey(t));

test('name-list files: comments, header, entries with notes; bad lines are refused', () => {
  const text = '# a comment\n\nname\tcls\tnote\nمحمد\tGIVEN\tar\nريال  مدريد\tORG\nعبد الله\tGIVEN\n';
  assert.deepEqual(parseNameTsv(text), [
    { name: 'محمد', cls: 'GIVEN' },
    { name: 'ريال مدريد', cls: 'ORG' },
    { name: 'عبد الله', cls: 'GIVEN' },
  ]);
  assert.throws(() => parseNameTsv('محمد\tGIVEN\n'), /header/);
  assert.throws(() => parseNameTsv('name\tcls\nمحمد\tFIRST\n'), /expected NAME/);
  assert.throws(() => parseNameTsv('name\tcls\nمحمد\n'), /expected NAME/);
  assert.throws(() => parseNameTsv('# only a comment\n'), /no header/);
});

test('given names: one word gives the per-word feature gn, several words a GIVEN span', () => {
  const lists = buildNameLists([
    { name: 'جورج', cls: 'GIVEN' },
    { name: 'عبد الله', cls: 'GIVEN' },
    { name: 'جورج بوش', cls: 'PER' },
    { name: 'ريال مدريد', cls: 'ORG' },
  ]);
  assert.deepEqual(wordListFeatures(lists, cueKey('وجورج')), ['fn', 'gn']);
  // The words of a multi-word given name get no per-word feature of their own.
  assert.deepEqual(wordListFeatures(lists, cueKey('عبد')), []);
  assert.deepEqual(wordListFeatures(lists, cueKey('ريال')), ['h=ORG']);
  assert.deepEqual(spanLabels(lists, keys(['قال', 'عبد', 'الله', 'إن', 'جورج', 'بوش', 'وريال', 'مدريد'])), [
    [],
    ['B-GIVEN'],
    ['E-GIVEN'],
    [],
    ['B-PER'],
    ['E-PER'],
    ['B-ORG'],
    ['E-ORG'],
  ]);
  // A one-word given name is no span: the longest-match scan does not see it.
  assert.deepEqual(spanLabels(lists, keys(['جورج'])), [[]]);
  const f = sentenceFeatures(['قال', 'جورج'], { cues: buildCueLexicon([]), names: lists });
  assert.ok(f[1]!.includes('nl=gn') && f[0]!.includes('nl+1=gn'));
});

test('a bundle trained with given names gives the gn feature at run time', () => {
  const names = [
    { name: 'سمير', cls: 'GIVEN' },
    { name: 'هيثم', cls: 'GIVEN' },
    { name: 'نادر', cls: 'GIVEN' },
  ];
  // Only the list tells a given name from a word here: both follow 'قال'.
  const bundle = listTrainedBundle(
    names,
    ['قال'],
    ['سمير', 'هيثم', 'البيت', 'الصباح'],
    ['سمير', 'هيثم'],
    'PER',
  );
  throughWeightsFile(bundle, (reread) => {
    assert.deepEqual(reread.names, names);
    assert.equal(taggerFromBundle(reread).tag(['قال', 'نادر', '.'])[1], 'B-PER');
    assert.equal(taggerFromBundle({ ...reread, names: [] }).tag(['قال', 'نادر', '.'])[1], 'O');
  });
});

for (const [file, cls] of [
  ['given-names.tsv', 'GIVEN'],
  ['orgs.tsv', 'ORG'],
] as const) {
  test(`data/ner/${file}: parses, one class, no empty or duplicate names, no stray spaces`, () => {
    const path = join(import.meta.dirname, '..', '..', 'data', 'ner', file);
    const text = readFileSync(path, 'utf8');
    const entries = parseNameTsv(text, path);
    assert.ok(entries.length > 100, `${file}: ${entries.length} entries`);
    const seen = new Set<string>();
    for (const { name, cls: c } of entries) {
      assert.ok(LIST_CLASSES.includes(c) && c === cls, `${file}: ${name} has class ${c}`);
      assert.ok(
        name.length > 1 && name === name.trim() && !/\s{2}/.test(name),
        `${file}: bad name ${JSON.stringify(name)}`,
      );
      assert.ok(!/[A-Za-z0-9]/.test(name), `${file}: ${name} is not written in Arabic letters`);
      assert.ok(!seen.has(name), `${file}: duplicate ${name}`);
      seen.add(name);
    }
    const lines = text.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    assert.equal(new Set(lines).size, lines.length, `${file}: duplicate lines`);
  });
}
