/**
 * Measures how well event confidence works as a probability on the labelled data of shared/:
 * reliability tables (confidence against how often such events are right), expected calibration
 * error and Brier score of the confidence as shipped, and of a Platt curve fitted on the other
 * folds (5), which says whether mapping the score through a curve would do better.
 *
 *   node --import tsx scripts/event-reliability.ts [--shared DIR]
 *
 * Labelled predictions (shared/ is read, never copied):
 * - the event sentences of the ANT corpus in data/event_gsr (ids `ant…`): each ASSAULT or
 *   PROTEST event rasd reports is right when the sentence carries that label. The
 *   UniversalPetrarch sentences are left out: every one of them reports an event, so they say
 *   how often a detection is right only on text chosen to hold one;
 * - the gold articles (corpus/seeds, corpus/ant-gold against gold/dev.jsonl): an event is right
 *   when the gold has an event of its type, matched first by evidence sentence, then by count
 *   (as score.mjs counts events.type).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  crossValidated,
  curveAt,
  fitPlatt,
  reliability,
  type Labelled,
  type Reliability,
} from '../src/events/reliability.js';
import { readInputs } from '../src/io/read.js';
import { annotate, loadPipeline } from '../src/pipeline.js';
import { findPackageRoot } from '../src/paths.js';
import type { ArticleRecord } from '../src/types.js';

interface GoldEvent {
  type: string;
  evidence: string;
}

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

type Pipeline = ReturnType<typeof loadPipeline>;

/** Extract records of the inputs (the pipeline without stories: they do not touch events). */
export async function records(paths: string[], resources: Pipeline): Promise<ArticleRecord[]> {
  const out: ArticleRecord[] = [];
  for await (const item of readInputs(paths)) if (item.ok) out.push(annotate(item.article, resources));
  return out;
}

/** ASSAULT/PROTEST events of the ANT event sentences, right when the sentence has that label. */
export function sentenceRows(predicted: ArticleRecord[], goldPath: string): Labelled[] {
  const labels = new Map(
    readJsonl<{ id: string; labels: string[] }>(goldPath).map((g) => [g.id, new Set(g.labels)]),
  );
  const rows: Labelled[] = [];
  for (const record of predicted) {
    if (!record.id.startsWith('ant')) continue;
    const gold = labels.get(record.id);
    if (!gold) throw new Error(`no gold labels for sentence ${record.id}`);
    for (const event of record.events)
      if (!event.historical && (event.type === 'ASSAULT' || event.type === 'PROTEST'))
        rows.push({ score: event.confidence, correct: gold.has(event.type) });
  }
  return rows;
}

/** Events of the gold articles, right when the gold has an event of the type (by evidence, then by count). */
export function articleRows(predicted: ArticleRecord[], goldPath: string): Labelled[] {
  const gold = new Map(readJsonl<{ id: string; events: GoldEvent[] }>(goldPath).map((g) => [g.id, g.events]));
  const rows: Labelled[] = [];
  for (const record of predicted) {
    const events = gold.get(record.id);
    if (!events) throw new Error(`no gold article ${record.id}`);
    const reported = record.events.filter((e) => !e.historical);
    const used = new Set<number>();
    const right = reported.map((event) => {
      const evidence = event.evidence.map((s) => record.text.slice(s.start, s.end)).join('\n');
      const g = events.findIndex(
        (e, i) => !used.has(i) && e.type === event.type && evidence.includes(e.evidence.trim()),
      );
      if (g >= 0) used.add(g);
      return g >= 0;
    });
    reported.forEach((event, k) => {
      if (!right[k]) {
        const g = events.findIndex((e, i) => !used.has(i) && e.type === event.type);
        if (g >= 0) {
          used.add(g);
          right[k] = true;
        }
      }
      rows.push({ score: event.confidence, correct: right[k]! });
    });
  }
  return rows;
}

function table(title: string, r: Reliability): string {
  const lines = [`${title}: n ${r.count}, ECE ${r.ece.toFixed(3)}, Brier ${r.brier.toFixed(3)}`];
  for (const b of r.bins)
    lines.push(
      `  [${b.from.toFixed(1)}, ${b.to.toFixed(1)}${b.to === 1 ? ']' : ')'}  n ${String(b.count).padStart(3)}  confidence ${b.meanConfidence.toFixed(3)}  right ${b.accuracy.toFixed(3)}`,
    );
  return lines.join('\n');
}

/** The labelled predictions of shared/ (see above). */
export async function labelledEvents(
  shared: string,
): Promise<{ sentences: Labelled[]; articles: Labelled[] }> {
  const pipeline = loadPipeline({ stories: false });
  const sentences = sentenceRows(
    await records([join(shared, 'data', 'event_gsr', 'dev.input.jsonl')], pipeline),
    join(shared, 'data', 'event_gsr', 'dev.jsonl'),
  );
  const articles = articleRows(
    await records([join(shared, 'corpus', 'seeds'), join(shared, 'corpus', 'ant-gold')], pipeline),
    join(shared, 'gold', 'dev.jsonl'),
  );
  return { sentences, articles };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { shared: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(
      'usage: event-reliability.ts [--shared DIR]   (default: ../shared beside the package)\n',
    );
    return;
  }
  const shared = values.shared ?? join(findPackageRoot(), '..', 'shared');
  const { sentences, articles } = await labelledEvents(shared);
  const rows = [...sentences, ...articles];
  const folds = crossValidated(rows);
  const report = (name: string, subset: Labelled[]) =>
    [
      table(
        `${name}, confidence as shipped`,
        reliability(subset, (r) => r.score),
      ),
      table(
        `${name}, Platt curve fitted on the other folds`,
        reliability(subset, (r) => folds.get(r)!),
      ),
    ].join('\n');
  const curve = fitPlatt(rows);
  process.stdout.write(
    [
      report('ANT event sentences', sentences),
      report('gold articles', articles),
      report('all', rows),
      table(
        'all, Platt curve fitted on all (in-sample)',
        reliability(rows, (r) => curveAt(curve, r.score)),
      ),
      `Platt curve on all: 1 / (1 + exp(-(${curve.intercept.toFixed(3)} + ${curve.slope.toFixed(3)} * confidence)))`,
      '',
    ].join('\n\n'),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
