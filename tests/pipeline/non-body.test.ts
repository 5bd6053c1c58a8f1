/**
 * Non-body lines (part of stage 2): table tests for the recogniser, and what
 * the pipeline does with them: no quote, cue or speaker comes from them.
 */
import { describe, expect, it } from 'vitest';
import { datelineLength, findNonBody, nonBodyKind } from '../../src/pipeline/02-non-body.js';
import { splitParagraphs } from '../../src/pipeline/02-paragraphs.js';
import { extractQuotes } from '../../src/index.js';

const LINES: [string, ReturnType<typeof nonBodyKind>][] = [
  // navigation
  ['All news', 'navigation'],
  ['Home', 'navigation'],
  ['Read more', 'navigation'],
  ['Read more »', 'navigation'],
  ['Read more: Kremlin says talks will go on', 'navigation'],
  ['See also › Lavrov: “We are open to dialogue”', 'navigation'],
  ['Share', 'navigation'],
  ['Share this article', 'navigation'],
  ['Share on WhatsApp', 'navigation'],
  ['Follow us on Twitter', 'navigation'],
  ['Follow Pam Key on Twitter @pamkeyNEN.', 'navigation'],
  ['Follow @politico.', 'navigation'],
  ['Subscribe', 'navigation'],
  ['Subscribe to our politics newsletter here.', 'navigation'],
  ['TOP STORIES.', 'navigation'],
  // bylines
  ['By Jane Doe', 'byline'],
  ['By JANE DOE and JOHN ROE, Reuters', 'byline'],
  ['By Jane Doe, staff writer', 'byline'],
  ['By Jean-Luc de la Tour | The Associated Press', 'byline'],
  ['By The Associated Press', 'byline'],
  ['BY JANE DOE', 'byline'],
  ['By Mary O’Brien and D. J. Smith.', 'byline'],
  // captions and credits
  ['Photo: Vladimir Putin in Tokyo, December 13', 'caption'],
  ['Pictured: the harbour after the strike', 'caption'],
  ['(Photo by Jane Doe/Getty Images)', 'caption'],
  ['President Barack Obama speaks in the Rose Garden. (AP Photo/Evan Vucci)', 'caption'],
  ['Supporters cheer at a rally in Iowa /AP Photo', 'caption'],
  ['John Moore/Getty Images.', 'caption'],
  ['Image copyright Getty Images', 'caption'],
  ['© Mikhail Metzel/TASS', 'caption'],
  ['Vladimir Putin © Mikhail Metzel/TASS', 'caption'],
  ['Copyright 2016 The Associated Press. All rights reserved.', 'caption'],
  // body lines
  ['By the way, he said the plan would work.', null],
  ['By Tuesday, officials said the deal was off.', null],
  ['By December, prices had fallen by a third.', null],
  ['By Putin’s own account, relations had degraded.', null],
  ['By winning the Republican primary in Ohio, John Kasich picked up all 66 of the state’s delegates.', null],
  ['Following his meeting with Ryan, Trump met with Republican House and Senate members.', null],
  ['Photos showed horror-stricken mourners crouched over blanket-covered bodies.', null],
  ['Share prices fell sharply on Monday, traders said.', null],
  ['Home prices rose again in March.', null],
  ['"Read more books," the teacher said.', null],
  ['Subscribe to our newsletter, "it is free," the editor said.', null],
  ['The president says Moscow hopes for the development of cooperation', null],
  ['Putin backs Trump’s intention to mend ties with Russia', null],
  ['Copyright law is changing, the minister said.', null],
];

describe('nonBodyKind', () => {
  for (const [line, kind] of LINES) {
    it(`${JSON.stringify(line)} is ${kind ?? 'body'}`, () => {
      expect(nonBodyKind(line)).toBe(kind);
    });
  }
});

const DATELINES: [string, string][] = [
  ['TOKYO, December 13. /TASS/. Russia supports the intentions of the US', 'TOKYO, December 13. /TASS/. '],
  ['WASHINGTON (Reuters) - The Senate voted on Friday', 'WASHINGTON (Reuters) - '],
  ['LONDON — The prime minister said on Monday', 'LONDON — '],
  ['NEW YORK, Dec. 13 (Reuters) - Stocks fell', 'NEW YORK, Dec. 13 (Reuters) - '],
  ['KANSAS CITY, Mo. (AP) — A judge ruled', 'KANSAS CITY, Mo. (AP) — '],
  ['ST. LOUIS — Voters lined up', 'ST. LOUIS — '],
  ['MANCHESTER, N.H. -- Sanders won', 'MANCHESTER, N.H. -- '],
  ['PASADENA, Calif., Jan. 1 (UPI) — The parade went on', 'PASADENA, Calif., Jan. 1 (UPI) — '],
  ['MOSCOW, December 13. /TASS/.', 'MOSCOW, December 13. /TASS/.'],
  ['BEIJING (Xinhua) -- China said', 'BEIJING (Xinhua) -- '],
];
const NOT_DATELINES = [
  'NATO said on Monday that it would send troops',
  'US-Russia relations have degraded, the president said',
  'Moscow, December 13. Russia supports the intentions',
  'WASHINGTON is a city of monuments',
  'FBI Director James Comey - who testified - said',
  'I — like many others — disagree',
  '"TOKYO — ready," he said.',
];

describe('datelineLength', () => {
  for (const [paragraph, dateline] of DATELINES) {
    it(`finds ${JSON.stringify(dateline)}`, () => {
      expect(paragraph.slice(0, datelineLength(paragraph))).toBe(dateline);
    });
  }
  for (const paragraph of NOT_DATELINES) {
    it(`finds none in ${JSON.stringify(paragraph)}`, () => {
      expect(datelineLength(paragraph)).toBe(0);
    });
  }
});

describe('non-body spans in a document', () => {
  const article = [
    'All news',
    'Harbour pilots end strike',
    'By Jane Doe and John Roe',
    'KESTREL BAY, June 14 (Coastline) — Harbour pilots went back to work on Friday.',
    'Photo: Ilse Marten said: "We won."',
    '"Ships can come and go again, and nobody lost a job over this," said Ilse Marten, who chairs the union.',
    'Read more: Holt says: "Profits will double this year, and then some."',
    'Share this article',
  ].join('\n\n');
  const result = extractQuotes(article);

  it('marks whole lines and the dateline at the start of a paragraph', () => {
    const spans = findNonBody(article, splitParagraphs(article)).map((s) => [s.kind, article.slice(s.start, s.end)]);
    expect(spans).toEqual([
      ['navigation', 'All news'],
      ['byline', 'By Jane Doe and John Roe'],
      ['dateline', 'KESTREL BAY, June 14 (Coastline) —'],
      ['caption', 'Photo: Ilse Marten said: "We won."'],
      ['navigation', 'Read more: Holt says: "Profits will double this year, and then some."'],
      ['navigation', 'Share this article'],
    ]);
    expect(result.nonBody).toHaveLength(6);
  });

  it('takes no quote from them', () => {
    expect(result.quotes.map((q) => q.text)).toEqual([
      'Ships can come and go again, and nobody lost a job over this,',
    ]);
  });

  it('takes no speaker from them: the byline names nobody who speaks', () => {
    expect(result.speakers.map((s) => s.name)).toEqual(['Ilse Marten']);
    const pronoun = extractQuotes('By Jane Doe\n\n"We are ready to talk at any time, and we will," she said.');
    expect(pronoun.quotes[0]?.speaker?.name ?? null).not.toBe('Jane Doe');
  });

  it('a dateline is no speaker and is not part of a reported clause', () => {
    const text = 'WASHINGTON (Reuters) — The deal will be signed next week, the minister said.';
    const [quote] = extractQuotes(text).quotes;
    expect(quote).toMatchObject({ type: 'indirect', text: 'The deal will be signed next week' });
    expect(JSON.stringify(quote?.speaker)).not.toContain('WASHINGTON');
  });
});
