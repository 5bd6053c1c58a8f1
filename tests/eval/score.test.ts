import { describe, expect, it } from 'vitest';
import type { GoldAttribution } from '../../src/eval/brat.js';
import {
  fromQuoteRecord,
  goldKind,
  REPORT_KINDS,
  scoreDocument,
  summarize,
  trimExtent,
  type EvalReport,
  type SystemQuote,
} from '../../src/eval/score.js';
import type { Quote, QuoteType } from '../../src/types.js';
import { at, atWord, bare, gold, mirror, quotedRegions } from './helpers.js';

const TEXT =
  'Smith said the plan would fail badly. "We will win this race easily," Jones told reporters. ' +
  '"We are ready," he added, "and we will not stop now." The mayor called it a "bad idea" on Monday. ' +
  'Officials believe the budget is "far too large for this city" already. Brown said taxes will rise.';
const QUOTED = quotedRegions(TEXT);

const GOLD: GoldAttribution[] = [
  gold('E1', [at(TEXT, 'the plan would fail badly')], [atWord(TEXT, 'Smith')], [atWord(TEXT, 'said', 0)]),
  gold('E2', [at(TEXT, '"We will win this race easily,"')], [atWord(TEXT, 'Jones')], [at(TEXT, 'told reporters')]),
  gold(
    'E3',
    [at(TEXT, 'We are ready,'), at(TEXT, 'and we will not stop now.')],
    [atWord(TEXT, 'he')],
    [atWord(TEXT, 'added')],
  ),
  gold('E4', [at(TEXT, 'it a "bad idea"')], [at(TEXT, 'The mayor')], [atWord(TEXT, 'called')]),
  gold(
    'E5',
    [at(TEXT, 'the budget is "far too large for this city" already')],
    [atWord(TEXT, 'Officials')],
    [atWord(TEXT, 'believe')],
  ),
  gold('E6', [at(TEXT, 'taxes will rise')], [atWord(TEXT, 'Brown')], [atWord(TEXT, 'said', 1)]),
];
const KINDS: QuoteType[] = ['indirect', 'direct', 'direct', 'indirect', 'mixed', 'indirect'];
const DOC = { text: TEXT, gold: GOLD, quoted: QUOTED };
const PERFECT: SystemQuote[] = GOLD.map((attribution, i) => mirror(attribution, KINDS[i]!));

function score(system: SystemQuote[], doc = DOC): EvalReport {
  return summarize([scoreDocument(doc, system)]);
}

function expectEverythingPerfect(report: EvalReport): void {
  for (const kind of REPORT_KINDS) {
    const row = report.kinds[kind];
    for (const rates of [row.exact, row.partial, row.endToEnd]) {
      expect([rates.precision, rates.recall, rates.f1], kind).toEqual([1, 1, 1]);
    }
    expect(row.speaker.accuracy, kind).toBe(1);
    expect(row.cue.accuracy, kind).toBe(1);
  }
}

describe('the fixture document', () => {
  it('has gold of every kind', () => {
    expect(GOLD.map((attribution) => goldKind(attribution.content, TEXT, QUOTED))).toEqual(KINDS);
  });
});

describe('scoreDocument and summarize', () => {
  it('give a perfect system 1.0 everywhere', () => {
    const report = score(PERFECT);
    expectEverythingPerfect(report);
    expect(report.kinds.direct.gold).toBe(2);
    expect(report.kinds.mixed.gold).toBe(1);
    expect(report.kinds.indirect.gold).toBe(3);
    expect(report.kinds.all.gold).toBe(6);
    expect(report.kinds.all.system).toBe(6);
  });

  it('halve recall and keep precision when half the quotes are dropped', () => {
    const report = score(PERFECT.filter((_, i) => i % 2 === 0));
    for (const rates of [report.kinds.all.exact, report.kinds.all.partial, report.kinds.all.endToEnd]) {
      expect(rates.recall).toBe(0.5);
      expect(rates.precision).toBe(1);
      expect(rates.f1).toBeCloseTo(2 / 3, 10);
    }
    expect(report.kinds.all.speaker.accuracy).toBe(1);
  });

  it('leave quote scores unchanged and zero speaker accuracy when speakers are swapped', () => {
    const swapped = PERFECT.map((quote, i) => ({
      ...quote,
      speakerMention: PERFECT[(i + 1) % PERFECT.length]!.speakerMention,
    }));
    const perfect = score(PERFECT);
    const report = score(swapped);
    for (const kind of REPORT_KINDS) {
      expect(report.kinds[kind].exact).toEqual(perfect.kinds[kind].exact);
      expect(report.kinds[kind].partial).toEqual(perfect.kinds[kind].partial);
      expect(report.kinds[kind].cue).toEqual(perfect.kinds[kind].cue);
    }
    expect(report.kinds.all.speaker).toEqual({ accuracy: 0, correct: 0, total: 6 });
    expect(report.kinds.all.endToEnd.f1).toBe(0);
    const wrong = scoreDocument(DOC, swapped).partialPairs.filter((pair) => !pair.speakerCorrect);
    expect(wrong).toHaveLength(6);
  });

  it('count a wrong cue against cue accuracy only', () => {
    const system = PERFECT.map((quote) => ({ ...quote, cue: at(TEXT, 'Monday') }));
    const report = score(system);
    expect(report.kinds.all.cue).toEqual({ accuracy: 0, correct: 0, total: 6 });
    expect(report.kinds.all.speaker.accuracy).toBe(1);
    expect(report.kinds.all.partial.f1).toBe(1);
  });
});

describe('discontinuous gold content', () => {
  const ready = GOLD[2]!; // "We are ready," he added, "and we will not stop now."
  const doc = { text: TEXT, gold: [ready], quoted: QUOTED };

  it('is compared by its extent for exact matching', () => {
    const system = bare('direct', ready.extent);
    const result = scoreDocument(doc, [system]);
    expect(result.exactPairs).toEqual([{ gold: 0, system: 0 }]);
    // The extent holds "he added" too: 9 gold words of 11, still a partial match.
    expect(result.partialPairs[0]!.overlap).toBeCloseTo(9 / 11, 10);
  });

  it('is compared by its pieces for partial matching', () => {
    const secondPiece = scoreDocument(doc, [bare('direct', at(TEXT, 'and we will not stop now'))]);
    expect(secondPiece.exactPairs).toEqual([]);
    expect(secondPiece.partialPairs).toHaveLength(1);
    expect(secondPiece.partialPairs[0]!.overlap).toBeCloseTo(6 / 9, 10);

    const firstPiece = scoreDocument(doc, [bare('direct', at(TEXT, 'We are ready'))]);
    expect(firstPiece.partialPairs).toEqual([]); // 3 of 9 words
    expect(firstPiece.unmatchedGold).toEqual([0]);
    expect(firstPiece.unmatchedSystem).toEqual([0]);
  });

  it('matches a system quote given in the same parts', () => {
    const result = scoreDocument(doc, [mirror(ready, 'direct')]);
    expect(result.exactPairs).toHaveLength(1);
    expect(result.partialPairs[0]!.overlap).toBe(1);
  });
});

describe('exact matching', () => {
  const jones = GOLD[1]!; // gold content includes the quotation marks and comma
  const doc = { text: TEXT, gold: [jones], quoted: QUOTED };

  it.each([
    ['without marks', 'We will win this race easily'],
    ['with marks', '"We will win this race easily,"'],
    ['with a space before', ' "We will win this race easily'],
    ['with the comma only', 'We will win this race easily,'],
  ])('trims surrounding marks and punctuation (%s)', (_, phrase) => {
    const result = scoreDocument(doc, [bare('direct', at(TEXT, phrase))]);
    expect(result.exactPairs).toHaveLength(1);
  });

  it('needs the same words at both ends', () => {
    const result = scoreDocument(doc, [bare('direct', at(TEXT, 'will win this race easily'))]);
    expect(result.exactPairs).toEqual([]);
    expect(result.partialPairs).toHaveLength(1); // 5 of 6 words
  });

  it('trimExtent removes whitespace and quotation marks at both ends and , . ; : at the end, repeatedly', () => {
    const text = ' \u201CHello, world.\u201D; ';
    const trimmed = trimExtent(text, { start: 0, end: text.length });
    expect(text.slice(trimmed.start, trimmed.end)).toBe('Hello, world');
    const question = '"Why?" ';
    const kept = trimExtent(question, { start: 0, end: question.length });
    expect(question.slice(kept.start, kept.end)).toBe('Why?');
    const leading = ', and so.';
    const lead = trimExtent(leading, { start: 0, end: leading.length });
    expect(leading.slice(lead.start, lead.end)).toBe(', and so');
    const nothing = trimExtent('"".', { start: 0, end: 3 });
    expect(nothing.end - nothing.start).toBe(0);
  });
});

describe('one-to-one matching, best overlap first', () => {
  it('matches each gold quote once and leaves the weaker system quote unmatched', () => {
    const smith = GOLD[0]!;
    const doc = { text: TEXT, gold: [smith], quoted: QUOTED };
    const weaker = bare('indirect', at(TEXT, 'plan would fail badly'));
    const stronger = bare('indirect', at(TEXT, 'the plan would fail badly'));
    const result = scoreDocument(doc, [weaker, stronger]);
    expect(result.partialPairs.map((pair) => pair.system)).toEqual([1]);
    expect(result.exactPairs.map((pair) => pair.system)).toEqual([1]);
    expect(result.unmatchedSystem).toEqual([0]);
    const report = summarize([result]);
    expect(report.kinds.all.partial.precision).toBe(0.5);
    expect(report.kinds.all.partial.recall).toBe(1);
  });

  it('breaks ties by position', () => {
    const twice = 'He said yes. She said yes.';
    const doc = {
      text: twice,
      gold: [gold('E1', [at(twice, 'yes', 0)], null, null), gold('E2', [at(twice, 'yes', 1)], null, null)],
      quoted: [],
    };
    const system = [bare('indirect', at(twice, 'yes', 1)), bare('indirect', at(twice, 'yes', 0))];
    const result = scoreDocument(doc, system);
    expect(result.partialPairs.map((pair) => [pair.gold, pair.system])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});

describe('per-kind accounting', () => {
  it('counts a matched pair for the gold kind and an unmatched system quote for the kind it claims', () => {
    const system = [
      { ...mirror(GOLD[0]!, 'indirect'), type: 'direct' as const }, // right content, wrong claimed kind
      bare('direct', at(TEXT, 'on Monday')), // a false alarm claiming to be direct
      bare('mixed', at(TEXT, 'Brown said')), // a false alarm claiming to be mixed
    ];
    const report = score(system);
    expect(report.kinds.indirect.partial).toMatchObject({ tp: 1, system: 1, precision: 1, recall: 1 / 3 });
    expect(report.kinds.direct.partial).toMatchObject({ tp: 0, system: 1, precision: 0, recall: 0 });
    expect(report.kinds.mixed.partial).toMatchObject({ tp: 0, system: 1, precision: 0, recall: 0 });
    expect(report.kinds.all.partial).toMatchObject({ tp: 1, system: 3, gold: 6 });
    expect(report.kinds.all.partial.precision).toBeCloseTo(1 / 3, 10);
    expect(report.kinds.all.system).toBe(3);
  });

  it('is kept separately for exact matching', () => {
    // Partially but not exactly matched: under exact matching it counts against its claimed kind.
    const report = score([bare('mixed', at(TEXT, 'plan would fail badly'))]);
    expect(report.kinds.indirect.partial).toMatchObject({ tp: 1, system: 1 });
    expect(report.kinds.indirect.exact).toMatchObject({ tp: 0, system: 0 });
    expect(report.kinds.mixed.exact).toMatchObject({ tp: 0, system: 1 });
    expect(report.kinds.mixed.partial).toMatchObject({ tp: 0, system: 0 });
  });

  it('gives 0, never NaN, for empty denominators', () => {
    const empty = summarize([]);
    for (const kind of REPORT_KINDS) {
      const row = empty.kinds[kind];
      const values = [row.exact, row.partial, row.endToEnd].flatMap((r) => [r.precision, r.recall, r.f1]);
      values.push(row.speaker.accuracy, row.cue.accuracy);
      expect(values.every((value) => value === 0)).toBe(true);
    }
    expect(score([]).kinds.all.partial).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('speakers of attributions without a source', () => {
  const text = 'Taxes will rise, it is feared.';
  const doc = {
    text,
    gold: [gold('E1', [at(text, 'Taxes will rise')], null, [at(text, 'is feared')])],
    quoted: [],
  };
  const base = bare('indirect', at(text, 'Taxes will rise'));

  it('are correct only when the system names nobody', () => {
    const judge = (quote: SystemQuote): boolean => scoreDocument(doc, [quote]).partialPairs[0]!.speakerCorrect;
    expect(judge(base)).toBe(true);
    expect(judge({ ...base, hasSpeaker: true })).toBe(false); // a name without a mention
    expect(judge({ ...base, hasSpeaker: true, speakerMention: atWord(text, 'it') })).toBe(false);
  });
});

describe('goldKind', () => {
  const text = 'She said "we will win this race" and that "fake news" is "really bad" here.';
  const quoted = quotedRegions(text);

  it('is direct when every word is inside quotation marks', () => {
    expect(goldKind([at(text, '"we will win this race"')], text, quoted)).toBe('direct');
    expect(goldKind([at(text, 'will win')], text, quoted)).toBe('direct');
    // a content wholly inside short quotes is still direct
    expect(goldKind([at(text, 'fake news')], text, quoted)).toBe('direct');
  });

  it('is mixed with a quoted stretch of at least 3 words and words outside', () => {
    expect(goldKind([at(text, 'said "we will win this race"')], text, quoted)).toBe('mixed');
    expect(goldKind([at(text, 'win this race" and')], text, quoted)).toBe('mixed');
  });

  it('is indirect with only short scare quotes', () => {
    expect(goldKind([at(text, '"fake news" is "really bad" here')], text, quoted)).toBe('indirect');
    expect(goldKind([at(text, 'this race" and')], text, quoted)).toBe('indirect');
  });

  it('is indirect without quotation marks or without words', () => {
    expect(goldKind([at(text, 'She said')], text, quoted)).toBe('indirect');
    expect(goldKind([at(text, '" and')], text, [])).toBe('indirect');
    expect(goldKind([at(text, '.')], text, quoted)).toBe('indirect');
  });

  it('counts the words of every piece of a discontinuous content', () => {
    expect(goldKind([at(text, 'we will'), at(text, 'race')], text, quoted)).toBe('direct');
    expect(goldKind([at(text, 'we will win'), at(text, 'here')], text, quoted)).toBe('mixed');
  });

  it('uses Unicode word tokens', () => {
    const accented = '« Nous allons gagner », a déclaré Léa, « évidemment ».';
    const regions = [at(accented, ' Nous allons gagner '), at(accented, ' évidemment ')];
    expect(goldKind([at(accented, 'Nous allons gagner')], accented, regions)).toBe('direct');
    expect(goldKind([at(accented, 'déclaré Léa, « évidemment')], accented, regions)).toBe('indirect');
  });
});

describe('fromQuoteRecord', () => {
  it('reads parts, speaker mention and cue, falling back to the extent', () => {
    const quote = fromQuoteRecord({
      type: 'direct',
      start: 10,
      end: 20,
      speaker: { name: 'Jones', mention: { start: 0, end: 5 } },
      cue: { start: 6, end: 9 },
    });
    expect(quote).toEqual({
      type: 'direct',
      start: 10,
      end: 20,
      parts: [{ start: 10, end: 20 }],
      speakerMention: { start: 0, end: 5 },
      hasSpeaker: true,
      cue: { start: 6, end: 9 },
    });
  });

  it('has a speaker when there is a mention or a name', () => {
    const record = { type: 'indirect' as const, start: 0, end: 4 };
    expect(fromQuoteRecord({ ...record, speaker: null }).hasSpeaker).toBe(false);
    expect(fromQuoteRecord(record).hasSpeaker).toBe(false);
    expect(fromQuoteRecord({ ...record, speaker: { name: null, mention: null } }).hasSpeaker).toBe(false);
    expect(fromQuoteRecord({ ...record, speaker: { name: 'X', mention: null } }).hasSpeaker).toBe(true);
    expect(fromQuoteRecord({ ...record, speaker: { name: null, mention: { start: 5, end: 6 } } }).hasSpeaker).toBe(true);
  });

  it('accepts a library Quote', () => {
    const quote: Quote = {
      index: 0,
      type: 'mixed',
      text: 'x',
      start: 4,
      end: 9,
      parts: [{ start: 4, end: 9 }],
      paragraph: 1,
      speaker: { name: null, kind: 'unknown', mention: { text: 'He', start: 0, end: 2 } },
      cue: { text: 'said', lemma: 'say', start: 10, end: 14 },
      confidence: 0.5,
      sieve: null,
    };
    expect(fromQuoteRecord(quote)).toMatchObject({
      type: 'mixed',
      speakerMention: { start: 0, end: 2 },
      hasSpeaker: true,
      cue: { start: 10, end: 14 },
    });
    expect(fromQuoteRecord(quote).speakerMention).toEqual({ start: 0, end: 2 });
  });
});
