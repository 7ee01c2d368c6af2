/**
 * What the event steps read about one sentence of an article, computed once: its tokens, its
 * entity mentions, its participants and its counts. Scoring, the speaker memory, roles and
 * quantities each used to recompute these for the same sentence.
 */
import type { Entity, Quantity, Span } from '../types.js';
import { mentionsIn, type Mention } from './arguments.js';
import { findQuantities } from './quantities.js';
import { participantsFrom, type Participant } from './roles-dyad.js';
import { tokenize, type Token } from './tokens.js';
import type { Token as TextToken } from '../text/tokenize.js';

export class ArticleSentences {
  private readonly tokenLists: (Token[] | undefined)[] = [];
  private readonly mentionLists: (Mention[] | undefined)[] = [];
  private readonly participantLists: (Participant[] | undefined)[] = [];
  private readonly quantityLists: (Quantity[] | undefined)[] = [];

  constructor(
    readonly text: string,
    readonly spans: Span[],
    readonly entities: Entity[] | undefined,
    /** text/tokenize tokens of a span, when the caller has the article's (see findQuantities). */
    private readonly textTokensIn?: (span: Span) => TextToken[],
  ) {}

  /** tokenize(text, span) of sentence i. The list is shared: callers must not change it. */
  tokens(i: number): Token[] {
    let list = this.tokenLists[i];
    if (!list) {
      const s = this.spans[i]!;
      list = tokenize(this.text, s.start, s.end);
      this.tokenLists[i] = list;
    }
    return list;
  }

  /** mentionsIn for sentence i (shared, read-only). */
  mentions(i: number): Mention[] {
    let list = this.mentionLists[i];
    if (!list) {
      const s = this.spans[i]!;
      list = mentionsIn(this.entities, this.tokens(i), s.start, s.end);
      this.mentionLists[i] = list;
    }
    return list;
  }

  /** participantsOf for sentence i (shared, read-only). */
  participants(i: number): Participant[] {
    let list = this.participantLists[i];
    if (!list) {
      list = participantsFrom(this.tokens(i), this.mentions(i));
      this.participantLists[i] = list;
    }
    return list;
  }

  /** findQuantities for sentence i: a fresh list each time, since merging appends to it. */
  quantities(i: number): Quantity[] {
    let list = this.quantityLists[i];
    if (!list) {
      list = findQuantities(this.text, this.tokens(i), this.textTokensIn);
      this.quantityLists[i] = list;
    }
    return list.map((q) => ({ ...q }));
  }
}
