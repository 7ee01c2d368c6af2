/**
 * In-document coreference by name: after the first pass, every person's later surname alone
 * ("كيربي" after "جون كيربي"), and every name found only by a pattern (a title, a place head)
 * repeated without it ("سعاد العلي" in the headline), is found again by a small trie of this
 * document's own names. Common nouns such as "الوزير" are never mentions.
 */
import { TokenTrie } from './matcher.js';
import type { Mention } from './mention.js';
import type { NameToken } from './tokens.js';

/** Ordinals close royal and papal names (عبد الله الثاني) but are no surname. */
const ORDINAL = /^ال(ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)$/;

/** The identity a document name points back to. */
export interface DocName {
  source: Mention;
}

export interface CorefRegion {
  toks: readonly NameToken[];
  taken: Uint8Array;
  mentions: Mention[];
}

/**
 * Adds the mentions of names already seen in the document (surnames, pattern-found names). A
 * surname that is also a given name in the gazetteer (أحمد, ولد الشيخ أحمد) is not used alone.
 */
export function resolveDocumentNames(
  regions: CorefRegion[],
  isCommon: (text: string) => boolean,
  givenNames: ReadonlySet<string>,
): void {
  const trie = new TokenTrie<DocName>();
  const seen = new Set<string>();
  const add = (keys: string[], m: Mention): void => {
    const id = keys.join(' ');
    if (seen.has(id)) return;
    seen.add(id);
    trie.addKeys(keys, { source: m });
  };
  for (const r of regions) {
    for (const m of r.mentions) {
      const toks = r.toks.slice(m.from, m.to);
      if (toks.length === 0) continue;
      const keys = toks.map((t) => t.key);
      // The first token may carry proclitics outside the span: key it from the span's start.
      if (m.start > toks[0]!.start) keys[0] = keys[0]!.slice(m.start - toks[0]!.start);
      if (m.entries.length === 0) add(keys, m);
      if (m.type === 'PER' && toks.length >= 2) {
        const last = toks[toks.length - 1]!;
        if (
          last.key.length >= 3 &&
          !isCommon(last.text) &&
          !givenNames.has(last.key) &&
          !ORDINAL.test(last.key)
        )
          add([last.key], m);
      }
    }
  }
  if (trie.size === 0) return;
  for (const r of regions) {
    for (const hit of trie.matchAll(r.toks, r.taken)) {
      const src = hit.payloads[0]!.source;
      for (let k = hit.from; k < hit.to; k++) r.taken[k] = 1;
      r.mentions.push({ ...src, start: hit.start, end: hit.end, from: hit.from, to: hit.to });
    }
  }
}
