/**
 * The command line: parses arguments with commander, runs a command, and
 * alone decides the exit status (0 all inputs processed, 1 an input failed,
 * 2 the command line was wrong).
 */
import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { EXIT_USAGE, diagnose } from './errors.js';
import { runEval } from './eval-command.js';
import { runExtract } from './extract-command.js';
import { diagnostic, watchClosedPipe } from './output.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

const EXAMPLES = `
Examples:
  quotes article.txt                       list the quotes of an article
  quotes article.txt --format jsonl | jq   one JSON record per quote
  cat article.txt | quotes -               read standard input
  quotes eval ../shared/corpora/polnear-train
                                           score the extractor on a brat corpus

Exit status: 0 every input processed, 1 an input could not be read, 2 usage error.`;

function buildProgram(setStatus: (status: number) => void): Command {
  const program = new Command('quotes')
    .description('Find quoted speech in news articles and say who said it.')
    .version(version, '-V, --version')
    .argument('[inputs...]', "files to read; '-' for standard input")
    .option('-f, --format <format>', 'output format: list, jsonl, json', 'list')
    .option('--explain', 'print, on stderr, the sieves tried for each quotation')
    .addHelpText('after', EXAMPLES)
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      outputError: (message, write) => write(`quotes: ${message.trim().replace(/^error: /, '')} (see 'quotes --help')\n`),
    })
    .action(async (inputs: string[], options: { format: string; explain?: boolean }) => {
      setStatus(await runExtract(inputs, options));
    });
  program
    .command('eval')
    .description('score the extractor on a brat-standoff corpus (text/ and attributions/), as in docs/evaluation.md')
    .argument('<corpus>', 'the corpus folder')
    .option('-f, --format <format>', 'table or json', 'table')
    .option('--errors <n>', 'list n misses, false alarms and wrong speakers, with context')
    .option('--system <file>', "score this JSON Lines output (from 'quotes --format jsonl') instead of running the extractor")
    .action(async (corpus: string, options: { format: string; errors?: string; system?: string }) => {
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
