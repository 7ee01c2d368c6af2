import { detectEvents } from '../../src/events/index.js';
import type { ArticleEvent, Entity } from '../../src/types.js';

/** Events of one sentence (the whole string), published on `published`. */
export function eventsOf(
  sentence: string,
  published: string | null = '2018-04-14',
  entities?: Entity[],
): ArticleEvent[] {
  return detectEvents(sentence, [{ start: 0, end: sentence.length }], { published, entities });
}

/** The non-historical event types of one sentence. */
export function typesOf(sentence: string, published: string | null = '2018-04-14'): string[] {
  return eventsOf(sentence, published)
    .filter((e) => !e.historical)
    .map((e) => e.type)
    .sort();
}
