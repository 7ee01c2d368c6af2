/**
 * The small tree the extractor works on: elements with lower-case tag names and attributes,
 * and text nodes holding raw (still entity-encoded) text. Much lighter than a DOM.
 */

export class TextNode {
  readonly kind = 'text';
  constructor(public raw: string) {}
}

export class ElementNode {
  readonly kind = 'element';
  readonly children: Node[] = [];
  constructor(
    public readonly tag: string,
    public readonly attrs: Record<string, string>,
    public parent: ElementNode | null,
  ) {}

  attr(name: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.attrs, name) ? this.attrs[name]! : null;
  }

  /** The class and id joined, lower-cased: what boilerplate and content hints are read from. */
  hintText(): string {
    const cls = this.attrs['class'];
    const id = this.attrs['id'];
    if (cls === undefined && id === undefined) return '';
    return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
  }
}

export type Node = TextNode | ElementNode;

/** Depth-first pre-order walk over the elements under (and including) `root`. */
export function* elements(root: ElementNode): Generator<ElementNode> {
  const stack: ElementNode[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    yield el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i]!;
      if (child.kind === 'element') stack.push(child);
    }
  }
}

/** The first element with the given tag, in document order. */
export function findFirst(root: ElementNode, tag: string): ElementNode | null {
  for (const el of elements(root)) if (el.tag === tag) return el;
  return null;
}
