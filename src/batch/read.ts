/**
 * Reading one article from a file for a batch: refuses what is not an
 * article (a folder, a file over the size limit) with a reason in plain
 * words, so that the batch can report it on one line and go on. Binary data
 * is refused by the decode stage (a `binary-input` warning), for every input.
 */
import { Buffer } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';

/** The size limit of an input when none is given: far above any article, far below what would exhaust memory. */
export const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;

/** An input that cannot be read as an article; the message says why in plain words. */
export class InputFailure extends Error {
  override name = 'InputFailure';
}

/** The cause of a file-system error in plain words ("no such file or directory"). */
export function describeSystemError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** A byte count for people: 2048 → "2 KiB". */
export function formatSize(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit++;
  }
  return `${unit === 0 ? size : Number(size.toFixed(1))} ${units[unit]}`;
}

/** The failure of an input of `size` bytes over the limit. */
export function tooLarge(size: number, maxSize: number): InputFailure {
  return new InputFailure(`too large (${formatSize(size)}, over the limit of ${formatSize(maxSize)}); skipped`);
}

/**
 * The bytes of an article file, its path given as text or as bytes (a name
 * that is not UTF-8). Throws InputFailure when the file cannot be
 * read, is a folder, or is larger than maxSize. Pipes
 * and devices (`<(…)`, /dev/stdin) are read to their end.
 */
export function readArticle(path: string | Uint8Array, maxSize = DEFAULT_MAX_SIZE): Uint8Array {
  let bytes: Uint8Array;
  try {
    const fd = openSync(typeof path === 'string' ? path : Buffer.from(path.buffer, path.byteOffset, path.byteLength), 'r');
    try {
      const stat = fstatSync(fd);
      if (stat.isDirectory()) throw new InputFailure('is a directory');
      if (stat.isFile() && stat.size > maxSize) throw tooLarge(stat.size, maxSize);
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw error instanceof InputFailure ? error : new InputFailure(describeSystemError(error));
  }
  if (bytes.length > maxSize) throw tooLarge(bytes.length, maxSize);
  return bytes;
}
