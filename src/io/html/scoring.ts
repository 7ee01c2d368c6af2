/**
 * Block scoring: how much a block of text looks like the article's running prose (length,
 * link density, stop words, punctuation), and which blocks sit in page furniture.
 */
import { ElementNode } from './dom.js';
import type { Block } from './blocks.js';
import { FURNITURE, isBoilerplateHint, isBoilerplateLine, stopWordDensity } from './hints.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;
const ARABIC = /[\u0600-\u06ff]/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/g;
const CLAUSE_PUNCTUATION = /[.,;!?،؛؟。，、！？]/g;
export const HAS_WORD = /[\p{L}\p{N}]/u;
/** An element holding this share of the page's prose, in this many paragraphs, is never furniture. */
const MOST_OF_PAGE = 0.5;
const MIN_ARTICLE_PARAGRAPHS = 3;

export interface ScoredBlock extends Block {
  words: number;
  linkDensity: number;
  /** Likely running prose of the article. */
  good: boolean;
  /** Contribution to the value of the elements around it. */
  value: number;
  /** Inside page furniture: never emitted. */
  furniture: boolean;
}

/** Features and content value of one block. */
export function scoreBlock(block: Block): ScoredBlock {
  const words = block.text.match(WORD) ?? [];
  // Chinese and Japanese do not space words: count two characters as a word.
  const wordCount = Math.max(words.length, (block.text.match(CJK) ?? []).length / 2);
  const chars = block.text.length;
  const linkDensity = block.linkChars / chars;
  const stop = stopWordDensity(words);
  // Arabic attaches many function words to the next word, so its stop-word density is lower;
  // languages without a stop-word list are judged by their punctuation alone.
  const stopFloor = ARABIC.test(block.text) ? 0.12 : 0.2;
  const punctuation = (block.text.match(CLAUSE_PUNCTUATION) ?? []).length;
  const prose = wordCount >= 8 && (stop >= stopFloor || punctuation >= 2 || wordCount >= 25);
  const good = !block.heading && linkDensity < 0.5 && chars >= 80 && prose && !isBoilerplateLine(block.text);
  let value: number;
  // Link-rich prose still counts, less and less as its links take over.
  if (good || (prose && chars >= 80 && !block.heading)) value = chars * (1 - 2 * linkDensity);
  else if (linkDensity > 0.5) value = -chars;
  else if (prose && linkDensity < 0.3) value = 0.5 * chars;
  // Short plain lines (labels, dates, list items) weigh little either way.
  else value = -0.1 * Math.min(chars, 200);
  return { ...block, words: wordCount, linkDensity, good, value, furniture: false };
}

/**
 * Marks the blocks that sit in page furniture (aside, footer, share bars, related links,
 * comments...). A tag or class hint is overruled when the element holds the article (several
 * paragraphs, most of the page's prose): sites do wrap whole articles in a "sidebar-layout"
 * or a <form>.
 */
export function markFurniture(blocks: ScoredBlock[]): void {
  const prose = new Map<ElementNode, { chars: number; count: number }>();
  let total = 0;
  for (const b of blocks) {
    if (!b.good) continue;
    total += b.text.length;
    for (let e: ElementNode | null = b.owner; e; e = e.parent) {
      const p = prose.get(e);
      if (p) {
        p.chars += b.text.length;
        p.count++;
      } else prose.set(e, { chars: b.text.length, count: 1 });
    }
  }
  // Holding the article means several paragraphs and most of the prose; a lone long footer
  // note on a short news item does not qualify.
  const holdsArticle = (el: ElementNode): boolean => {
    const p = prose.get(el);
    return p !== undefined && p.count >= MIN_ARTICLE_PARAGRAPHS && p.chars >= MOST_OF_PAGE * total;
  };
  const verdict = new Map<ElementNode, boolean>();
  const isFurniture = (el: ElementNode): boolean => {
    let v = verdict.get(el);
    if (v === undefined) {
      v = (FURNITURE.has(el.tag) || isBoilerplateHint(el.hintText())) && !holdsArticle(el);
      verdict.set(el, v);
    }
    return v;
  };
  for (const b of blocks) {
    for (let e: ElementNode | null = b.owner; e; e = e.parent) {
      if (isFurniture(e)) {
        b.good = false;
        b.value = -b.text.length;
        b.furniture = true;
        break;
      }
    }
  }
}

/**
 * Pages whose main content is a table, a calendar or a list have no prose block at all; there
 * any text outside furniture and link lists counts, so that the densest such region wins.
 */
export function relaxForNonProse(blocks: ScoredBlock[]): void {
  for (const b of blocks) {
    if (b.furniture) continue;
    b.good = b.linkDensity < 0.3 && !b.heading && HAS_WORD.test(b.text) && !isBoilerplateLine(b.text);
    b.value = b.linkDensity <= 0.5 ? b.text.length * (1 - b.linkDensity) : -b.text.length;
  }
}
