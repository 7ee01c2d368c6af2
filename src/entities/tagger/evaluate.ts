/** Exact-match chunk precision, recall and F1 (micro and per type), as the CoNLL scorer counts them. */
import { bioChunks } from './chunks.js';

export interface ChunkScore {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

export interface ChunkReport {
  micro: ChunkScore;
  byType: Record<string, ChunkScore>;
}

function score(tp: number, fp: number, fn: number): ChunkScore {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Scores predicted against gold tag sequences, sentence by sentence. */
export function scoreChunks(
  gold: readonly (readonly string[])[],
  pred: readonly (readonly string[])[],
): ChunkReport {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const countOf = (type: string) => {
    let c = counts.get(type);
    if (!c) counts.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  gold.forEach((goldTags, s) => {
    const key = (c: { start: number; end: number; type: string }) => `${c.start},${c.end},${c.type}`;
    const goldChunks = bioChunks(goldTags);
    const predChunks = bioChunks(pred[s] ?? []);
    const goldKeys = new Set(goldChunks.map(key));
    const predKeys = new Set(predChunks.map(key));
    for (const c of predChunks) countOf(c.type)[goldKeys.has(key(c)) ? 'tp' : 'fp']++;
    for (const c of goldChunks) if (!predKeys.has(key(c))) countOf(c.type).fn++;
  });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const byType: Record<string, ChunkScore> = {};
  for (const [type, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    byType[type] = score(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { micro: score(tp, fp, fn), byType };
}
