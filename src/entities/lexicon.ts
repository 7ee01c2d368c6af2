/**
 * The entity stage's own word lists, read from data/entities/ (see SOURCES.md there): titles and
 * roles, institution words, chain fillers, place heads, common words, and extra.tsv (entries in
 * the gazetteer's format for actors it lacks).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ENTITY_TYPES, SECTORS, defaultGazetteerDir, type GazetteerEntry } from './gazetteer.js';
import type { EntityType, Sector } from '../types.js';

export interface TitleWord {
  ar: string;
  sector: Sector | null;
  /** A ministry's domain noun may follow and belongs to the title (وزير الخارجية). */
  domain: boolean;
}

export interface InstitutionWord {
  ar: string;
  kind: 'ministry' | 'domain' | 'head';
  key: string;
  en: string;
  sector: Sector | null;
  /** A domain noun that names the ministry by itself (الخارجية العراقية). */
  alone: boolean;
}

export interface PlaceWord {
  ar: string;
  kind: 'head' | 'cue' | 'suffix';
}

export interface OrgHead {
  ar: string;
  sector: Sector | null;
  /** The name may follow without quotation marks (a plural head such as ميليشيات takes adjectives). */
  bare: boolean;
}

export interface EntityLexicon {
  orgHeads: OrgHead[];
  /** Other common nouns that may open a gazetteer alias before a name of the same entry (حلف الناتو). */
  headNouns: string[];
  titles: TitleWord[];
  institutions: InstitutionWord[];
  fillers: { ar: string; noun: boolean }[];
  places: PlaceWord[];
  /** Light-normalised common words (see `lightNorm`). */
  common: Set<string>;
  /** Light-normalised function words (stop-words.txt): never in a name. */
  stop: Set<string>;
  /** Light-normalised ordinary words (tagged O almost always): a one-word alias among them is weak. */
  ordinary: Set<string>;
  /** Light-normalised geographic common nouns (الشرق, الميناء): never a place name alone. */
  placeNouns: Set<string>;
  extra: GazetteerEntry[];
}

/** data/entities of the package, beside data/gazetteer. */
export function defaultEntityDataDir(): string {
  return join(dirname(defaultGazetteerDir()), 'entities');
}

/**
 * The form common words are kept in: marks and tatweel dropped, alef forms and ة folded, but ى
 * kept apart from ي so that the preposition على is common and the name علي is not.
 */
export function lightNorm(s: string): string {
  // Most words need none of the folds: a scan of char codes is much cheaper than three regexes.
  if (!needsLightNorm(s)) return s;
  return s
    .replace(/[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه');
}

function needsLightNorm(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (
      (c >= 0x0610 && c <= 0x061a) ||
      (c >= 0x064b && c <= 0x065f) ||
      c === 0x0670 ||
      (c >= 0x06d6 && c <= 0x06ed) ||
      c === 0x0640 ||
      c === 0x0623 || // أ
      c === 0x0625 || // إ
      c === 0x0622 || // آ
      c === 0x0671 || // ٱ
      c === 0x0629 // ة
    )
      return true;
  }
  return false;
}

/** A one-word-a-line list ('#' comments), light-normalised. */
function wordSet(path: string): Set<string> {
  const out = new Set<string>();
  if (!existsSync(path)) return out;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const w = line.trim();
    if (w && !w.startsWith('#')) out.add(lightNorm(w));
  }
  return out;
}

function rows(path: string): string[][] {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const out: string[][] = [];
  let header = true;
  for (const line of lines) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (header) {
      header = false;
      continue;
    }
    out.push(line.split('\t').map((c) => c.trim()));
  }
  return out;
}

function sector(s: string | undefined): Sector | null {
  return s && (SECTORS as readonly string[]).includes(s) ? (s as Sector) : null;
}

/** Entries of a TSV in the gazetteer's entry format (id type ar aliases en code sector office from to). */
export function readEntryFile(path: string): GazetteerEntry[] {
  const file = path.split('/').pop() ?? path;
  return rows(path)
    .filter((r) => r[0] && (ENTITY_TYPES as readonly string[]).includes(r[1] ?? ''))
    .map((r) => ({
      id: r[0]!,
      type: r[1] as EntityType,
      ar: r[2] ?? '',
      aliases: (r[3] ?? '')
        .split('|')
        .map((a) => a.trim())
        .filter((a) => a !== ''),
      en: r[4] ?? '',
      code: r[5] || null,
      sector: sector(r[6]),
      office: r[7] || null,
      from: r[8] || null,
      to: r[9] || null,
      file,
    }));
}

export function loadEntityLexicon(dir: string = defaultEntityDataDir()): EntityLexicon {
  const titles = rows(join(dir, 'titles.tsv')).map((r) => ({
    ar: r[0]!,
    sector: sector(r[1]),
    domain: r[2] === 'yes',
  }));
  const institutions = rows(join(dir, 'institutions.tsv')).map((r) => ({
    ar: r[0]!,
    kind: r[1] as InstitutionWord['kind'],
    key: r[2] ?? '',
    en: r[3] ?? '',
    sector: sector(r[4]),
    alone: r[5] === 'yes',
  }));
  const fillers = rows(join(dir, 'fillers.tsv')).map((r) => ({ ar: r[0]!, noun: r[1] === 'noun' }));
  const places = rows(join(dir, 'facilities.tsv')).map((r) => ({
    ar: r[0]!,
    kind: r[1] as PlaceWord['kind'],
  }));
  const common = wordSet(join(dir, 'common-words.txt'));
  const stop = wordSet(join(dir, 'stop-words.txt'));
  for (const w of stop) common.add(w);
  const ordinary = wordSet(join(dir, 'ordinary-words.txt'));
  const placeNouns = wordSet(join(dir, 'place-nouns.txt'));
  const extra = readEntryFile(join(dir, 'extra.tsv'));
  const orgHeads = rows(join(dir, 'org-heads.tsv')).map((r) => ({
    ar: r[0]!,
    sector: sector(r[1]),
    bare: r[2] === 'yes',
  }));
  const headNouns = [...wordSet(join(dir, 'head-nouns.txt'))];
  return {
    titles,
    institutions,
    fillers,
    places,
    orgHeads,
    headNouns,
    common,
    stop,
    ordinary,
    placeNouns,
    extra,
  };
}
