/**
 * CLI tests for real inputs: HTML and Markdown by extension and by sniffing,
 * --input-format, --encoding, --print-text, --include-text, binary and empty
 * files. They spawn the real binary (built by `npm test`'s pretest step).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'quotes.js');
const PAGE = 'fixtures/inputs/tass-putin-trump.html';
const MARKDOWN = 'fixtures/inputs/tass-putin-trump.md';

function quotes(args: string[], input: string | Buffer = '') {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const records = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
const scratch = mkdtempSync(join(tmpdir(), 'quotes-inputs-'));
const file = (name: string, bytes: Buffer | string): string => {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return path;
};

describe('HTML and Markdown inputs', () => {
  it('reads a .html file as a page: offsets index the text --print-text prints', () => {
    const text = quotes([PAGE, '--print-text']);
    expect(text.status).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout.startsWith('Putin backs Trump’s intention to mend ties with Russia\n\n')).toBe(true);
    expect(text.stdout).not.toContain('<');
    const jsonl = quotes([PAGE, '--format', 'jsonl']);
    const lines = records(jsonl.stdout);
    expect(lines.length).toBeGreaterThanOrEqual(14);
    for (const record of lines) {
      expect(record.parts.map((p: { start: number; end: number }) => text.stdout.slice(p.start, p.end)).join(' ')).toBe(record.text);
    }
  });

  it('sniffs a page given on standard input', () => {
    const run = quotes(['-', '--print-text'], readFileSync(join(ROOT, PAGE)));
    expect(run.stdout.startsWith('Putin backs Trump’s intention')).toBe(true);
  });

  it('reads a .md file as Markdown, and --input-format text reads it as it is', () => {
    expect(quotes([MARKDOWN, '--print-text']).stdout).not.toContain('**');
    expect(quotes([MARKDOWN, '--print-text', '--input-format', 'text']).stdout).toBe(readFileSync(join(ROOT, MARKDOWN), 'utf8'));
  });

  it('--input-format markdown reads standard input as Markdown', () => {
    const run = quotes(['-', '--input-format', 'markdown', '--format', 'jsonl'], '"We are ready to talk at any time," **Vladimir Putin** said.\n');
    expect(records(run.stdout)).toEqual([expect.objectContaining({ speaker: expect.objectContaining({ name: 'Vladimir Putin', mention: expect.objectContaining({ text: 'Vladimir Putin' }) }) })]);
  });

  it('--include-text adds the text to json documents; offsets index it', () => {
    const run = quotes([PAGE, '--format', 'json', '--include-text']);
    expect(run.status).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(document.text.startsWith('Putin backs Trump’s intention')).toBe(true);
    for (const q of document.quotes) {
      expect(q.parts.map((p: { start: number; end: number }) => document.text.slice(p.start, p.end)).join(' ')).toBe(q.text);
    }
    expect(JSON.parse(quotes([PAGE, '--format', 'json']).stdout).text).toBeUndefined();
  });

  it('--include-text outside json, and an unknown input format, are usage errors (exit 2)', () => {
    const include = quotes([PAGE, '--include-text']);
    expect(include.status).toBe(2);
    expect(include.stderr).toMatch(/^quotes: --include-text adds the text to json documents/u);
    const format = quotes([PAGE, '--input-format', 'pdf']);
    expect(format.status).toBe(2);
    expect(format.stderr).toBe("quotes: unknown input format 'pdf' (choose one of auto, text, html, markdown)\n");
    expect(format.stdout).toBe('');
  });
});

describe('--explain', () => {
  it('lists the non-body lines left out, with their kind and offsets', () => {
    const run = quotes(['fixtures/tass-putin-trump.txt', '--explain', '--format', 'jsonl']);
    expect(run.status).toBe(0);
    const lines = run.stderr.split('\n').filter((l) => l.includes('not body'));
    expect(lines).toEqual([
      'quotes: fixtures/tass-putin-trump.txt: not body (navigation) at 0-8: All news',
      'quotes: fixtures/tass-putin-trump.txt: not body (dateline) at 134-161: TOKYO, December 13. /TASS/.',
    ]);
  });
});

describe('encodings', () => {
  const article = '“We are ready to talk at any time,” said the café owner, Zoë Müller.\n';

  it('detects Windows-1252 and prints the text as UTF-8', () => {
    const run = quotes([file('cp1252.txt', iconv.encode(article, 'windows-1252')), '--print-text']);
    expect(run).toEqual({ status: 0, stdout: article, stderr: '' });
  });

  it('--encoding NAME reads the file in that encoding', () => {
    const path = file('latin1.txt', iconv.encode('« Prêts », a dit Zoë.\n', 'latin1'));
    expect(quotes([path, '--encoding', 'latin1', '--print-text']).stdout).toBe('« Prêts », a dit Zoë.\n');
    // told it is UTF-8, the same bytes are invalid: replacement characters and a warning
    const forced = quotes([path, '--encoding', 'utf-8', '--print-text']);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('\uFFFD');
    expect(forced.stderr).toBe(`quotes: ${path}: warning: the input is not valid UTF-8; invalid bytes were replaced with U+FFFD\n`);
  });

  it('an unknown --encoding is a usage error (exit 2), nothing processed', () => {
    const run = quotes([PAGE, '--encoding', 'klingon-8']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe("quotes: unknown encoding 'klingon-8' (try utf-8, utf-16le, utf-16be, windows-1252 or latin1)\n");
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const path = file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, 'utf16le')]));
    expect(quotes([path, '--print-text']).stdout).toBe(article);
  });
});

describe('binary and empty files', () => {
  it('refuses a binary file with one clear line, processes the others, exits 1', () => {
    const binary = file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const run = quotes([binary, 'fixtures/tass-putin-trump.txt', '--format', 'jsonl']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`quotes: ${binary}: not a text file (binary data)\n`);
    expect(records(run.stdout).every((r) => r.file === 'fixtures/tass-putin-trump.txt')).toBe(true);
    expect(records(run.stdout).length).toBeGreaterThanOrEqual(10);
  });

  it('an empty file gives no quotes and no error', () => {
    const empty = file('empty.txt', '');
    expect(quotes([empty, '--format', 'jsonl'])).toEqual({ status: 0, stdout: '', stderr: '' });
    const json = quotes([empty, '--format', 'json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ quotes: [], speakers: [], warnings: [] });
  });

  it('empty standard input gives no quotes and no error', () => {
    expect(quotes(['-', '--format', 'jsonl'], '')).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});
