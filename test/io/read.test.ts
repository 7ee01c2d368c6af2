/**
 * readInputs end to end on inputs generated in a temp dir: every kind, encoding and kind of
 * damage CONTRACT.md §1 names. Nothing large is committed; big inputs are written here.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { createGzip, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { readInputs } from '../../src/io/read.js';
import { collect, makeTar, stdinOf, withTempDir } from './helpers.js';

const AR = 'قالت وزارة الخارجية الفرنسية اليوم السبت إن أهداف الضربات الدولية في سوريا تحققت.';

const SGML_TWO = `<DOC>
<DOCNO>D-1</DOCNO>
<SRC>bbc</SRC>
<TITLE>عنوان أول</TITLE>
<TIME>Mon, 26 Feb 2018 02:20:10 GMT</TIME>
<TEXT>
${AR}
</TEXT>
</DOC>
<DOC>
<DOCNO>D-2</DOCNO>
<TITLE>عنوان ثان</TITLE>
<TEXT>
نص ثان.
</TEXT>
</DOC>
`;

const HTML_PAGE = `<!DOCTYPE html><html lang="ar"><head><title>عنوان الصفحة</title>
<meta property="og:site_name" content="الموقع"><meta property="article:published_time" content="2024-02-03T10:00:00+03:00">
</head><body><article><h1>عنوان الصفحة</h1>
<p>${AR} ${AR}</p><p>${AR} وأضاف المتحدث، في بيان، أن الضربات ستستمر.</p>
</article></body></html>`;

test('plain text: the decoded input unchanged, BOM dropped, id from the base name', async () => {
  await withTempDir(async (dir) => {
    const text = `${AR}\r\n\r\n  سطر ثان  \n`;
    await writeFile(join(dir, 'a.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const { articles, errors } = await collect([join(dir, 'a.txt')]);
    assert.deepEqual(errors, []);
    assert.equal(articles.length, 1);
    const a = articles[0]!;
    assert.equal(a.id, 'a');
    assert.equal(a.text, text);
    assert.equal(a.headline, null);
    assert.deepEqual(a.source, { path: join(dir, 'a.txt'), index: 0, line: null, url: null });
    assert.equal(a.meta.kind, 'text');
  });
});

test('directories: recursive, sorted, dot files skipped; a missing path is an error and the rest goes on', async () => {
  await withTempDir(async (dir) => {
    await mkdir(join(dir, 'b', 'inner'), { recursive: true });
    await writeFile(join(dir, 'c.txt'), 'ج');
    await writeFile(join(dir, 'a.txt'), 'أ');
    await writeFile(join(dir, 'b', 'inner', 'z.txt'), 'ز');
    await writeFile(join(dir, 'b', 'y.txt'), 'ي');
    await writeFile(join(dir, '.hidden.txt'), 'x');
    const { articles, errors } = await collect([join(dir, 'missing.txt'), dir]);
    assert.deepEqual(errors, [{ path: join(dir, 'missing.txt'), reason: 'no such file or directory' }]);
    assert.deepEqual(
      articles.map((a) => a.source.path),
      [join(dir, 'a.txt'), join(dir, 'b', 'inner', 'z.txt'), join(dir, 'b', 'y.txt'), join(dir, 'c.txt')],
    );
  });
});

test('standard input for "-" and for no path', async () => {
  for (const paths of [['-'], []]) {
    const { articles } = await collect(paths, { stdin: stdinOf(SGML_TWO) });
    assert.deepEqual(
      articles.map((a) => [a.id, a.source.path]),
      [
        ['D-1', null],
        ['D-2', null],
      ],
    );
  }
  const { articles } = await collect(['-'], { stdin: stdinOf('نص من الدخل') });
  assert.equal(articles[0]!.id, 'stdin');
});

test('empty, blank, BOM-only and binary files are errors; the files around them are read', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, '1-empty.txt'), '');
    await writeFile(join(dir, '2-blank.txt'), ' \n\t\n');
    await writeFile(join(dir, '3-bom.txt'), Buffer.from([0xef, 0xbb, 0xbf]));
    const binary = Buffer.alloc(4096);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256;
    await writeFile(join(dir, '4-binary.txt'), binary);
    await writeFile(join(dir, '5-good.txt'), AR);
    const { articles, errors } = await collect([dir]);
    assert.deepEqual(
      errors.map((e) => [e.path.slice(dir.length + 1), e.reason]),
      [
        ['1-empty.txt', 'empty file'],
        ['2-blank.txt', 'blank file (only white space)'],
        ['3-bom.txt', 'empty file (only a byte order mark)'],
        ['4-binary.txt', 'binary file (contains NUL bytes)'],
      ],
    );
    assert.deepEqual(
      articles.map((a) => a.id),
      ['5-good'],
    );
  });
});

test('encodings: UTF-16 LE/BE with BOM and Windows-1256 give the same text', async () => {
  await withTempDir(async (dir) => {
    const text = `${AR}\n${AR}\n`;
    await writeFile(
      join(dir, 'le.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    await writeFile(
      join(dir, 'be.txt'),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    );
    await writeFile(join(dir, 'cp.txt'), iconv.encode(text, 'windows-1256'));
    await writeFile(
      join(dir, 'cp.jsonl'),
      iconv.encode(`{"id":"j1","text":"${AR}"}\n{"id":"j2","title":"عنوان","text":"نص"}\n`, 'windows-1256'),
    );
    const sgml16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SGML_TWO, 'utf16le')]);
    await writeFile(join(dir, 'sgml16.txt'), sgml16);
    const { articles, errors } = await collect([dir]);
    assert.deepEqual(errors, []);
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const id of ['le', 'be', 'cp']) assert.equal(byId.get(id)!.text, text, id);
    assert.equal(byId.get('j1')!.text, AR);
    assert.equal(byId.get('j2')!.text, 'عنوان\n\nنص');
    assert.equal(byId.get('D-1')!.text, `عنوان أول\n\n${AR}`);
  });
});

test('invalid UTF-8: a stray byte is replaced with a warning; garbage is an error', async () => {
  await withTempDir(async (dir) => {
    await writeFile(
      join(dir, 'stray.txt'),
      Buffer.concat([Buffer.from(AR), Buffer.from([0xc3]), Buffer.from(` ${AR}`)]),
    );
    const garbage = Buffer.from(
      Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? 0x20 : 0x80 + ((i * 13) % 64))),
    );
    await writeFile(join(dir, 'garbage.txt'), garbage);
    const { articles, errors } = await collect([dir]);
    assert.equal(articles.length, 1);
    assert.equal(articles[0]!.text, `${AR}\ufffd ${AR}`);
    assert.match(articles[0]!.warnings.join(), /invalid UTF-8/);
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.path, join(dir, 'garbage.txt'));
    assert.match(errors[0]!.reason, /invalid UTF-8/);
  });
});

test('JSON: object, array, pretty-printed; id #N; bad items are errors of their own', async () => {
  await withTempDir(async (dir) => {
    await writeFile(
      join(dir, 'one.json'),
      JSON.stringify({ title: 'عنوان', text: AR, published: '2024-02-03', outlet: 'RT' }, null, 2),
    );
    await writeFile(
      join(dir, 'many.json'),
      JSON.stringify([{ text: 'أ' }, 5, { id: 'own', body: 'ب' }, { text: 'ج' }, { foo: 1 }]),
    );
    await writeFile(join(dir, 'single-line.json'), JSON.stringify({ headline: 'h', content: 'c' }));
    await writeFile(join(dir, 'broken.json'), '{\n  "title": "x",\n  "text" "y"\n}');
    const { articles, errors } = await collect([dir]);
    assert.deepEqual(
      articles.map((a) => [a.id, a.text, a.meta.kind, a.source.index]),
      [
        ['many', 'أ', 'json', 0],
        ['own', 'ب', 'json', 2],
        ['many#3', 'ج', 'json', 3],
        ['one', `عنوان\n\n${AR}`, 'json', 0],
        ['single-line', 'h\n\nc', 'json', 0],
      ],
    );
    const one = articles.find((a) => a.id === 'one')!;
    assert.deepEqual(one.headline, { start: 0, end: 5 });
    assert.equal(one.meta.published, '2024-02-03');
    assert.equal(one.meta.outlet, 'RT');
    assert.deepEqual(
      errors.map((e) => [e.path.slice(dir.length + 1), e.line, e.reason.replace(/:.*/s, '')]),
      [
        ['broken.json', 3, 'invalid JSON'],
        ['many.json', undefined, 'item 1'],
        ['many.json', undefined, 'item 4'],
      ],
    );
  });
});

test('JSONL: 100,000 good lines (~50 MB) with broken lines among them: each broken line is its own error', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'big.jsonl');
    const out = createWriteStream(file);
    const broken = new Map<number, string>([
      [2, '{"id": "x", "text": "cut short'],
      [50_001, '[1, 2, 3]'],
      [77_777, '{"id": "nothing here"}'],
      [100_003, '{"text": "last'],
    ]);
    const filler = 'ن'.repeat(230);
    let good = 0;
    for (let line = 1; good < 100_000 || broken.has(line); line++) {
      let row = broken.get(line);
      if (row === undefined) {
        row =
          line % 1000 === 0
            ? JSON.stringify({ text: `بلا معرف ${line}` })
            : JSON.stringify({
                id: `n${line}`,
                title: `خبر ${line}`,
                text: `${filler} ${line}`,
                url: `u${line}`,
              });
        good++;
      }
      if (!out.write(row + (line % 10 === 0 ? '\r\n' : '\n'))) await once(out, 'drain');
      if (line === 10) out.write('\n'); // a blank line is no record
    }
    out.end();
    await once(out, 'finish');
    let articles = 0;
    const errors: Array<[number | undefined, string]> = [];
    let sample: { id: string; line: number | null; text: string } | null = null;
    let idless: string | null = null;
    for await (const item of readInputs([file])) {
      if (!item.ok) {
        errors.push([item.error.line, item.error.reason]);
        continue;
      }
      articles++;
      const a = item.article;
      if (a.id === 'n5') sample = { id: a.id, line: a.source.line, text: a.text };
      if (a.text === 'بلا معرف 1000') idless = a.id;
    }
    assert.equal(articles, 100_000);
    assert.deepEqual(
      errors.map(([line, reason]) => [line, reason.replace(/:.*/s, '')]),
      [
        [2, 'invalid JSON'],
        [50_002, 'not a JSON object'],
        [77_778, 'no text, html or headline field'],
        [100_004, 'invalid JSON'],
      ],
    );
    assert.deepEqual(sample, { id: 'n5', line: 5, text: `خبر 5\n\n${filler} 5` });
    assert.equal(idless, 'big#1000'); // the 0-based line number (one blank line above shifts it)
  });
});

test('text that merely starts with a brace is plain text', async () => {
  const { articles } = await collect(['-'], { stdin: stdinOf('{عاجل} قصف على غزة\nسطر ثان') });
  assert.deepEqual(
    articles.map((a) => [a.meta.kind, a.text]),
    [['text', '{عاجل} قصف على غزة\nسطر ثان']],
  );
});

test('JSONL whose first line is broken is still read line by line', async () => {
  const { articles, errors } = await collect(['-'], {
    stdin: stdinOf('{"id": "a", "te\n{"id": "b", "text": "ب"}\n{"id": "c", "text": "ج"}\n'),
  });
  assert.deepEqual(
    articles.map((a) => [a.id, a.meta.kind, a.source.line]),
    [
      ['b', 'jsonl', 2],
      ['c', 'jsonl', 3],
    ],
  );
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.line, 1);
});

test('SGML: one article per <DOC>; ids; metadata; empty <TEXT> warns; truncated documents are errors with lines', async () => {
  await withTempDir(async (dir) => {
    const docs =
      SGML_TWO +
      '<DOC>\n<TITLE>بلا نص</TITLE>\n<TEXT>\n</TEXT>\n</DOC>\n' +
      '<DOC>\n<HEADLINE>unterminated</HEADLINE>\n' +
      '<DOC id="G-5">\n<HEADLINE>\nعنوان\n</HEADLINE>\n<DATELINE>بغداد (اف ب)</DATELINE>\n<TEXT>\n<P>\nفقرة &amp; أولى\n</P>\n<P>\nفقرة ثانية\n</P>\n</TEXT>\n</DOC>\n' +
      '<DOC>\n<TEXT>بلا رقم</TEXT>\n</DOC>\n' +
      '<DOC>\n<DOCNO>cut</DOCNO>\n<TEXT>\nنص مقطوع';
    await writeFile(join(dir, 'gw.sgml'), docs);
    const { articles, errors } = await collect([join(dir, 'gw.sgml')]);
    assert.deepEqual(
      articles.map((a) => [a.id, a.text, a.headline, a.source.index]),
      [
        ['D-1', `عنوان أول\n\n${AR}`, { start: 0, end: 9 }, 0],
        ['D-2', 'عنوان ثان\n\nنص ثان.', { start: 0, end: 9 }, 1],
        ['gw#2', 'بلا نص', { start: 0, end: 6 }, 2],
        ['G-5', 'عنوان\n\nفقرة & أولى\nفقرة ثانية', { start: 0, end: 5 }, 4],
        ['gw#5', 'بلا رقم', null, 5],
      ],
    );
    assert.match(articles[2]!.warnings[0]!, /empty <TEXT>/);
    assert.deepEqual(articles[0]!.meta, {
      kind: 'sgml',
      published: 'Mon, 26 Feb 2018 02:20:10 GMT',
      outlet: 'bbc',
      url: null,
      dateline: null,
    });
    assert.equal(articles[3]!.meta.dateline, 'بغداد (اف ب)');
    assert.deepEqual(
      errors.map((e) => [e.line, e.reason]),
      [
        [22, 'unterminated <DOC> (no </DOC>)'],
        [41, 'unterminated <DOC> at the end of the input (truncated?)'],
      ],
    );
  });
});

test('HTML: title line then paragraphs, spans and meta from the page; truncated pages warn; empty pages are errors', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'page.html.gz'), gzipSync(HTML_PAGE));
    await writeFile(join(dir, 'cut.htm'), HTML_PAGE.slice(0, HTML_PAGE.indexOf('</article>')));
    await writeFile(
      join(dir, 'nothing.html'),
      '<!doctype html><html><head></head><body><script>x()</script></body></html>',
    );
    const { articles, errors } = await collect([dir]);
    assert.deepEqual(
      articles.map((a) => a.id),
      ['cut', 'page'],
    );
    const page = articles[1]!;
    assert.equal(page.meta.kind, 'html');
    assert.equal(page.meta.published, '2024-02-03T10:00:00+03:00');
    assert.equal(page.meta.lang, 'ar');
    assert.ok(page.headline);
    assert.equal(page.text.slice(page.headline.start, page.headline.end), 'عنوان الصفحة');
    assert.equal(page.text.split('\n').length, 1 + page.body!.length);
    for (const span of page.body!) assert.ok(page.text.slice(span.start, span.end).includes('الخارجية'));
    assert.match(articles[0]!.warnings.join(), /truncated/);
    assert.deepEqual(
      errors.map((e) => [e.path.slice(dir.length + 1), e.reason]),
      [['nothing.html', 'no readable article in the HTML']],
    );
  });
});

test('gzip is sniffed by content; a truncated gzip is an error after what it held', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'a.txt.gz'), gzipSync(AR));
    await writeFile(join(dir, 'b.txt'), gzipSync(SGML_TWO)); // gzip whatever the name says
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ id: `l${i}`, text: `${AR} ${i}` }),
    ).join('\n');
    const gz = gzipSync(lines);
    await writeFile(join(dir, 'c.jsonl.gz'), gz.subarray(0, Math.floor(gz.length / 2)));
    await writeFile(join(dir, 'd.gz'), gzipSync(''));
    const { articles, errors } = await collect([dir]);
    assert.equal(articles.find((a) => a.id === 'a')!.text, AR);
    assert.ok(articles.some((a) => a.id === 'D-2'));
    const partial = articles.filter((a) => a.id.startsWith('l')).length;
    assert.ok(partial > 0 && partial < 3000, `read ${partial} lines before the cut`);
    assert.deepEqual(
      errors.map((e) => [e.path.slice(dir.length + 1), e.reason]),
      [
        ['c.jsonl.gz', 'truncated gzip data'],
        ['d.gz', 'empty gzip (no content inside)'],
      ],
    );
  });
});

test('tar and tar.gz: each regular member an input of its own; a bad member is reported and the rest read', async () => {
  await withTempDir(async (dir) => {
    const inner = await makeTar([{ name: 'deep/x.txt', content: 'نص داخلي' }]);
    const tar = await makeTar([
      { name: 'set/', type: 'directory' },
      { name: 'set/one.txt', content: AR },
      { name: 'set/empty.txt', content: '' },
      { name: 'set/bin.dat', content: Buffer.from([0, 1, 2, 3, 0, 0, 7]) },
      { name: 'set/link', type: 'symlink' },
      { name: 'set/._one.txt', content: 'resource fork' },
      { name: 'set/docs.sgml', content: SGML_TWO },
      { name: 'set/z.json.gz', content: gzipSync(JSON.stringify({ id: 'zz', text: 'ز' })) },
      { name: 'set/inner.tar', content: inner },
      { name: 'set/cut.txt.gz', content: gzipSync(AR.repeat(50)).subarray(0, 60) },
      { name: 'set/last.txt', content: 'آخر' },
    ]);
    await writeFile(join(dir, 'set.tar'), tar);
    await writeFile(join(dir, 'set.tgz'), gzipSync(tar));
    for (const name of ['set.tar', 'set.tgz']) {
      const archive = join(dir, name);
      const { articles, errors } = await collect([archive]);
      assert.deepEqual(
        articles.map((a) => [a.id, a.source.path]),
        [
          ['one', `${archive}!set/one.txt`],
          ['D-1', `${archive}!set/docs.sgml`],
          ['D-2', `${archive}!set/docs.sgml`],
          ['zz', `${archive}!set/z.json.gz`],
          ['x', `${archive}!set/inner.tar!deep/x.txt`],
          ['last', `${archive}!set/last.txt`],
        ],
      );
      assert.deepEqual(
        errors.map((e) => [e.path, e.reason]),
        [
          [`${archive}!set/empty.txt`, 'empty file'],
          [`${archive}!set/bin.dat`, 'binary file (contains NUL bytes)'],
          [`${archive}!set/cut.txt.gz`, 'truncated gzip data'],
        ],
      );
      // A reader that stops early releases the archive without waiting for the rest.
      for await (const item of readInputs([archive])) {
        assert.ok(item.ok);
        break;
      }
    }
    await writeFile(join(dir, 'dirs-only.tar'), await makeTar([{ name: 'a/', type: 'directory' }]));
    const { errors } = await collect([join(dir, 'dirs-only.tar')]);
    assert.deepEqual(
      errors.map((e) => e.reason),
      ['tar archive without regular files'],
    );
  });
});

test('a truncated or corrupt tar is one error for the archive, after the members before the damage', async () => {
  await withTempDir(async (dir) => {
    const members = Array.from({ length: 40 }, (_, i) => ({
      name: `m/${String(i).padStart(2, '0')}.txt`,
      content: `${AR} ${i} `.repeat(40),
    }));
    const tar = await makeTar(members);
    const cut = tar.subarray(0, Math.floor(tar.length / 2));
    await writeFile(join(dir, 'cut.tar'), cut);
    const tgz = gzipSync(tar);
    await writeFile(join(dir, 'cut.tar.gz'), tgz.subarray(0, Math.floor(tgz.length / 2)));
    const corrupt = Buffer.from(tar);
    const header = corrupt.indexOf('m/20.txt');
    corrupt.fill(0x41, header + 100, header + 300); // garbage over a later header: bad checksum
    await writeFile(join(dir, 'corrupt.tar'), corrupt);
    for (const [name, reason] of [
      ['cut.tar', /^corrupt or truncated tar/],
      ['cut.tar.gz', /^truncated gzip data$/],
      ['corrupt.tar', /^corrupt or truncated tar/],
    ] as const) {
      const { articles, errors } = await collect([join(dir, name)]);
      assert.ok(articles.length > 0 && articles.length < 40, `${name}: ${articles.length} members read`);
      assert.equal(errors.length, 1, `${name}: ${JSON.stringify(errors)}`);
      assert.equal(errors[0]!.path, join(dir, name));
      assert.match(errors[0]!.reason, reason);
    }
  });
});

test('streaming: the first articles of an endless input come out without reading it all', async () => {
  function endless(line: (i: number) => string): NodeJS.ReadableStream {
    return Readable.from(
      (function* () {
        for (let i = 0; ; i++) yield Buffer.from(line(i));
      })(),
      { objectMode: false },
    );
  }
  const sources: Array<[string, NodeJS.ReadableStream]> = [
    ['jsonl', endless((i) => JSON.stringify({ id: `e${i}`, text: AR }) + '\n')],
    ['sgml', endless((i) => `<DOC>\n<DOCNO>s${i}</DOCNO>\n<TEXT>\n${AR}\n</TEXT>\n</DOC>\n`)],
    ['gzip jsonl', endless((i) => JSON.stringify({ id: `g${i}`, text: AR }) + '\n').pipe(createGzip())],
  ];
  for (const [name, stdin] of sources) {
    const ids: string[] = [];
    for await (const item of readInputs(['-'], { stdin })) {
      assert.ok(item.ok, name);
      ids.push(item.article.id);
      if (ids.length === 5) break;
    }
    assert.equal(ids.length, 5, name);
  }
});

test('a 50 MB plain text file is one article; over the size limit it is an error', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'huge.txt');
    const line = `${AR}\n`;
    const out = createWriteStream(file);
    const block = line.repeat(1000);
    const target = 50 * 2 ** 20;
    let written = 0;
    while (written < target) {
      if (!out.write(block)) await once(out, 'drain');
      written += Buffer.byteLength(block);
    }
    out.end();
    await once(out, 'finish');
    let length = 0;
    for await (const item of readInputs([file])) {
      assert.ok(item.ok);
      length = item.article.text.length;
    }
    assert.equal(length, (written / Buffer.byteLength(block)) * block.length);
    const { errors } = await collect([file], { maxArticleBytes: 10 * 2 ** 20 });
    assert.match(errors[0]!.reason, /too large/);
  });
});
