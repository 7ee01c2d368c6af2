/**
 * A memo of a function of a word (its spelling, or its normalised form). A news article's words
 * repeat across sentences and articles, so each is folded and looked up once; the memo starts
 * over when it grows past `limit`, to bound memory on long runs.
 */
export function wordMemo<T>(compute: (word: string) => T, limit = 200_000): (word: string) => T {
  let memo = new Map<string, T>();
  return (word) => {
    let value = memo.get(word);
    if (value === undefined) {
      value = compute(word);
      if (memo.size >= limit) memo = new Map();
      memo.set(word, value);
    }
    return value;
  };
}
