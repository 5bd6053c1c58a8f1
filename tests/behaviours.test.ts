/**
 * Behaviour fixtures: one short invented article per behaviour of issue 3
 * (fixtures/behaviours/NAME.txt), with the result a careful human reader
 * gives. This table is the specification, not a record of what the code does
 * today: each expected quote is named by the beginning of its text (content
 * without the opening mark) and states its number of parts, its speaker's
 * canonical name, the mention at that quote, the speaker's kind and, where the
 * text gives one, the title.
 *
 * Conventions (docs/output-contract.md and issue 3):
 * - a quote interrupted by its attribution, or continued over paragraphs, is
 *   one quote with one part per piece;
 * - a whole-paragraph quote with no attribution of its own right after an
 *   attributed quote is a further part of that quote (PolNeAR convention);
 * - the canonical name is the fullest form of the name without titles;
 * - organisations and anonymous sources keep the mention text as their name;
 * - `speaker` is null when nothing in the text says who spoke.
 *
 * Only `direct` quotes are counted: reported speech ("X said that…") may be
 * extracted as indirect quotes later and is not what these fixtures test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOffsetsReproduce } from './support/offsets.js';
import { extractQuotes } from '../src/index.js';
import type { ExtractResult, Quote, SpeakerKind } from '../src/index.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'behaviours');

interface ExpectedSpeaker {
  name: string | null;
  /** The words at this quote naming the speaker; null when only implied. */
  mention: string | null;
  kind: SpeakerKind;
  /** Checked only when given: exact text, or a pattern when the wording of the title may vary. */
  title?: string | RegExp;
}

interface ExpectedQuote {
  /** The first characters of the quote's `text`. */
  begins: string;
  parts: number;
  /** null: no speaker at all (the text does not say who spoke). */
  speaker: ExpectedSpeaker | null;
}

interface Case {
  file: string;
  behaviour: string;
  /** Exact number of direct quotes in the article. */
  count: number;
  quotes: ExpectedQuote[];
  /** The article has an unbalanced mark: at least one warning. */
  warns?: boolean;
  /** Exact set of speaker names in result.speakers (only for articles with no reported speech). */
  speakers?: string[];
}

const person = (name: string, mention: string | null, title?: string | RegExp): ExpectedSpeaker =>
  title === undefined ? { name, mention, kind: 'person' } : { name, mention, kind: 'person', title };
const org = (name: string, mention: string = name): ExpectedSpeaker => ({ name, mention, kind: 'organization' });
const anonymous = (name: string, mention: string = name): ExpectedSpeaker => ({ name, mention, kind: 'anonymous' });

const CASES: Case[] = [
  {
    file: 'straight-quotes',
    behaviour: 'straight "…" quotes, straight apostrophes nearby',
    count: 2,
    quotes: [
      { begins: 'The pier is safe and the crew', parts: 1, speaker: person('Oskar Brandvold', 'Oskar Brandvold') },
      { begins: 'We had to buy our groceries by', parts: 1, speaker: person('Greta Sund', 'Greta Sund') },
    ],
    speakers: ['Oskar Brandvold', 'Greta Sund'],
  },
  {
    file: 'curly-quotes',
    behaviour: 'curly “…” quotes with curly apostrophes inside and around',
    count: 2,
    quotes: [
      { begins: 'We don’t have the customers we', parts: 1, speaker: person('Edwin Harrow', 'Edwin Harrow') },
      { begins: 'It’s the end of something, but', parts: 1, speaker: person('Edwin Harrow', 'Harrow') },
    ],
    speakers: ['Edwin Harrow'],
  },
  {
    file: 'british-single-quotes',
    behaviour: 'British ‘…’ primary quotes next to apostrophes (Japan’s, don’t, ’90s, rock ’n’ roll)',
    count: 3,
    quotes: [
      { begins: 'I don’t think there’s another', parts: 1, speaker: person('Hiro Tanabe', 'Hiro Tanabe') },
      { begins: 'People laughed at us for keepin', parts: 1, speaker: person('Maggie Pryce', 'Pryce') },
      { begins: 'Rock ’n’ roll never really goes', parts: 1, speaker: person('Maggie Pryce', 'she') },
    ],
    speakers: ['Hiro Tanabe', 'Maggie Pryce'],
  },
  {
    file: 'guillemets',
    behaviour: 'guillemets «…» and ‹…›',
    count: 2,
    quotes: [
      { begins: 'The street belongs to people,', parts: 1, speaker: person('Léa Fontaine', 'Mayor Léa Fontaine') },
      { begins: 'We will lose the customers who', parts: 1, speaker: person('Paul Rinaldi', 'Paul Rinaldi') },
    ],
    speakers: ['Léa Fontaine', 'Paul Rinaldi'],
  },
  {
    file: 'german-quotes',
    behaviour: 'German „…“ and ‚…‘ quotes, ‚…‘ nested inside „…“',
    count: 3,
    quotes: [
      { begins: 'We did not want to watch two h', parts: 1, speaker: person('Anja Berger', 'Anja Berger') },
      { begins: 'The old owner told us ‚it cann', parts: 1, speaker: person('Jonas Keller', 'Keller') },
      { begins: 'Now the hard work begins', parts: 1, speaker: person('Anja Berger', 'Berger') },
    ],
  },
  {
    file: 'japanese-quotes',
    behaviour: 'Japanese 「…」 and 『…』 quotes, 『…』 nested inside 「…」',
    count: 3,
    quotes: [
      { begins: 'We lost every boat but one, an', parts: 1, speaker: person('Kenji Arata', 'Mayor Kenji Arata', 'Mayor') },
      { begins: 'My father used to say 『the sea', parts: 1, speaker: person('Yuki Morimoto', 'Yuki Morimoto') },
      { begins: 'We will be the first boat out', parts: 1, speaker: person('Yuki Morimoto', 'Morimoto') },
    ],
    speakers: ['Kenji Arata', 'Yuki Morimoto'],
  },
  {
    file: 'nested-quotes',
    behaviour: 'nested quotes (‘…’ inside “…”, "…" inside «…») stay inside their outer quote',
    count: 2,
    quotes: [
      { begins: 'When a critic writes that the', parts: 1, speaker: person('Iris Calloway', 'Iris Calloway') },
      { begins: 'My grandmother always told me', parts: 1, speaker: person('Michel Aubry', 'Aubry') },
    ],
    speakers: ['Iris Calloway', 'Michel Aubry'],
  },
  {
    file: 'multi-paragraph-quote',
    behaviour: 'a quote running over three paragraphs (unclosed, next paragraph reopens)',
    count: 1,
    quotes: [{ begins: 'There was no road and no schoo', parts: 3, speaker: person('Ines Ortiz', 'Ortiz', 'Mayor') }],
  },
  {
    file: 'interrupted-quote',
    behaviour: 'interrupted quote "…," she said, "…"',
    count: 2,
    quotes: [
      { begins: 'We will not close a single bra', parts: 2, speaker: person('Clara Voss', 'she') },
      { begins: 'Nobody wanted this', parts: 2, speaker: person('Clara Voss', 'Voss') },
    ],
  },
  {
    file: 'unclosed-mark',
    behaviour: 'an unclosed quotation mark warns and the rest of the article is still read',
    count: 2,
    warns: true,
    quotes: [
      { begins: 'The bridge will be closed unti', parts: 1, speaker: person('Petra Lorne', 'Lorne') },
      { begins: 'We are sorry for the trouble,', parts: 1, speaker: person('Tomas Lind', 'Tomas Lind') },
    ],
  },
  {
    file: 'scare-quotes',
    behaviour: 'scare quotes and so-called "experts" are not quotes',
    count: 1,
    quotes: [{ begins: 'Nobody who drew up this plan ha', parts: 1, speaker: person('Agnes Whitby', 'Agnes Whitby') }],
    speakers: ['Agnes Whitby'],
  },
  {
    file: 'short-utterances',
    behaviour: 'a word or two said aloud after a verb of uttering are quotes (said, "No."); labels after "called" are not',
    count: 4,
    quotes: [
      { begins: 'No.', parts: 1, speaker: person('Ingrid Solberg', 'Mayor Ingrid Solberg') },
      { begins: 'Four more years!', parts: 1, speaker: null },
      { begins: 'Stay!', parts: 1, speaker: anonymous('one man') },
      { begins: 'I have not decided anything ye', parts: 1, speaker: person('Arne Falk', 'Falk') },
    ],
  },
  {
    file: 'titles-and-nicknames',
    behaviour: 'nicknames and titles of works (even long ones) are not quotes',
    count: 1,
    quotes: [{ begins: 'I was always told to keep my g', parts: 1, speaker: person('Jim Kowal', 'Kowal') }],
    speakers: ['Jim Kowal'],
  },
  {
    file: 'quote-comma-name-said',
    behaviour: '"…," Name said.',
    count: 1,
    quotes: [{ begins: 'I have never seen the blossom d', parts: 1, speaker: person('Ruth Eriksen', 'Eriksen') }],
    speakers: ['Ruth Eriksen'],
  },
  {
    file: 'quote-said-name',
    behaviour: '"…," said Name.',
    count: 2,
    quotes: [
      { begins: 'The square was silent for two', parts: 1, speaker: person('Leo Marchetti', 'Leo Marchetti') },
      { begins: 'We have musicians booked for e', parts: 1, speaker: person('Leo Marchetti', 'Marchetti') },
    ],
    speakers: ['Leo Marchetti'],
  },
  {
    file: 'quote-period-name-added',
    behaviour: '"…." Name added. (full stop inside the quote)',
    count: 2,
    quotes: [
      { begins: 'Both cubs are healthy and feed', parts: 1, speaker: person('Hanna Sobel', 'Hanna Sobel') },
      { begins: 'Visitors will be able to see t', parts: 1, speaker: person('Hanna Sobel', 'Sobel') },
    ],
    speakers: ['Hanna Sobel'],
  },
  {
    file: 'question-she-asked',
    behaviour: '"…?" she asked. and a short "…," Name replied.',
    count: 2,
    quotes: [
      { begins: 'How are children supposed to w', parts: 1, speaker: person('Nadia Fenwick', 'she') },
      { begins: 'Then run a smaller bus', parts: 1, speaker: person('Nadia Fenwick', 'Fenwick') },
    ],
  },
  {
    file: 'name-said-colon',
    behaviour: 'Name said: "…" and Name said, "…"',
    count: 2,
    quotes: [
      { begins: 'This runway will bring three t', parts: 1, speaker: person('Samuel Okafor', 'Okafor') },
      { begins: 'We have lost a battle, not the', parts: 1, speaker: person('Beatrix Holm', 'Holm') },
    ],
    speakers: ['Samuel Okafor', 'Beatrix Holm'],
  },
  {
    file: 'told-reporters-colon',
    behaviour: 'Name told reporters: "…"',
    count: 1,
    quotes: [{ begins: 'Nobody was inside the building', parts: 1, speaker: person('Dana Whitlock', 'Whitlock') }],
    speakers: ['Dana Whitlock'],
  },
  {
    file: 'according-to',
    behaviour: 'According to Name, "…"',
    count: 1,
    quotes: [{ begins: 'Every ticket for the Saturday c', parts: 1, speaker: person('Harriet Lusk', 'Lusk') }],
    speakers: ['Harriet Lusk'],
  },
  {
    file: 'nominal-speaker',
    behaviour: 'nominal speakers ("the Orvenian president", "the president")',
    count: 3,
    quotes: [
      { begins: 'The north has waited long enou', parts: 1, speaker: person('Mirela Danek', 'Danek', 'President') },
      { begins: 'Construction will start before', parts: 1, speaker: person('Mirela Danek', 'the Orvenian president', 'President') },
      { begins: 'Every town on the line will ge', parts: 1, speaker: person('Mirela Danek', 'the president', 'President') },
    ],
    speakers: ['Mirela Danek'],
  },
  {
    file: 'pronoun-speakers',
    behaviour: 'pronoun speakers: "they" for an organisation, "he" for a person',
    count: 2,
    quotes: [
      { begins: 'We will be playing in front of', parts: 1, speaker: org('Greenfield Rovers', 'they') },
      { begins: 'It broke my heart to see the r', parts: 1, speaker: person('Danny Moyo', 'he') },
    ],
    speakers: ['Greenfield Rovers', 'Danny Moyo'],
  },
  {
    file: 'appositive-title',
    behaviour: '"…," said Name, a doctor at the clinic. (appositive is the title)',
    count: 1,
    quotes: [
      { begins: 'People here have been driving', parts: 1, speaker: person('Amara Quist', 'Amara Quist', 'a doctor at the clinic') },
    ],
    speakers: ['Amara Quist'],
  },
  {
    file: 'relative-clause-appositive',
    behaviour: '"…," Name, who ran the clinic, said. (relative clause is the title)',
    count: 1,
    quotes: [
      { begins: 'We had one room, one bed and a', parts: 1, speaker: person('Marek Dunn', 'Dunn', /ran the clinic until last spring/) },
    ],
    speakers: ['Marek Dunn'],
  },
  {
    file: 'told-reporters-noting',
    behaviour: '"…," Name told reporters, noting that …',
    count: 1,
    quotes: [{ begins: 'The new wing will open on time', parts: 1, speaker: person('Paulina Sato', 'Sato') }],
  },
  {
    file: 'said-in-interview-with',
    behaviour: '"…," Name said in an interview with Radio X. (the broadcaster is not the speaker)',
    count: 2,
    quotes: [
      { begins: 'It is the best vintage I have', parts: 1, speaker: person('Olivier Brach', 'Brach') },
      { begins: 'We will bottle the first wine', parts: 1, speaker: person('Olivier Brach', 'he') },
    ],
    speakers: ['Olivier Brach'],
  },
  {
    file: 'intro-colon-paragraph',
    behaviour: 'a quote paragraph after "Name said in an interview:"',
    count: 1,
    quotes: [{ begins: 'I wrote the first bars on a tr', parts: 1, speaker: person('Teodor Lisk', 'Lisk') }],
    speakers: ['Teodor Lisk'],
  },
  {
    file: 'asked-about-paragraph',
    behaviour: 'a quote paragraph after "Asked about Z, Name said:"',
    count: 1,
    quotes: [{ begins: 'The revenue will come back when', parts: 1, speaker: person('Gustav Rehn', 'Rehn') }],
    speakers: ['Gustav Rehn'],
  },
  {
    file: 'following-paragraph-continues',
    behaviour: 'an unattributed quote paragraph continues the previous speaker’s quote',
    count: 1,
    quotes: [{ begins: 'We went out eleven times in Ja', parts: 2, speaker: person('Sofia Brandt', 'Brandt') }],
  },
  {
    file: 'following-paragraph-own-record',
    behaviour: 'a quote paragraph after a closed quote attributed after it ("…," Brandt said.) is a record of its own, same speaker',
    count: 2,
    quotes: [
      { begins: 'We went out eleven times in Ja', parts: 1, speaker: person('Sofia Brandt', 'Brandt') },
      { begins: 'Two of those rescues were in w', parts: 1, speaker: person('Sofia Brandt', null) },
    ],
  },
  {
    file: 'organisation-statement',
    behaviour: 'organisations: "X said in a statement", "a spokesman for the ministry said"',
    count: 2,
    quotes: [
      { begins: 'The night trains have lost mon', parts: 1, speaker: org('Corvane Rail') },
      { begins: 'We learned of this decision fr', parts: 1, speaker: org('a spokesman for the Ministry of Transport') },
    ],
    speakers: ['Corvane Rail', 'a spokesman for the Ministry of Transport'],
  },
  {
    file: 'anonymous-sources',
    behaviour: 'anonymous sources: "a source familiar with the talks said", "officials said"',
    count: 2,
    quotes: [
      { begins: 'The two sides have agreed on t', parts: 1, speaker: anonymous('a source familiar with the talks') },
      { begins: 'We expect a signing ceremony o', parts: 1, speaker: anonymous('officials') },
    ],
    speakers: ['a source familiar with the talks', 'officials'],
  },
  {
    file: 'dash-attribution',
    behaviour: 'dash attribution "…" — Name',
    count: 2,
    quotes: [
      { begins: 'The best night out this town h', parts: 1, speaker: person('Lena Marsh', 'Lena Marsh') },
      { begins: 'Too crowded for small children', parts: 1, speaker: person('Arjun Mehta', 'Arjun Mehta') },
    ],
    speakers: ['Lena Marsh', 'Arjun Mehta'],
  },
  {
    file: 'transcript-colon',
    behaviour: 'interview transcript Name: "…"',
    count: 4,
    quotes: [
      { begins: 'Why did the council turn down', parts: 1, speaker: person('Simon Kay', 'Simon Kay') },
      { begins: 'Because the wood is worth more', parts: 1, speaker: person('Ada Renn', 'Ada Renn') },
      { begins: 'Will the developer come back w', parts: 1, speaker: person('Simon Kay', 'Simon Kay') },
      { begins: 'He may, and the answer will be', parts: 1, speaker: person('Ada Renn', 'Ada Renn') },
    ],
    speakers: ['Simon Kay', 'Ada Renn'],
  },
  {
    file: 'multi-word-cues',
    behaviour: 'multi-word cues: "said in a statement", "went on to say"',
    count: 2,
    quotes: [
      { begins: 'The collection has outgrown th', parts: 1, speaker: person('Fiona Grael', 'Grael') },
      { begins: 'We would rather close for two', parts: 1, speaker: person('Fiona Grael', 'she') },
    ],
  },
  {
    file: 'name-inside-quote',
    behaviour: 'names and cue words inside the quote are not its speaker',
    count: 2,
    quotes: [
      { begins: 'When Governor Rita Salas said', parts: 1, speaker: person('Bruno Castell', 'Castell') },
      { begins: 'I told Senator Ray Dunmore the', parts: 1, speaker: person('Bruno Castell', 'he') },
    ],
  },
  {
    file: 'pronoun-two-genders',
    behaviour: 'pronouns resolve by gender between two people (Mr., first names)',
    count: 3,
    quotes: [
      { begins: 'The rent from two turbines wou', parts: 1, speaker: person('Ellis Adeyemi', 'Mr. Adeyemi') },
      { begins: 'My guests come for the silence', parts: 1, speaker: person('Greta Lindqvist', 'she') },
      { begins: 'The turbines are quieter than', parts: 1, speaker: person('Ellis Adeyemi', 'he') },
    ],
    speakers: ['Ellis Adeyemi', 'Greta Lindqvist'],
  },
  {
    file: 'descriptor-resolution',
    behaviour: 'descriptors ("the senator", "the former secretary of state") pick the right one of two people',
    count: 3,
    quotes: [
      { begins: 'This treaty gives away fishing', parts: 1, speaker: person('Carla Mendes', 'the senator', 'Senator') },
      {
        begins: 'Every treaty involves give and',
        parts: 1,
        speaker: person('Victor Hale', 'the former secretary of state', /Secretary of State/),
      },
      { begins: 'Peace is not worth much to a f', parts: 1, speaker: person('Carla Mendes', 'the senator', 'Senator') },
    ],
    speakers: ['Carla Mendes', 'Victor Hale'],
  },
  {
    file: 'headline-subtitle',
    behaviour: 'headline and subtitle name the speaker before the body; "the governor" resolves forward',
    count: 2,
    quotes: [
      { begins: 'Every child in this state will', parts: 1, speaker: person('Ruth Kessler', 'the governor', 'Governor') },
      { begins: 'We will pay for the repairs fi', parts: 1, speaker: person('Ruth Kessler', 'Kessler') },
    ],
    speakers: ['Ruth Kessler'],
  },
  {
    file: 'no-speaker',
    behaviour: 'a quote whose speaker the text never gives has speaker null',
    count: 1,
    quotes: [{ begins: 'Sell the mill and you sell the', parts: 1, speaker: null }],
    speakers: [],
  },
  {
    file: 'dateline-and-boilerplate',
    behaviour: 'dateline, "All news" and "Read more" lines yield no quotes and no speakers',
    count: 1,
    quotes: [{ begins: 'Ships can come and go again, a', parts: 1, speaker: person('Ilse Marten', 'Ilse Marten') }],
    speakers: ['Ilse Marten'],
  },
];

interface ActualSpeaker {
  name: string | null;
  mention: string | null;
  kind: SpeakerKind;
  title?: unknown;
}

/** The fields of a quote the table speaks about, shaped like the expectation for a readable diff. */
function observed(quote: Quote, expected: ExpectedQuote): { parts: number; speaker: ActualSpeaker | null } {
  const s = quote.speaker;
  if (!s) return { parts: quote.parts.length, speaker: null };
  const speaker: ActualSpeaker = { name: s.name, mention: s.mention?.text ?? null, kind: s.kind };
  if (expected.speaker?.title !== undefined) speaker.title = s.title;
  return { parts: quote.parts.length, speaker };
}

function wanted(expected: ExpectedQuote): { parts: number; speaker: ActualSpeaker | null } {
  const e = expected.speaker;
  if (!e) return { parts: expected.parts, speaker: null };
  const speaker: ActualSpeaker = { name: e.name, mention: e.mention, kind: e.kind };
  if (e.title !== undefined) speaker.title = typeof e.title === 'string' ? e.title : expect.stringMatching(e.title);
  return { parts: expected.parts, speaker };
}

function directQuotes(result: ExtractResult): Quote[] {
  return result.quotes.filter((q) => q.type === 'direct');
}

function listing(quotes: Quote[]): string {
  return quotes.map((q) => `  [${q.speaker?.name ?? '-'}] ${JSON.stringify(q.text.slice(0, 50))}`).join('\n');
}

describe('behaviour fixtures', () => {
  it('cover at least 28 behaviours with distinct files', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(28);
    expect(new Set(CASES.map((c) => c.file)).size).toBe(CASES.length);
  });
});

for (const c of CASES) {
  describe(`${c.file}: ${c.behaviour}`, () => {
    const text = readFileSync(join(DIR, `${c.file}.txt`), 'utf8');
    const run = (): ExtractResult => extractQuotes(text);

    it('the table agrees with itself', () => {
      expect(c.quotes.length).toBeLessThanOrEqual(c.count);
      for (const q of c.quotes) expect(text, `fixture text holds "${q.begins}"`).toContain(q.begins);
    });

    it(`finds exactly ${c.count} direct quote(s)`, () => {
      const quotes = directQuotes(run());
      expect(quotes.length, `direct quotes found:\n${listing(quotes)}`).toBe(c.count);
    });

    for (const q of c.quotes) {
      it(`quote "${q.begins}…" → ${q.speaker ? `${q.speaker.name} (${q.speaker.mention ?? 'implied'})` : 'no speaker'}, ${q.parts} part(s)`, () => {
        const quotes = directQuotes(run());
        const found = quotes.find((x) => x.text.startsWith(q.begins));
        expect(found, `no direct quote begins with "${q.begins}"; found:\n${listing(quotes)}`).toBeDefined();
        expect(observed(found!, q)).toEqual(wanted(q));
      });
    }

    it('every quote’s offsets reproduce its text, mention and cue', () => {
      expectOffsetsReproduce(text, run());
    });

    if (c.warns) {
      it('warns about the unbalanced mark', () => {
        expect(run().warnings.length).toBeGreaterThan(0);
      });
    }

    if (c.speakers) {
      const names = c.speakers;
      it(`lists exactly the speakers ${names.join(', ')} for its direct quotes`, () => {
        // reported speech is out of scope here (see the header): speakers of direct quotes only
        const direct = new Set(directQuotes(run()).map((q) => q.speaker?.name).filter((n): n is string => Boolean(n)));
        expect(direct).toEqual(new Set(names));
      });
    }
  });
}
