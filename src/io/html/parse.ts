/**
 * A fast, tolerant HTML tree builder. It follows the browser's rules only where they change
 * which text ends up under which element (void elements, raw-text elements, implied end tags);
 * everything else is kept simple. It never throws: any input gives some tree.
 */
import { ElementNode, TextNode } from './dom.js';

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
  'basefont',
  'bgsound',
  'frame',
]);

/** Elements whose content is not markup; their text is never article text. */
const RAW_TEXT = new Set([
  'title',
  'script',
  'style',
  'textarea',
  'xmp',
  'noembed',
  'noframes',
  'iframe',
  'noscript',
  'template',
  'plaintext',
]);

/** Start tags that close an open <p> (HTML's "close a p element" list). */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
  'dd',
  'dt',
]);

/** Elements that bound the search for an element to close implicitly. */
const SCOPE = new Set([
  'html',
  'body',
  'table',
  'td',
  'th',
  'caption',
  'button',
  'object',
  'template',
  'marquee',
  'applet',
]);

/** For a start tag, the open elements it closes and where the search for them stops. */
const IMPLIED_END: Record<string, { closes: Set<string>; stop: Set<string> }> = {};
function impliedEnd(tags: string[], closes: string[], stop: string[]): void {
  for (const tag of tags) IMPLIED_END[tag] = { closes: new Set(closes), stop: new Set([...stop, ...SCOPE]) };
}
impliedEnd(['li'], ['li'], ['ul', 'ol', 'menu']);
impliedEnd(['dt', 'dd'], ['dt', 'dd'], ['dl']);
impliedEnd(['tr'], ['tr', 'td', 'th'], ['tbody', 'thead', 'tfoot']);
impliedEnd(['td', 'th'], ['td', 'th'], ['tr']);
impliedEnd(['tbody', 'thead', 'tfoot'], ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], []);
impliedEnd(['option'], ['option'], ['select', 'datalist']);
impliedEnd(['optgroup'], ['option', 'optgroup'], ['select']);

/** HTML elements that are never self-closing, whatever "/>" says. */
const NOT_SELF_CLOSING = new Set([
  'div',
  'span',
  'p',
  'a',
  'li',
  'ul',
  'ol',
  'section',
  'article',
  'td',
  'tr',
  'table',
]);

const MAX_DEPTH = 512;

const TAG_NAME = /[a-zA-Z][^\s/>]*/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|(\/?>)/y;
const rawTextEnds = new Map<string, RegExp>();

export interface ParsedDocument {
  /** A synthetic root holding the <html> element (or whatever the input's top level was). */
  root: ElementNode;
}

export function parseHtml(html: string): ParsedDocument {
  const root = new ElementNode('#root', {}, null);
  const stack: ElementNode[] = [root];
  let current = root;
  let pos = 0;
  const n = html.length;

  const appendText = (raw: string): void => {
    if (raw.length === 0) return;
    const last = current.children[current.children.length - 1];
    if (last && last.kind === 'text') last.raw += raw;
    else current.children.push(new TextNode(raw));
  };
  // How many elements of each tag are open: lets the searches below skip the stack walk
  // when the tag is not open at all, which keeps deep or tag-soup pages linear.
  const openCount = new Map<string, number>();
  const push = (el: ElementNode): void => {
    stack.push(el);
    openCount.set(el.tag, (openCount.get(el.tag) ?? 0) + 1);
    current = el;
  };
  const popTo = (index: number): void => {
    for (let i = stack.length - 1; i >= index; i--) {
      const tag = stack[i]!.tag;
      openCount.set(tag, openCount.get(tag)! - 1);
    }
    stack.length = index;
    current = stack[index - 1]!;
  };
  const isOpen = (tag: string): boolean => (openCount.get(tag) ?? 0) > 0;
  /** Index in the stack of the innermost open `tag` not beyond a `stop` element, or -1. */
  const findOpen = (tags: Set<string>, stop: Set<string>): number => {
    let any = false;
    for (const t of tags) any ||= isOpen(t);
    if (!any) return -1;
    for (let i = stack.length - 1; i > 0; i--) {
      const tag = stack[i]!.tag;
      if (tags.has(tag)) return i;
      if (stop.has(tag)) return -1;
    }
    return -1;
  };
  const P_ONLY = new Set(['p']);

  while (pos < n) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) {
      appendText(html.slice(pos));
      break;
    }
    if (lt > pos) appendText(html.slice(pos, lt));
    const next = html.charCodeAt(lt + 1);

    if (next === 33 /* ! */ || next === 63 /* ? */) {
      // Comment, doctype, CDATA or processing instruction: skipped.
      const isComment = html.startsWith('<!--', lt);
      const end = isComment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      pos = end < 0 ? n : end + (isComment ? 3 : 1);
      continue;
    }

    const isEnd = next === 47; /* / */
    TAG_NAME.lastIndex = lt + (isEnd ? 2 : 1);
    const nameMatch = TAG_NAME.exec(html);
    if (!nameMatch) {
      // "<" not starting a tag ("a < b", "</ >"): text, as browsers read it.
      appendText('<');
      pos = lt + 1;
      continue;
    }
    const tag = nameMatch[0].toLowerCase();
    const attrs: Record<string, string> = {};
    let p = TAG_NAME.lastIndex;
    let selfClosing = false;
    let closed = false;
    while (p < n) {
      const c = html.charCodeAt(p);
      if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12) {
        p++;
        continue;
      }
      ATTRIBUTE.lastIndex = p;
      const m = ATTRIBUTE.exec(html);
      if (!m) {
        p++; // a stray quote or "=": skipped
        continue;
      }
      p = ATTRIBUTE.lastIndex;
      if (m[5] !== undefined) {
        selfClosing = m[5] === '/>';
        closed = true;
        break;
      }
      const name = m[1]!.toLowerCase();
      if (!(name in attrs)) attrs[name] = m[2] ?? m[3] ?? m[4] ?? '';
    }
    pos = p;
    if (!closed) break; // truncated inside a tag: the rest is lost, as in a browser

    if (isEnd) {
      if (tag === 'p' || tag === 'br') {
        if (tag === 'br') current.children.push(new ElementNode('br', {}, current));
        const i = findOpen(P_ONLY, SCOPE);
        if (i > 0) popTo(i);
        continue;
      }
      if (tag === 'body' || tag === 'html') continue; // content after </body> still belongs to body
      if (!isOpen(tag)) continue; // a stray end tag
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i]!.tag === tag) {
          popTo(i);
          break;
        }
      }
      continue;
    }

    if (CLOSES_P.has(tag)) {
      const i = findOpen(P_ONLY, SCOPE);
      if (i > 0) popTo(i);
    }
    const implied = IMPLIED_END[tag];
    if (implied) {
      const i = findOpen(implied.closes, implied.stop);
      if (i > 0) popTo(i);
    }
    if ((tag === 'html' || tag === 'body') && isOpen(tag)) {
      continue; // a repeated <html>/<body> adds nothing
    }

    const el = new ElementNode(tag, attrs, current);
    current.children.push(el);
    if (RAW_TEXT.has(tag)) {
      let endRe = rawTextEnds.get(tag);
      if (!endRe) rawTextEnds.set(tag, (endRe = new RegExp(`</${tag}[\\s/>]`, 'ig')));
      endRe.lastIndex = pos;
      const m = endRe.exec(html);
      const end = m ? m.index : n;
      // Kept: the title, and JSON-LD, which carries the publication date and publisher.
      if (tag === 'title' || (tag === 'script' && /ld\+json/i.test(attrs['type'] ?? ''))) {
        el.children.push(new TextNode(html.slice(pos, end)));
      }
      if (!m) break;
      const close = html.indexOf('>', end);
      pos = close < 0 ? n : close + 1;
      continue;
    }
    if (VOID.has(tag) || (selfClosing && !NOT_SELF_CLOSING.has(tag))) continue;
    // Past MAX_DEPTH, elements stay empty and their content goes to the deepest open one,
    // as browsers cap nesting; every later walk over the tree can then recurse safely.
    if (stack.length >= MAX_DEPTH) continue;
    push(el);
  }
  return { root };
}
