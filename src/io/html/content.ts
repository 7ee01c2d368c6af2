/**
 * Main-text selection: blocks (blocks.ts) are scored (scoring.ts), the article container is
 * chosen (container.ts), and its blocks are emitted minus the boilerplate inside it: link
 * lists, share/"read also"/credit lines, bylines and dates at its edges, closing calls to
 * subscribe or follow.
 */
import { ElementNode } from './dom.js';
import { collectBlocks } from './blocks.js';
import { NEVER_CONTENT, isBoilerplateLine, isCallToAction, isHidden } from './hints.js';
import { HAS_WORD, type ScoredBlock, markFurniture, relaxForNonProse, scoreBlock } from './scoring.js';
import { bestContainer, leadSiblings, sameKindParts, subtreeTotals, widen } from './container.js';

const LIST_OR_TABLE = new Set(['ul', 'ol', 'dl', 'table']);
const SENTENCE_END = /[.!?؟…:"”»')\]]$/u;

export type { ScoredBlock };

function isInside(el: ElementNode, containers: ElementNode[]): boolean {
  for (let e: ElementNode | null = el; e; e = e.parent) if (containers.includes(e)) return true;
  return false;
}

/** Short lines standing before the first or after the last prose block: bylines, dates, tags. */
function isEdgeNoise(b: ScoredBlock): boolean {
  return !b.good && !(b.words >= 8 && SENTENCE_END.test(b.text) && b.linkDensity < 0.3);
}

/**
 * The element a block stands in as a unit of the text flow: its own element, or for a list
 * item or table cell the whole list or table.
 */
function flowUnit(owner: ElementNode): ElementNode {
  for (let e: ElementNode | null = owner; e; e = e.parent) if (LIST_OR_TABLE.has(e.tag)) return e;
  return owner;
}

/**
 * Elements that hold the article's paragraphs directly. A list, table or short line that is
 * their child belongs to the text (a list of tour dates, a results table), wherever it stands.
 */
function proseParents(blocks: ScoredBlock[]): Set<ElementNode> {
  const parents = new Set<ElementNode>();
  for (const b of blocks)
    if (b.good && b.owner.parent && !LIST_OR_TABLE.has(flowUnit(b.owner).tag)) parents.add(b.owner.parent);
  return parents;
}

/**
 * An inline box of several links inside running text: the hover card some sites attach to
 * a name ("Kristi Noem" followed by her photo and three headlines). Shown on hover only.
 */
function isLinkCard(span: ElementNode): boolean {
  let links = 0;
  let linkChars = 0;
  let otherChars = 0;
  const walk = (el: ElementNode, inLink: boolean): void => {
    for (const c of el.children) {
      if (c.kind === 'text') {
        const n = c.raw.trim().length;
        if (inLink) linkChars += n;
        else otherChars += n;
      } else {
        if (c.tag === 'a') links++;
        walk(c, inLink || c.tag === 'a');
      }
    }
  };
  walk(span, false);
  return links >= 3 && linkChars > 9 * otherChars;
}

export interface PageAnalysis {
  blocks: ScoredBlock[];
  /** The elements that hold the article (usually one). */
  containers: ElementNode[];
}

/** Scores the page's blocks and picks the article container (exposed for tests and tuning). */
export function analyzePage(root: ElementNode): PageAnalysis | null {
  const skip = (el: ElementNode): boolean =>
    NEVER_CONTENT.has(el.tag) || isHidden(el.attrs) || (el.tag === 'span' && isLinkCard(el));
  const blocks = collectBlocks(root, skip).map(scoreBlock);
  if (blocks.length === 0) return null;
  markFurniture(blocks);
  if (!blocks.some((b) => b.good)) relaxForNonProse(blocks);
  const totals = subtreeTotals(blocks);
  const container = widen(bestContainer(blocks, root), totals);
  const parts = sameKindParts(container, root, totals);
  return {
    blocks,
    containers: [...parts, ...leadSiblings(container, totals).filter((s) => !parts.includes(s))],
  };
}

/** Chooses the article's paragraphs among the blocks of the page. */
export function selectParagraphs(root: ElementNode): string[] {
  const analysis = analyzePage(root);
  if (!analysis) return [];
  const { blocks, containers } = analysis;
  const inside = blocks.filter((b) => isInside(b.owner, containers));

  const firstGood = inside.findIndex((b) => b.good);
  if (firstGood < 0) return [];
  let lastGood = inside.length - 1;
  while (!inside[lastGood]!.good) lastGood--;

  const parents = proseParents(inside);
  const out: string[] = [];
  inside.forEach((b, i) => {
    if (b.furniture || b.linkDensity > 0.5 || !HAS_WORD.test(b.text) || isBoilerplateLine(b.text)) return;
    // Short lines before or after the text are bylines, dates, tags and credits, unless they
    // stand among the paragraphs (same parent): then they are part of the text, as are lists.
    const unitParent = flowUnit(b.owner).parent;
    const amongParagraphs = unitParent !== null && parents.has(unitParent);
    if ((i < firstGood || i > lastGood) && isEdgeNoise(b) && !amongParagraphs) return;
    // The <h1> is the title, reported apart; other headings count only when prose follows.
    if (b.owner.tag === 'h1' || (b.heading && i >= lastGood)) return;
    out.push(b.text);
  });
  while (out.length > 1 && isCallToAction(out[out.length - 1]!)) out.pop();
  return out;
}
