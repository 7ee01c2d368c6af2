#!/usr/bin/env node
/** The rasd command line: a thin shell over the library. */
import { Command, CommanderError } from 'commander';
import { runExtract } from './extract.js';
import { runTag } from './tag-command.js';
import { runDemo } from './demo.js';

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
    .description('read articles (text, HTML, JSON/JSONL, SGML, gzip, tar; - for stdin) and write JSONL records')
    .argument('[paths...]', 'files or directories (recursive, sorted); - or none reads standard input')
    .option('-o, --output <file>', 'write records to FILE instead of standard output')
    .option('--no-story', 'do not cluster the batch into stories')
    .option('--no-entities', 'skip entity recognition')
    .option('--no-events', 'skip event and quote extraction')
    .action(async (paths: string[], opts) => {
      process.exitCode = await runExtract(paths, opts);
    });

  program
    .command('tag')
    .description('tag named entities in CoNLL input: writes token<TAB>tag (BIO: PER, LOC, ORG, MISC)')
    .requiredOption('--conll', 'input is CoNLL: one token per line (first column), blank line between sentences')
    .argument('[file]', 'CoNLL file; - or none reads standard input')
    .option('--weights <file>', 'tagger weights (default: the bundled weights)')
    .action(async (file: string | undefined, opts) => {
      process.exitCode = await runTag(file, opts);
    });

  program
    .command('demo')
    .description('run rasd on the bundled sample corpus and print a readable summary')
    .option('--json', 'print the records as JSONL instead')
    .action(async (opts) => {
      process.exitCode = await runDemo(opts);
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; everything else commander rejects is a usage error.
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    process.stderr.write(`rasd: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_USAGE;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
}

process.exitCode = await main(process.argv);
