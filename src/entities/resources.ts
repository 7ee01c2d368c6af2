/**
 * Everything findEntities needs, built once: one token trie over all patterns, the surname and
 * fuzzy indexes, the word lists, and the gazetteer's date-aware sectors.
 */
import { normalize } from '../text/normalize.js';
import type { EntityType, Sector } from '../types.js';
import { entryNames, type Gazetteer, type GazetteerEntry } from './gazetteer.js';
import {
  lightNorm,
  loadEntityLexicon,
  type EntityLexicon,
  type InstitutionWord,
  type OrgHead,
  type PlaceWord,
  type TitleWord,
} from './lexicon.js';
import { patternKeys, TokenTrie } from './matcher.js';
import { FuzzyIndex } from './variants.js';

/** The NER tagger's interface (src/entities/tagger): BIO tags PER/LOC/ORG/MISC per token. */
export interface Tagger {
  tag(tokens: string[]): string[];
  /** Tags the sentences of one text (names found in one inform the others). */
  tagDocument(sentences: readonly (readonly string[])[]): string[][];
  /** How strongly a word's own spelling points to a name (tagger/runtime.ts). */
  nameScore(token: string): number;
}

/** What a trie pattern stands for. */
export type Pattern =
  /** weak: a one-word alias that is also an ordinary word or a nationality adjective (السوداني):
   * it names the entry only in an article that names the entry otherwise too. */
  | { kind: 'entry'; entries: GazetteerEntry[]; weak: boolean }
  | { kind: 'nat'; code: string }
  | { kind: 'title'; title: TitleWord }
  | { kind: 'institution'; word: InstitutionWord }
  | { kind: 'filler'; noun: boolean }
  | { kind: 'place'; word: PlaceWord }
  | { kind: 'orghead'; head: OrgHead };

export interface EntityResources {
  trie: TokenTrie<Pattern>;
  /** Surname key → PER entries whose names end with it (for a given name + known surname, and linking). */
  surnames: Map<string, GazetteerEntry[]>;
  fuzzy: FuzzyIndex<GazetteerEntry>;
  lexicon: EntityLexicon;
  /** Country code → English name, for institution names (Iraq → "Iraq Foreign Ministry"). */
  countryEn: Map<string, string>;
  /** normalize(alias) → preferred entry id, for names several entries claim. */
  preferred: Map<string, string>;
  sectorAt(entry: GazetteerEntry, date: string | null): Sector | null;
  codeAt(entry: GazetteerEntry, date: string | null): string | null;
  isCommon(text: string): boolean;
  /** First words of the gazetteer's person names (أحمد, محمد): never a surname alone. */
  givenNames: Set<string>;
  /** Keys of place cues and organisation heads (مدينة, محافظة, تنظيم, حلف): common nouns before a name. */
  headKeys: Set<string>;
  /** Keys of place cues (مدينة, محافظة). */
  placeCueKeys: Set<string>;
  /** Keys of ministry domain nouns (الخارجية, الدفاع): after a minister's title they are the title's. */
  domainKeys: Set<string>;
  tagger: Tagger | null;
}

/** Builds the resources from a loaded gazetteer (and the tagger, when there is one). */
export function buildEntityResources(
  gazetteer: Gazetteer,
  tagger?: Tagger | null,
  lexicon?: EntityLexicon,
): EntityResources {
  const lex = lexicon ?? loadEntityLexicon();
  const trie = new TokenTrie<Pattern>();
  const isCommon = (text: string): boolean => lex.common.has(lightNorm(text));

  // Entries: gazetteer first, then extra.tsv entries whose ids the gazetteer lacks.
  const entries: GazetteerEntry[] = [...gazetteer.entries];
  for (const e of lex.extra) if (!gazetteer.byId.has(e.id)) entries.push(e);

  // One pattern object per alias key sequence, holding every entry that claims it.
  const byAlias = new Map<string, { kind: 'entry'; entries: GazetteerEntry[]; weak: boolean }>();
  const surnames = new Map<string, GazetteerEntry[]>();
  const givenNames = new Set<string>();
  const fuzzy = new FuzzyIndex<GazetteerEntry>();
  const addSurname = (k: string, e: GazetteerEntry): void => {
    const l = surnames.get(k);
    if (!l) surnames.set(k, [e]);
    else if (!l.includes(e)) l.push(e);
  };
  for (const e of entries) {
    for (const name of entryNames(e)) {
      const keys = patternKeys(name);
      if (keys.length === 0) continue;
      const id = keys.join(' ');
      let p = byAlias.get(id);
      if (!p) {
        // A one-word alias that is an ordinary word (بلد) or an adjective (السوداني) is weak.
        const weak =
          keys.length === 1 &&
          (lex.ordinary.has(lightNorm(name)) || gazetteer.nationalities.has(normalize(name)));
        p = { kind: 'entry', entries: [], weak };
        byAlias.set(id, p);
        trie.addKeys(keys, p);
      }
      if (!p.entries.includes(e)) p.entries.push(e);
      if (e.type === 'PER') {
        const last = keys[keys.length - 1]!;
        if (keys.length >= 2) givenNames.add(keys[0]!);
        if (last.length >= 3 && !isCommon(last)) addSurname(last, e);
        // Spelling variants are a matter of transliterated one-word names (بلينكن), not of Arabic
        // surnames with the article, which an adjective is too easily one letter away from.
        if (keys.length === 1 && !last.startsWith('ال')) fuzzy.add(last, e);
      }
    }
  }

  for (const [adj, code] of gazetteer.nationalities) trie.add(adj, { kind: 'nat', code });
  for (const t of lex.titles) trie.add(t.ar, { kind: 'title', title: t });
  for (const w of lex.institutions) trie.add(w.ar, { kind: 'institution', word: w });
  for (const f of lex.fillers) trie.add(f.ar, { kind: 'filler', noun: f.noun });
  for (const w of lex.places) trie.add(w.ar, { kind: 'place', word: w });
  for (const h of lex.orgHeads) trie.add(h.ar, { kind: 'orghead', head: h });

  const countryEn = new Map<string, string>();
  for (const e of entries)
    if (e.type === 'LOC' && e.code && e.file === 'countries.tsv' && !countryEn.has(e.code))
      countryEn.set(e.code, e.en);

  const preferred = new Map<string, string>();
  for (const [alias, rule] of gazetteer.ambiguous) preferred.set(normalize(alias), rule.preferred);

  return {
    trie,
    surnames,
    fuzzy,
    lexicon: lex,
    countryEn,
    preferred,
    sectorAt: (e, date) => (gazetteer.byId.get(e.id) === e ? gazetteer.sectorAt(e.id, date) : e.sector),
    codeAt: (e, date) => {
      if (date && gazetteer.byId.get(e.id) === e) {
        const s = gazetteer.officeAt(e.id, date);
        if (s?.code) return s.code;
      }
      return e.code;
    },
    isCommon,
    givenNames,
    headKeys: new Set(
      [
        ...lex.places.filter((w) => w.kind === 'cue').map((w) => w.ar),
        ...lex.orgHeads.map((h) => h.ar),
        ...lex.headNouns,
      ].flatMap((w) => {
        const k = patternKeys(w);
        return k.length === 1 ? k : [];
      }),
    ),
    placeCueKeys: new Set(lex.places.filter((w) => w.kind === 'cue').flatMap((w) => patternKeys(w.ar))),
    domainKeys: new Set(
      lex.institutions.filter((w) => w.kind === 'domain').map((w) => patternKeys(w.ar)[0]!),
    ),
    tagger: tagger ?? null,
  };
}

export type { EntityType };
