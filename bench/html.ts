/**
 * HTML main-text extraction speed: rasd's extractor against @mozilla/readability over linkedom,
 * on the same pages in the same run. Pages are decompressed before timing; each extractor does
 * the same job (metadata and body text). Rounds alternate between the two to share the
 * machine's load fairly; the best round of each is reported.
 *
 *   node --import tsx bench/html.ts [--dir DIR] [--rounds N] [--out DIR]
 *
 * DIR defaults to ../shared/data/htmlbench/html next to the repository. With --out, both
 * extractors' records are written as JSONL (rasd.jsonl, readability.jsonl) for
 * `node ../shared/tools/score.mjs html --gold ../shared/data/htmlbench/ground-truth.json --pred FILE`.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml, type HtmlExtraction } from '../src/io/html/extract.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: join(repoRoot, '../shared/data/htmlbench/html') },
    rounds: { type: 'string', default: '3' },
    out: { type: 'string' },
  },
});

/** The reference: readability over linkedom, reading the same metadata as rasd's first version. */
function readabilityExtract(html: string): HtmlExtraction {
  const { document } = parseHTML(html);
  const meta = (sel: string): string | null => document.querySelector(sel)?.getAttribute('content') ?? null;
  const article = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
  ).parse();
  const paragraphs = (article?.textContent ?? '')
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    title: article?.title?.trim() || null,
    paragraphs,
    published: meta('meta[property="article:published_time"]'),
    outlet: meta('meta[property="og:site_name"]'),
    lang: document.documentElement?.getAttribute('lang') ?? null,
    url: meta('meta[property="og:url"]'),
  };
}

interface Page {
  id: string;
  html: string;
}

function loadPages(dir: string): Page[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz') || f.endsWith('.html'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, f));
      return {
        id: f.replace(/\.html(\.gz)?$/, ''),
        html: (f.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'),
      };
    });
}

/** A scorer record: title line, then one line per paragraph, with the paragraphs as body spans. */
function record(id: string, r: HtmlExtraction): string {
  let text = (r.title ?? '') + '\n';
  const body: { start: number; end: number }[] = [];
  for (const p of r.paragraphs) {
    body.push({ start: text.length, end: text.length + p.length });
    text += p + '\n';
  }
  return JSON.stringify({ id, text, body });
}

function timeRun(
  pages: Page[],
  extract: (html: string) => HtmlExtraction,
): { seconds: number; results: HtmlExtraction[] } {
  const results: HtmlExtraction[] = [];
  const start = process.hrtime.bigint();
  for (const p of pages) results.push(extract(p.html));
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, results };
}

function main(): void {
  if (!existsSync(args.dir!)) {
    console.error(`no pages at ${args.dir} (the benchmark reads ../shared next to the repository)`);
    process.exit(2);
  }
  const pages = loadPages(args.dir!);
  const rounds = Math.max(1, Number(args.rounds) || 1);
  const extractors = { readability: readabilityExtract, rasd: extractHtml };
  const best: Record<string, number> = { readability: Infinity, rasd: Infinity };
  const outputs: Record<string, HtmlExtraction[]> = {};

  // Warm-up, so that neither side pays for JIT compilation in the timed rounds.
  for (const extract of Object.values(extractors)) timeRun(pages.slice(0, 10), extract);
  for (let round = 0; round < rounds; round++) {
    for (const [name, extract] of Object.entries(extractors)) {
      const { seconds, results } = timeRun(pages, extract);
      best[name] = Math.min(best[name]!, seconds);
      outputs[name] = results;
    }
  }

  const rate = (name: string): number => pages.length / best[name]!;
  console.log(`${pages.length} pages, best of ${rounds} round(s)`);
  console.log(`readability+linkedom  ${rate('readability').toFixed(1).padStart(7)} pages/s`);
  console.log(`rasd                  ${rate('rasd').toFixed(1).padStart(7)} pages/s`);
  console.log(`speed ratio rasd/readability: ${(rate('rasd') / rate('readability')).toFixed(2)}x`);

  if (args.out) {
    mkdirSync(args.out, { recursive: true });
    for (const [name, results] of Object.entries(outputs)) {
      const lines = results.map((r, i) => record(pages[i]!.id, r));
      writeFileSync(join(args.out, `${name}.jsonl`), lines.join('\n') + '\n');
    }
    console.log(`records written to ${args.out}/{rasd,readability}.jsonl`);
  }
}

main();
