import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../../src/io/html/extract.js';

const prose = (s: string): string => `<p>${s}</p>`;

const englishPage = `<!doctype html>
<html lang="en"><head>
<title>Ministers meet over border dispute - The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2019-11-19T10:30:00Z">
<link rel="canonical" href="https://example.com/news/border-talks">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav></header>
<main><article>
<h1>Ministers meet over border dispute</h1>
<div class="byline">By Jane Doe</div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
<div class="article-body">
${prose('The foreign ministers of the two countries met on Tuesday in Geneva to discuss the border dispute that has strained relations between them for most of the year, officials said.')}
${prose('According to a statement released after the meeting, both sides agreed to set up a joint commission that will report back within three months on the disputed crossings.')}
<figure><img src="x.jpg"><figcaption>The ministers shake hands in Geneva. (Photo: Reuters)</figcaption></figure>
${prose('Read more: Why the border talks matter for the region')}
<h2>Next steps</h2>
${prose('The commission is expected to hold its first session next month, and observers from the United Nations have been invited to attend, according to diplomats familiar with the plans.')}
${prose('“We are ready to talk,” one minister said.')}
</div>
<div class="related-articles"><h3>Related</h3><ul>
<li><a href="/a">Talks collapse after a long night of negotiations between the sides in the capital</a></li>
<li><a href="/b">Border crossing reopens to trucks after months of closure and protests by drivers</a></li>
</ul></div>
</article></main>
<footer><p>Copyright 2019 The Daily Example. All rights reserved.</p></footer>
</body></html>`;

test('English page: article paragraphs only, boilerplate dropped', () => {
  const r = extractHtml(englishPage);
  assert.deepEqual(r.paragraphs, [
    'The foreign ministers of the two countries met on Tuesday in Geneva to discuss the border dispute that has strained relations between them for most of the year, officials said.',
    'According to a statement released after the meeting, both sides agreed to set up a joint commission that will report back within three months on the disputed crossings.',
    'Next steps',
    'The commission is expected to hold its first session next month, and observers from the United Nations have been invited to attend, according to diplomats familiar with the plans.',
    '“We are ready to talk,” one minister said.',
  ]);
});

test('English page: metadata', () => {
  const r = extractHtml(englishPage);
  assert.equal(r.title, 'Ministers meet over border dispute');
  assert.equal(r.published, '2019-11-19T10:30:00Z');
  assert.equal(r.outlet, 'The Daily Example');
  assert.equal(r.lang, 'en');
  assert.equal(r.url, 'https://example.com/news/border-talks');
});

const arabicPage = `<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>الرئيس يلتقي وزير الخارجية لبحث الأزمة | الأخبار</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"الرئيس يلتقي وزير الخارجية لبحث الأزمة","datePublished":"2018-02-26T02:20:10+03:00","publisher":{"@type":"Organization","name":"الأخبار"}}</script>
</head><body>
<div id="menu"><a href="/">الرئيسية</a> <a href="/politics">سياسة</a> <a href="/economy">اقتصاد</a> <a href="/sport">رياضة</a></div>
<div class="post">
<h1>الرئيس يلتقي وزير الخارجية لبحث الأزمة</h1>
<span>شارك</span>
<p>التقى الرئيس اليوم الاثنين وزير الخارجية في القصر الرئاسي، وبحث معه آخر تطورات الأزمة في المنطقة والجهود المبذولة من أجل التوصل إلى حل سياسي، وفق بيان رسمي.</p>
<p>وقال البيان إن الجانبين أكدا على ضرورة تكثيف الاتصالات مع الدول المجاورة، وأن الحكومة ستواصل العمل مع الشركاء الدوليين من أجل وقف التصعيد في أقرب وقت ممكن.</p>
<p>اقرأ أيضا: وزير الخارجية يصل إلى العاصمة في زيارة رسمية</p>
<p>شارك الرئيس في وقت لاحق في اجتماع مجلس الوزراء الذي ناقش الموازنة العامة للدولة للعام المقبل، بحسب ما أفادت به وكالة الأنباء الرسمية.</p>
<p>تابعونا على تويتر</p>
</div>
<div class="footer">جميع الحقوق محفوظة © 2018</div>
</body></html>`;

test('Arabic page: paragraphs in order, Arabic boilerplate lines dropped', () => {
  const r = extractHtml(arabicPage);
  assert.equal(r.paragraphs.length, 3);
  assert.ok(r.paragraphs[0]!.startsWith('التقى الرئيس اليوم'));
  assert.ok(r.paragraphs[1]!.startsWith('وقال البيان'));
  // A sentence that starts with the verb شارك ("took part") is text, not a share button.
  assert.ok(r.paragraphs[2]!.startsWith('شارك الرئيس في وقت لاحق'));
  assert.ok(!r.paragraphs.some((p) => /اقرأ أيضا|تابعونا|جميع الحقوق/.test(p)));
});

test('Arabic page: metadata from JSON-LD and <title>', () => {
  const r = extractHtml(arabicPage);
  assert.equal(r.title, 'الرئيس يلتقي وزير الخارجية لبحث الأزمة');
  assert.equal(r.published, '2018-02-26T02:20:10+03:00');
  assert.equal(r.outlet, 'الأخبار');
  assert.equal(r.lang, 'ar');
  assert.equal(r.url, null);
});

test('an article split around an ad keeps both parts', () => {
  const part = (n: number): string =>
    `<div class="story-text">${prose(`Paragraph ${n} of the story tells what happened in the city on Monday, when thousands of people gathered in the main square.`)}${prose(`Witnesses said the crowd, which had grown through the afternoon, left peacefully after the speeches ended, part ${n}.`)}</div>`;
  const html = `<body><div class="wrap">${part(1)}<div class="ad-slot">Advertisement</div>${part(2)}</div><div class="sidebar"><a href="/x">Most read</a></div></body>`;
  const r = extractHtml(html);
  assert.equal(r.paragraphs.length, 4);
  assert.ok(r.paragraphs[3]!.endsWith('part 2.'));
});

test('a page whose content is a table keeps the table rows', () => {
  const rows = Array.from(
    { length: 12 },
    (_, i) => `<tr><td>${i + 1}</td><td>Driver Number ${i + 1}</td><td>${300 - i * 7} points</td></tr>`,
  ).join('');
  const html = `<body><ul class="nav"><li><a href="/">Home</a></li><li><a href="/r">Results</a></li></ul><div class="content"><h1>Standings</h1><table>${rows}</table></div></body>`;
  const r = extractHtml(html);
  assert.ok(r.paragraphs.some((p) => p.includes('Driver Number 12')));
  assert.ok(!r.paragraphs.some((p) => p.includes('Results')));
});

test('malformed and empty input give empty paragraphs, never an exception', () => {
  for (const html of [
    '',
    '<html',
    '<<>><p',
    '\u0000\u0001',
    '<div><a href="x>unterminated',
    '<body><script>x',
  ]) {
    const r = extractHtml(html);
    assert.deepEqual(r.paragraphs, [], JSON.stringify(html));
  }
});

test('truncated page still yields the text before the cut', () => {
  const text =
    'The council voted on Wednesday to approve the new budget, which raises spending on schools and hospitals by ten percent, the mayor said.';
  const r = extractHtml(
    `<html><body><div class="content"><p>${text}</p><p>${text.replace('council', 'senate')}</p><p>And then the page was cut off in the mid`,
  );
  assert.equal(r.paragraphs[0], text);
});
