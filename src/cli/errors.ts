/**
 * Typed errors of the command line, and the one function that maps any
 * error to a one-line diagnostic and an exit status.
 */
import { describeSystemError } from '../batch/read.js';

/** The command line is wrong: exit 2, nothing processed. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}

/** One input could not be read or processed: reported, the others go on, exit 1 at the end. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(readonly input: string, message: string) {
    super(message);
  }
}

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;
/** Stopped by a signal: 128 + the signal's number, as shells report it. */
export const EXIT_SIGNAL: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

/** The cause of a file-system error in plain words: one wording for the CLI and the batch library. */
export { describeSystemError };

/** The diagnostic line for an error (without the "quotes: " prefix) and its exit status. */
export function diagnose(error: unknown): { line: string; status: number } {
  if (error instanceof UsageError) {
    return { line: error.hint ? `${error.message} (${error.hint})` : error.message, status: EXIT_USAGE };
  }
  if (error instanceof InputError) return { line: `${error.input}: ${error.message}`, status: EXIT_INPUT_FAILED };
  return { line: describeSystemError(error), status: EXIT_INPUT_FAILED };
}
