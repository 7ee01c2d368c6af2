/**
 * Page metadata: title, publication date, outlet, language and canonical URL, read from
 * <meta>, <link>, JSON-LD, <time> and <title>. Values are returned as written (dates unparsed).
 */
import { ElementNode, elements } from './dom.js';
import { decodeEntities } from './entities.js';

export interface PageMetadata {
  title: string | null;
  published: string | null;
  outlet: string | null;
  lang: string | null;
  url: string | null;
}

const clean = (s: string | null | undefined): string | null => {
  if (s == null) return null;
  const t = decodeEntities(s).replace(/\s+/g, ' ').trim();
  return t.length ? t : null;
};

/** Text content of an element (raw text nodes, decoded). */
export function textOf(el: ElementNode): string {
  const parts: string[] = [];
  const walk = (e: ElementNode): void => {
    for (const c of e.children) {
      if (c.kind === 'text') parts.push(c.raw);
      else {
        parts.push(' ');
        walk(c);
      }
    }
  };
  walk(el);
  return decodeEntities(parts.join(''));
}

const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'article.published',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'article:published',
];
const TITLE_KEYS = ['og:title', 'twitter:title'];
const OUTLET_KEYS = ['og:site_name', 'application-name', 'twitter:site'];
const URL_KEYS = ['og:url', 'twitter:url'];

type Json = unknown;

/** Objects of JSON-LD blocks, flattening arrays and @graph. */
function jsonLdObjects(scripts: string[]): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const visit = (v: Json, depth: number): void => {
    if (depth > 4 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Record<string, Json>;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const s of scripts) {
    try {
      visit(JSON.parse(s.trim()), 0);
    } catch {
      // malformed JSON-LD is common; ignored
    }
  }
  return out;
}

const ARTICLE_TYPE = /article|posting|report|blog/i;

const asString = (v: Json): string | null =>
  typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : null;

const SEPARATOR = /\s+(?:[|\-–—»«·•]|::)\s+/g;
const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** "Headline - Site" → "Headline": drops an end part that names the outlet, or a short tail. */
export function stripSiteSuffix(title: string, outlet: string | null): string {
  const seps = [...title.matchAll(SEPARATOR)];
  if (seps.length === 0) return title;
  const lastSep = seps[seps.length - 1]!;
  const firstSep = seps[0]!;
  const head = title.slice(0, lastSep.index).trim();
  const tail = title.slice(lastSep.index + lastSep[0].length).trim();
  const lead = title.slice(0, firstSep.index).trim();
  const rest = title.slice(firstSep.index + firstSep[0].length).trim();
  const site = outlet ? squash(outlet) : '';
  const namesSite = (part: string): boolean => {
    const p = squash(part);
    return site.length > 0 && p.length > 0 && (p.includes(site) || site.includes(p));
  };
  if (namesSite(tail) && head) return head;
  if (namesSite(lead) && rest) return rest;
  if (wordCount(tail) <= 3 && wordCount(head) >= 4) return head;
  return title;
}

export function extractMetadata(root: ElementNode): PageMetadata {
  const meta = new Map<string, string>();
  let canonical: string | null = null;
  let titleTag: string | null = null;
  let h1: string | null = null;
  let timeAttr: string | null = null;
  let lang: string | null = null;
  const ldScripts: string[] = [];

  for (const el of elements(root)) {
    switch (el.tag) {
      case 'meta': {
        const key = (
          el.attr('property') ??
          el.attr('name') ??
          el.attr('itemprop') ??
          el.attr('http-equiv')
        )?.toLowerCase();
        const content = el.attr('content') ?? el.attr('datetime');
        if (key && content !== null && !meta.has(key)) meta.set(key, content);
        break;
      }
      case 'link':
        if (canonical === null && /(^|\s)canonical(\s|$)/i.test(el.attr('rel') ?? ''))
          canonical = el.attr('href');
        break;
      case 'title':
        if (titleTag === null && el.parent?.tag !== 'svg') titleTag = clean(textOf(el));
        break;
      case 'h1':
        if (h1 === null) h1 = clean(textOf(el));
        break;
      case 'time':
        if (timeAttr === null || el.attr('pubdate') !== null || el.attr('itemprop') === 'datePublished') {
          timeAttr = el.attr('datetime') ?? timeAttr;
        }
        break;
      case 'html':
        lang = lang ?? clean(el.attr('lang') ?? el.attr('xml:lang'));
        break;
      case 'script':
        if (el.children[0]?.kind === 'text') ldScripts.push(el.children[0].raw);
        break;
      default:
        if (el.attr('itemprop') === 'datePublished' && !meta.has('datepublished')) {
          const v = el.attr('datetime') ?? el.attr('content');
          if (v) meta.set('datepublished', v);
        }
    }
  }

  const ld = jsonLdObjects(ldScripts);
  const ldArticle =
    ld.find((o) => ARTICLE_TYPE.test(String(o['@type'] ?? '')) && (o['headline'] || o['datePublished'])) ??
    ld.find((o) => o['datePublished']);
  const first = (keys: string[]): string | null => {
    for (const k of keys) {
      const v = clean(meta.get(k));
      if (v) return v;
    }
    return null;
  };
  const publisher = ldArticle?.['publisher'] as Record<string, Json> | undefined;

  const outlet =
    first(['og:site_name']) ?? clean(asString(publisher?.['name'])) ?? first(OUTLET_KEYS.slice(1));
  const published =
    first(PUBLISHED_KEYS.slice(0, 3)) ??
    clean(asString(ldArticle?.['datePublished'])) ??
    first(PUBLISHED_KEYS.slice(3)) ??
    clean(timeAttr);
  const rawTitle = first(TITLE_KEYS) ?? clean(asString(ldArticle?.['headline'])) ?? h1 ?? titleTag;
  return {
    title: rawTitle ? stripSiteSuffix(rawTitle, outlet) : null,
    published,
    outlet,
    lang: lang ?? first(['content-language', 'og:locale']),
    url: clean(canonical) ?? first(URL_KEYS),
  };
}
