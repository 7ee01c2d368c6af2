/**
 * Choosing the article container: the element whose blocks add up to the highest
 * distance-weighted value, widened to take in a lead kept apart, plus the other parts of a
 * body that the page splits around figures or ads.
 */
import { ElementNode } from './dom.js';
import type { ScoredBlock } from './scoring.js';

const PARAGRAPH_LIKE = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'td',
  'th',
  'pre',
  'blockquote',
  'figcaption',
  'caption',
]);
/**
 * Weight of a block's value for an ancestor `distance` levels above the block's element.
 * Prose counts fully for the element that holds the paragraphs, and less and less above: an
 * article's paragraphs are siblings, while the teaser texts of a list of related stories sit
 * each a few levels down in its own item.
 */
function ancestorWeight(distance: number): number {
  return distance <= 1 ? 1 : 1 / distance;
}

/** The element whose blocks add up to the highest weighted value; deeper wins ties. */
export function bestContainer(blocks: ScoredBlock[], root: ElementNode): ElementNode {
  const sums = new Map<ElementNode, number>();
  for (const b of blocks) {
    if (b.value === 0) continue;
    // A paragraph is never the container itself: its text is credited from its parent up.
    const start = PARAGRAPH_LIKE.has(b.owner.tag) ? b.owner.parent : b.owner;
    let distance = start === b.owner ? 0 : 1;
    for (let e: ElementNode | null = start; e; e = e.parent, distance++) {
      sums.set(e, (sums.get(e) ?? 0) + b.value * ancestorWeight(distance));
    }
  }
  let best = root;
  let bestSum = -Infinity;
  const depth = (e: ElementNode): number => {
    let d = 0;
    for (let p = e.parent; p; p = p.parent) d++;
    return d;
  };
  for (const [el, sum] of sums) {
    if (sum > bestSum || (sum === bestSum && depth(el) > depth(best))) {
      best = el;
      bestSum = sum;
    }
  }
  return best;
}

export interface Totals {
  /** Sum of the positive block values. */
  good: number;
  /** Sum of the magnitudes of the negative block values. */
  bad: number;
}

export function subtreeTotals(blocks: ScoredBlock[]): Map<ElementNode, Totals> {
  const totals = new Map<ElementNode, Totals>();
  for (const b of blocks) {
    for (let e: ElementNode | null = b.owner; e; e = e.parent) {
      let t = totals.get(e);
      if (!t) totals.set(e, (t = { good: 0, bad: 0 }));
      if (b.value > 0) t.good += b.value;
      else t.bad -= b.value;
    }
  }
  return totals;
}

const ZERO: Totals = { good: 0, bad: 0 };

/**
 * Widens the container to its parent while what the parent adds is mostly prose: the lead
 * paragraph in its own wrapper, or an article body cut in two around an image or an ad.
 */
export function widen(container: ElementNode, totals: Map<ElementNode, Totals>): ElementNode {
  let current = container;
  for (let step = 0; step < 4 && current.parent; step++) {
    const inner = totals.get(current) ?? ZERO;
    const outer = totals.get(current.parent) ?? ZERO;
    const addedGood = outer.good - inner.good;
    const addedBad = outer.bad - inner.bad;
    if (addedGood < 0.1 * inner.good || addedBad > 0.5 * addedGood) break;
    current = current.parent;
  }
  return current;
}

/** Tag and first class of an element and of its parent ("block-text block-text_first" → "block-text"). */
const firstClass = (el: ElementNode | null): string => (el?.attrs['class'] ?? '').trim().split(/\s+/)[0]!;
/** Grid and layout class names, shared by every box on the page: not a sign of the same kind. */
const LAYOUT_CLASS =
  /^(?:cell|col|column|row|grid|grid-x|container|wrapper|wrap|inner|box|item|clearfix|section|span\d*|(?:col|medium|large|small)-[\w-]+)$/;
/** Prose that a part of the article must hold: a paragraph, not a teaser line. */
const MIN_PART = 150;
/** Prose that a sibling of the container must hold to be taken in. */
const MIN_SIBLING = 100;
const signature = (el: ElementNode): string =>
  `${el.tag}.${firstClass(el)}<${el.parent?.tag ?? ''}.${firstClass(el.parent)}`;

/**
 * Other parts of the same article: elements built like the container (same tag and class,
 * same kind of parent) elsewhere on the page that hold mostly prose. Sites that interleave
 * the text with figures or ads repeat the body wrapper for each part.
 */
export function sameKindParts(
  container: ElementNode,
  root: ElementNode,
  totals: Map<ElementNode, Totals>,
): ElementNode[] {
  if (!firstClass(container) || LAYOUT_CLASS.test(firstClass(container))) return [container];
  const sig = signature(container);
  const parts: ElementNode[] = [];
  const visit = (el: ElementNode): void => {
    if (el === container) return void parts.push(el);
    const t = totals.get(el);
    if (!t) return; // no text below
    if (el.tag === container.tag && signature(el) === sig && t.good >= MIN_PART && t.bad <= 0.5 * t.good) {
      return void parts.push(el);
    }
    for (const c of el.children) if (c.kind === 'element') visit(c);
  };
  visit(root);
  return parts;
}

/**
 * Earlier siblings of the container that are clean prose: a standfirst or lead paragraph kept
 * in its own wrapper before the body. (What follows the body is more often a sign-up box.)
 */
export function leadSiblings(container: ElementNode, totals: Map<ElementNode, Totals>): ElementNode[] {
  const siblings = container.parent?.children ?? [];
  const out: ElementNode[] = [];
  for (const s of siblings) {
    if (s === container) break;
    if (s.kind !== 'element') continue;
    const t = totals.get(s);
    if (t && t.good >= MIN_SIBLING && t.bad <= 0.1 * t.good) out.push(s);
  }
  return out;
}
