/**
 * A token trie compiled once from every pattern (gazetteer aliases, titles, nationality
 * adjectives, institution words): one walk per token position finds the longest pattern there,
 * so the cost per article is linear in its tokens whatever the gazetteer's size.
 */
import { tokenize } from '../text/tokenize.js';
import { mayHaveProclitic, nameKey, offsetAfter, readings, type NameToken } from './tokens.js';

interface TrieNode<P> {
  next: Map<string, TrieNode<P>>;
  payloads: P[] | null;
}

/** The token keys of a pattern string, as `nameTokens` would key them in a text. */
export function patternKeys(pattern: string): string[] {
  const keys: string[] = [];
  for (const t of tokenize(pattern)) {
    if (t.kind === 'word' || t.kind === 'latin' || t.kind === 'number') {
      if (t.text !== '_') keys.push(nameKey(t.norm));
    }
  }
  return keys;
}

export interface TrieMatch<P> {
  /** Token index of the first and one past the last token. */
  from: number;
  to: number;
  /** Offsets in the text: the start is after the proclitics of the first token. */
  start: number;
  end: number;
  payloads: P[];
}

export class TokenTrie<P> {
  private readonly root: TrieNode<P> = { next: new Map(), payloads: null };
  size = 0;

  /** Adds a pattern given as token keys; an empty pattern is ignored. */
  addKeys(keys: string[], payload: P): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), payloads: null };
        node.next.set(k, child);
      }
      node = child;
    }
    if (!node.payloads) node.payloads = [];
    if (!node.payloads.includes(payload)) {
      node.payloads.push(payload);
      this.size++;
    }
  }

  add(pattern: string, payload: P): void {
    this.addKeys(patternKeys(pattern), payload);
  }

  /**
   * The longest pattern starting at token `i` (its first token read with or without proclitics,
   * the others whole and joined to the one before), or null. With equal lengths the reading
   * with fewer proclitics wins: بلد is the town before it is ب + لد.
   */
  longestAt(tokens: readonly NameToken[], i: number, accept?: (p: P) => boolean): TrieMatch<P> | null {
    const first = tokens[i]!;
    // The whole key is always the first reading; only a key opening with a proclitic letter has
    // others, so most tokens cost one lookup and no allocation.
    let best = this.walk(tokens, i, first.key, 0, accept, null);
    if (mayHaveProclitic(first.key))
      for (const r of readings(first.key))
        if (r.cut > 0) best = this.walk(tokens, i, r.stem, r.cut, accept, best);
    return best;
  }

  /** Walks from token `i` read as `stem`; returns the longer of its match and `best` (`best` on a tie). */
  private walk(
    tokens: readonly NameToken[],
    i: number,
    stem: string,
    cut: number,
    accept: ((p: P) => boolean) | undefined,
    best: TrieMatch<P> | null,
  ): TrieMatch<P> | null {
    let node = this.root.next.get(stem);
    let j = i + 1;
    while (node) {
      if (node.payloads) {
        const ps = accept ? node.payloads.filter(accept) : node.payloads;
        if (ps.length > 0 && (!best || j > best.to)) {
          best = {
            from: i,
            to: j,
            start: offsetAfter(tokens[i]!, cut),
            end: tokens[j - 1]!.end,
            payloads: ps,
          };
        }
      }
      if (j >= tokens.length || !tokens[j]!.joinsPrev) break;
      node = node.next.get(tokens[j]!.key);
      j++;
    }
    return best;
  }

  /** Leftmost-longest matches over the tokens, skipping those `skip` marks as taken. */
  matchAll(tokens: readonly NameToken[], skip?: Uint8Array): TrieMatch<P>[] {
    const out: TrieMatch<P>[] = [];
    let i = 0;
    while (i < tokens.length) {
      if (skip && skip[i]) {
        i++;
        continue;
      }
      const m = this.longestAt(tokens, i);
      if (m && (!skip || !rangeTaken(skip, m.from, m.to))) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}

function rangeTaken(skip: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (skip[k]) return true;
  return false;
}
