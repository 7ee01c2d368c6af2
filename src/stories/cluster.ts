/**
 * Online story clustering (in the manner of Europe Media Monitor and Event Registry): each
 * article joins the most similar story within a time window — TF-IDF cosine over stems plus
 * entity overlap — or opens a new one. Near-duplicates (MinHash) join their original's story.
 */
import { createHash } from 'node:crypto';
import { bandKeys, similarity } from './minhash.js';

export interface ClusterArticle {
  id: string;
  contentHash: string;
  /** ISO date, or null (then no window applies). */
  published: string | null;
  terms: Map<string, number>;
  entityKeys: readonly string[];
  signature: Uint32Array | null;
}

export interface StoryAssignment {
  storyId: string;
  duplicateOf: string | null;
  /** The story's similarity score for the article (1 for a duplicate or a new story). */
  score: number;
}

export interface ClusterOptions {
  /** The combined similarity an article needs to join a story. */
  threshold: number;
  /** Days between an article and a story's last article for them to be compared. */
  windowDays: number;
  /** Estimated shingle Jaccard above which an article is a copy of an earlier one. */
  duplicateJaccard: number;
  /** The share of the score that comes from shared entities (the rest from shared terms). */
  entityWeight: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  threshold: 0.1,
  windowDays: 3,
  duplicateJaccard: 0.8,
  entityWeight: 0.25,
};

/** Terms kept per story: enough to describe it, bounded for memory over long runs. */
const STORY_TERMS = 150;
/** An article's heaviest terms: they find the candidate stories and carry the cosine's dot product. */
const QUERY_TERMS = 30;
/** A story's cached weighted vector is refreshed when the corpus has grown by this share since. */
const IDF_DRIFT = 0.1;

interface Story {
  id: string;
  /** TF-IDF weights and norm, cached: recomputed when the story grows or the IDF drifts. */
  cache: { weights: Map<string, number>; norm: number; documents: number } | null;
  terms: Map<string, number>;
  entities: Map<string, number>;
  size: number;
  lastDay: number | null;
  firstDay: number | null;
}

const DAY_MS = 86_400_000;

function dayNumber(iso: string | null): number | null {
  if (!iso) return null;
  const time = Date.parse(iso.slice(0, 10));
  return Number.isNaN(time) ? null : Math.floor(time / DAY_MS);
}

/**
 * Reports of one event mostly come out the same day; a related development a day or two later
 * (the airport shelled the day after the consulate burned) needs more evidence to join.
 */
function dayFactor(story: Story, day: number | null): number {
  if (day === null || story.lastDay === null || story.firstDay === null) return 1;
  const gap = day > story.lastDay ? day - story.lastDay : day < story.firstDay ? story.firstDay - day : 0;
  return gap === 0 ? 1 : gap === 1 ? 0.75 : 0.6;
}

export function storyIdFor(seedContentHash: string): string {
  return 'st_' + createHash('sha256').update(seedContentHash).digest('hex').slice(0, 12);
}

export class StoryClusterer {
  private readonly options: ClusterOptions;
  private readonly stories: Story[] = [];
  private readonly storyByTerm = new Map<string, Set<number>>();
  private readonly documentFrequency = new Map<string, number>();
  private documents = 0;
  private readonly byHash = new Map<string, { id: string; story: number }>();
  private readonly buckets = new Map<string, number[]>();
  private readonly signatures: { id: string; story: number; signature: Uint32Array }[] = [];

  constructor(options: Partial<ClusterOptions> = {}) {
    this.options = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  }

  private readonly storyIndex = new Map<string, number>();

  get storyCount(): number {
    return this.stories.length;
  }

  /** Replays an article whose story is already known (from a store), so later ones can join it. */
  restore(article: ClusterArticle, storyId: string): void {
    this.count(article);
    const index = this.storyIndex.get(storyId) ?? this.openStory(storyId);
    this.absorb(index, article);
    this.remember(article, index);
  }

  private openStory(id: string): number {
    const index = this.stories.push({ id, cache: null, terms: new Map(), entities: new Map(), size: 0, lastDay: null, firstDay: null }) - 1;
    this.storyIndex.set(id, index);
    return index;
  }

  add(article: ClusterArticle): StoryAssignment {
    const duplicate = this.findDuplicate(article);
    this.count(article);
    if (duplicate) {
      this.remember(article, duplicate.story);
      this.absorb(duplicate.story, article);
      return { storyId: this.stories[duplicate.story]!.id, duplicateOf: duplicate.id, score: 1 };
    }
    const best = this.bestStory(article);
    let storyIndex: number;
    let score = 1;
    if (best && best.score >= this.options.threshold) {
      storyIndex = best.index;
      score = best.score;
    } else {
      storyIndex = this.openStory(storyIdFor(article.contentHash));
    }
    this.absorb(storyIndex, article);
    this.remember(article, storyIndex);
    return { storyId: this.stories[storyIndex]!.id, duplicateOf: null, score };
  }

  private findDuplicate(article: ClusterArticle): { id: string; story: number } | null {
    const exact = this.byHash.get(article.contentHash);
    if (exact) return exact;
    if (!article.signature) return null;
    let best: { id: string; story: number; similarity: number } | null = null;
    for (const key of bandKeys(article.signature)) {
      for (const index of this.buckets.get(key) ?? []) {
        const other = this.signatures[index]!;
        const s = similarity(article.signature, other.signature);
        if (s >= this.options.duplicateJaccard && (!best || s > best.similarity)) best = { ...other, similarity: s };
      }
    }
    return best;
  }

  private remember(article: ClusterArticle, story: number): void {
    if (!this.byHash.has(article.contentHash)) this.byHash.set(article.contentHash, { id: article.id, story });
    if (!article.signature) return;
    const index = this.signatures.push({ id: article.id, story, signature: article.signature }) - 1;
    for (const key of bandKeys(article.signature)) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(index);
      else this.buckets.set(key, [index]);
    }
  }

  private count(article: ClusterArticle): void {
    this.documents++;
    for (const term of article.terms.keys()) {
      this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
  }

  private idf(term: string): number {
    return Math.log(1 + this.documents / (1 + (this.documentFrequency.get(term) ?? 0)));
  }

  private weighted(terms: Map<string, number>): Map<string, number> {
    const out = new Map<string, number>();
    for (const [term, tf] of terms) out.set(term, Math.log(1 + tf) * this.idf(term));
    return out;
  }

  private storyWeights(story: Story): { weights: Map<string, number>; norm: number } {
    const cache = story.cache;
    if (cache && this.documents <= cache.documents * (1 + IDF_DRIFT)) return cache;
    const weights = this.weighted(story.terms);
    let sum = 0;
    for (const weight of weights.values()) sum += weight * weight;
    story.cache = { weights, norm: Math.sqrt(sum), documents: this.documents };
    return story.cache;
  }

  private inWindow(story: Story, day: number | null): boolean {
    if (day === null || story.lastDay === null || story.firstDay === null) return true;
    const window = this.options.windowDays;
    return day <= story.lastDay + window && day >= story.firstDay - window;
  }

  private bestStory(article: ClusterArticle): { index: number; score: number } | null {
    const vector = this.weighted(article.terms);
    let sum = 0;
    for (const weight of vector.values()) sum += weight * weight;
    const norm = Math.sqrt(sum);
    if (norm === 0) return null;
    const query = [...vector.entries()].sort((a, b) => b[1] - a[1]).slice(0, QUERY_TERMS);
    const day = dayNumber(article.published);
    // Dot products accumulated through the term index: only stories sharing a heavy term are touched.
    const dots = new Map<number, number>();
    const outside = new Set<number>();
    for (const [term, weight] of query) {
      for (const index of this.storyByTerm.get(term) ?? []) {
        if (outside.has(index)) continue;
        const story = this.stories[index]!;
        if (!dots.has(index) && !this.inWindow(story, day)) {
          outside.add(index);
          continue;
        }
        const storyWeight = this.storyWeights(story).weights.get(term) ?? 0;
        dots.set(index, (dots.get(index) ?? 0) + weight * storyWeight);
      }
    }
    const keys = new Set(article.entityKeys);
    let best: { index: number; score: number } | null = null;
    for (const [index, dot] of dots) {
      const story = this.stories[index]!;
      const { norm: storyNorm } = this.storyWeights(story);
      const cosine = storyNorm ? dot / (norm * storyNorm) : 0;
      let shared = 0;
      for (const key of keys) if (story.entities.has(key)) shared++;
      const union = keys.size + story.entities.size - shared;
      const score =
        ((1 - this.options.entityWeight) * cosine + this.options.entityWeight * (union ? shared / union : 0)) *
        dayFactor(story, day);
      if (!best || score > best.score) best = { index, score };
    }
    return best;
  }

  private absorb(index: number, article: ClusterArticle): void {
    const story = this.stories[index]!;
    story.cache = null;
    for (const [term, tf] of article.terms) story.terms.set(term, (story.terms.get(term) ?? 0) + tf);
    if (story.terms.size > STORY_TERMS) {
      const kept = new Map([...story.terms.entries()].sort((a, b) => b[1] - a[1]).slice(0, STORY_TERMS));
      for (const term of story.terms.keys()) if (!kept.has(term)) this.storyByTerm.get(term)?.delete(index);
      story.terms = kept;
    }
    for (const term of story.terms.keys()) {
      let set = this.storyByTerm.get(term);
      if (!set) this.storyByTerm.set(term, (set = new Set()));
      set.add(index);
    }
    for (const key of article.entityKeys) story.entities.set(key, (story.entities.get(key) ?? 0) + 1);
    story.size++;
    const day = dayNumber(article.published);
    if (day !== null) {
      story.lastDay = story.lastDay === null ? day : Math.max(story.lastDay, day);
      story.firstDay = story.firstDay === null ? day : Math.min(story.firstDay, day);
    }
  }
}
