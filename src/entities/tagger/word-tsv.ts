/** `WORD<TAB>VALUE[<TAB>VALUE…]` files: word classes, corpus priors. `#` lines are comments. */

export function parseWordTsv(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const raw of text.split(/\r?\n/)) {
    if (!raw || raw.startsWith('#')) continue;
    const [word, ...values] = raw.split('\t');
    if (word && values.length) map.set(word, values);
  }
  return map;
}

export function formatWordTsv(header: string, map: ReadonlyMap<string, readonly string[]>): string {
  const lines = [`# ${header}`];
  for (const [word, values] of map) lines.push(`${word}\t${values.join('\t')}`);
  return lines.join('\n') + '\n';
}
