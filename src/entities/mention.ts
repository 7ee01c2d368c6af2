/** A mention found in a region, before mentions are grouped into entities. */
import { normalize } from '../text/normalize.js';
import type { EntityType, Sector } from '../types.js';
import type { GazetteerEntry } from './gazetteer.js';

export interface Mention {
  start: number;
  end: number;
  type: EntityType;
  /** The gazetteer entries the surface names (more than one when ambiguous); [] when unknown. */
  entries: GazetteerEntry[];
  /** For a mention outside the gazetteer: its stable key, display name and English name. */
  key: string | null;
  name: string | null;
  en: string | null;
  /** Code and sector a title, nationality or institution gives (used when the entry has none). */
  code: string | null;
  sector: Sector | null;
  /** Token range in its region. */
  from: number;
  to: number;
}

export function entryMention(
  entries: GazetteerEntry[],
  start: number,
  end: number,
  from: number,
  to: number,
): Mention {
  return {
    start,
    end,
    type: entries[0]!.type,
    entries,
    key: null,
    name: null,
    en: null,
    code: null,
    sector: null,
    from,
    to,
  };
}

/** Unknown-name key: type prefix + the normalised surface, so it is stable across articles. */
export function unknownKey(type: string, surface: string): string {
  return `${type.toLowerCase()}:ar_${normalize(surface)
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_|_$/g, '')}`;
}

/**
 * A name outside the gazetteer: its surface in `text` is its display name and key; a title,
 * cue or source may give it a code and a sector.
 */
export function unknownMention(
  text: string,
  type: EntityType,
  at: { start: number; end: number; from: number; to: number },
  given: { code?: string | null; sector?: Sector | null } = {},
): Mention {
  const surface = text.slice(at.start, at.end);
  return {
    start: at.start,
    end: at.end,
    type,
    entries: [],
    key: unknownKey(type, surface),
    name: surface,
    en: null,
    code: given.code ?? null,
    sector: given.sector ?? null,
    from: at.from,
    to: at.to,
  };
}
