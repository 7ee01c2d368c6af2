/**
 * Linking: picks one entry for an ambiguous name, ties unknown names to gazetteer people where
 * the evidence is strong, and groups mentions into the record's entities with code and sector
 * (the gazetteer's at the article's date, else what the title or institution gave).
 */
import { normalize } from '../text/normalize.js';
import type { Entity, Span } from '../types.js';
import type { GazetteerEntry } from './gazetteer.js';
import type { Mention } from './mention.js';
import type { EntityResources } from './resources.js';
import type { NameToken } from './tokens.js';
import { skeleton } from './variants.js';

/**
 * Links an unknown person name to a gazetteer person when its last word is that person's surname
 * (exactly, or as a spelling variant) and its first word agrees with the person's given name, or
 * the name is one word; a code from the title must agree too. "لويد جيمس أوستن" → Lloyd Austin.
 */
export function linkUnknownPerson(m: Mention, toks: readonly NameToken[], res: EntityResources): void {
  if (m.type !== 'PER' || m.entries.length > 0) return;
  const words = toks.slice(m.from, m.to);
  if (words.length === 0) return;
  const last = words[words.length - 1]!.key;
  let cands = res.surnames.get(last) ?? res.fuzzy.lookup(last).filter((e) => e.type === 'PER');
  if (m.code) cands = cands.filter((e) => !e.code || e.code === m.code);
  if (words.length > 1) {
    const first = skeleton(words[0]!.key);
    cands = cands.filter((e) =>
      [e.ar, ...e.aliases].some((n) => n.includes(' ') && skeleton(normalize(n).split(' ')[0]!) === first),
    );
  }
  if (cands.length === 1) m.entries = cands;
}

/** The most frequent country code among unambiguous mentions: the article's home for tie-breaks. */
function dominantCode(mentions: Mention[]): string | null {
  const count = new Map<string, number>();
  for (const m of mentions) {
    const c = m.entries.length === 1 ? m.entries[0]!.code : m.code;
    if (c) count.set(c, (count.get(c) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of count) if (k > n) [best, n] = [c, k];
  return best;
}

/** Chooses among the entries an ambiguous surface names. */
function choose(m: Mention, text: string, res: EntityResources, home: string | null): GazetteerEntry {
  const rule = res.preferred.get(normalize(text.slice(m.start, m.end)));
  const byRule = rule ? m.entries.find((e) => e.id === rule) : undefined;
  if (byRule) return byRule;
  const want = m.code ?? home;
  return (want && m.entries.find((e) => e.code === want)) || m.entries[0]!;
}

/** Groups mentions into entities (one per key), mentions sorted and without duplicates. */
export function toEntities(
  mentions: Mention[],
  text: string,
  res: EntityResources,
  published: string | null,
): Entity[] {
  const home = dominantCode(mentions);
  mergeNameParts(mentions, text);
  const byKey = new Map<string, Entity>();
  const order: Entity[] = [];
  for (const m of mentions) {
    const entry =
      m.entries.length > 0 ? (m.entries.length === 1 ? m.entries[0]! : choose(m, text, res, home)) : null;
    const key = entry ? entry.id : m.key!;
    let ent = byKey.get(key);
    if (!ent) {
      ent = entry
        ? {
            key,
            type: entry.type,
            name: entry.ar,
            en: entry.en || null,
            code: res.codeAt(entry, published) ?? m.code,
            sector: res.sectorAt(entry, published) ?? m.sector,
            mentions: [],
          }
        : {
            key,
            type: m.type,
            name: m.name ?? text.slice(m.start, m.end),
            en: m.en,
            code: m.code,
            sector: m.sector,
            mentions: [],
          };
      byKey.set(key, ent);
      order.push(ent);
    } else {
      ent.code ??= m.code;
      ent.sector ??= m.sector;
    }
    ent.mentions.push({ start: m.start, end: m.end });
  }
  for (const e of order) e.mentions = uniqueSorted(e.mentions);
  return order;
}

function uniqueSorted(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return spans.filter((s, i) => i === 0 || s.start !== spans[i - 1]!.start || s.end !== spans[i - 1]!.end);
}

/**
 * One word of an unknown person's full name, met alone elsewhere in the article (a headline cut
 * at "فيكتوريا" before "فيكتوريا مارينوفا"), is the same person when it fits only one full name.
 */
function mergeNameParts(mentions: Mention[], text: string): void {
  const owners = new Map<string, Set<string>>();
  const full = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.type !== 'PER' || m.entries.length > 0 || !m.key) continue;
    const words = normalize(text.slice(m.start, m.end)).split(/\s+/);
    if (words.length < 2) continue;
    full.set(m.key, m);
    for (const w of [words[0]!, words[words.length - 1]!]) {
      const set = owners.get(w) ?? new Set<string>();
      set.add(m.key);
      owners.set(w, set);
    }
  }
  if (full.size === 0) return;
  for (const m of mentions) {
    if (m.type !== 'PER' || m.entries.length > 0 || !m.key || full.has(m.key)) continue;
    const set = owners.get(normalize(text.slice(m.start, m.end)));
    if (!set || set.size !== 1) continue;
    const owner = full.get([...set][0]!)!;
    m.key = owner.key;
    m.name = owner.name;
    m.code ??= owner.code;
    m.sector ??= owner.sector;
  }
}
