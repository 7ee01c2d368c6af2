/**
 * Document frequencies with a background prior. A batch of a few dozen articles says little about
 * which words are common: "العراق" in 10 of 17 articles looks almost as telling as "القنصلية" in 4.
 * So the counts start from BACKGROUND_DOCUMENTS pseudo-articles in which the hand-made list of
 * common news words (and, less, places and event signatures) already occur; as the real batch
 * grows, its own counts take over. The prior is a small hand-written list, not corpus statistics.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';
import { storyStem } from './terms.js';

/** Pseudo-articles of the prior: enough to steady a small batch, few next to a day's news. */
export const BACKGROUND_DOCUMENTS = 40;
/** The share of background articles that contain a listed common news word. */
const COMMON_WORD_SHARE = 0.3;
/** Places and event signatures recur across unrelated stories of a region. */
const PLACE_SHARE = 0.1;
const SIGNATURE_SHARE = 0.1;

let commonStems: Set<string> | undefined;

export function loadCommonStems(): Set<string> {
  commonStems ??= new Set(
    readFileSync(dataPath('stories', 'common-news-words.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .flatMap((line) => line.split(/\s+/))
      .filter(Boolean)
      .map(storyStem),
  );
  return commonStems;
}

/** The prior share of articles that contain a term or key (entity keys and signatures have a prefix). */
export function backgroundShare(term: string): number {
  if (term.startsWith('loc:')) return PLACE_SHARE;
  if (term.startsWith('ev:')) return SIGNATURE_SHARE;
  return loadCommonStems().has(term) ? COMMON_WORD_SHARE : 0;
}

export class DocumentFrequencies {
  /** Per term: its count in the batch plus its background pseudo-count. */
  private readonly counts = new Map<string, number>();
  documents = 0;

  /** Counts the terms of one more article (`newDocument` false: more terms of the same article). */
  add(terms: Iterable<string>, newDocument = true): void {
    if (newDocument) this.documents++;
    for (const term of terms) this.counts.set(term, this.frequency(term) + 1);
  }

  private frequency(term: string): number {
    return this.counts.get(term) ?? BACKGROUND_DOCUMENTS * backgroundShare(term);
  }

  idf(term: string): number {
    return Math.log(1 + (this.documents + BACKGROUND_DOCUMENTS) / (1 + this.frequency(term)));
  }
}

/**
 * The same counts over interned term ids (StoryClusterer): a typed array read instead of a Map
 * lookup for each of the thousands of IDF weights an article's comparisons need.
 */
export class TermFrequencies {
  /** Per term id: its count in the batch plus its background pseudo-count. */
  private counts = new Float64Array(1024);
  documents = 0;
  /**
   * Per term id: its IDF as last computed and the `version` it holds for. The counts change only
   * in `add`, and an article's comparisons ask for the same IDFs hundreds of times in between.
   */
  private idfs = new Float64Array(1024);
  private idfVersion = new Int32Array(1024);
  private version = 1;

  /** A new term id: its count starts at its background pseudo-count. */
  register(id: number, term: string): void {
    if (id >= this.counts.length) {
      const length = Math.max(id + 1, this.counts.length * 2);
      const grown = new Float64Array(length);
      grown.set(this.counts);
      this.counts = grown;
      const idfs = new Float64Array(length);
      idfs.set(this.idfs);
      this.idfs = idfs;
      const idfVersion = new Int32Array(length);
      idfVersion.set(this.idfVersion);
      this.idfVersion = idfVersion;
    }
    this.counts[id] = BACKGROUND_DOCUMENTS * backgroundShare(term);
  }

  /** Counts the terms of one more article (`newDocument` false: more terms of the same article). */
  add(ids: Iterable<number>, newDocument = true): void {
    if (newDocument) this.documents++;
    for (const id of ids) this.counts[id]! += 1;
    this.version++;
  }

  idf(id: number): number {
    if (this.idfVersion[id] === this.version) return this.idfs[id]!;
    const idf = Math.log(1 + (this.documents + BACKGROUND_DOCUMENTS) / (1 + this.counts[id]!));
    this.idfs[id] = idf;
    this.idfVersion[id] = this.version;
    return idf;
  }
}
