/**
 * The entity stage: names of people, organisations and places in the headline and body, each
 * entity once with all its mentions, key, code and sector (CONTRACT.md `entities`).
 *
 *   regions → tokens → trie matches → titles/institutions/places (roles.ts)
 *           → spelling variants of unmatched words (variants.ts) → tagger names
 *           → document coreference (coref.ts) → linking and grouping (link.ts)
 */
import type { Entity, Span } from '../types.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { resolveDocumentNames, type CorefRegion } from './coref.js';
import { datelineMentions } from './dateline.js';
import { linkUnknownPerson, toEntities } from './link.js';
import { unknownMention, type Mention } from './mention.js';
import type { EntityResources } from './resources.js';
import { RegionAnalysis } from './roles.js';
import { nameTokens, offsetAfter, readings, type NameToken } from './tokens.js';
import { MIN_FUZZY_LENGTH } from './variants.js';

export { buildEntityResources, type EntityResources, type Tagger } from './resources.js';
export { loadEntityLexicon } from './lexicon.js';

export interface EntityContext {
  /** The article's date (ISO), for the office a person held then; null when unknown. */
  published: string | null;
  /** The tokens of each region (src/text/tokenize), when the caller has them: saves tokenising again. */
  tokens?: readonly (readonly Token[])[];
}

/** Entities of `text` found in `regions` (headline and body spans, never boilerplate). Pure. */
export function findEntities(
  text: string,
  regions: Span[],
  res: EntityResources,
  ctx: EntityContext,
): Entity[] {
  const done: CorefRegion[] = [];
  const variants: Mention[][] = [];
  const variantRegion: number[] = [];
  regions.forEach((region, r) => {
    const all = ctx.tokens?.[r] ?? tokenize(text, region.start, region.end);
    const toks = nameTokens(text, region, all);
    if (toks.length === 0) return;
    const matches = res.trie.matchAll(toks);
    const analysis = new RegionAnalysis(text, toks, matches, res);
    const mentions = analysis.run();
    const regionVariants: Mention[] = [];
    variants.push(regionVariants);
    const covered = new Uint8Array(toks.length);
    for (const m of matches) for (let k = m.from; k < m.to; k++) covered[k] = 1;
    for (const m of mentions) linkUnknownPerson(m, toks, res);
    regionVariants.push(...analysis.weak);
    findVariants(toks, covered, analysis.taken, regionVariants, res);
    for (const d of datelineMentions(text, region, mentions)) {
      // Token range of the dateline mention, so that coreference finds it again and skips it.
      d.from = toks.findIndex((t) => t.end > d.start);
      d.to = toks.findIndex((t) => t.start >= d.end);
      if (d.to < 0) d.to = toks.length;
      for (let k = d.from; k < d.to; k++) analysis.taken[k] = 1;
      mentions.push(d);
    }
    if (res.tagger) tagNames(text, all, toks, analysis.taken, covered, mentions, res);
    done.push({ toks, taken: analysis.taken, mentions });
    variantRegion.push(done.length - 1);
  });
  acceptVariants(done, variants, variantRegion);
  resolveDocumentNames(done, res.isCommon, res.givenNames);
  const all = done.flatMap((r) => r.mentions);
  all.sort((a, b) => a.start - b.start);
  return toEntities(all, text, res, ctx.published);
}

/**
 * Spelling variants and weak aliases are kept only for entries the article also names by a
 * strong alias: بلنكين beside بلينكن, السوداني beside محمد شياع السوداني. Alone, a word one vowel
 * away from a name, or a name that is also an adjective, is too often another word.
 */
function acceptVariants(regions: CorefRegion[], variants: Mention[][], regionOf: number[]): void {
  const named = new Set<string>();
  for (const r of regions) for (const m of r.mentions) for (const e of m.entries) named.add(e.id);
  variants.forEach((list, k) => {
    const r = regions[regionOf[k]!]!;
    for (const v of list) {
      const entries = v.entries.filter((e) => named.has(e.id));
      if (entries.length === 0 || r.taken.subarray(v.from, v.to).some((x) => x === 1)) continue;
      for (let i = v.from; i < v.to; i++) r.taken[i] = 1;
      r.mentions.push({ ...v, entries });
    }
  });
}

/** Words no pattern matched that are a spelling variant of a gazetteer name (بلنكين → بلينكن): candidates. */
function findVariants(
  toks: readonly NameToken[],
  covered: Uint8Array,
  taken: Uint8Array,
  out: Mention[],
  res: EntityResources,
): void {
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] || taken[i]) continue;
    const t = toks[i]!;
    // No reading of a key shorter than the fuzzy minimum can match: skip the costlier tests.
    if (t.kind !== 'word' || t.key.length < MIN_FUZZY_LENGTH || res.isCommon(t.text)) continue;
    for (const r of readings(t.key)) {
      const hits = res.fuzzy.lookup(r.stem);
      if (hits.length === 0) continue;
      out.push({
        start: offsetAfter(t, r.cut),
        end: t.end,
        type: hits[0]!.type,
        entries: hits,
        key: null,
        name: null,
        en: null,
        code: null,
        sector: null,
        from: i,
        to: i + 1,
      });
      break;
    }
  }
}

const TAG_TYPES = new Set(['PER', 'ORG', 'LOC']);

/** A word whose own spelling scores this far below O (runtime.ts `nameScore`) starts no name. */
const NAME_SCORE_FLOOR = -15;
/** Tokens tagged on each side of a candidate word: room for a name's other words and its context. */
const CANDIDATE_REACH = 3;

/**
 * The tagger's tags over `all`, computed only around candidate words: free (no pattern took them),
 * not ordinary, and name-like by their own spelling. Elsewhere every tag is O, which is what the
 * caller would make of them anyway: a tagged name needs one such word to be kept. Tagging only
 * those stretches keeps the cost to the few places the gazetteer leaves unexplained.
 */
function tagAroundCandidates(
  all: readonly Token[],
  toks: readonly NameToken[],
  taken: Uint8Array,
  covered: Uint8Array,
  res: EntityResources,
): string[] {
  const tagger = res.tagger!;
  const tags: string[] = new Array<string>(all.length).fill('O');
  const wanted = new Uint8Array(all.length);
  let any = false;
  let k = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    while (k < all.length && all[k]!.start < t.start) k++;
    if (taken[i] || covered[i] || t.kind === 'number' || res.isCommon(t.text)) continue;
    if (tagger.nameScore(t.text) < NAME_SCORE_FLOOR) continue;
    const from = Math.max(0, k - CANDIDATE_REACH);
    const to = Math.min(all.length, k + CANDIDATE_REACH + 1);
    wanted.fill(1, from, to);
    any = true;
  }
  if (!any) return tags;
  const starts: number[] = [];
  const stretches: string[][] = [];
  for (let a = 0; a < all.length;) {
    if (!wanted[a]) {
      a++;
      continue;
    }
    let b = a;
    while (b < all.length && wanted[b]) b++;
    starts.push(a);
    stretches.push(all.slice(a, b).map((t) => t.text));
    a = b;
  }
  // The stretches as the sentences of one text: what the tagger says of a name in one informs the others.
  tagger.tagDocument(stretches).forEach((stretch, k) => {
    for (let j = 0; j < stretch.length; j++) tags[starts[k]! + j] = stretch[j]!;
  });
  return tags;
}

/** Names the tagger finds where no pattern did: unknown entities with stable keys. */
function tagNames(
  text: string,
  all: readonly Token[],
  toks: readonly NameToken[],
  taken: Uint8Array,
  covered: Uint8Array,
  out: Mention[],
  res: EntityResources,
): void {
  // Map tokenizer tokens to name-token indexes by start offset.
  const indexAt = new Map<number, number>();
  toks.forEach((t, i) => indexAt.set(t.start, i));
  const tags = tagAroundCandidates(all, toks, taken, covered, res);
  let k = 0;
  while (k < all.length) {
    const tag = tags[k] ?? 'O';
    const type = tag.slice(2);
    if (!(tag.startsWith('B-') || tag.startsWith('I-')) || !TAG_TYPES.has(type)) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < all.length && tags[e] === `I-${type}`) e++;
    const from = indexAt.get(all[k]!.start);
    const last = indexAt.get(all[e - 1]!.start);
    k = e;
    if (from === undefined || last === undefined) continue;
    let free = true;
    let ordinary = true;
    for (let i = from; i <= last; i++) {
      if (taken[i] || covered[i]) free = false;
      if (!res.isCommon(toks[i]!.text)) ordinary = false;
    }
    // Words that are all ordinary (common nouns, function words) are not trusted as a name.
    if (!free || ordinary) continue;
    const first = toks[from]!;
    // Proclitics stay outside the span: read the first word without و/ب/ل… when the rest is long enough.
    // Proclitics stay outside the span where they are plain (و/ب/ل… before the article: بالعراق,
    // للحرس); a name may itself begin with those letters (كوستاريكا, وليد), and the scorer reads a
    // proclitic left inside as equal anyway.
    const r = readings(first.key).find((x) => x.cut > 0 && x.stem.startsWith('ال') && x.stem.length >= 4) ?? {
      cut: 0,
    };
    const start = offsetAfter(first, r.cut);
    const end = toks[last]!.end;
    if (end - start < 2) continue;
    for (let i = from; i <= last; i++) taken[i] = 1;
    out.push(unknownMention(text, type as Mention['type'], { start, end, from, to: last + 1 }));
  }
}
