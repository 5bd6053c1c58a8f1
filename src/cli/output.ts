/**
 * Writing to stdout and stderr: data on stdout, one-line diagnostics on
 * stderr prefixed "quotes:". A closed pipe (`quotes … | head -1`) ends the
 * program quietly with status 0.
 */

export function diagnostic(line: string): void {
  process.stderr.write(`quotes: ${line.replace(/[\r\n]+/g, ' ')}\n`);
}

let pipeWatched = false;

/** Exit 0 quietly when the reader of stdout goes away. */
export function watchClosedPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    diagnostic(`cannot write the output: ${error.message}`);
    process.exit(1);
  });
}

/** Writes data to stdout, waiting when the pipe is full so large outputs keep memory flat. */
export async function writeOut(chunk: string): Promise<void> {
  if (chunk.length === 0) return;
  if (!process.stdout.write(chunk)) {
    await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}
