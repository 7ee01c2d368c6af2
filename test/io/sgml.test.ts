import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docStarts, endsWithDocClose, parseSgmlDoc, textToBody } from '../../src/io/sgml.js';

test('ANT style document: TITLE, TEXT, metadata; ABSTRACT and AUTHOR are not text', () => {
  const doc = parseSgmlDoc(`<DOC>
<DOCNO>AL-x-1-20180414</DOCNO>
<URL>http://example.org/a</URL>
<SRC>alarabia</SRC>
<TITLE> عنوان الخبر </TITLE>
<TIME>Sat, 14 Apr 2018 13:46:12 +0400</TIME>
<AUTHOR>الكاتب</AUTHOR>
<ABSTRACT>
ملخص
</ABSTRACT>
<TEXT>
السطر الأول.
السطر الثاني.
</TEXT>
</DOC>`);
  assert.deepEqual(doc, {
    id: 'AL-x-1-20180414',
    headline: 'عنوان الخبر',
    body: 'السطر الأول.\nالسطر الثاني.',
    hasText: true,
    published: 'Sat, 14 Apr 2018 13:46:12 +0400',
    outlet: 'alarabia',
    url: 'http://example.org/a',
    dateline: null,
  });
});

test('Gigaword style: id attribute, HEADLINE, DATELINE, <P> paragraphs, entities', () => {
  const doc = parseSgmlDoc(`<DOC id="AFP_ARB_20050101.0001" type="story" >
<HEADLINE>
مقتل 3 &amp; إصابة
</HEADLINE>
<DATELINE>
بغداد 1-1 (اف ب) -
</DATELINE>
<TEXT>
<P>
الفقرة الأولى &lt;مهمة&gt;
تكملة
</P>
<P>
الفقرة &#1575;&#x644;ثانية
</P>
</TEXT>
</DOC>`);
  assert.equal(doc.id, 'AFP_ARB_20050101.0001');
  assert.equal(doc.headline, 'مقتل 3 & إصابة');
  assert.equal(doc.dateline, 'بغداد 1-1 (اف ب) -');
  assert.equal(doc.body, 'الفقرة الأولى <مهمة>\nتكملة\nالفقرة الثانية');
  assert.equal(doc.published, null);
});

test('DATE_TIME and DATE give the published value; DOCNO wins over id=', () => {
  const doc = parseSgmlDoc(
    '<DOC id="attr"><DOCNO> no-1 </DOCNO><DATE_TIME> 2005-01-01T10:00 </DATE_TIME><TEXT>x</TEXT></DOC>',
  );
  assert.equal(doc.id, 'no-1');
  assert.equal(doc.published, '2005-01-01T10:00');
  assert.equal(parseSgmlDoc('<DOC><DATE>20050101</DATE><TEXT>x</TEXT></DOC>').published, '20050101');
});

test('empty TEXT and missing TEXT', () => {
  assert.deepEqual(
    [
      parseSgmlDoc('<DOC><TITLE>t</TITLE><TEXT>\n</TEXT></DOC>').body,
      parseSgmlDoc('<DOC><TITLE>t</TITLE><TEXT>\n</TEXT></DOC>').hasText,
    ],
    ['', true],
  );
  assert.equal(parseSgmlDoc('<DOC><TITLE>t</TITLE></DOC>').hasText, false);
});

test('textToBody keeps text without <P> as it is, trimmed', () => {
  assert.equal(textToBody('\n  a\n\nb  \n'), 'a\n\nb');
});

test('document boundaries', () => {
  assert.deepEqual(docStarts('x<DOC>\n<DOCNO>1</DOCNO></DOC>\n<DOC id="2">'), [1, 30]);
  assert.equal(endsWithDocClose('<DOC>x</DOC>\n'), true);
  assert.equal(endsWithDocClose('<DOC>x'), false);
});
