import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../../src/io/html/parse.js';
import { ElementNode, elements, findFirst } from '../../src/io/html/dom.js';
import { decodeEntities } from '../../src/io/html/entities.js';
import { textOf } from '../../src/io/html/metadata.js';

const tags = (root: ElementNode): string[] => [...elements(root)].map((e) => e.tag);

test('builds a tree with attributes and lower-case tags', () => {
  const { root } = parseHtml(
    '<HTML lang="ar" dir=rtl><Body><DIV class="a b" id=\'x\'>text</DIV></body></html>',
  );
  const div = findFirst(root, 'div')!;
  assert.equal(div.attr('class'), 'a b');
  assert.equal(div.attr('id'), 'x');
  assert.equal(findFirst(root, 'html')!.attr('dir'), 'rtl');
  assert.equal(textOf(div), 'text');
});

test('a new <p> or block closes an open <p>; list items close each other', () => {
  const { root } = parseHtml('<body><p>one<p>two<div>three</div><ul><li>a<li>b</ul>');
  const body = findFirst(root, 'body')!;
  assert.deepEqual(
    body.children.map((c) => (c.kind === 'element' ? c.tag : 'text')),
    ['p', 'p', 'div', 'ul'],
  );
  assert.equal(findFirst(root, 'ul')!.children.length, 2);
});

test('script and style content is not parsed as markup', () => {
  const { root } = parseHtml(
    '<body><script>if (a < b) document.write("<p>no</p>")</script><p>yes</p></body>',
  );
  assert.deepEqual(
    tags(root).filter((t) => t === 'p'),
    ['p'],
  );
  assert.equal(textOf(findFirst(root, 'body')!).trim(), 'yes');
});

test('keeps JSON-LD script text, drops other scripts', () => {
  const { root } = parseHtml('<script type="application/ld+json">{"a":1}</script><script>var x</script>');
  const scripts = [...elements(root)].filter((e) => e.tag === 'script');
  assert.equal(scripts[0]!.children.length, 1);
  assert.equal(scripts[1]!.children.length, 0);
});

test('never throws on malformed or truncated input', () => {
  const samples = [
    '',
    '<',
    '</',
    '<<<>>>',
    '<div class="unclosed>text',
    '<p>a</div></span></p></p>b',
    '<!-- never closed',
    '<script>never closed',
    '<a href=x>one<b>two</a>three</b>',
    '<table><tr><td>1<td>2<tr><td>3</table>',
    '\u0000\uffff<p\u0000>x',
    '<p>' + '<div>'.repeat(5000) + 'deep',
  ];
  for (const html of samples) assert.doesNotThrow(() => parseHtml(html), html.slice(0, 30));
});

test('decodes named, decimal and hex references', () => {
  assert.equal(
    decodeEntities('a&amp;b &lt;x&gt; &#1575;&#x644; &nbsp;&eacute; &rsquo; &#151; &bogus;'),
    'a&b <x> ال \u00a0é ’ — &bogus;',
  );
});

test('nesting is capped, so deep pages stay linear and walks cannot overflow the stack', () => {
  const { root } = parseHtml('<div>'.repeat(100_000) + 'bottom');
  let depth = 0;
  for (
    let el = root;
    el.children.length && el.children[0]!.kind === 'element';
    el = el.children[0] as ElementNode
  )
    depth++;
  assert.ok(depth <= 512, `depth ${depth}`);
  assert.ok(textOf(root).includes('bottom'));
});
