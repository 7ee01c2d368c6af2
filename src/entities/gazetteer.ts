/**
 * The gazetteer of political actors: countries, places, people and organisations, read from
 * the TSV files of data/gazetteer (see data/gazetteer/SOURCES.md for the format).
 *
 * Entry files are every `*.tsv` in the folder whose header is
 * `id type ar aliases en code sector office from to`; beside them:
 * - nationalities.tsv `code adjectives`: nationality adjectives (not mentions; they set codes),
 * - metonyms.tsv `ar code sector id`: place names used for a government (واشنطن → USA GOV),
 * - offices.tsv `id office code sector from to`: office history of people,
 * - ambiguous.tsv `alias preferred why`: names claimed by several entries and which one wins.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType, Sector } from '../types.js';
import { dataPath } from '../paths.js';
import { normalize } from '../text/normalize.js';

export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC'];
export const SECTORS: readonly Sector[] = [
  'GOV',
  'MIL',
  'COP',
  'JUD',
  'LEG',
  'REB',
  'OPP',
  'CVL',
  'MED',
  'BUS',
  'REL',
];
/** Codes allowed beside ISO 3166-1 alpha-3. */
export const NON_STATE_CODES: readonly string[] = ['IGO', 'IMG', 'NGO', 'MNC'];

export const ENTRY_HEADER = [
  'id',
  'type',
  'ar',
  'aliases',
  'en',
  'code',
  'sector',
  'office',
  'from',
  'to',
] as const;

export interface GazetteerEntry {
  id: string;
  type: EntityType;
  /** Canonical Arabic name. */
  ar: string;
  /** Arabic (and Latin) variants, without the canonical name. */
  aliases: string[];
  en: string;
  /** ISO 3166-1 alpha-3, or IGO | IMG | NGO | MNC; null if none. */
  code: string | null;
  /** The current or most characteristic sector. */
  sector: Sector | null;
  /** The office of the main row (e.g. prime_minister), with its span; see also `offices`. */
  office: string | null;
  from: string | null;
  to: string | null;
  /** The file the entry came from (base name), e.g. people.tsv. */
  file: string;
}

export interface OfficeSpan {
  id: string;
  office: string;
  code: string | null;
  sector: Sector | null;
  /** ISO date, year-month or year; null = open. */
  from: string | null;
  to: string | null;
}

export interface Metonym {
  ar: string;
  code: string;
  sector: Sector | null;
  /** The place entry the name belongs to, if any. */
  id: string | null;
}

export interface AmbiguityRule {
  alias: string;
  preferred: string;
  why: string;
}

export interface Gazetteer {
  dir: string;
  entries: GazetteerEntry[];
  byId: Map<string, GazetteerEntry>;
  /** normalize(adjective) → country code. */
  nationalities: Map<string, string>;
  /** normalize(name) → metonym. */
  metonyms: Map<string, Metonym>;
  /** id → office spans (offices.tsv plus the main row's office), sorted by start. */
  offices: Map<string, OfficeSpan[]>;
  /** normalize(alias) → rule. */
  ambiguous: Map<string, AmbiguityRule>;
  /** The office span held by `id` at `isoDate` (YYYY-MM-DD), the latest-started if several; else null. */
  officeAt(id: string, isoDate: string): OfficeSpan | null;
  /** The sector of `id` at `isoDate`: the office span's, else the entry's. */
  sectorAt(id: string, isoDate: string | null): Sector | null;
}

/** The canonical name and all aliases of an entry. */
export function entryNames(e: GazetteerEntry): string[] {
  return [e.ar, ...e.aliases];
}

/** The lower bound of a partial ISO date (2020 → 2020-01-01). */
export function dateLow(d: string): string {
  if (d.length === 4) return d + '-01-01';
  if (d.length === 7) return d + '-01';
  return d;
}

/** The upper bound of a partial ISO date (2020 → 2020-12-31), inclusive. */
export function dateHigh(d: string): string {
  if (d.length === 4) return d + '-12-31';
  if (d.length === 7) return d + '-31';
  return d;
}

/** Whether `isoDate` falls inside [from, to], both inclusive, null = open. */
export function inSpan(isoDate: string, from: string | null, to: string | null): boolean {
  if (from && isoDate < dateLow(from)) return false;
  if (to && isoDate > dateHigh(to)) return false;
  return true;
}

/** data/gazetteer of the package: found by walking up from this module to package.json. */
export function defaultGazetteerDir(): string {
  return dataPath('gazetteer');
}

function readRows(path: string): { header: string[]; rows: string[][] } {
  let text = readFileSync(path, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  const rows: string[][] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '' || line.startsWith('#')) continue;
    rows.push(line.split('\t'));
  }
  return { header, rows };
}

const opt = (s: string | undefined): string | null => {
  const t = (s ?? '').trim();
  return t === '' ? null : t;
};

function asSector(s: string | undefined, where: string): Sector | null {
  const t = opt(s);
  if (t === null) return null;
  if (!(SECTORS as readonly string[]).includes(t)) throw new Error(`rasd: ${where}: bad sector ${t}`);
  return t as Sector;
}

function asType(s: string | undefined, where: string): EntityType {
  const t = (s ?? '').trim();
  if (!(ENTITY_TYPES as readonly string[]).includes(t)) throw new Error(`rasd: ${where}: bad type ${t}`);
  return t as EntityType;
}

const SIDE_FILES = new Set([
  'nationalities.tsv',
  'metonyms.tsv',
  'offices.tsv',
  'ambiguous.tsv',
  'iso3166.tsv',
]);

const cache = new Map<string, Gazetteer>();

/** Loads (once per folder) the gazetteer of `dir`, by default the package's data/gazetteer. */
export function loadGazetteer(dir?: string): Gazetteer {
  const root = dir ?? defaultGazetteerDir();
  const hit = cache.get(root);
  if (hit) return hit;

  const entries: GazetteerEntry[] = [];
  const byId = new Map<string, GazetteerEntry>();
  const files = readdirSync(root)
    .filter((f) => f.endsWith('.tsv') && !SIDE_FILES.has(f))
    .sort();
  for (const file of files) {
    const { header, rows } = readRows(join(root, file));
    if (header[0] !== 'id' || header[1] !== 'type') continue;
    rows.forEach((r, i) => {
      const where = `${file}:${i + 2}`;
      const id = (r[0] ?? '').trim();
      const e: GazetteerEntry = {
        id,
        type: asType(r[1], where),
        ar: (r[2] ?? '').trim(),
        aliases: (r[3] ?? '')
          .split('|')
          .map((a) => a.trim())
          .filter((a) => a !== ''),
        en: (r[4] ?? '').trim(),
        code: opt(r[5]),
        sector: asSector(r[6], where),
        office: opt(r[7]),
        from: opt(r[8]),
        to: opt(r[9]),
        file,
      };
      if (byId.has(id)) throw new Error(`rasd: ${where}: duplicate id ${id}`);
      byId.set(id, e);
      entries.push(e);
    });
  }

  const nationalities = new Map<string, string>();
  const natPath = join(root, 'nationalities.tsv');
  if (existsSync(natPath)) {
    for (const r of readRows(natPath).rows) {
      const code = (r[0] ?? '').trim();
      for (const a of (r[1] ?? '').split('|')) {
        const t = a.trim();
        if (t) nationalities.set(normalize(t), code);
      }
    }
  }

  const metonyms = new Map<string, Metonym>();
  const metPath = join(root, 'metonyms.tsv');
  if (existsSync(metPath)) {
    readRows(metPath).rows.forEach((r, i) => {
      const ar = (r[0] ?? '').trim();
      if (!ar) return;
      metonyms.set(normalize(ar), {
        ar,
        code: (r[1] ?? '').trim(),
        sector: asSector(r[2], `metonyms.tsv:${i + 2}`),
        id: opt(r[3]),
      });
    });
  }

  const offices = new Map<string, OfficeSpan[]>();
  const addOffice = (s: OfficeSpan): void => {
    const list = offices.get(s.id);
    if (list) list.push(s);
    else offices.set(s.id, [s]);
  };
  for (const e of entries) {
    if (e.office)
      addOffice({ id: e.id, office: e.office, code: e.code, sector: e.sector, from: e.from, to: e.to });
  }
  const offPath = join(root, 'offices.tsv');
  if (existsSync(offPath)) {
    readRows(offPath).rows.forEach((r, i) => {
      const id = (r[0] ?? '').trim();
      const s: OfficeSpan = {
        id,
        office: (r[1] ?? '').trim(),
        code: opt(r[2]),
        sector: asSector(r[3], `offices.tsv:${i + 2}`),
        from: opt(r[4]),
        to: opt(r[5]),
      };
      const list = offices.get(id);
      // The main row's office may be repeated in offices.tsv: keep one.
      if (list && list.some((o) => o.office === s.office && o.from === s.from && o.to === s.to)) return;
      addOffice(s);
    });
  }
  for (const list of offices.values())
    list.sort((a, b) => dateLow(a.from ?? '0000').localeCompare(dateLow(b.from ?? '0000')));

  const ambiguous = new Map<string, AmbiguityRule>();
  const ambPath = join(root, 'ambiguous.tsv');
  if (existsSync(ambPath)) {
    for (const r of readRows(ambPath).rows) {
      const alias = (r[0] ?? '').trim();
      if (alias)
        ambiguous.set(normalize(alias), { alias, preferred: (r[1] ?? '').trim(), why: (r[2] ?? '').trim() });
    }
  }

  const officeAt = (id: string, isoDate: string): OfficeSpan | null => {
    const list = offices.get(id);
    if (!list) return null;
    let best: OfficeSpan | null = null;
    for (const s of list) {
      if (!inSpan(isoDate, s.from, s.to)) continue;
      if (!best || dateLow(s.from ?? '0000') >= dateLow(best.from ?? '0000')) best = s;
    }
    return best;
  };

  const g: Gazetteer = {
    dir: root,
    entries,
    byId,
    nationalities,
    metonyms,
    offices,
    ambiguous,
    officeAt,
    sectorAt(id, isoDate) {
      const e = byId.get(id);
      if (!e) return null;
      if (isoDate) {
        const s = officeAt(id, isoDate);
        if (s) return s.sector;
      }
      return e.sector;
    },
  };
  cache.set(root, g);
  return g;
}
