/**
 * Cuts the page into text blocks: the runs of text between block-level boundaries, each with
 * the element that holds it and how much of it is link text.
 */
import { ElementNode } from './dom.js';
import { decodeEntities } from './entities.js';

/** Elements that start and end a block of text. */
const BLOCK_LEVEL = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
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
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
  'menu',
  'legend',
  'option',
  'title',
]);

const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export interface Block {
  /** Decoded text, whitespace collapsed, trimmed, non-empty. */
  text: string;
  /** Characters of `text` inside <a>. */
  linkChars: number;
  /** The nearest block-level element around the text. */
  owner: ElementNode;
  /** Whether the text sits in a heading. */
  heading: boolean;
}

/**
 * Collects the text blocks under `root`, in document order, skipping subtrees for which
 * `skip` returns true.
 */
export function collectBlocks(root: ElementNode, skip: (el: ElementNode) => boolean): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let linkParts = 0;
  let owner = root;

  const flush = (): void => {
    if (parts.length === 0) return;
    const joined = parts.join('');
    parts = [];
    // Zero-width spaces and BOMs are spacing too; ZWNJ is not (it spells Persian words).
    const text = joined.replace(/[\s\u200b\ufeff]+/g, ' ').trim();
    if (text.length > 0) {
      let heading = false;
      for (let e: ElementNode | null = owner; e && !heading; e = e.parent) heading = HEADING.has(e.tag);
      // Link text is counted before whitespace collapsing; cap so that density stays ≤ 1.
      blocks.push({ text, linkChars: Math.min(linkParts, text.length), owner, heading });
    }
    linkParts = 0;
  };

  const walk = (el: ElementNode, inLink: boolean): void => {
    for (const child of el.children) {
      if (child.kind === 'text') {
        const text = decodeEntities(child.raw);
        parts.push(text);
        if (inLink) linkParts += text.trim().length;
        continue;
      }
      if (skip(child)) continue;
      if (BLOCK_LEVEL.has(child.tag)) {
        flush();
        const outer = owner;
        owner = child;
        walk(child, inLink);
        flush();
        owner = outer;
      } else {
        // Inline elements: a space stands for the boundary where the markup implies one.
        if (child.tag === 'td' || child.tag === 'img') parts.push(' ');
        walk(child, inLink || child.tag === 'a');
      }
    }
  };
  walk(root, false);
  flush();
  return blocks;
}
