/**
 * `npm run bench`: extract throughput on the ANT corpus beside a bare read-normalise-tokenise
 * pass over the same input, in the same run, as a ratio (these machines are noisy: only the
 * ratio is comparable between runs). Extract runs twice: as the CLI does by default (one thread
 * per core, the main one and workers; src/parallel.ts) and on the main thread alone. Each pass runs in a child process
 * of its own so that its peak memory is its own.
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPackageRoot } from '../src/paths.js';
import { defaultJobs } from '../src/parallel.js';

export interface PassResult {
  pass: string;
  articles: number;
  seconds: number;
  peakRssMb: number;
  annotations?: Record<string, number>;
  queriesMs?: Record<string, number>;
}

const DEFAULT_CORPUS = join(findPackageRoot(), '..', 'shared', 'data', 'ant', 'ant-news-2018.tar.gz');

function runPass(pass: string, corpus: string): Promise<PassResult> {
  const worker = fileURLToPath(new URL('./pass.js', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = fork(worker, [pass, corpus], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (message) => resolve(message as PassResult));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`bench pass ${pass} exited with ${code}`));
    });
  });
}

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

function line(result: PassResult): string {
  const rate = result.articles / result.seconds;
  return `${result.pass.padEnd(18)} ${String(result.articles).padStart(6)} articles  ${result.seconds.toFixed(1).padStart(6)} s  ${rate.toFixed(1).padStart(8)} articles/s  peak RSS ${result.peakRssMb.toFixed(0)} MB`;
}

async function main(): Promise<void> {
  const corpus = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? DEFAULT_CORPUS;
  if (!existsSync(corpus)) {
    process.stderr.write(`bench: corpus not found: ${corpus} (pass a path as the first argument)\n`);
    process.exit(2);
  }
  process.stdout.write(`corpus: ${corpus}\n`);
  const bare = await runPass('bare', corpus);
  process.stdout.write(line(bare) + '\n');
  const ratio = (result: PassResult): string =>
    (result.articles / result.seconds / (bare.articles / bare.seconds)).toFixed(3);
  const full = await runPass('extract', corpus);
  process.stdout.write(line(full) + '\n');
  if (full.annotations) process.stdout.write(`           annotations: ${JSON.stringify(full.annotations)}\n`);
  process.stdout.write(
    `ratio extract/bare: ${ratio(full)} (${defaultJobs()} threads: the main one and ${plural(defaultJobs() - 1, 'worker')})\n`,
  );
  const single = await runPass('extract-1-thread', corpus);
  process.stdout.write(line(single) + '\n');
  process.stdout.write(`ratio extract --jobs 1/bare: ${ratio(single)}\n`);
  if (process.argv.includes('--no-ingest')) return;
  const ingest = await runPass('ingest', corpus);
  process.stdout.write(line(ingest) + '\n');
  process.stdout.write(`           store: ${JSON.stringify(ingest.annotations)}\n`);
  process.stdout.write(`ratio ingest/bare: ${ratio(ingest)}\n`);
  process.stdout.write('queries on the ingested store (median of 5, ms):\n');
  for (const [name, ms] of Object.entries(ingest.queriesMs ?? {})) {
    process.stdout.write(`  ${name.padEnd(42)} ${ms.toFixed(2).padStart(9)}\n`);
  }
}

await main();
