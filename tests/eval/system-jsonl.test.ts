import { describe, expect, it } from 'vitest';
import { documentName, readSystemJsonl, SystemOutputError } from '../../src/eval/system-jsonl.js';

const record = (fields: Record<string, unknown>): string =>
  JSON.stringify({
    file: 'corpus/text/news_2016_one.txt',
    index: 0,
    type: 'direct',
    text: 'We will win',
    start: 10,
    end: 21,
    parts: [{ start: 10, end: 21 }],
    paragraph: 1,
    speaker: { name: 'Jones', kind: 'person', mention: { text: 'Jones', start: 0, end: 5 } },
    cue: { text: 'said', lemma: 'say', start: 6, end: 10 },
    confidence: 0.9,
    sieve: 'test',
    ...fields,
  });

describe('readSystemJsonl', () => {
  it('groups quotes by document name, in record order', () => {
    const content = [
      record({}),
      '',
      record({ file: 'news_2016', index: 0, type: 'indirect', start: 3, end: 8, parts: undefined, speaker: null, cue: null }),
      record({ index: 1, start: 30, end: 40, parts: [{ start: 30, end: 33 }, { start: 35, end: 40 }] }),
      '',
    ].join('\n');
    const byDocument = readSystemJsonl(content);
    expect([...byDocument.keys()]).toEqual(['news_2016_one', 'news_2016']);
    const [first, second] = byDocument.get('news_2016_one')!;
    expect(first).toEqual({
      type: 'direct',
      start: 10,
      end: 21,
      parts: [{ start: 10, end: 21 }],
      speakerMention: { start: 0, end: 5 },
      hasSpeaker: true,
      cue: { start: 6, end: 10 },
    });
    expect(second!.parts).toHaveLength(2);
    expect(byDocument.get('news_2016')).toEqual([
      {
        type: 'indirect',
        start: 3,
        end: 8,
        parts: [{ start: 3, end: 8 }],
        speakerMention: null,
        hasSpeaker: false,
        cue: null,
      },
    ]);
  });

  it('names the line of a malformed record', () => {
    const bad = [record({}), '{"file": "a.txt", "type": "direct"', record({})].join('\n');
    expect(() => readSystemJsonl(bad)).toThrow(SystemOutputError);
    expect(() => readSystemJsonl(bad)).toThrow(/line 2/);
    try {
      readSystemJsonl(bad);
    } catch (error) {
      expect((error as SystemOutputError).line).toBe(2);
    }
  });

  it.each([
    ['an unknown type', { type: 'quoted' }, /"type"/],
    ['a missing file', { file: undefined }, /"file"/],
    ['a negative offset', { start: -1 }, /span/],
    ['a bad part', { parts: [{ start: 1 }] }, /parts\[0\]/],
    ['a bad mention', { speaker: { name: 'X', mention: { start: 'a', end: 2 } } }, /speaker\.mention/],
  ])('rejects %s', (_, fields, message) => {
    expect(() => readSystemJsonl(`\n${record(fields)}`)).toThrow(message);
    expect(() => readSystemJsonl(`\n${record(fields)}`)).toThrow(/line 2/);
  });

  it('rejects a line that is not an object', () => {
    expect(() => readSystemJsonl('[1, 2]')).toThrow(/line 1: not a JSON object/);
  });
});

describe('documentName', () => {
  it('is the basename without .txt', () => {
    expect(documentName('a/b/c_d.txt')).toBe('c_d');
    expect(documentName('C:\\corpus\\x.txt')).toBe('x');
    expect(documentName('plain')).toBe('plain');
    expect(documentName('page.html')).toBe('page.html');
  });
});
