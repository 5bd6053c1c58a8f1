/**
 * The published JSON Schemas (schema/quote.schema.json for a `--format jsonl`
 * record, schema/document.schema.json for `--format json`) describe what the
 * real binary prints: spawn bin/quotes.js (built by `npm test`'s pretest step)
 * on every fixture article and validate its output (docs/output-contract.md).
 */
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'quotes.js');
const run = promisify(execFile);

const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const quoteSchema = readJson('schema/quote.schema.json');
const documentSchema = readJson('schema/document.schema.json');

/** Compile both schemas in strict mode; any strict-mode warning is collected, not just logged. */
function compile() {
  const warnings: unknown[] = [];
  const logger = { log: () => {}, warn: (...args: unknown[]) => warnings.push(args), error: (...args: unknown[]) => warnings.push(args) };
  const ajv = new Ajv2020({ strict: true, allErrors: true, logger });
  ajv.addSchema(quoteSchema);
  const validateQuote = ajv.getSchema(quoteSchema.$id) as ValidateFunction;
  const validateDocument = ajv.compile(documentSchema);
  return { validateQuote, validateDocument, warnings };
}

const { validateQuote, validateDocument } = compile();

function errorsOf(validate: ValidateFunction, value: unknown): ErrorObject[] {
  return validate(value) ? [] : (validate.errors ?? []);
}

/** The decoded text every offset indexes: the file less a byte-order mark (UTF-16 when a UTF-16 mark opens it). */
function decodedText(file: string): string {
  const bytes = readFileSync(join(ROOT, file));
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes); // drops the byte-order mark
}

async function quotes(args: string[]) {
  const { stdout } = await run(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return stdout;
}

const articles = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => `${dir}/${name}`);
const FIXTURES = [...articles('fixtures'), ...articles('fixtures/behaviours')];

/** A valid record, to be spoiled field by field. */
const GOOD = {
  file: 'a.txt',
  index: 0,
  type: 'direct',
  text: 'We are ready to talk at any time,',
  start: 1,
  end: 34,
  parts: [{ start: 1, end: 34 }],
  paragraph: 1,
  speaker: { name: 'Vladimir Putin', kind: 'person', title: 'President', mention: { text: 'Putin', start: 36, end: 41 } },
  cue: { text: 'said', lemma: 'say', start: 42, end: 46 },
  confidence: 0.9,
  sieve: 'quote-comma-name-cue',
};

describe('the schemas', () => {
  it('compile as draft 2020-12 in ajv strict mode without warnings', () => {
    const { warnings } = compile();
    expect(quoteSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(documentSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(warnings).toEqual([]);
  });

  it('accept a well-formed record, with or without the optional and added fields', () => {
    expect(errorsOf(validateQuote, GOOD)).toEqual([]);
    expect(errorsOf(validateQuote, { ...GOOD, speaker: null, cue: null, sieve: null })).toEqual([]);
    expect(errorsOf(validateQuote, { ...GOOD, speaker: { name: null, kind: 'anonymous', mention: null } })).toEqual([]);
    expect(errorsOf(validateQuote, { ...GOOD, context: 'Putin said: "We are ready to talk at any time."' })).toEqual([]);
    expect(errorsOf(validateQuote, { ...GOOD, someFutureField: [1, 2] })).toEqual([]);
  });

  it('reject an obviously wrong record, naming each bad field', () => {
    const paths = errorsOf(validateQuote, { ...GOOD, type: 'quoted', confidence: 2 }).map((e) => e.instancePath);
    expect(paths).toContain('/type');
    expect(paths).toContain('/confidence');
  });

  it.each([
    ['a missing required field', (({ sieve: _, ...rest }) => rest)(GOOD)],
    ['empty parts', { ...GOOD, parts: [] }],
    ['a negative offset', { ...GOOD, start: -1 }],
    ['a fractional offset', { ...GOOD, end: 3.5 }],
    ['paragraph 0', { ...GOOD, paragraph: 0 }],
    ['an unknown speaker kind', { ...GOOD, speaker: { ...GOOD.speaker, kind: 'robot' } }],
    ['a speaker without mention', { ...GOOD, speaker: { name: 'X', kind: 'person' } }],
    ['a cue without lemma', { ...GOOD, cue: { text: 'said', start: 42, end: 46 } }],
    ['a non-string context', { ...GOOD, context: 5 }],
  ])('reject a record with %s', (_, record) => {
    expect(validateQuote(record)).toBe(false);
  });

  it('validate the quotes of a document against quote.schema.json', () => {
    const doc = { file: 'a.txt', paragraphs: [{ index: 1, start: 0, end: 50 }], quotes: [GOOD], speakers: [], warnings: [] };
    expect(errorsOf(validateDocument, doc)).toEqual([]);
    expect(errorsOf(validateDocument, [doc, doc])).toEqual([]);
    expect(validateDocument({ ...doc, quotes: [{ ...GOOD, type: 'quoted' }] })).toBe(false);
    expect(validateDocument({ ...doc, speakers: [{ name: 'X', kind: 'person' }] })).toBe(false);
    expect(validateDocument({ ...doc, warnings: [{ message: 'no code' }] })).toBe(false);
    expect(validateDocument([{ ...doc, paragraphs: undefined }])).toBe(false);
  });
});

/**
 * Every fixture goes through the binary in one run per format (the output for
 * several inputs is the concatenation of each input's records, or the array of
 * each input's document), so that forty spawns of a ~1 s start-up do not
 * dominate the suite; single- and two-input runs check the other shapes.
 */
describe('the binary output validates', () => {
  const recordsByFile = new Map<string, { line: number; record: any }[]>();
  const documentsByFile = new Map<string, any>();
  let allDocuments: unknown;
  let oneDocument: any;
  let twoDocuments: any;
  const TWO = [FIXTURES[0]!, FIXTURES.at(-1)!];

  beforeAll(async () => {
    const [jsonl, json, one, two] = await Promise.all([
      quotes([...FIXTURES, '--format', 'jsonl']),
      quotes([...FIXTURES, '--format', 'json']),
      quotes([FIXTURES[0]!, '--format', 'json']),
      quotes([...TWO, '--format', 'json']),
    ]);
    const lines = jsonl.split('\n');
    expect(lines.pop()).toBe(''); // every record ends with a newline
    for (const [i, line] of lines.entries()) {
      const record = JSON.parse(line);
      const list = recordsByFile.get(record.file) ?? [];
      list.push({ line: i + 1, record });
      recordsByFile.set(record.file, list);
    }
    allDocuments = JSON.parse(json);
    for (const doc of allDocuments as { file: string }[]) documentsByFile.set(doc.file, doc);
    oneDocument = JSON.parse(one);
    twoDocuments = JSON.parse(two);
  }, 60_000);

  it('finds the fixture articles, and quotes in them', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(10);
    expect([...recordsByFile.values()].flat().length).toBeGreaterThanOrEqual(FIXTURES.length);
    expect([...recordsByFile.keys()].every((file) => FIXTURES.includes(file))).toBe(true);
  });

  it.each(FIXTURES)('--format jsonl on %s: every record validates and its offsets index the decoded file', (file) => {
    const text = decodedText(file);
    for (const [i, { line, record }] of (recordsByFile.get(file) ?? []).entries()) {
      expect(errorsOf(validateQuote, record), `${file}: output line ${line}`).toEqual([]);
      expect(record.index).toBe(i);
      expect(record.start).toBe(record.parts[0].start);
      expect(record.end).toBe(record.parts.at(-1).end);
      if (record.parts.length === 1) expect(text.slice(record.start, record.end)).toBe(record.text);
      else expect(record.parts.map((p: { start: number; end: number }) => text.slice(p.start, p.end)).join(' ')).toBe(record.text);
      if (record.speaker?.mention) expect(text.slice(record.speaker.mention.start, record.speaker.mention.end)).toBe(record.speaker.mention.text);
      if (record.cue) expect(text.slice(record.cue.start, record.cue.end)).toBe(record.cue.text);
    }
  });

  it.each(FIXTURES)('--format json on %s: the document validates and holds the jsonl records', (file) => {
    const doc = documentsByFile.get(file);
    expect(doc, `${file} has a document`).toBeDefined();
    expect(errorsOf(validateDocument, doc)).toEqual([]);
    expect(doc.quotes).toEqual((recordsByFile.get(file) ?? []).map((r) => r.record));
  });

  it('--format json on every fixture prints one array of documents, in input order, that validates', () => {
    expect(errorsOf(validateDocument, allDocuments)).toEqual([]);
    expect((allDocuments as { file: string }[]).map((d) => d.file)).toEqual(FIXTURES);
  });

  it('--format json on one file prints a single document', () => {
    expect(Array.isArray(oneDocument)).toBe(false);
    expect(errorsOf(validateDocument, oneDocument)).toEqual([]);
    expect(oneDocument.file).toBe(FIXTURES[0]);
  });

  it('--format json on two files prints an array of two documents, in input order', () => {
    expect(Array.isArray(twoDocuments)).toBe(true);
    expect(errorsOf(validateDocument, twoDocuments)).toEqual([]);
    expect(twoDocuments.map((d: { file: string }) => d.file)).toEqual(TWO);
  });
});
