/**
 * Feature extraction for the NER tagger: every token becomes a list of string features drawn
 * from itself and a ±2 window. Arabic has no capital letters, so a name has to be recognised by
 * its form (affixes, clitics, shape) and by its company (titles before, verbs of saying, place
 * and organisation nouns): both are here. The tag of the previous token is not a feature: the
 * decoder scores tag transitions itself (see model.ts).
 */
import { normalize } from '../../text/normalize.js';
import { splitProclitics } from './clitics.js';
import type { CueLexicon } from './lexicon.js';
import type { ClusterMap } from './clusters.js';
import type { PriorMap } from './priors.js';
import { spanFeatures, spanLabels, wordListFeatures, type NameLists } from './names.js';

/** What the features need to know about one token, computed once per token. */
export interface TokenView {
  norm: string;
  stem: string;
  prefix: string;
  shape: string;
  cues: readonly string[];
  /** Word-class ids from coarse to fine, [] for a word the clusters do not know. */
  clusters: readonly string[];
  /** Corpus-level verdicts on the word (see priors.ts), [] when unknown. */
  priors: readonly string[];
  /** Per-word name-list features (names.ts), [] when the word is in no list. */
  lists: readonly string[];
}

export interface FeatureResources {
  cues: CueLexicon;
  clusters?: ClusterMap;
  priors?: PriorMap;
  /** Lists of known names (names.ts); without them no list features are made. */
  names?: NameLists;
}

const NO_CUES: readonly string[] = [];

/**
 * A coarse spelling shape: runs of Arabic letters A, Latin x (X when upper case), digits d, and
 * punctuation kept as itself, so 'CNN' → 'X', '2006' → 'd', 'د.' → 'A.'.
 */
export function wordShape(raw: string): string {
  let shape = '';
  let last = '';
  for (const ch of raw) {
    const code = ch.codePointAt(0)!;
    let cls: string;
    if ((code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3)) cls = 'A';
    else if (code >= 0x064b && code <= 0x065f)
      continue; // harakat do not change the shape
    else if (code >= 0x41 && code <= 0x5a) cls = 'X';
    else if (code >= 0x61 && code <= 0x7a) cls = 'x';
    else if ((code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669)) cls = 'd';
    else if (/\p{L}/u.test(ch)) cls = 'L';
    else cls = ch;
    if (cls !== last) shape += cls;
    last = cls;
  }
  return shape;
}

/** Length in letters, bucketed: names cluster in the middle lengths, particles at the short end. */
export function lengthBucket(len: number): string {
  if (len <= 4) return String(len);
  if (len <= 6) return '5-6';
  if (len <= 8) return '7-8';
  return '9+';
}

export function viewToken(raw: string, res: FeatureResources): TokenView {
  const norm = normalize(raw);
  const { prefix, stem } = splitProclitics(norm);
  return {
    norm,
    stem,
    prefix,
    shape: wordShape(raw),
    cues: res.cues.get(stem) ?? NO_CUES,
    clusters: res.clusters?.get(norm) ?? res.clusters?.get(stem) ?? NO_CUES,
    priors: res.priors?.get(norm) ?? res.priors?.get(stem) ?? NO_CUES,
    lists: wordListFeatures(res.names, stem),
  };
}

/** Stand-ins for the positions before the first and after the last token. */
export const BEFORE: TokenView = {
  norm: '<s>',
  stem: '<s>',
  prefix: '',
  shape: '<s>',
  cues: NO_CUES,
  clusters: ['<s>'],
  priors: NO_CUES,
  lists: NO_CUES,
};
export const AFTER: TokenView = {
  norm: '</s>',
  stem: '</s>',
  prefix: '',
  shape: '</s>',
  cues: NO_CUES,
  clusters: ['</s>'],
  priors: NO_CUES,
  lists: NO_CUES,
};

/**
 * Receives a token's features one by one as a template (`w-1=`) and a value (`كتائب`): the
 * feature is their concatenation. Training joins them into strings; the runtime (runtime.ts)
 * looks the value up in the template's own table, so it never builds the string.
 */
export type FeatureSink = (template: string, value: string) => void;

/** Offsets of the window a token's features look at. */
export const OFFSETS = [-2, -1, 0, 1, 2] as const;
export type Offset = (typeof OFFSETS)[number];

const MAX_AFFIX = 4;
/** Affix templates by kind ('' word, 's' stem) and length: `p3=`, `sx2=`… (built once). */
const AFFIX_TEMPLATES = Object.fromEntries(
  ['', 's'].map((name) => [
    name,
    Array.from({ length: MAX_AFFIX + 1 }, (_, k) => ({ prefix: `${name}p${k}=`, suffix: `${name}x${k}=` })),
  ]),
) as Record<'' | 's', { prefix: string; suffix: string }[]>;

function affixes(sink: FeatureSink, name: '' | 's', word: string, max: number): void {
  const len = word.length;
  const templates = AFFIX_TEMPLATES[name];
  for (let k = 1; k <= max && k < len; k++) {
    sink(templates[k]!.prefix, word.slice(0, k));
    sink(templates[k]!.suffix, word.slice(len - k));
  }
}

/** The templates of a neighbour's features, by side (`w-1=`, `c+2=`…), built once. */
function sideTemplates(side: string) {
  return {
    word: `w${side}=`,
    stem: `s${side}=`,
    end2: `x2${side}=`,
    cue: `c${side}=`,
    cluster: `k${side}=`,
    prior: `pr${side}=`,
    list: `nl${side}=`,
  };
}
const SIDES: Record<-2 | -1 | 1 | 2, ReturnType<typeof sideTemplates>> = {
  [-2]: sideTemplates('-2'),
  [-1]: sideTemplates('-1'),
  [1]: sideTemplates('+1'),
  [2]: sideTemplates('+2'),
};

/**
 * The features one token contributes when seen from `offset` positions away (0: the token
 * itself). They depend on that token alone, so a tagger can cache them per word; what joins
 * two tokens is in `joinFeatures`. With `contextOnly`, nothing about the token's own spelling
 * is used (offset 0 keeps only its clitic prefix and length): that model (scripts/ner-priors.ts)
 * judges a word by the company it keeps, so its verdicts over a large corpus say something
 * about the word that the labelled data cannot.
 */
export function emitTokenFeatures(
  t: TokenView,
  offset: Offset,
  sink: FeatureSink,
  contextOnly = false,
): void {
  if (offset === 0) {
    sink('b', '');
    sink('cp=', t.prefix);
    sink('len=', lengthBucket(t.stem.length));
    if (contextOnly) return;
    sink('w=', t.norm);
    sink('s=', t.stem);
    sink('sh=', t.shape);
    sink('cp|sx2=', `${t.prefix}|${t.stem.slice(-2)}`);
    affixes(sink, '', t.norm, 4);
    affixes(sink, 's', t.stem, 3);
    // Letter trigrams inside the stem: transliterated foreign names have their own letter habits.
    for (let k = 1; k + 3 < t.stem.length; k++) sink('g3=', t.stem.slice(k, k + 3));
    for (const c of t.cues) sink('c=', c);
    for (const k of t.clusters) sink('k=', k);
    for (const p of t.priors) sink('pr=', p);
    for (const l of t.lists) sink('nl=', l);
    return;
  }
  const side = SIDES[offset];
  sink(side.word, t.norm);
  if (offset === -2 || offset === 2) {
    for (const c of t.cues) sink(side.cue, c);
    return;
  }
  sink(side.stem, t.stem);
  sink(side.end2, t.norm.slice(-2));
  for (const c of t.cues) sink(side.cue, c);
  for (const k of t.clusters) sink(side.cluster, k);
  if (!contextOnly) {
    for (const p of t.priors) sink(side.prior, p);
    for (const l of t.lists) sink(side.list, l);
  }
}

/** `emitTokenFeatures` as strings. */
export function tokenFeatures(t: TokenView, offset: Offset, contextOnly = false): string[] {
  const f: string[] = [];
  emitTokenFeatures(t, offset, (template, value) => f.push(template + value), contextOnly);
  return f;
}

/** The window of token `i`, with sentence-boundary views beyond the ends. */
function windowAt(views: readonly TokenView[], i: number, offset: number): TokenView {
  const k = i + offset;
  return k < 0 ? BEFORE : k >= views.length ? AFTER : views[k]!;
}

/** Features that join tokens of the window (word bigrams, shape and class sequences). */
export function joinFeatures(views: readonly TokenView[], i: number, contextOnly = false): string[] {
  const t = views[i]!;
  const p1 = windowAt(views, i, -1);
  const p2 = windowAt(views, i, -2);
  const n1 = windowAt(views, i, 1);
  const n2 = windowAt(views, i, 2);
  const f = [`w-2|w-1=${p2.norm}|${p1.norm}`];
  if (contextOnly) return f;
  f.push(
    `w-1|w=${p1.norm}|${t.norm}`,
    `w|w+1=${t.norm}|${n1.norm}`,
    `w+1|w+2=${n1.norm}|${n2.norm}`,
    `sh-1|sh|sh+1=${p1.shape}|${t.shape}|${n1.shape}`,
    `k|k+1=${t.clusters[1] ?? '?'}|${n1.clusters[1] ?? '?'}`,
    `k-1|k=${p1.clusters[1] ?? '?'}|${t.clusters[1] ?? '?'}`,
  );
  return f;
}

/**
 * The name-list span labels of a sentence (names.ts `spanLabels`) over its clitic-stripped
 * words; all empty without lists.
 */
export function sentenceSpanLabels(views: readonly TokenView[], res: FeatureResources): string[][] {
  return spanLabels(
    res.names,
    views.map((v) => v.stem),
  );
}

/**
 * All features of token `i` given the views of the whole sentence (and its name-list span
 * labels, when there are lists).
 */
export function featuresAt(
  views: readonly TokenView[],
  i: number,
  contextOnly = false,
  labels?: readonly (readonly string[])[],
): string[] {
  const f: string[] = [];
  for (const offset of OFFSETS) f.push(...tokenFeatures(windowAt(views, i, offset), offset, contextOnly));
  f.push(...joinFeatures(views, i, contextOnly));
  if (labels && !contextOnly) f.push(...spanFeatures(labels, i));
  return f;
}

/** The feature lists of a whole sentence. */
export function sentenceFeatures(
  tokens: readonly string[],
  res: FeatureResources,
  contextOnly = false,
): string[][] {
  const views = tokens.map((tok) => viewToken(tok, res));
  const labels = res.names && !contextOnly ? sentenceSpanLabels(views, res) : undefined;
  return views.map((_, i) => featuresAt(views, i, contextOnly, labels));
}
