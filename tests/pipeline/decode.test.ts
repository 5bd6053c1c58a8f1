/**
 * Stage 1, decode: every encoding the tool reads, binary and empty inputs.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, isSupportedEncoding } from '../../src/pipeline/01-decode.js';
import { extractQuotes } from '../../src/index.js';

const SAMPLE = '“We are ready,” said Zoë Müller — café owner, naïve?\r\nYes.';
const bytes = (...parts: (number[] | Buffer)[]): Uint8Array => Buffer.concat(parts.map((p) => (Array.isArray(p) ? Buffer.from(p) : p)));
const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();

describe('decode', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decode(Buffer.from(SAMPLE, 'utf8'))).toEqual({ text: SAMPLE, encoding: 'utf-8', binary: false, warnings: [] });
  });

  it('reads UTF-8 with a byte-order mark, and drops the mark', () => {
    expect(decode(bytes([0xef, 0xbb, 0xbf], Buffer.from(SAMPLE, 'utf8'))).text).toBe(SAMPLE);
  });

  it('reads UTF-16 LE and BE by their byte-order marks', () => {
    expect(decode(bytes([0xff, 0xfe], Buffer.from(SAMPLE, 'utf16le')))).toMatchObject({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decode(bytes([0xfe, 0xff], utf16be(SAMPLE)))).toMatchObject({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('reads UTF-16 without a byte-order mark from where its NUL bytes fall', () => {
    const text = '"We are ready to talk at any time," Putin said.\n';
    expect(decode(Buffer.from(text, 'utf16le'))).toMatchObject({ text, encoding: 'utf-16le', binary: false });
    expect(decode(utf16be(text))).toMatchObject({ text, encoding: 'utf-16be', binary: false });
  });

  it('detects Windows-1252: curly quotes 0x93 and 0x94 become “ and ”', () => {
    const text = 'The café was closed. “We are ready to talk at any time,” the owner said. “It’s a new day for the town.”\n';
    const decoded = decode(iconv.encode(text, 'windows-1252'));
    expect(decoded).toMatchObject({ text, encoding: 'windows-1252', warnings: [] });
  });

  it('reads a page that is not UTF-8 in the charset it declares', () => {
    const page = '<html><head><meta charset="iso-8859-2"></head><body><p>"Jesteśmy gotowi" - powiedział prezydent w Łodzi.</p></body></html>';
    expect(decode(iconv.encode(page, 'iso-8859-2'))).toMatchObject({ text: page, encoding: 'iso-8859-2' });
    const declared = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>“Ready,” she said.</p>';
    expect(decode(iconv.encode(declared, 'windows-1252'))).toMatchObject({ text: declared, encoding: 'windows-1252' });
  });

  it('reads Latin-1 text as Windows-1252 (its superset)', () => {
    const text = 'Le maire a déclaré que la ville était prête. « Nous sommes prêts », a-t-il dit à Genève.\n';
    expect(decode(iconv.encode(text, 'latin1'))).toMatchObject({ text, encoding: 'windows-1252' });
  });

  it('uses the encoding it is told, whatever the bytes look like', () => {
    const latin1 = iconv.encode('déjà vu', 'latin1');
    expect(decode(latin1, { encoding: 'latin1' })).toMatchObject({ text: 'déjà vu', encoding: 'latin1' });
    expect(decode(Buffer.from('déjà', 'utf8'), { encoding: 'windows-1252' }).text).toBe('dÃ©jÃ\u00A0');
  });

  it('replaces invalid UTF-8 with U+FFFD and warns, never throws', () => {
    const damaged = bytes(Buffer.from('“Good,” she said. ', 'utf8'), [0xff, 0xfe, 0x80], Buffer.from(' Café.', 'utf8'));
    const decoded = decode(damaged);
    expect(decoded.text).toBe('“Good,” she said. \uFFFD\uFFFD\uFFFD Café.');
    expect(decoded.warnings).toEqual([{ code: 'invalid-encoding', message: expect.stringContaining('not valid UTF-8') }]);
  });

  it('replaces invalid bytes with a warning when UTF-8 is forced', () => {
    expect(decode(bytes([0x61, 0x93, 0x62]), { encoding: 'utf-8' })).toMatchObject({ text: 'a\uFFFDb', warnings: [{ code: 'invalid-encoding' }] });
  });

  it('warns about an unknown encoding name and detects instead', () => {
    expect(decode(Buffer.from('plain', 'utf8'), { encoding: 'klingon-8' })).toMatchObject({
      text: 'plain',
      warnings: [{ code: 'unknown-encoding' }],
    });
    expect(isSupportedEncoding('klingon-8')).toBe(false);
    expect(isSupportedEncoding('windows-1252')).toBe(true);
  });

  it('refuses binary data: NUL bytes, or many control characters', () => {
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decode(png)).toEqual({ text: '', encoding: 'binary', binary: true, warnings: [{ code: 'binary-input', message: 'not a text file (binary data)' }] });
    const controls = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 0x01 : 0x41)));
    expect(decode(controls).binary).toBe(true);
    // a few control characters in a long text are not enough
    const text = `${'a line of ordinary text. '.repeat(40)}\u0007`;
    expect(decode(Buffer.from(text, 'utf8')).binary).toBe(false);
  });

  it('refuses binary data in UTF-16 too, once decoded', () => {
    expect(decode(bytes([0xff, 0xfe], Buffer.from('ab\u0000\u0000cd', 'utf16le'))).binary).toBe(true);
  });

  it('gives empty text, no warning, for an empty input', () => {
    expect(decode(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', binary: false, warnings: [] });
    expect(extractQuotes(new Uint8Array())).toMatchObject({ text: '', quotes: [], speakers: [], warnings: [] });
  });

  it('leaves a string as it is, less a byte-order mark', () => {
    expect(decode('\uFEFFa\r\nb')).toMatchObject({ text: 'a\r\nb', encoding: 'utf-8' });
  });
});
