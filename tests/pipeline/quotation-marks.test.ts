import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/pipeline/02-paragraphs.js';
import { findQuotations } from '../../src/pipeline/04-quotation-marks.js';

function scan(text: string) {
  const { quotations, warnings } = findQuotations(text, splitParagraphs(text));
  return {
    parts: quotations.map((q) => q.parts.map((p) => text.slice(p.start, p.end))),
    closed: quotations.map((q) => q.closed),
    warnings: warnings.map((w) => w.code),
  };
}

describe('quotation marks', () => {
  it.each([
    ['straight quotes', 'He said "we are ready" and left.', [['we are ready']]],
    ['curly quotes', 'He said “we are ready” and left.', [['we are ready']]],
    ['guillemets', 'Il a dit «nous sommes prêts» hier.', [['nous sommes prêts']]],
    ['German low-high quotes', 'Er sagte „wir sind bereit“ gestern.', [['wir sind bereit']]],
    ['two quotations in one paragraph', '"One," he said. "Two."', [['One,'], ['Two.']]],
    ['a straight quote after a dash opens', 'He said—"stop"—and left.', [['stop']]],
    ['apostrophes are not quotation marks', 'Japan’s leader said “don’t worry” today.', [['don’t worry']]],
    ['British single quotes as primary quotes', '‘We’re ready for the ’90s,’ she said.', [['We’re ready for the ’90s,']]],
    ['rock ’n’ roll is not a quotation', 'He loved rock ’n’ roll and said ‘that’s life’ often.', [['that’s life']]],
    ['straight single quotes', "He said 'we are ready' and left.", [['we are ready']]],
    ['two apostrophes as a double quote (NYT archives)', "''It's over,'' he said. ''Go home.''", [["It's over,"], ['Go home.']]],
    ['an opening mark typed for a closing one', 'to conduct an “expedited review“ of the water.', [['expedited review']]],
    ['three apostrophes close a nested and an outer quotation', "''We are told, 'Kosovo is special,''' he said.", [["We are told, 'Kosovo is special,'"]]],
    ['single guillemets', 'Il a dit ‹ oui › hier.', [['oui']]],
    ['German single low-high quotes', 'Er sagte ‚ja‘ gestern.', [['ja']]],
    ['Japanese corner brackets', '彼は「準備ができた」と言った。', [['準備ができた']]],
    ['a possessive inside a double quotation does not close a single one', 'And how ‘bout this headline: “Surge alters residents’ routines.”', [['Surge alters residents’ routines.']]],
  ])('%s', (_name, text, expected) => {
    expect(scan(text).parts).toEqual(expected);
  });

  it('takes an unclosed single mark for an apostrophe, not a quotation', () => {
    const result = scan('How ‘bout that, he said.');
    expect(result.parts).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('keeps a nested quotation inside its outer one', () => {
    expect(scan('“He said ‘no’ twice,” she said.').parts).toEqual([['He said ‘no’ twice,']]);
    expect(scan('«Il a dit "non" deux fois», dit-elle.').parts).toEqual([['Il a dit "non" deux fois']]);
    expect(scan('“He called it "a disaster" twice,” she said.').parts).toEqual([['He called it "a disaster" twice,']]);
    expect(scan('"He called it “a disaster” twice," she said.').parts).toEqual([['He called it “a disaster” twice,']]);
  });

  it('continues a quotation over paragraphs that reopen it (news convention)', () => {
    const text = '"First paragraph of the speech.\n\n"Second paragraph," he said.';
    const result = scan(text);
    expect(result.parts).toEqual([['First paragraph of the speech.', 'Second paragraph,']]);
    expect(result.closed).toEqual([true]);
    expect(result.warnings).toEqual([]);
  });

  it('ends an unclosed quotation with its paragraph, warns, and reads on', () => {
    const result = scan('He said "we are ready\n\nThen "another one" came.');
    expect(result.parts).toEqual([['we are ready'], ['another one']]);
    expect(result.closed).toEqual([false, true]);
    expect(result.warnings).toEqual(['unclosed-quote']);
  });

  it('ends an unclosed quotation carried into a paragraph with nothing after its reopening mark with its last words', () => {
    const text = 'He said “we are ready\n\n“';
    const [quotation, ...others] = findQuotations(text, splitParagraphs(text)).quotations;
    expect(others).toEqual([]);
    expect(quotation!.parts.map((p) => text.slice(p.start, p.end))).toEqual(['we are ready']);
    expect(quotation!.closed).toBe(false);
    expect(quotation!.close).toBe(text.indexOf('ready') + 'ready'.length);
  });

  it('warns about a stray closing mark and keeps going', () => {
    const result = scan('Oops” and then “a real quote” here.');
    expect(result.parts).toEqual([['a real quote']]);
    expect(result.warnings).toEqual(['stray-quote']);
  });

  it('skips empty quotations', () => {
    expect(scan('He said "" and “ ” then.').parts).toEqual([]);
  });
});
