/**
 * Stage 1, decode: turn the input (a string, or bytes read from a file) into
 * the text every later offset indexes. Only a byte-order mark is removed;
 * line endings and odd characters stay, so `text.slice(start, end)` is exact.
 *
 * Bytes are decoded, in this order of precedence:
 *   1. with the encoding the caller names (`encoding: 'windows-1252'`);
 *   2. by their byte-order mark (UTF-8, UTF-16 LE or BE);
 *   3. as UTF-16 without a mark when every other byte is NUL (ASCII-heavy UTF-16);
 *   4. as UTF-8 when they are valid UTF-8, or hold UTF-8 sequences among bad bytes;
 *   5. with the charset a web page declares (`<meta charset="windows-1252">`);
 *   6. with the encoding chardet detects (ISO-8859-1 read as its superset
 *      Windows-1252, whose 0x93/0x94 are “ and ”);
 *   7. else as UTF-8, invalid bytes becoming U+FFFD, with a warning.
 * Bytes that are not text (NUL bytes, or many control characters, in the
 * first 8 KB) give no text and a `binary-input` warning; nothing throws.
 */
import { chardet, iconv } from '../lazy.js';
import type { Warning } from '../types.js';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read with (`utf-8` for a string). */
  encoding: string;
  /** True when the bytes are not text: `text` is then empty. */
  binary: boolean;
  warnings: Warning[];
}

const BOM = '\uFEFF';

/** The code of the warning that refuses bytes that are not text (the CLI reports it as a failed input). */
export const BINARY_INPUT = 'binary-input';

/** How much of the input the binary and UTF-16 tests look at. */
const SNIFF_BYTES = 8192;
/** A text file has fewer control characters than this share of its bytes (tab, line ends, form feed and escape aside). */
const MAX_CONTROL_SHARE = 0.1;

/** True when iconv-lite can decode this encoding name ("utf-8", "latin1", "cp1252", "utf-16be", …). */
export function isSupportedEncoding(name: string): boolean {
  return iconv().encodingExists(name);
}

/** A byte (or character) of the C0 range that text files do not hold: not tab, line feed, vertical tab, form feed, carriage return or escape. */
function isControlByte(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b;
}

/**
 * UTF-16 without a byte-order mark, read from where its NUL bytes fall:
 * English text in UTF-16 LE has a NUL at every odd index, in BE at every even one.
 */
function bomlessUtf16(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (head.length < 4 || head.length % 2 !== 0) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  const pairs = head.length / 2;
  if (evenNul === 0 && oddNul >= pairs * 0.5) return 'utf-16le';
  if (oddNul === 0 && evenNul >= pairs * 0.5) return 'utf-16be';
  return null;
}

/** A NUL, or many control characters, in the head of a text: not a text file. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code === 0) return true;
    if (isControlByte(code)) controls++;
  }
  return head.length > 0 && controls / head.length > MAX_CONTROL_SHARE;
}

function byteOrderMark(input: Uint8Array): string | null {
  if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) return 'utf-8';
  if (input[0] === 0xff && input[1] === 0xfe) return 'utf-16le';
  if (input[0] === 0xfe && input[1] === 0xff) return 'utf-16be';
  return null;
}

/** Decodes as UTF-8; invalid bytes become U+FFFD and add a warning. */
function decodeUtf8(input: Uint8Array, warnings: Warning[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    warnings.push({
      code: 'invalid-encoding',
      message: 'the input is not valid UTF-8; invalid bytes were replaced with U+FFFD',
    });
    return new TextDecoder('utf-8').decode(input);
  }
}

/** The encoding chardet finds for bytes that are not UTF-8, as iconv-lite names it; null when it finds none it can decode. */
function detectEncoding(input: Uint8Array): string | null {
  const detected = chardet().detect(input);
  if (!detected) return null;
  const name = detected.toLowerCase();
  // ISO-8859-1 text from Windows uses 0x80–0x9F for curly quotes and dashes: Windows-1252 reads both
  if (name === 'iso-8859-1' || name === 'windows-1252') return 'windows-1252';
  if (name.startsWith('utf-') || name.startsWith('utf_')) return null;
  return iconv().encodingExists(name) ? name : null;
}

/** The charset a page declares near its start: `<meta charset="…">` or `<meta http-equiv="Content-Type" content="text/html; charset=…">`. */
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/iu;
/** How far into a page the declaration is looked for (the HTML standard's pre-scan reads 1024 bytes). */
const META_SCAN_BYTES = 1024;

/** The encoding a page declares, as detection would use it (ISO-8859-1 read as Windows-1252); null when none, or one iconv-lite does not know. */
function declaredEncoding(input: Buffer): string | null {
  const declared = META_CHARSET.exec(input.subarray(0, META_SCAN_BYTES).toString('latin1'))?.[1]?.toLowerCase();
  if (!declared || declared.startsWith('utf-')) return null;
  if (declared === 'iso-8859-1' || declared === 'latin1' || declared === 'us-ascii') return 'windows-1252';
  return iconv().encodingExists(declared) ? declared : null;
}

/** A well-formed UTF-8 multi-byte sequence, which single-byte encodings almost never produce ("Ã©" is one). */
const UTF8_SEQUENCE = /[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3}/;

function hasUtf8Sequence(input: Buffer): boolean {
  return UTF8_SEQUENCE.test(input.toString('latin1'));
}

function binary(encoding: string): DecodedText {
  return {
    text: '',
    encoding,
    binary: true,
    warnings: [{ code: BINARY_INPUT, message: 'not a text file (binary data)' }],
  };
}

function decoded(text: string, encoding: string, warnings: Warning[]): DecodedText {
  if (looksBinary(text)) return binary(encoding);
  return { text: text.startsWith(BOM) ? text.slice(1) : text, encoding, binary: false, warnings };
}

export interface DecodeOptions {
  /** Read the bytes with this encoding (any name iconv-lite knows) instead of detecting one. */
  encoding?: string;
}

export function decode(source: string | Uint8Array, options: DecodeOptions = {}): DecodedText {
  if (typeof source === 'string') {
    return { text: source.startsWith(BOM) ? source.slice(1) : source, encoding: 'utf-8', binary: false, warnings: [] };
  }
  const input = Buffer.from(source.buffer, source.byteOffset, source.byteLength);
  const warnings: Warning[] = [];
  const forced = options.encoding;
  if (forced !== undefined && !isSupportedEncoding(forced)) {
    warnings.push({ code: 'unknown-encoding', message: `unknown encoding '${forced}'; the encoding was detected instead` });
  } else if (forced !== undefined) {
    const name = forced.toLowerCase().replace(/_/g, '-');
    if (name === 'utf-8' || name === 'utf8') return decoded(decodeUtf8(input, warnings), 'utf-8', warnings);
    return decoded(iconv().decode(input, forced), name, warnings);
  }
  const marked = byteOrderMark(input);
  if (marked === 'utf-8') return decoded(decodeUtf8(input, warnings), marked, warnings);
  // TextDecoder drops the byte-order mark itself (ignoreBOM defaults to false)
  if (marked) return decoded(new TextDecoder(marked).decode(input), marked, warnings);
  const head = input.subarray(0, Math.min(input.length, SNIFF_BYTES));
  const utf16 = bomlessUtf16(head.subarray(0, head.length - (head.length % 2)));
  if (utf16) return decoded(new TextDecoder(utf16).decode(input), utf16, warnings);
  // bytes read as Latin-1 keep their values: the same test serves bytes and decoded text
  if (looksBinary(head.toString('latin1'))) return binary('binary');
  try {
    return decoded(new TextDecoder('utf-8', { fatal: true }).decode(input), 'utf-8', warnings);
  } catch {
    // not UTF-8: a legacy single-byte encoding, or damaged UTF-8
  }
  // damaged UTF-8 (valid multi-byte sequences with a few bad bytes) stays UTF-8, with replacement characters
  const detected = hasUtf8Sequence(input) ? null : (declaredEncoding(input) ?? detectEncoding(input));
  if (detected) return decoded(iconv().decode(input, detected), detected, warnings);
  return decoded(decodeUtf8(input, warnings), 'utf-8', warnings);
}
