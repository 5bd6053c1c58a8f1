/**
 * CLI tests: spawn the real binary (bin/quotes.js, built by `npm test`'s
 * pretest step) and check stdout, stderr and exit status separately.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'quotes.js');
const SEED = 'fixtures/tass-putin-trump.txt';
const CORPUS = 'fixtures/eval/corpus';

function quotes(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const records = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));

describe('quotes FILE', () => {
  it('prints a readable list of the quotes and exits 0', () => {
    const run = quotes([SEED, '--format', 'list']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Vladimir Putin');
    expect(run.stdout).toContain('We cannot but support this.');
  });

  it('prints one JSON record per quote with --format jsonl, offsets indexing the file', () => {
    const run = quotes([SEED, '--format', 'jsonl']);
    expect(run.status).toBe(0);
    const text = readFileSync(join(ROOT, SEED), 'utf8');
    const lines = records(run.stdout);
    expect(lines.length).toBeGreaterThanOrEqual(10);
    for (const [i, record] of lines.entries()) {
      expect(record.file).toBe(SEED);
      expect(record.index).toBe(i);
      expect(Object.keys(record)).toEqual(['file', 'index', 'type', 'text', 'start', 'end', 'parts', 'paragraph', 'speaker', 'cue', 'confidence', 'sieve']);
      expect(text.slice(record.parts[0].start, record.parts[0].end)).toBe(record.text.slice(0, record.parts[0].end - record.parts[0].start));
    }
  });

  it("reads standard input for '-', named '-' in the output", () => {
    const run = quotes(['-', '--format', 'jsonl'], '"We are ready to talk at any time," Putin said.\n');
    expect(run.status).toBe(0);
    expect(records(run.stdout)).toEqual([
      expect.objectContaining({ file: '-', text: 'We are ready to talk at any time,', speaker: expect.objectContaining({ name: 'Putin' }) }),
    ]);
  });

  it('reads standard input when no file is given and input is piped', () => {
    const run = quotes(['--format', 'jsonl'], '"We are ready to talk at any time," Putin said.\n');
    expect(run.status).toBe(0);
    expect(records(run.stdout)).toHaveLength(1);
  });

  it('prints one JSON document with --format json', () => {
    const run = quotes([SEED, '--format', 'json']);
    const document = JSON.parse(run.stdout);
    expect(document).toEqual(expect.objectContaining({ file: SEED, quotes: expect.any(Array), speakers: expect.any(Array), warnings: [] }));
  });

  it('reports a missing file on stderr, processes the others, and exits 1', () => {
    const run = quotes(['no-such-file.txt', SEED, '--format', 'jsonl']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('quotes: no-such-file.txt: no such file or directory\n');
    expect(records(run.stdout).length).toBeGreaterThanOrEqual(10);
  });

  it('exits 2 with a one-line hint on an unknown option or format, printing nothing on stdout', () => {
    for (const args of [['--bogus', SEED], ['--format', 'xml', SEED]]) {
      const run = quotes(args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^quotes: .+\n$/);
    }
  });

  it('prints its version and help on stdout, exit 0', () => {
    const version = quotes(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const help = quotes(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Exit status');
  });

  it('runs as the installed command does, through its launcher (its Node flags, environment and start-up snapshot), with the same output', () => {
    const direct = spawnSync(BIN, [SEED, '--format', 'jsonl'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(direct.status).toBe(0);
    expect(direct.stderr).toBe('');
    expect(direct.stdout).toBe(quotes([SEED, '--format', 'jsonl']).stdout);
  });

  it('explains on stderr which sieve decided each quotation', () => {
    const run = quotes(['-', '--explain', '--format', 'jsonl'], '"We are ready to talk at any time," said Putin.\n');
    expect(run.stderr).toMatch(/^quotes: -: quotation at 1-34 ¶1: tried sourceless-cue \(no\), reported-clause \(no\), speaker-label \(no\), learned-clause \(no\), mixed-according-to \(no\), quote-cue-name; decided by quote-cue-name\n$/);
  });

  it('says so and exits 1 when stdout cannot be written (a full disk)', () => {
    const run = spawnSync('bash', ['-c', `node "${BIN}" --format jsonl "${SEED}" > /dev/full`], { encoding: 'utf8', cwd: ROOT });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('quotes: cannot write the output: no space left on the device\n');
  });

  it('ends quietly with status 0 when the reader closes the pipe', () => {
    const big = mkdtempSync(join(tmpdir(), 'quotes-'));
    const file = join(big, 'big.txt');
    writeFileSync(file, '"We are ready to talk at any time," Putin said.\n\n'.repeat(20000));
    const run = spawnSync('bash', ['-c', `set -o pipefail; node "${BIN}" --format jsonl "${file}" | head -1 >/dev/null`], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

/** RFC 4180 CSV, parsed back: quoted fields with doubled quotation marks, commas and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

const ANSI = /\u001b\[/;
const TRICKY = 'Tricky paragraph.\n\n"We said, ""no"", and then\nwe left, with commas, quotes and lines," said Ana Ruiz.\n';

describe('formats', () => {
  it('prints a table by default, with no colour when stdout is not a terminal', () => {
    const run = quotes([SEED]);
    expect(run.stdout.split('\n')[1]).toMatch(/^#\s+¶\s+type\s+speaker\s+cue\s+conf\s+quote$/);
    expect(run.stdout).not.toMatch(ANSI);
  });

  it('colours with --color always, and never in machine formats', () => {
    expect(quotes([SEED, '--color', 'always']).stdout).toMatch(ANSI);
    for (const format of ['json', 'jsonl', 'csv', 'tsv']) expect(quotes([SEED, '--color', 'always', '--format', format]).stdout).not.toMatch(ANSI);
  });

  // on a real terminal (a pseudo-terminal from util-linux's script): borders, and colour only when colour is on
  it.skipIf(!existsSync('/usr/bin/script'))('on a terminal, draws borders, and prints no escape code with --color never or NO_COLOR', () => {
    const onTerminal = (args: string, env: Record<string, string> = {}) =>
      spawnSync('/usr/bin/script', ['-qc', `"${process.execPath}" "${BIN}" ${args}`, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env } }).stdout;
    expect(onTerminal(SEED)).toMatch(ANSI);
    for (const plain of [onTerminal(`${SEED} --color never`), onTerminal(SEED, { NO_COLOR: '1' })]) {
      expect(plain).toContain('│');
      expect(plain).not.toMatch(ANSI);
    }
  });

  // the table is drawn 200 rows at a time (cli-table3's layout is quadratic in its rows); the parts must join as one table
  const LONG = Array.from({ length: 450 }, (_, i) => `“We will finish part ${i + 1} of the work,” said Ana Ruiz.`).join('\n\n');
  const tableRows = (lines: string[]) => lines.filter((l) => /^│? ?\d+ /.test(l)).map((l) => Number(/\d+/.exec(l)![0]));

  it('draws a long document as one table: one header, every row once and in order', () => {
    const run = quotes(['-', '--format', 'table'], LONG);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => /^#\s+¶\s+type/.test(l))).toHaveLength(1);
    expect(tableRows(lines)).toEqual(Array.from({ length: 450 }, (_, i) => i));
    expect(run.stdout.endsWith('\n') && !run.stdout.endsWith('\n\n')).toBe(true);
  });

  it.skipIf(!existsSync('/usr/bin/script'))('on a terminal, draws a long document as one bordered table', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'quotes-long-')), 'long.txt');
    writeFileSync(file, LONG);
    const lines = spawnSync('/usr/bin/script', ['-qc', `"${process.execPath}" "${BIN}" "${file}" --color never`, '/dev/null'], { cwd: ROOT, encoding: 'utf8' }).stdout.split(/\r?\n/);
    expect(lines.filter((l) => l.startsWith('┌'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('└'))).toHaveLength(1);
    expect(lines.filter((l) => /^│ #/.test(l))).toHaveLength(1);
    // a separator under the header and between every two rows
    expect(lines.filter((l) => l.startsWith('├'))).toHaveLength(450);
    expect(tableRows(lines)).toEqual(Array.from({ length: 450 }, (_, i) => i));
  });

  it('--format json of several documents is an array of what each prints alone, a line separator inside a quote kept as it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotes-json-'));
    writeFileSync(join(dir, 'a.txt'), '“We will\u2028win this,” said Ana Ruiz.\n');
    writeFileSync(join(dir, 'b.txt'), readFileSync(join(ROOT, SEED)));
    const both = quotes([join(dir, 'a.txt'), join(dir, 'b.txt'), '--format', 'json']);
    expect(both.status).toBe(0);
    const alone = ['a.txt', 'b.txt'].map((f) => JSON.parse(quotes([join(dir, f), '--format', 'json']).stdout));
    expect(JSON.parse(both.stdout)).toEqual(alone);
    expect(alone[0].quotes[0].text).toBe('We will\u2028win this,');
  });

  it('--json is --format json', () => {
    expect(quotes([SEED, '--json']).stdout).toBe(quotes([SEED, '--format', 'json']).stdout);
  });

  it('writes CSV that parses back to the same values as jsonl, commas, quotes and line breaks included', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'quotes-')), 'tricky.txt');
    writeFileSync(file, TRICKY);
    for (const input of [SEED, file]) {
      const csv = parseCsv(quotes([input, '--format', 'csv', '--context']).stdout);
      const jsonl = records(quotes([input, '--format', 'jsonl', '--context']).stdout);
      expect(csv[0]).toEqual(['file', 'index', 'paragraph', 'type', 'speaker', 'kind', 'mention', 'cue', 'confidence', 'sieve', 'start', 'end', 'text', 'context']);
      expect(csv.slice(1).map((r) => [r[1], r[4], r[12], r[13]])).toEqual(jsonl.map((j) => [String(j.index), j.speaker?.name ?? '', j.text, j.context]));
    }
  });

  it('writes one CSV header for many files', () => {
    const csv = parseCsv(quotes([SEED, 'fixtures/interrupted-and-continued.txt', '--format', 'csv']).stdout);
    expect(csv.filter((r) => r[0] === 'file')).toHaveLength(1);
    expect(new Set(csv.slice(1).map((r) => r[0]))).toEqual(new Set([SEED, 'fixtures/interrupted-and-continued.txt']));
  });

  it('writes TSV with one line per quote, tabs and line breaks escaped', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'quotes-')), 'tricky.txt');
    writeFileSync(file, TRICKY);
    const lines = quotes([file, '--format', 'tsv']).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.split('\t').length === 13)).toBe(true);
    expect(lines[1]).toContain('and then\\nwe left');
  });

  it('writes a Markdown table', () => {
    const lines = quotes([SEED, '--format', 'md']).stdout.trimEnd().split('\n');
    expect(lines[1]).toMatch(/^\|( --- \|)+$/);
    expect(lines.slice(2).every((l) => l.startsWith('| fixtures/tass-putin-trump.txt |'))).toBe(true);
  });

  it('--highlight prints the article with each quote marked and its speaker named', () => {
    const run = quotes([SEED, '--highlight']);
    expect(run.stdout).toContain('TOKYO, December 13. /TASS/.');
    expect(run.stdout).toContain('⟦We cannot but support this.');
    expect(run.stdout.match(/\[Vladimir Putin\]/g)).toHaveLength(records(quotes([SEED, '--format', 'jsonl']).stdout).length);
  });

  it('--speakers prints one row per speaker', () => {
    const run = quotes([SEED, '--speakers', '--format', 'csv']);
    expect(parseCsv(run.stdout)).toEqual([
      ['file', 'speaker', 'kind', 'title', 'quotes', 'direct', 'mixed', 'indirect', 'mentions'],
      [SEED, 'Vladimir Putin', 'person', 'President', '15', '9', '1', '5', 'Putin; The president; President Vladimir Putin; the president; the Russian president; the Russian leader'],
    ]);
  });

  it('--context adds the sentence around each quote', () => {
    for (const record of records(quotes([SEED, '--format', 'jsonl', '--context']).stdout)) {
      expect(record.context).toContain(record.text.split(' ')[0]);
    }
  });

  it('never prints control characters of an article raw in the table, list or highlight views', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'quotes-')), 'escapes.txt');
    writeFileSync(file, '"We will \u001b[31mwin\u001b[0m this race easily," said Ana Ruiz.\n');
    for (const view of [['--format', 'table'], ['--format', 'list'], ['--highlight']]) {
      expect(quotes([file, ...view]).stdout).not.toMatch(ANSI);
    }
  });
});

describe('filters', () => {
  const all = records(quotes([SEED, '--format', 'jsonl']).stdout);

  it('--type keeps the quote types asked for', () => {
    const mixed = records(quotes([SEED, '--format', 'jsonl', '--type', 'mixed']).stdout);
    expect(mixed.map((r) => r.type)).toEqual(['mixed']);
    const withoutIndirect = records(quotes([SEED, '--format', 'jsonl', '--type', 'direct,mixed']).stdout);
    expect(withoutIndirect).toHaveLength(all.filter((r) => r.type !== 'indirect').length);
    expect(withoutIndirect.length).toBeLessThan(all.length);
  });

  it('--speaker matches the canonical name, a leading or trailing part of it, or any mention of that speaker, in any case', () => {
    const putin = [...new Set(all.map((r) => r.speaker?.name).filter((n) => /\bPutin$/.test(n ?? '')))];
    expect(putin).toHaveLength(1);
    const his = all.filter((r) => r.speaker?.name === putin[0]);
    // his quotes include some whose mention does not say "Putin": the filter is by speaker, not by mention
    expect(his.some((r) => !/putin/i.test(r.speaker.mention?.text ?? ''))).toBe(true);
    for (const query of ['PUTIN', 'vladimir putin', 'Vladimir', 'The Russian Leader']) {
      expect(records(quotes([SEED, '--format', 'jsonl', '--speaker', query]).stdout), query).toEqual(his);
    }
    for (const query of ['Obama', 'puti', 'russian']) {
      expect(records(quotes([SEED, '--format', 'jsonl', '--speaker', query]).stdout), query).toEqual([]);
    }
  });

  it('--speaker by surname finds the quotes whose mention is a pronoun', () => {
    const file = 'fixtures/behaviours/pronoun-two-genders.txt';
    const full = records(quotes([file, '--format', 'jsonl']).stdout);
    for (const surname of ['Lindqvist', 'adeyemi']) {
      const theirs = full.filter((r) => r.speaker?.name?.toLowerCase().split(' ').at(-1) === surname.toLowerCase());
      expect(theirs.some((r) => /^(he|she)$/.test(r.speaker.mention?.text)), surname).toBe(true);
      expect(records(quotes([file, '--format', 'jsonl', '--speaker', surname]).stdout), surname).toEqual(theirs);
    }
  });

  it('--speaker matches the same quotes whatever --type keeps', () => {
    // a mention the article uses for Putin in an indirect quote only
    const mention = 'President Vladimir Putin';
    expect(all.filter((r) => r.speaker?.mention?.text === mention).map((r) => r.type)).toEqual(['indirect']);
    const direct = records(quotes([SEED, '--format', 'jsonl', '--type', 'direct', '--speaker', mention]).stdout);
    expect(direct).toEqual(all.filter((r) => r.type === 'direct' && r.speaker?.name === 'Vladimir Putin'));
  });

  it('--min-confidence and --no-unattributed leave quotes out', () => {
    const sure = records(quotes([SEED, '--format', 'jsonl', '--min-confidence', '0.9']).stdout);
    expect(sure.length).toBeGreaterThan(0);
    expect(sure.every((r) => r.confidence >= 0.9)).toBe(true);
    expect(sure.length).toBeLessThan(all.length);
    const file = join(mkdtempSync(join(tmpdir(), 'quotes-')), 'mixed.txt');
    writeFileSync(file, '"We will win this race, whatever the polls say," said Ana Ruiz.\n\nThe count went on all night.\n\n"Nobody knows who wrote this long sentence here."\n');
    expect(records(quotes([file, '--format', 'jsonl']).stdout)).toHaveLength(2);
    expect(records(quotes([file, '--format', 'jsonl', '--no-unattributed']).stdout)).toHaveLength(1);
  });

  it('refuses a bad filter value with exit 2', () => {
    for (const args of [['--type', 'quoted'], ['--min-confidence', '2'], ['--min-confidence', 'high'], ['--color', 'sometimes']]) {
      const run = quotes([SEED, ...args]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^quotes: .+\n$/);
    }
  });
});

describe('-o, --output', () => {
  it('writes the output to the file and nothing to stdout', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'quotes-')), 'out.jsonl');
    const run = quotes([SEED, '--format', 'jsonl', '-o', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(quotes([SEED, '--format', 'jsonl']).stdout);
  });

  it('refuses to overwrite an input, and leaves it untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotes-'));
    const input = join(dir, 'article.txt');
    writeFileSync(input, TRICKY);
    const run = quotes([input, '-o', input]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^quotes: refusing to write the output over the input/);
    expect(readFileSync(input, 'utf8')).toBe(TRICKY);
  });

  it('leaves no file and no temporary file behind when it cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotes-'));
    const run = quotes([SEED, '-o', join(dir, 'missing', 'out.csv')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^quotes: /);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('quotes eval', () => {
  it('prints the score table per kind', () => {
    const run = quotes(['eval', CORPUS]);
    expect(run.status).toBe(0);
    for (const kind of ['direct', 'mixed', 'indirect', 'all']) expect(run.stdout).toMatch(new RegExp(`^${kind}\\s`, 'm'));
    expect(run.stderr).toMatch(/scored 3 documents/);
  });

  it('gives the same numbers from a saved JSONL output (--system) as from running the extractor', () => {
    const direct = JSON.parse(quotes(['eval', CORPUS, '--format', 'json']).stdout);
    const dir = mkdtempSync(join(tmpdir(), 'quotes-'));
    const texts = ['news_2016', 'news_2016_one', 'solo'].map((n) => `${CORPUS}/text/${n}.txt`);
    const jsonl = quotes([...texts, '--format', 'jsonl']).stdout;
    writeFileSync(join(dir, 'system.jsonl'), jsonl);
    const saved = JSON.parse(quotes(['eval', CORPUS, '--format', 'json', '--system', join(dir, 'system.jsonl')]).stdout);
    expect(saved.kinds).toEqual(direct.kinds);
  });

  it('lists errors with --errors N', () => {
    const run = quotes(['eval', CORPUS, '--errors', '2']);
    expect(run.stdout).toMatch(/Misses \(gold not matched\)/);
    expect(run.stdout).toMatch(/False alarms/);
    expect(run.stdout).toMatch(/Wrong speakers/);
  });

  it('reports a folder that is not a corpus and exits 1', () => {
    const run = quotes(['eval', 'fixtures']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^quotes: fixtures: .+\n$/);
  });

  it('npm run eval says so and exits 0 when the corpus is absent', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'eval.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, QUOTES_EVAL_CORPUS: join(tmpdir(), 'no-such-corpus') },
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/corpus not found/);
  });
});
