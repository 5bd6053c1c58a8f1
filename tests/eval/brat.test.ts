import { describe, expect, it } from 'vitest';
import { parseBrat, parseBratDetailed } from '../../src/eval/brat.js';

describe('parseBrat', () => {
  it('ties the spans of each attribution event together', () => {
    const ann = [
      'T1\tSource 0 5\tSmith',
      'T2\tCue 6 10\tsaid',
      'T3\tContent 11 30\tthe plan would fail',
      'T4\tAttribution 6 10\tsaid',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    ].join('\n');
    expect(parseBrat(ann)).toEqual([
      {
        id: 'E1',
        content: [{ start: 11, end: 30 }],
        extent: { start: 11, end: 30 },
        source: [{ start: 0, end: 5 }],
        cue: [{ start: 6, end: 10 }],
      },
    ]);
  });

  it('reads discontinuous spans and Content2 as pieces of one content, sorted', () => {
    const ann = [
      'T1\tContent 40 50;10 20\tb a',
      'T2\tContent 60 70\tc',
      'T3\tSource 0 3;5 8\tab cd',
      'T4\tAttribution 30 34\tsaid',
      'E1\tAttribution:T4 Content2:T2 Content:T1 Source:T3',
    ].join('\n');
    const [attribution] = parseBrat(ann);
    expect(attribution!.content).toEqual([
      { start: 10, end: 20 },
      { start: 40, end: 50 },
      { start: 60, end: 70 },
    ]);
    expect(attribution!.extent).toEqual({ start: 10, end: 70 });
    expect(attribution!.source).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 8 },
    ]);
    expect(attribution!.cue).toBeNull();
  });

  it('ignores stray lines, notes, trailing spaces and labels that are not attributions', () => {
    const ann = [
      '',
      'T1\tContent 10 40\t"We will win',
      'this race."',
      'E1\tAttribution-no-source:T2 Content:T1 ',
      '#1\tAnnotatorNotes T1\tIs this a quote?',
      'T2\tAttribution-no-source 0 4\tsaid',
      'T3\tDiscard 50 60\tsomething',
      'T4\tDiscuss 61 70\tsomething',
      'T5 not a tab line',
      'E9\t',
      '',
    ].join('\n');
    expect(parseBrat(ann)).toEqual([
      { id: 'E1', content: [{ start: 10, end: 40 }], extent: { start: 10, end: 40 }, source: null, cue: null },
    ]);
  });

  it('skips events without content and reports them', () => {
    const ann = ['T1\tAttribution-no-source 0 4\tsaid', 'E3\tAttribution-no-source:T1 '].join('\n');
    const parsed = parseBratDetailed(ann);
    expect(parsed.attributions).toEqual([]);
    expect(parsed.issues).toEqual([{ line: 2, message: 'E3: attribution without content, skipped' }]);
  });

  it('reports references to unknown spans', () => {
    const ann = ['T1\tContent 5 9\tword', 'E1\tAttribution:T9 Content:T1 Source:T7'].join('\n');
    const parsed = parseBratDetailed(ann);
    expect(parsed.attributions).toHaveLength(1);
    expect(parsed.attributions[0]!.source).toBeNull();
    expect(parsed.issues.map((issue) => issue.message)).toEqual(['E1: Source:T7 refers to no span']);
  });

  it('returns attributions sorted by content position', () => {
    const ann = [
      'T1\tContent 50 60\tlater',
      'T2\tContent 5 9\tfirst',
      'T3\tAttribution 0 4\tsaid',
      'T4\tAttribution 40 44\tsaid',
      'E1\tAttribution:T4 Content:T1',
      'E2\tAttribution:T3 Content:T2',
    ].join('\n');
    expect(parseBrat(ann).map((attribution) => attribution.id)).toEqual(['E2', 'E1']);
  });
});
