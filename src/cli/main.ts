#!/usr/bin/env node
/** The rasd command line: a thin shell over the library. */
import { Command, CommanderError } from 'commander';
import { runExtract } from './extract.js';
import { defaultJobs } from '../parallel.js';
import { tuneV8ForAnnotation } from '../v8-tuning.js';
import { runTag } from './tag-command.js';
import { runDemo } from './demo.js';
import {
  DEFAULT_DB,
  UsageError,
  runEntities,
  runEvents,
  runExport,
  runIngest,
  runSearch,
  runStories,
} from './store-commands.js';

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`not a positive whole number: ${value}`);
  return n;
};

const probability = (value: string): number => {
  const p = Number(value);
  if (value.trim() === '' || !Number.isFinite(p) || p < 0 || p > 1)
    throw new UsageError(`not a confidence between 0 and 1: ${value}`);
  return p;
};

const MIN_CONFIDENCE_HELP =
  'only events at least this confident (0–1; about the share of such events that are right)';

const jobsHelp = (): string =>
  `threads that annotate long inputs, this one included (default: the machine's cores, here ${defaultJobs()}; 1: this one only)`;

export const EXIT_OK = 0;
export const EXIT_SOME_SKIPPED = 1;
export const EXIT_USAGE = 2;

function buildProgram(): Command {
  const program = new Command('rasd')
    .description('Arabic-first political news events: read, clean, entities, PLOVER events, quotes, stories')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('extract')
    .description(
      'read articles (text, HTML, JSON/JSONL, SGML, gzip, tar; - for stdin) and write JSONL records',
    )
    .argument('[paths...]', 'files or directories (recursive, sorted); - or none reads standard input')
    .option('-o, --output <file>', 'write records to FILE instead of standard output')
    .option('--no-story', 'do not cluster the batch into stories')
    .option('--no-entities', 'skip entity recognition')
    .option('--no-events', 'skip event and quote extraction')
    .option(
      '--no-tagger',
      'find names by gazetteer and patterns only, without the statistical tagger (faster)',
    )
    .option('-j, --jobs <n>', jobsHelp(), positiveInt)
    .action(async (paths: string[], opts) => {
      process.exitCode = await runExtract(paths, opts);
    });

  program
    .command('tag')
    .description('tag named entities in CoNLL input: writes token<TAB>tag (BIO: PER, LOC, ORG, MISC)')
    .requiredOption(
      '--conll',
      'input is CoNLL: one token per line (first column), blank line between sentences',
    )
    .argument('[file]', 'CoNLL file; - or none reads standard input')
    .option('--weights <file>', 'tagger weights (default: the bundled weights)')
    .action(async (file: string | undefined, opts) => {
      process.exitCode = await runTag(file, opts);
    });

  program
    .command('demo')
    .description('ingest the bundled sample corpus into the store and print its stories, events and sources')
    .option('--db <file>', 'the SQLite store', DEFAULT_DB)
    .option('--json', 'print the stories as JSON')
    .action(async (opts) => {
      process.exitCode = await runDemo(opts);
    });

  program
    .command('ingest')
    .description('extract articles and add them to the store (re-ingesting the same text changes nothing)')
    .argument('<paths...>', 'files or directories (any input extract reads); - for standard input')
    .option('--db <file>', 'the SQLite store (created if missing; env RASD_DB)', DEFAULT_DB)
    .option(
      '--no-tagger',
      'find names by gazetteer and patterns only, without the statistical tagger (faster)',
    )
    .option('-j, --jobs <n>', jobsHelp(), positiveInt)
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], opts) => {
      process.exitCode = await runIngest(paths, opts);
    });

  program
    .command('search')
    .description('full-text search in any spelling (بلينكن = بلنكين, أمريكي = أميركي, clitics ignored)')
    .argument('<words...>', 'the words to find (all must match)')
    .option('--db <file>', 'the SQLite store', DEFAULT_DB)
    .option('--from <date>', 'published on or after (YYYY-MM-DD)')
    .option('--to <date>', 'published on or before (YYYY-MM-DD)')
    .option('-n, --limit <n>', 'at most this many results', positiveInt, 20)
    .option('--json', 'print results as JSON')
    .action((words: string[], opts) => {
      process.exitCode = runSearch(words.join(' '), opts);
    });

  program
    .command('events')
    .description('list events by type, actor, recipient, country, date and story')
    .option('--db <file>', 'the SQLite store', DEFAULT_DB)
    .option('-t, --type <type>', 'PLOVER event type (ASSAULT, PROTEST, CONSULT, ...)')
    .option('--actor <code|key>', 'actor country code (USA) or entity key')
    .option('--recipient <code|key>', 'recipient country code or entity key')
    .option('--country <code>', 'country code in any role or as the location')
    .option('--from <date>', 'on or after (event date, else publication date)')
    .option('--to <date>', 'on or before')
    .option('--story <id>', 'only events of this story')
    .option('--historical', 'include background events')
    .option('--min-confidence <p>', MIN_CONFIDENCE_HELP, probability)
    .option('-n, --limit <n>', 'at most this many events', positiveInt, 20)
    .option('--json', 'print events as JSON')
    .action((opts) => {
      process.exitCode = runEvents(opts);
    });

  program
    .command('entities')
    .description('list people, organisations and places with their article counts')
    .option('--db <file>', 'the SQLite store', DEFAULT_DB)
    .option('-t, --type <type>', 'PER, ORG or LOC')
    .option('--code <code>', 'country code (ISO alpha-3) or IGO/NGO/...')
    .option('--name <name>', 'a name in any spelling, Arabic or English')
    .option('-n, --limit <n>', 'at most this many entities', positiveInt, 20)
    .option('--json', 'print entities as JSON')
    .action((opts) => {
      process.exitCode = runEntities(opts);
    });

  program
    .command('stories')
    .description('list stories, or show one with its timeline, merged events and summary')
    .argument('[id]', 'a story id (st_...) to show in full')
    .option('--db <file>', 'the SQLite store', DEFAULT_DB)
    .option('--from <date>', 'stories active on or after this date')
    .option('--to <date>', 'stories active on or before this date')
    .option('--min <n>', 'stories with at least this many articles', positiveInt)
    .option('--entity <key>', 'stories mentioning this entity key (see `rasd entities`)')
    .option('-n, --limit <n>', 'at most this many stories', positiveInt, 20)
    .option('--json', 'print as JSON')
    .action((id: string | undefined, opts) => {
      process.exitCode = runStories(id, opts);
    });

  program
    .command('export')
    .description('export the store: records (jsonl), events (csv) or PLOVER event records (plover)')
    .option('--db <file>', 'the SQLite store', DEFAULT_DB)
    .option('-f, --format <format>', 'jsonl | csv | plover', 'jsonl')
    .option('-o, --output <file>', 'write to FILE instead of standard output')
    .option('--story <id>', 'only this story')
    .option('--min-confidence <p>', MIN_CONFIDENCE_HELP, probability)
    .action(async (opts) => {
      process.exitCode = await runExport(opts);
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`rasd: ${err.message}\n`);
      return EXIT_USAGE;
    }
    if (err instanceof CommanderError) {
      // --help and --version exit 0; everything else commander rejects is a usage error.
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    process.stderr.write(`rasd: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_USAGE;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
}

// A reader that stops early (`rasd extract … | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

tuneV8ForAnnotation();
process.exitCode = await main(process.argv);
