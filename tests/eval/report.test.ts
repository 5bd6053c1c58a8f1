import { describe, expect, it } from 'vitest';
import { formatErrors, formatReport, shorten } from '../../src/eval/report.js';
import { scoreDocument, summarize } from '../../src/eval/score.js';
import { at, atWord, bare, gold, mirror } from './helpers.js';

const TEXT = 'Smith said the plan would fail. Officials believe the budget is too large. It rained.';
const GOLD = [
  gold('E1', [at(TEXT, 'the plan would fail')], [atWord(TEXT, 'Smith')], [atWord(TEXT, 'said')]),
  gold('E2', [at(TEXT, 'the budget is too large')], [atWord(TEXT, 'Officials')], [atWord(TEXT, 'believe')]),
];
const DOC = { name: 'news_one', text: TEXT, gold: GOLD, quoted: [] };

describe('formatReport', () => {
  it('prints an aligned row per kind with rates to 3 decimals', () => {
    const report = summarize([scoreDocument(DOC, GOLD.map((g) => mirror(g, 'indirect')))]);
    const table = formatReport(report);
    const lines = table.trimEnd().split('\n');
    const rows = lines.filter((line) => /^(direct|mixed|indirect|all)\b/.test(line));
    expect(rows.map((row) => row.split(/\s+/)[0])).toEqual(['direct', 'mixed', 'indirect', 'all']);
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
    expect(rows[3]).toMatch(/^all\s+2\s+2\s+1\.000\s+1\.000\s+1\.000/);
    expect(rows[0]).toContain('0.000');
    expect(table).toMatch(/exact.*partial.*speaker.*end-to-end.*cue/);
    // kind, gold, system, then 3 + 3 + 1 + 3 + 1 rates
    expect(rows[3]!.split(/\s+/)).toHaveLength(14);
  });
});

describe('formatErrors', () => {
  const system = [
    { ...mirror(GOLD[0]!, 'indirect'), speakerMention: atWord(TEXT, 'Officials') }, // wrong speaker
    bare('direct', at(TEXT, 'It rained')), // false alarm
  ];
  const score = scoreDocument(DOC, system); // E2 is missed

  it('lists misses, false alarms and wrong speakers with their text', () => {
    const listing = formatErrors([DOC], [score], 5);
    expect(listing).toContain('Misses (gold not matched): 1');
    expect(listing).toMatch(/news_one \d+-\d+ indirect E2/);
    expect(listing).toContain('⟦the budget is too large⟧');
    expect(listing).toContain('False alarms (system not matched): 1');
    expect(listing).toContain('⟦It rained⟧');
    expect(listing).toContain('Wrong speakers (matched, speaker wrong): 1');
    expect(listing).toContain('gold "Smith" vs system "Officials"');
  });

  it('shows at most n of each', () => {
    const listing = formatErrors([DOC, DOC], [score, score], 1);
    expect(listing).toContain('Misses (gold not matched): 2 (first 1)');
    expect(listing.match(/⟦the budget is too large⟧/g)).toHaveLength(1);
  });
});

describe('shorten', () => {
  it('keeps short text and cuts long text to about 160 characters with an ellipsis', () => {
    expect(shorten('a\n b')).toBe('a b');
    const long = 'word '.repeat(100);
    const short = shorten(long);
    expect(short.length).toBeLessThanOrEqual(160);
    expect(short).toContain('…');
  });
});
