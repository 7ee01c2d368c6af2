/**
 * Article ids (CONTRACT.md "The id"): an id given by the input is used as it is; otherwise the
 * file's base name without its extensions, and `#N` for the N-th article (N > 0).
 */

const KNOWN_EXTENSION = /\.(gz|gzip|tgz|tar|txt|text|html?|xhtml|xml|json|jsonl|ndjson|sgml?|trec|dat)$/i;

/** `corpus/a/x.html.gz` → `x.html`→`x`; `ARCHIVE!dir/m.txt` → `m`; names of only an extension are kept. */
export function idBaseFromPath(path: string): string {
  const member = path.slice(path.lastIndexOf('!') + 1);
  const base = member.slice(Math.max(member.lastIndexOf('/'), member.lastIndexOf('\\')) + 1);
  let id = base;
  for (;;) {
    const stripped = id.replace(KNOWN_EXTENSION, '');
    if (stripped === id || stripped === '') break;
    id = stripped;
  }
  return id || base || path;
}

/** The id of the n-th (0-based) id-less article of an input: the base for n = 0, else `base#n`. */
export function nthId(base: string, n: number): string {
  return n > 0 ? `${base}#${n}` : base;
}
