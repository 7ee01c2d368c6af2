/**
 * The cleaning stage: from a raw article to its headline, dateline, outlet, publication date,
 * body paragraphs and the boilerplate lines removed from it. Pure: the text is never changed,
 * everything is a span into it.
 */
import type { CleanResult, Dateline, RawArticle, RemovedKind, RemovedSpan, Span } from '../types.js';
import { classifyLines } from './boilerplate.js';
import { findDateline } from './dateline.js';
import { parseMetaDate } from './dates.js';
import { findHeadline } from './headline.js';
import { splitLines } from './lines.js';
import { canonicalOutlet, outletFromSourceLine } from './outlet.js';
import { isDateLine, publishedFromText, type LineRole } from './published.js';
import { teaserStart } from './teasers.js';

export { splitLines, type Line } from './lines.js';
export { findDateline } from './dateline.js';
export { findDates, parseMetaDate } from './dates.js';
export { hijriToIso } from './hijri.js';
export { canonicalOutlet } from './outlet.js';
export { lineCue } from './boilerplate.js';
export { teaserStart, opensLikeArticle } from './teasers.js';

/** Lines shorter than this above the lede are captions or sub-headings, not the lede. */
const CAPTION_MAX_CHARS = 60;

export function clean(raw: RawArticle): CleanResult {
  const text = raw.text;
  const warnings: string[] = [];
  const lines = splitLines(text);
  const head = findHeadline(raw, lines);
  const headlineLines = new Set(head.lines);
  const kinds: Array<RemovedKind | null> = classifyLines({
    lines,
    headlineLines,
    headlineText: head.span ? text.slice(head.span.start, head.span.end) : null,
  });

  const roles: LineRole[] = lines.map((_, i) =>
    headlineLines.has(i) ? 'headline' : kinds[i] ? 'removed' : 'body',
  );

  // The dateline: on a line of its own or opening the first body paragraph. Time-stamp lines
  // above the lede are not body either.
  let dateline: Dateline | null = null;
  let captions = 0;
  for (let i = 0; i < lines.length; i++) {
    if (roles[i] !== 'body') continue;
    const line = lines[i]!;
    const found = findDateline(line);
    if (found) {
      if (!dateline)
        dateline = { start: found.start, end: found.end, place: found.place, outlet: found.outlet };
      if (found.wholeLine) {
        roles[i] = 'dateline';
        continue;
      }
      break;
    }
    if (isDateLine(line.text)) {
      roles[i] = 'dateline';
      continue;
    }
    // A photo caption may stand between the headline and the lede; look past a short line.
    if (line.text.length < CAPTION_MAX_CHARS && ++captions <= 2) continue;
    break;
  }

  // Teasers of other stories after the article's end.
  const bodyLines = lines.flatMap((_, i) => (roles[i] === 'body' ? [i] : []));
  const teasersFrom = teaserStart(bodyLines.map((i) => lines[i]!.text));
  for (const i of bodyLines.slice(teasersFrom)) {
    roles[i] = 'removed';
    kinds[i] = 'related';
  }

  const removed: RemovedSpan[] = [];
  const body: Span[] = [];
  lines.forEach((line, i) => {
    if (roles[i] === 'removed') removed.push({ start: line.start, end: line.end, kind: kinds[i]! });
    else if (roles[i] === 'body') body.push({ start: line.start, end: line.end });
  });
  if (body.length === 0) warnings.push('empty body');

  const outlet =
    canonicalOutlet(raw.meta.outlet) ??
    canonicalOutlet(dateline?.outlet) ??
    canonicalOutlet(metaDatelineOutlet(raw.meta.dateline)) ??
    firstNonNull(lines.map((l, i) => (kinds[i] === 'source_line' ? outletFromSourceLine(l.text) : null)));

  let published = parseMetaDate(raw.meta.published);
  if (raw.meta.published && !published)
    warnings.push(`unreadable published date in metadata: ${raw.meta.published}`);
  published ??= publishedFromText(lines, roles);

  return { headline: head.span, dateline, outlet, published, body, removed, warnings };
}

/** The outlet of a dateline the reader gave apart from the text (SGML <DATELINE>). */
function metaDatelineOutlet(dateline: string | null | undefined): string | null {
  if (!dateline) return null;
  const text = dateline.trim();
  return findDateline({ start: 0, end: text.length, text })?.outlet ?? null;
}

function firstNonNull<T>(values: Array<T | null>): T | null {
  for (const v of values) if (v !== null) return v;
  return null;
}
