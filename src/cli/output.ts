/**
 * Where data goes: stdout (streamed, with back-pressure) or an -o file
 * (written to a temporary file beside it, renamed into place only when
 * complete, so it is never half-written). Diagnostics go to stderr, one line
 * each, prefixed "quotes:". A closed pipe (`quotes … | head -1`) ends the
 * program quietly with status 0.
 */
import { closeSync, createWriteStream, existsSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, writeSync, type WriteStream } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { byteString, fromByteString } from '../batch/path-names.js';
import { InputError, UsageError, describeSystemError } from './errors.js';

/** Control characters (a file name may hold any) never reach the terminal raw. */
function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** The progress line shown on a terminal's stderr, redrawn under each diagnostic; null when none. */
let status: string | null = null;
/** Back to the start of the line, and erase it. */
const ERASE_LINE = '\r\x1b[K';

export function diagnostic(line: string): void {
  process.stderr.write(`${status === null ? '' : ERASE_LINE}quotes: ${escapeControls(line)}\n${status ?? ''}`);
}

/** Shows (or redraws) the one progress line at the bottom of a terminal's stderr. */
export function showStatus(line: string): void {
  status = `quotes: ${line}`;
  process.stderr.write(`${ERASE_LINE}${status}`);
}

/** Erases the progress line for good. */
export function clearStatus(): void {
  if (status !== null) process.stderr.write(ERASE_LINE);
  status = null;
}

/**
 * Writes a file whole or not at all: into a temporary file beside it (hidden,
 * so never taken for an output or an input), then renamed into place.
 * Synchronous, so a signal can never stop it half-way. The path may be
 * bytes (a name that is not UTF-8); the content comes in pieces, written
 * as they come.
 */
export function writeFileAtomic(path: string | Uint8Array, content: Iterable<string>): void {
  const name = byteString(path);
  mkdirSync(fromByteString(dirname(name)), { recursive: true });
  const temporary = fromByteString(join(dirname(name), `.${basename(name)}.${process.pid}.tmp`));
  try {
    const fd = openSync(temporary, 'w');
    try {
      for (const piece of content) {
        const bytes = Buffer.from(piece);
        for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
      }
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, fromByteString(name));
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

let pipeWatched = false;

/** Exit 0 quietly when the reader of stdout goes away; exit 1 with a clear line when stdout cannot be written. */
export function watchClosedPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    diagnostic(`cannot write the output: ${error.code === 'ENOSPC' ? 'no space left on the device' : error.message}`);
    process.exit(1);
  });
}

export interface Output {
  /** Whether colour and borders make sense here (a terminal). */
  terminal: boolean;
  /** Columns of the terminal, 80 when unknown. */
  width: number;
  write(chunk: string): Promise<void>;
  /** Everything was written: make it visible (rename a file into place). */
  finish(): Promise<void>;
  /** Something failed: leave nothing half-written behind. */
  abort(): void;
}

async function writeStream(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (chunk.length === 0) return;
  if (!stream.write(chunk)) await new Promise<void>((done) => stream.once('drain', done));
}

export function stdoutOutput(): Output {
  const terminal = Boolean(process.stdout.isTTY);
  return {
    terminal,
    width: process.stdout.columns || 80,
    write: async (chunk) => {
      // on a terminal that also shows the progress line: the data goes above it
      if (!terminal || status === null || chunk === '') return writeStream(process.stdout, chunk);
      process.stderr.write(ERASE_LINE);
      await writeStream(process.stdout, chunk);
      process.stderr.write(status);
    },
    finish: async () => {},
    abort: () => {},
  };
}

/** The same file, however it is named (a symlink, a relative path). */
function samePath(a: string, b: string): boolean {
  const real = (p: string): string => (existsSync(p) ? realpathSync(p) : resolve(p));
  return real(a) === real(b);
}

/** -o FILE: a temporary file in the same folder, renamed over FILE at the end; refuses to overwrite an input. */
export function fileOutput(path: string, inputs: string[]): Output {
  if (inputs.some((input) => input !== '-' && samePath(input, path))) {
    throw new UsageError(`refusing to write the output over the input ${path}`, 'choose another --output file');
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let stream: WriteStream | null = null;
  let failure: Error | null = null;
  const open = (): WriteStream => {
    if (!stream) {
      stream = createWriteStream(temporary, { flags: 'wx' });
      stream.on('error', (error) => (failure = error));
    }
    return stream;
  };
  const cleanup = (): void => rmSync(temporary, { force: true });
  process.once('exit', cleanup);
  return {
    terminal: false,
    width: 80,
    write: async (chunk) => {
      if (failure) throw failure;
      await writeStream(open(), chunk);
    },
    finish: async () => {
      const s = open();
      await new Promise<void>((done, fail) => {
        s.end(() => (failure ? fail(failure) : done()));
        s.once('error', fail);
      });
      try {
        renameSync(temporary, path);
      } catch (error) {
        throw new InputError(path, `cannot write the output: ${describeSystemError(error)}`);
      }
      process.removeListener('exit', cleanup);
    },
    abort: () => {
      (stream as WriteStream | null)?.destroy();
      cleanup();
    },
  };
}

/** Writes data to stdout, waiting when the pipe is full so large outputs keep memory flat. */
export function writeOut(chunk: string): Promise<void> {
  return writeStream(process.stdout, chunk);
}
