/** The reporting-cue lexicon (data/quotes/cues.tsv), loaded once. */
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';

export type CueKind = 'verb' | 'source';

let cached: Map<string, CueKind> | undefined;

export function parseCues(tsv: string): Map<string, CueKind> {
  const cues = new Map<string, CueKind>();
  for (const line of tsv.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [form, kind] = line.split('\t');
    if (form && (kind === 'verb' || kind === 'source')) cues.set(form.trim(), kind);
  }
  return cues;
}

export function loadCues(): Map<string, CueKind> {
  cached ??= parseCues(readFileSync(dataPath('quotes', 'cues.tsv'), 'utf8'));
  return cached;
}

/** The cue a token is, with a conjunction و/ف glued in front allowed (وقال، فأضاف). */
export function cueOf(norm: string, cues: Map<string, CueKind>): CueKind | undefined {
  const direct = cues.get(norm);
  if (direct) return direct;
  if (norm.length > 3 && (norm[0] === 'و' || norm[0] === 'ف')) return cues.get(norm.slice(1));
  return undefined;
}

const byWordCache = new WeakMap<Map<string, CueKind>, Map<string, CueKind>>();

/**
 * cueOf as one lookup: every cue, and every cue with و/ف glued in front, mapped to its kind
 * (built once per cue map). Quotes ask this of every word, and cueOf makes a string for each
 * word that begins with و or ف.
 */
export function cuesByWord(cues: Map<string, CueKind>): Map<string, CueKind> {
  let byWord = byWordCache.get(cues);
  if (!byWord) {
    byWord = new Map(cues);
    for (const form of cues.keys())
      for (const conjunction of ['و', 'ف']) {
        const glued = conjunction + form;
        if (glued.length > 3 && !byWord.has(glued)) byWord.set(glued, cues.get(form)!);
      }
    byWordCache.set(cues, byWord);
  }
  return byWord;
}
