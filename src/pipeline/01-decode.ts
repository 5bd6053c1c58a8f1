/**
 * Stage 1, decode: turn the input (a string, or bytes read from a file) into
 * the text every later offset indexes. Only a byte-order mark is removed;
 * line endings and odd characters stay, so `text.slice(start, end)` is exact.
 *
 * Bytes are decoded as UTF-16 when they open with a UTF-16 byte-order mark,
 * else as UTF-8; invalid UTF-8 becomes U+FFFD and adds a warning.
 */
import type { Warning } from '../types.js';

export interface DecodedText {
  text: string;
  warnings: Warning[];
}

const BOM = '\uFEFF';

export function decode(input: string | Uint8Array): DecodedText {
  if (typeof input === 'string') {
    return { text: input.startsWith(BOM) ? input.slice(1) : input, warnings: [] };
  }
  const warnings: Warning[] = [];
  let encoding = 'utf-8';
  if (input.length >= 2 && input[0] === 0xff && input[1] === 0xfe) encoding = 'utf-16le';
  else if (input.length >= 2 && input[0] === 0xfe && input[1] === 0xff) encoding = 'utf-16be';
  // TextDecoder drops the byte-order mark itself (ignoreBOM defaults to false).
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(input);
  } catch {
    text = new TextDecoder(encoding).decode(input);
    warnings.push({
      code: 'invalid-encoding',
      message: `the input is not valid ${encoding.toUpperCase()}; invalid bytes were replaced with U+FFFD`,
    });
  }
  return { text, warnings };
}
