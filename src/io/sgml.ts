/**
 * TREC / Gigaword style SGML: `<DOC>` elements with `<DOCNO>` or `id=`, `<HEADLINE>`/`<TITLE>`,
 * `<DATELINE>`, `<TEXT>` (with or without `<P>`), `<TIME>`/`<DATE>`/`<DATE_TIME>`, `<SRC>`,
 * `<URL>`. Other elements (`<ABSTRACT>`, `<AUTHOR>`, `<CAT>` …) are metadata, never text.
 */
import { decodeEntities } from './html/entities.js';

export interface SgmlDoc {
  id: string | null;
  headline: string | null;
  /** The `<TEXT>` content as record body: `<P>` paragraphs one a line, entities decoded, trimmed. */
  body: string;
  /** Whether the document had a `<TEXT>` element at all. */
  hasText: boolean;
  published: string | null;
  outlet: string | null;
  url: string | null;
  dateline: string | null;
}

const FIELD =
  /<(DOCNO|DOCID|HEADLINE|TITLE|DATELINE|TEXT|TIME|DATE_TIME|DATE|SRC|SOURCE|URL)(?:\s[^>]*)?>([\s\S]*?)<\/\1\s*>/gi;
const DOC_ID_ATTRIBUTE = /^<DOC\s[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const TAG = /<\/?[A-Za-z][A-Za-z0-9_:.-]*(?:\s[^<>]*)?\/?>/g;
const COMMENT = /<!--[\s\S]*?-->/g;
const PARAGRAPH_TAG = /<\/?P(?:\s[^>]*)?>/i;

/** Parses one `<DOC …>…</DOC>` string. */
export function parseSgmlDoc(doc: string): SgmlDoc {
  const first = new Map<string, string>();
  const texts: string[] = [];
  for (const m of doc.matchAll(FIELD)) {
    const name = m[1]!.toUpperCase();
    if (name === 'TEXT') texts.push(m[2]!);
    else if (!first.has(name)) first.set(name, m[2]!);
  }
  const field = (...names: string[]): string | null => {
    for (const name of names) {
      const raw = first.get(name);
      if (raw === undefined) continue;
      const value = metadataValue(raw);
      if (value) return value;
    }
    return null;
  };
  const attr = DOC_ID_ATTRIBUTE.exec(doc);
  const idAttribute = attr ? (attr[1] ?? attr[2] ?? attr[3] ?? '').trim() || null : null;
  return {
    id: field('DOCNO', 'DOCID') ?? idAttribute,
    headline: field('HEADLINE', 'TITLE'),
    body: texts.map(textToBody).filter(Boolean).join('\n'),
    hasText: texts.length > 0,
    published: field('TIME', 'DATE_TIME', 'DATE'),
    outlet: field('SRC', 'SOURCE'),
    url: field('URL'),
    dateline: field('DATELINE'),
  };
}

/** A metadata element's value: tags dropped, entities decoded, white space collapsed. */
function metadataValue(raw: string): string {
  return decodeEntities(raw.replace(COMMENT, '').replace(TAG, ' ')).replace(/\s+/g, ' ').trim();
}

/**
 * `<TEXT>` content as body text. Without `<P>` tags it is the content itself (entities decoded,
 * trimmed); with them each paragraph is trimmed and put on a line of its own, so a paragraph is
 * a line as in the other inputs.
 */
export function textToBody(content: string): string {
  const clean = content.replace(COMMENT, '');
  if (!PARAGRAPH_TAG.test(clean)) return decodeEntities(clean.replace(TAG, '')).trim();
  return clean
    .split(new RegExp(PARAGRAPH_TAG.source, 'gi'))
    .map((p) => decodeEntities(p.replace(TAG, '')).trim())
    .filter(Boolean)
    .join('\n');
}

/** Start offsets of `<DOC>` / `<DOC …>` tags (not `<DOCNO>`) in a string. */
export function docStarts(s: string): number[] {
  const starts: number[] = [];
  for (const m of s.matchAll(/<DOC[\s>]/gi)) starts.push(m.index!);
  return starts;
}

/** True when the string, past white space, ends with `</DOC>`. */
export function endsWithDocClose(s: string): boolean {
  return /<\/DOC\s*>\s*$/i.test(s);
}
