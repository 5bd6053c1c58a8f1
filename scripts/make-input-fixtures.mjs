#!/usr/bin/env node
/**
 * Writes the encoded copies of the seed article in fixtures/inputs/, so that
 * they can be made again byte for byte:
 *
 *   tass-putin-trump.utf16le.txt   UTF-16 LE with a byte-order mark
 *   tass-putin-trump.utf16be.txt   UTF-16 BE with a byte-order mark
 *   tass-putin-trump.cp1252.txt    Windows-1252, straight double quotes made curly (0x93, 0x94)
 *   tass-putin-trump.crlf.txt      CRLF line endings
 *   tass-putin-trump.cr.txt        CR line endings (classic Mac)
 *
 * The HTML and Markdown versions are written by hand. Run: node scripts/make-input-fixtures.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

const root = join(import.meta.dirname, '..');
const seed = readFileSync(join(root, 'fixtures', 'tass-putin-trump.txt'), 'utf8');
const out = (name, bytes) => writeFileSync(join(root, 'fixtures', 'inputs', `tass-putin-trump.${name}.txt`), bytes);

/** Straight double quotes as curly ones: opening after a line start, a space or a bracket, else closing. */
const curly = seed.replace(/"/g, (_, offset) => (offset === 0 || /[\s(\[]/u.test(seed[offset - 1]) ? '\u201C' : '\u201D'));

const utf16be = (text) => {
  const bytes = Buffer.from(text, 'utf16le');
  bytes.swap16();
  return bytes;
};

out('utf16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]));
out('utf16be', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(seed)]));
const cp1252 = iconv.encode(curly, 'windows-1252');
if (iconv.decode(cp1252, 'windows-1252') !== curly) throw new Error('the seed article has characters Windows-1252 cannot hold');
out('cp1252', cp1252);
out('crlf', Buffer.from(seed.replace(/\n/g, '\r\n'), 'utf8'));
out('cr', Buffer.from(seed.replace(/\n/g, '\r'), 'utf8'));
