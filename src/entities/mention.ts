/** A mention found in a region, before mentions are grouped into entities. */
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
