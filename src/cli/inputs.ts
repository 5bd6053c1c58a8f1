/**
 * Reading standard input: whole (for '-'; the library's decode stage turns
 * the bytes into text), or line by line (for --records). Files are read by
 * the batch runner (src/batch/read.ts), in the worker threads.
 */
import { StringDecoder } from 'node:string_decoder';

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The lines of a stream (without their ending, `\n` or `\r\n`), read as they
 * come: a chunk at a time, so memory holds one chunk and one line however
 * long the stream. Ends early, quietly, when the signal aborts.
 */
export async function* readLines(stream: NodeJS.ReadableStream, signal?: AbortSignal): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  const stop = (): void => void (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  signal?.addEventListener('abort', stop);
  try {
    for await (const chunk of stream) {
      const text = carry + decoder.write(chunk as Buffer);
      let start = 0;
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        yield text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end);
        start = end + 1;
      }
      carry = text.slice(start);
    }
    carry += decoder.end();
    if (carry !== '') yield carry.endsWith('\r') ? carry.slice(0, -1) : carry;
  } catch (error) {
    if (!signal?.aborted) throw error;
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}
