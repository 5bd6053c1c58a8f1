/**
 * The command line: parses arguments with commander, runs a command, and
 * alone decides the exit status (0 all inputs processed, 1 an input failed,
 * 2 the command line was wrong).
 */
import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { EXIT_USAGE, diagnose } from './errors.js';
import { DEFAULT_MAX_SIZE, formatSize } from '../batch/read.js';
import { TEXT_EXTENSIONS } from '../batch/walk.js';
import { FORMATS, parseOptions, type RawOptions } from './options.js';
import { diagnostic, watchClosedPipe } from './output.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

const EXAMPLES = `
Examples:
  quotes article.txt                              the quotes of an article, as a table
  quotes article.txt --format jsonl | jq -r .speaker.name
                                                  one JSON record per quote, into jq
  quotes news/*.txt --format csv -o quotes.csv    many files to one CSV file
  quotes news/ --format jsonl --jobs 4 > q.jsonl  a folder, walked, 4 documents at once
  quotes 'news/**/*.txt' --out-dir out --resume   one output per input; a rerun finishes the rest
  quotes --records < articles.jsonl               JSON Lines in ({"id","text"}), JSON Lines out
  quotes article.txt --highlight                  the article, each quote coloured by speaker
  quotes article.txt --speakers                   who is quoted, how often, named how
  quotes page.html --print-text                   the article text taken from a saved web page
  quotes old.txt --encoding windows-1252          read a file in a legacy encoding
  cat article.txt | quotes -                      read standard input
  quotes eval CORPUS_DIR                          score the extractor on a brat corpus

Exit status:
  0  every input was processed (with or without quotes)
  1  an input could not be read or processed (the others were)
  2  the command line was wrong; nothing was processed
  130, 143  interrupted (SIGINT, SIGTERM); what was written is whole`;

function buildProgram(setStatus: (status: number) => void): Command {
  const program = new Command('quotes')
    .description('Find quoted speech in news articles and say who said it.')
    .version(version, '-V, --version')
    .argument('[inputs...]', "files to read; '-' for standard input")
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (default: table)`)
    .option('--json', 'the same as --format json')
    .option('--type <types>', 'only these quote types, comma-separated: direct, mixed, indirect')
    .option('--speaker <name>', 'only the quotes of this speaker: canonical name, surname or first name, or any mention of them in the document, any case')
    .option('--min-confidence <n>', 'only quotes with at least this confidence (0 to 1)')
    .option('--no-unattributed', 'leave out quotes with no speaker')
    .option('--context', 'add the sentence around each quote (json, jsonl, csv, tsv, md)')
    .option('--highlight', 'print the article with each quote coloured by its speaker')
    .option('--speakers', 'one row per speaker instead of one per quote')
    .option('-o, --output <file>', 'write to this file (atomically; never over an input)')
    .option('--color <when>', 'colour: auto, always, never', 'auto')
    .option('--explain', 'print, on stderr, the sieves tried for each quotation')
    .option('-j, --jobs <n>', 'documents at once: this thread and n-1 worker threads (default: the number of cores)')
    .option('--ext <list>', `extensions of the files taken from folders (default: ${TEXT_EXTENSIONS.join(',')})`)
    .option('--max-size <size>', `inputs larger than this fail, e.g. 500k, 10M (default: ${formatSize(DEFAULT_MAX_SIZE)})`)
    .option('--fail-fast', 'stop at the first input that fails')
    .option('--follow', 'in folders, follow symbolic links that lead outside the folder walked (skipped by default)')
    .option('-q, --quiet', 'no progress line and no summary on stderr')
    .option('--out-dir <dir>', 'one output file per input, mirroring the folders, each written atomically')
    .option('--resume', 'with --out-dir: skip the inputs whose output file is already there')
    .option('--records', 'read JSON Lines on standard input, one article per line; write JSON Lines')
    .option('--text-field <name>', "with --records: the field holding the article's text (default: text)")
    .option('--id-field <name>', "with --records: the field holding its id, written as 'file' (default: id)")
    .option('--input-format <format>', 'read inputs as auto, text, html or markdown (default: auto: by extension, then by sniffing)')
    .option('--encoding <name>', 'the encoding of the inputs (utf-8, utf-16le, windows-1252, latin1, …); detected by default')
    .option('--print-text', 'print the text offsets index (decoded, or extracted from HTML or Markdown), not the quotes')
    .option('--include-text', 'add that text to each document of --format json')
    .addHelpText('after', EXAMPLES)
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      outputError: (message, write) => write(`quotes: ${message.trim().replace(/^error: /, '')} (see 'quotes --help')\n`),
    })
    .action(async (inputs: string[], raw: RawOptions) => {
      // the pipeline is loaded only when there is work: --version and --help start fast
      const { runExtract } = await import('./extract-command.js');
      setStatus(await runExtract(inputs, parseOptions(raw)));
    });
  program
    .command('eval')
    .description('score the extractor on a brat-standoff corpus (text/ and attributions/), as in docs/evaluation.md')
    .argument('<corpus>', 'the corpus folder')
    .option('-f, --format <format>', 'table or json', 'table')
    .option('--errors <n>', 'list n misses, false alarms and wrong speakers, with context')
    .option('--system <file>', "score this JSON Lines output (from 'quotes --format jsonl') instead of running the extractor")
    .action(async (corpus: string, options: { format: string; errors?: string; system?: string }) => {
      const { runEval } = await import('./eval-command.js');
      setStatus(await runEval(corpus, options));
    });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  watchClosedPipe();
  let status = 0;
  const program = buildProgram((s) => (status = s));
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; every parse error is a usage error
      status = error.exitCode === 0 ? 0 : EXIT_USAGE;
    } else {
      const { line, status: code } = diagnose(error);
      diagnostic(line);
      if (process.env.QUOTES_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
      status = code;
    }
  }
  process.exitCode = status;
}
