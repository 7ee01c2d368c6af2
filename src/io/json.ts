/**
 * Articles from JSON objects (JSON files, JSON arrays, JSONL lines), by the field aliases of
 * CONTRACT.md §1: the first alias with a usable value wins.
 */
import type { InputKind, RawArticle } from '../types.js';
import { composeHeadlineAndBody, composeHtmlText } from './compose.js';
import { InputError } from './errors.js';
import { extractHtml } from './html/extract.js';
import { nthId } from './ids.js';

export const JSON_FIELDS = {
  id: ['id', '_id', 'doc_id', 'guid', 'uuid'],
  text: ['text', 'body', 'content', 'article', 'maintext', 'articleBody'],
  html: ['html', 'raw_html', 'content_html'],
  headline: ['title', 'headline'],
  published: ['published', 'date', 'date_publish', 'publish_date', 'pubDate', 'published_at', 'datetime'],
  outlet: ['outlet', 'source', 'site', 'publisher', 'domain'],
  url: ['url', 'link'],
  dateline: ['dateline'],
  lang: ['lang', 'language'],
} as const;

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where an object sits in its input, for its id and source. */
export interface JsonPlace {
  kind: Extract<InputKind, 'json' | 'jsonl'>;
  path: string | null;
  idBase: string;
  /** N of the `#N` id suffix for an object without id (array position, or 0-based line number). */
  ordinal: number;
  index: number;
  line: number | null;
}

/** A string for scalar fields: strings trimmed, finite numbers as written; empty → null. */
function scalar(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** Text fields may be a string or a list of paragraph strings. */
function textValue(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() ? value : null;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    const joined = (value as string[])
      .map((v) => v.trim())
      .filter(Boolean)
      .join('\n');
    return joined || null;
  }
  return null;
}

/** An outlet may be a name or an object naming it ({"source": {"name": "BBC"}}). */
function outletValue(value: unknown): string | null {
  if (isJsonObject(value)) return scalar(value.name) ?? scalar(value.title) ?? null;
  return typeof value === 'string' ? scalar(value) : null;
}

export function firstField<T>(
  obj: JsonObject,
  names: readonly string[],
  read: (v: unknown) => T | null,
): T | null {
  for (const name of names) {
    if (Object.hasOwn(obj, name)) {
      const value = read(obj[name]);
      if (value !== null) return value;
    }
  }
  return null;
}

/** One article from one object; an object with neither text, HTML nor headline is an InputError. */
export function articleFromJson(obj: JsonObject, place: JsonPlace): RawArticle {
  const id = firstField(obj, JSON_FIELDS.id, scalar);
  const headline = firstField(obj, JSON_FIELDS.headline, scalar);
  const text = firstField(obj, JSON_FIELDS.text, textValue);
  let published = firstField(obj, JSON_FIELDS.published, scalar);
  let outlet = firstField(obj, JSON_FIELDS.outlet, outletValue);
  let url = firstField(obj, JSON_FIELDS.url, scalar);
  let lang = firstField(obj, JSON_FIELDS.lang, scalar);

  let composed;
  const html = text === null ? firstField(obj, JSON_FIELDS.html, textValue) : null;
  if (html !== null) {
    const page = extractHtml(html);
    composed = composeHtmlText({ title: page.title ?? headline, paragraphs: page.paragraphs });
    published ??= page.published;
    outlet ??= page.outlet;
    url ??= page.url;
    lang ??= page.lang;
  } else {
    composed = composeHeadlineAndBody(headline, text);
  }
  if (!composed)
    throw new InputError(`no ${html !== null ? 'readable HTML' : 'text, html or headline field'}`);

  return {
    id: id ?? nthId(place.idBase, place.ordinal),
    source: { path: place.path, index: place.index, line: place.line, url },
    text: composed.text,
    headline: composed.headline,
    ...(composed.body ? { body: composed.body } : {}),
    meta: {
      kind: place.kind,
      published,
      outlet,
      url,
      dateline: firstField(obj, JSON_FIELDS.dateline, scalar),
      lang,
    },
    warnings: composed.warnings,
  };
}

/**
 * The objects of a parsed JSON document: an array's items, one object, or the items of the one
 * array-of-objects property of a wrapper object that is not an article itself
 * (`{"status": "ok", "articles": [...]}`).
 */
export function jsonDocumentItems(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (!isJsonObject(value)) throw new InputError('JSON is neither an object nor an array of objects');
  const articleish = [...JSON_FIELDS.text, ...JSON_FIELDS.html, ...JSON_FIELDS.headline].some((k) =>
    Object.hasOwn(value, k),
  );
  if (!articleish) {
    const lists = Object.values(value).filter(
      (v) => Array.isArray(v) && v.length > 0 && v.every(isJsonObject),
    );
    if (lists.length === 1) return lists[0] as unknown[];
  }
  return [value];
}

/** JSON.parse with the line of a syntax error, when the engine reports its position. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /at position (\d+)/.exec(message);
    const line = at ? lineAt(text, Number(at[1])) : undefined;
    throw new InputError(`invalid JSON: ${message}`, undefined, line);
  }
}

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < position; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
