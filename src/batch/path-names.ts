/**
 * File names are bytes, not text: most are UTF-8, but a folder may hold one
 * that is not (copied from another system, or named in a legacy encoding).
 * The folder walk carries such a path as its bytes, so that it can be read;
 * these say how it is shown: in data as text with U+FFFD for each bad byte,
 * the exact bytes beside it (base64); in diagnostics with each bad byte
 * escaped as `\xff`, so that a line says which file it is.
 */
import { Buffer, isUtf8 } from 'node:buffer';

/** Valid UTF-8 only, byte-order mark kept: the test of one sequence. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Bytes of the UTF-8 sequence a lead byte opens; 0 for a byte that opens none. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** A path as text: exact when it is UTF-8, else each bad byte as U+FFFD. */
export function pathText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** A path for a diagnostic: the text it holds, each byte that is not UTF-8 as `\xff`. */
export function escapedPath(bytes: Uint8Array): string {
  if (isUtf8(bytes)) return pathText(bytes);
  let shown = '';
  let at = 0;
  while (at < bytes.length) {
    const length = sequenceLength(bytes[at]!);
    if (length > 0 && at + length <= bytes.length) {
      try {
        shown += STRICT_UTF8.decode(bytes.subarray(at, at + length));
        at += length;
        continue;
      } catch {
        // not a sequence: the lead byte is escaped below
      }
    }
    shown += `\\x${bytes[at]!.toString(16).padStart(2, '0')}`;
    at++;
  }
  return shown;
}

/**
 * A path's bytes as a string of one character per byte (Latin-1): the path
 * functions (join, resolve, dirname) work on it as on the bytes ('/' and '.'
 * are ASCII), and two paths are the same string only when they are the same bytes.
 */
export function byteString(path: string | Uint8Array): string {
  return (typeof path === 'string' ? Buffer.from(path) : Buffer.from(path.buffer, path.byteOffset, path.byteLength)).toString('latin1');
}

/** The bytes of a path held as a byte string (see byteString), for the file system. */
export function fromByteString(path: string): Buffer {
  return Buffer.from(path, 'latin1');
}

/** The exact bytes of a path, for JSON. */
export function pathBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
