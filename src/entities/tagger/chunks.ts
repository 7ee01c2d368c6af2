/** Entity chunks of a BIO tag sequence. */

export interface EntityChunk {
  /** Token index of the first token. */
  start: number;
  /** Token index just after the last token. */
  end: number;
  type: string;
}

/** Reads BIO tags into chunks the way conlleval does: an I-X that continues no X chunk opens one. */
export function bioChunks(tags: readonly string[]): EntityChunk[] {
  const chunks: EntityChunk[] = [];
  let open: EntityChunk | undefined;
  tags.forEach((tag, i) => {
    const type = tag === 'O' ? '' : tag.slice(2);
    const continues = open !== undefined && tag.startsWith('I-') && open.type === type;
    if (continues) {
      open!.end = i + 1;
      return;
    }
    if (open) chunks.push(open);
    open = type ? { start: i, end: i + 1, type } : undefined;
  });
  if (open) chunks.push(open);
  return chunks;
}
