/**
 * The phrase lists of data/clean, loaded once and folded with the matching normalisation so
 * that every comparison in the cleaner works on the same view (alef forms, yeh, teh marbuta,
 * diacritics, Arabic-Indic digits, Latin case).
 */
import phrasesJson from '../../data/clean/phrases.json' with { type: 'json' };
import outletsJson from '../../data/clean/outlets.json' with { type: 'json' };
import { normalize } from '../text/normalize.js';

// White space that `key` has to rewrite: anything but a single plain space.
const UNCOLLAPSED_SPACE = /[^\S ]| {2}/;
// The cleaner asks for the key of the same line many times (cue, repeat, headline-list and
// teaser checks); a line's text is one string object, so the lookup hashes it only once.
// Cleared when full to bound memory.
const KEY_CACHE_MAX = 1024;
const keyCache = new Map<string, string>();

/** Normalised matching key: folded characters, tatweel gone, white space collapsed. */
export function key(text: string): string {
  let k = keyCache.get(text);
  if (k === undefined) {
    const n = normalize(text);
    k = UNCOLLAPSED_SPACE.test(n) ? n.replace(/\s+/g, ' ').trim() : n.trim();
    if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
    keyCache.set(text, k);
  }
  return k;
}

const keys = (list: readonly string[]): string[] => [...new Set(list.map(key))].filter(Boolean);

export const PHRASES = {
  sharePrefixes: keys(phrasesJson.share.line_prefixes),
  shareWords: new Set(keys(phrasesJson.share.words)),
  readAlsoPrefixes: keys(phrasesJson.read_also.line_prefixes),
  relatedHeaders: new Set(keys(phrasesJson.related.headers)),
  relatedInline: keys(phrasesJson.related.inline_prefixes),
  sourcePrefixes: keys(phrasesJson.source_line.line_prefixes),
  tagPrefixes: keys(phrasesJson.tags.line_prefixes),
  widgetPrefixes: keys(phrasesJson.widget.line_prefixes),
  navigationLines: new Set(keys(phrasesJson.navigation.line_prefixes)),
  navigationContains: keys(phrasesJson.navigation.line_contains),
  otherPrefixes: keys(phrasesJson.other.line_prefixes),
  agencies: keys(phrasesJson.agencies),
  continuationOpeners: keys(phrasesJson.continuation_openers),
  ledeVerbs: new Set(keys(phrasesJson.lede_verbs)),
  nonVerbOpeners: new Set(keys(phrasesJson.non_verb_openers)),
};

/** Alias key → readable outlet name. */
export const OUTLET_ALIASES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [name, aliases] of Object.entries(outletsJson.outlets)) {
    map.set(key(name), name);
    for (const alias of aliases) map.set(key(alias), name);
  }
  return map;
})();
