/**
 * Reading standard input: whole (for '-'; the library's decode stage turns
 * the bytes into text), or line by line (for --records). Files are read by
 * the batch runner (src/batch/read.ts), in the worker threads.
 */
import { StringDecoder } from 'node:string_decoder';

/**
 * Standard input's bytes; past `maxSize`, only how many there were: the rest
 * is read to its end (the writer is not cut off) and let go as it comes.
 */
export async function readStdin(maxSize = Infinity): Promise<{ bytes: Uint8Array } | { size: number }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size <= maxSize) chunks.push(chunk as Buffer);
    else chunks.length = 0;
  }
  return size <= maxSize ? { bytes: Buffer.concat(chunks) } : { size };
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
