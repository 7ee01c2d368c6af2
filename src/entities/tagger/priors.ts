/**
 * Corpus priors: how a context-only tagger (features.ts, `contextOnly`) labels a word over a
 * large unlabelled corpus. A name seen in a hundred clear contexts ("قال الرئيس _", "في مدينة _")
 * carries that verdict into the one unclear sentence the tagger meets it in. Built by
 * scripts/ner-priors.ts; each word gets a few bucketed feature values.
 */

/** Normalised word → prior feature values, e.g. ['PER:hi', 'max=PER', 'n=6']. */
export type PriorMap = ReadonlyMap<string, readonly string[]>;

/** Per-word counts of the entity types the context-only tagger gave it. */
export class PriorCounter {
  private readonly counts = new Map<string, Map<string, number>>();

  /** Adds one sentence's tokens (normalised) with their predicted BIO tags. */
  add(tokens: readonly string[], tags: readonly string[]): void {
    tokens.forEach((word, i) => {
      let byType = this.counts.get(word);
      if (!byType) this.counts.set(word, (byType = new Map()));
      const type = tags[i] === 'O' ? 'O' : tags[i]!.slice(2);
      byType.set(type, (byType.get(type) ?? 0) + 1);
    });
  }

  /** The prior features of every word seen at least `minCount` times. */
  priors(minCount: number): Map<string, string[]> {
    const out = new Map<string, string[]>();
    const words = [...this.counts.keys()].sort();
    for (const word of words) {
      const byType = this.counts.get(word)!;
      let n = 0;
      for (const c of byType.values()) n += c;
      if (n < minCount) continue;
      out.set(word, priorFeatures(byType, n));
    }
    return out;
  }
}

function shareBucket(share: number): string | undefined {
  if (share >= 0.8) return 'top';
  if (share >= 0.5) return 'hi';
  if (share >= 0.2) return 'mid';
  if (share >= 0.05) return 'lo';
  return undefined;
}

/** Bucketed shares of each entity type, the dominant type, and the log-frequency. */
export function priorFeatures(byType: ReadonlyMap<string, number>, n: number): string[] {
  const features: string[] = [];
  let best = 'O';
  let bestShare = 0;
  for (const [type, count] of [...byType].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (type === 'O') continue;
    const share = count / n;
    const bucket = shareBucket(share);
    if (bucket) features.push(`${type}:${bucket}`);
    if (share > bestShare) {
      best = type;
      bestShare = share;
    }
  }
  features.push(`max=${bestShare >= 0.3 ? best : 'O'}`);
  features.push(`n=${Math.min(12, Math.floor(Math.log2(n)))}`);
  return features;
}
