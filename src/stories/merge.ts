/**
 * Cross-source events: the same event told by several articles of a story becomes one record that
 * lists every source and its evidence (GDELT's NumSources, without counting copies twice).
 */
import type { ArticleEvent, EventType } from '../types.js';

export interface SourcedEvent {
  articleId: string;
  outlet: string | null;
  /** The article this one copies (MinHash), or null: copies add evidence but not sources. */
  duplicateOf: string | null;
  event: ArticleEvent;
  /** The evidence sentence(s), as text. */
  evidence: string;
}

export interface MergedEvent {
  type: EventType;
  mode: string | null;
  actor: { code: string | null; sector: string | null; key: string | null };
  recipient: { code: string | null; sector: string | null; key: string | null };
  location: string | null;
  date: string | null;
  confidence: number;
  /** Independent sources: articles that are not copies of another source here. */
  numSources: number;
  sources: { articleId: string; outlet: string | null; evidence: string; duplicateOf: string | null }[];
}

/** Two values agree when equal or when either is unknown. */
const compatible = (a: string | null, b: string | null): boolean => a === null || b === null || a === b;

function fits(merged: MergedEvent, item: SourcedEvent): boolean {
  const e = item.event;
  return (
    merged.type === e.type &&
    compatible(merged.actor.code, e.actor?.code ?? null) &&
    compatible(merged.recipient.code, e.recipient?.code ?? null) &&
    compatible(merged.date, e.date) &&
    compatible(merged.location, e.location?.code ?? null)
  );
}

/** Fills unknown fields of the merged record from a source that knows them. */
function absorb(merged: MergedEvent, item: SourcedEvent): void {
  const e = item.event;
  merged.mode ??= e.mode;
  if (merged.actor.code === null && e.actor)
    merged.actor = { code: e.actor.code, sector: e.actor.sector ?? null, key: e.actor.key };
  if (merged.recipient.code === null && e.recipient) {
    merged.recipient = { code: e.recipient.code, sector: e.recipient.sector ?? null, key: e.recipient.key };
  }
  merged.location ??= e.location?.code ?? null;
  merged.date ??= e.date;
  merged.confidence = Math.max(merged.confidence, e.confidence);
  merged.sources.push({
    articleId: item.articleId,
    outlet: item.outlet,
    evidence: item.evidence,
    duplicateOf: item.duplicateOf,
  });
  merged.numSources =
    new Set(merged.sources.filter((s) => s.duplicateOf === null).map((s) => s.articleId)).size || 1;
}

/**
 * Merges the events of one story. Better-specified events go first so that a vague mention
 * ("الضربات") joins the precise record rather than opening its own.
 */
export function mergeStoryEvents(items: readonly SourcedEvent[]): MergedEvent[] {
  const specificity = (e: ArticleEvent) =>
    Number(!!e.actor?.code) + Number(!!e.recipient?.code) + Number(!!e.date);
  const ordered = items
    .filter((i) => !i.event.historical)
    .sort((a, b) => specificity(b.event) - specificity(a.event));
  const merged: MergedEvent[] = [];
  for (const item of ordered) {
    const target = merged.find((m) => fits(m, item));
    if (target) {
      absorb(target, item);
      continue;
    }
    const fresh: MergedEvent = {
      type: item.event.type,
      mode: null,
      actor: { code: null, sector: null, key: null },
      recipient: { code: null, sector: null, key: null },
      location: null,
      date: null,
      confidence: 0,
      numSources: 0,
      sources: [],
    };
    absorb(fresh, item);
    merged.push(fresh);
  }
  return merged.sort((a, b) => b.numSources - a.numSources || b.confidence - a.confidence);
}
