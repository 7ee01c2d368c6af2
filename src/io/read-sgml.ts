/**
 * SGML inputs as streams: cut after each `</DOC>`, so one document at a time is in memory.
 */
import type { PeekableBytes } from './bytes.js';
import { splitAfter } from './bytes.js';
import { composeHeadlineAndBody } from './compose.js';
import { decodeUnit, type AsciiCompatibleEncoding } from './decode.js';
import { InputError } from './errors.js';
import { nthId } from './ids.js';
import { failed, ok, reasonOf, type InputSource } from './items.js';
import { docStarts, endsWithDocClose, parseSgmlDoc } from './sgml.js';
import type { ReadItem } from '../types.js';

const DOC_CLOSE = [Buffer.from('</DOC>'), Buffer.from('</doc>')];

/** One article per `<DOC>`, read one document at a time. */
export async function* readSgml(
  source: InputSource,
  bytes: PeekableBytes,
  encoding: AsciiCompatibleEncoding,
): AsyncGenerator<ReadItem> {
  let docIndex = 0;
  for await (const unit of splitAfter(bytes.chunks(), DOC_CLOSE)) {
    let decoded;
    try {
      decoded = decodeUnit(unit.bytes, encoding);
    } catch (err) {
      yield failed({ path: source.label, line: unit.line, reason: reasonOf(err) });
      docIndex++;
      continue;
    }
    const text = decoded.text;
    const starts = docStarts(text);
    const lineOf = (offset: number): number => unit.line + countChar(text, '\n', offset);
    if (starts.length === 0) {
      if (/\S/.test(text))
        yield failed({ path: source.label, line: unit.line, reason: 'text outside <DOC> elements' });
      continue;
    }
    // Every start but the last lacks its </DOC>: the document was cut short.
    for (const start of starts.slice(0, -1)) {
      yield failed({ path: source.label, line: lineOf(start), reason: 'unterminated <DOC> (no </DOC>)' });
      docIndex++;
    }
    const start = starts[starts.length - 1]!;
    const index = docIndex++;
    if (!endsWithDocClose(text)) {
      yield failed({
        path: source.label,
        line: lineOf(start),
        reason: 'unterminated <DOC> at the end of the input (truncated?)',
      });
      continue;
    }
    const doc = parseSgmlDoc(text.slice(start));
    const composed = composeHeadlineAndBody(doc.headline, doc.body);
    if (!composed) {
      yield failed({ path: source.label, line: lineOf(start), reason: '<DOC> without headline or text' });
      continue;
    }
    const warnings = [...decoded.warnings];
    if (!doc.body)
      warnings.push(
        doc.hasText
          ? 'empty <TEXT>: the article has only a headline'
          : 'no <TEXT>: the article has only a headline',
      );
    else warnings.push(...composed.warnings);
    yield ok({
      id: doc.id ?? nthId(source.idBase, index),
      source: { path: source.path, index, line: null, url: doc.url },
      text: composed.text,
      headline: composed.headline,
      meta: {
        kind: 'sgml',
        published: doc.published,
        outlet: doc.outlet,
        url: doc.url,
        dateline: doc.dateline,
      },
      warnings,
    });
  }
  if (docIndex === 0) throw new InputError('no <DOC> elements');
}

function countChar(s: string, ch: string, end: number): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0 && i < end; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
