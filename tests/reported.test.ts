/**
 * Reported-speech fixtures (issue 4): one short invented article per
 * construction of reported and mixed speech (fixtures/reported/NAME.txt),
 * with the result a careful human reader gives. This table is the
 * specification, not a record of what the code does today: each expected
 * quote states its type, its exact content, its speaker's canonical name and
 * kind, and the cue; each near miss is words of the article that must not
 * become (or start) a quote.
 *
 * Conventions (measured on PolNeAR train, issue 4):
 * - "that" is part of the content ("Putin said that Russia is ready" → "that Russia is ready");
 * - the content runs to the end of the sentence, final stop excluded, unless
 *   cut at ", saying", at a following ", X said", at "but said" or at ";" —
 *   never at "and", ", including" or "(";
 * - "CLAUSE, X said." → CLAUSE, without the comma;
 * - "X, according to Y, is …" → one quote of two parts ("X" and "is …");
 * - complement verbs report the object and its complement
 *   ("accused the board of ignoring…", "urged the government to…", "refused to…");
 * - a mixed quote's content is the whole reported clause, with the quoted
 *   words and their marks;
 * - organisations, anonymous sources and documents keep the mention text as
 *   their name; people get the fullest form of their name, without titles.
 *
 * A row the code gets wrong today is run with `it.fails` (field `gap`, and a
 * `// known gap:` comment saying what the code does instead): it turns red the
 * day the code is fixed, and then the `gap` is removed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOffsetsReproduce } from './support/offsets.js';
import { extractQuotes } from '../src/index.js';
import type { ExtractResult, Quote, QuoteType, SpeakerKind } from '../src/index.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'reported');

interface ExpectedSpeaker {
  /** Exact canonical name; a pattern only where the case of a leading "The" may vary. */
  name: string | RegExp | null;
  /** The kind, or the kinds a careful reader may defend. */
  kind: SpeakerKind | SpeakerKind[];
  /** Checked only when given: the words at this quote naming the speaker. */
  mention?: string;
}

interface ExpectedQuote {
  type: QuoteType;
  /** The exact content, one string per part (a quote interrupted by its source has two). */
  parts: string[];
  speaker: ExpectedSpeaker | null;
  /** The cue's text as it stands in the article; a pattern where the extent may defensibly vary. */
  cue: string | RegExp | null;
  /** Known gap: what the code does instead (the row runs with it.fails). */
  gap?: string;
}

interface NearMiss {
  /** Words of the article (a sentence or a clause) that report nothing. */
  text: string;
  why: string;
  /** The words stand inside a direct quotation: that quotation may cover them, nothing else may. */
  insideDirect?: boolean;
  gap?: string;
}

interface Case {
  file: string;
  construction: string;
  /** Exact number of quotes of every type in the article. */
  count: number;
  /** Known gap of the count row. */
  countGap?: string;
  quotes: ExpectedQuote[];
  nearMisses: NearMiss[];
}

const person = (name: string, mention?: string): ExpectedSpeaker => (mention === undefined ? { name, kind: 'person' } : { name, kind: 'person', mention });
const org = (name: string | RegExp, mention?: string): ExpectedSpeaker => (mention === undefined ? { name, kind: 'organization' } : { name, kind: 'organization', mention });
const anonymous = (name: string): ExpectedSpeaker => ({ name, kind: 'anonymous' });
const documentSource = (name: string): ExpectedSpeaker => ({ name, kind: 'document' });
const indirect = (text: string, speaker: ExpectedSpeaker | null, cue: string | RegExp | null, gap?: string): ExpectedQuote =>
  gap === undefined ? { type: 'indirect', parts: [text], speaker, cue } : { type: 'indirect', parts: [text], speaker, cue, gap };

const CASES: Case[] = [
  {
    file: 'said-that',
    construction: 'X said (that) CLAUSE / X said on Tuesday that / X told reporters that / X added that',
    count: 4,
    quotes: [
      indirect('that the repaired hull had passed every safety inspection', person('Helga Marrow'), 'said'),
      indirect('that tickets bought before the suspension would still be honoured', person('Helga Marrow', 'Marrow'), 'said'),
      indirect('that the crossing would take twenty minutes longer during the first month', person('Ivo Sandquist'), /^told(?: reporters)?$/u),
      indirect('that the crew had trained for two weeks on the repaired vessel and its new engines', person('Ivo Sandquist', 'Sandquist'), 'added'),
    ],
    nearMisses: [{ text: 'Marrow would not say when a second boat would join the route.', why: 'a refusal to say: nothing reported' }],
  },
  {
    file: 'clause-comma-said',
    construction: 'CLAUSE, X said. / CLAUSE, said X, a spokeswoman for the ministry.',
    count: 3,
    quotes: [
      indirect('The savings will pay for longer evening hours at the central library', person('Tomas Veldt'), 'said'),
      indirect('Visitors to the three branches fell by a third last year', person('Rosa Imbert', 'Rosa Imbert'), 'said'),
      indirect('The closures are temporary and will be reviewed in the spring', person('Tomas Veldt', 'Veldt'), 'said'),
    ],
    nearMisses: [{ text: 'Readers will have a say in which branch reopens first on Sundays.', why: '"a say": a noun, not a reporting verb' }],
  },
  {
    file: 'interrupted-and-scare-quotes',
    construction: 'CLAUSE "scare quote," X said. / X, Y said, VERB … (two parts)',
    count: 4,
    quotes: [
      // the comma stands inside the closing mark: the clause keeps both, as a direct quote keeps its comma
      indirect('The increase was "unavoidable,"', person('Colm Redpath', 'harbour master Colm Redpath'), 'said'),
      {
        type: 'indirect',
        parts: ['The new timetable', 'will add two evening crossings in the summer'],
        speaker: person('Colm Redpath', 'Redpath'),
        cue: 'said',
      },
      indirect('Fuel now costs twice what it did in 2021', org('the ferry company'), 'according to'),
      { type: 'direct', parts: ['We tried everything else first,'], speaker: person('Colm Redpath', 'Redpath'), cue: 'said' },
    ],
    nearMisses: [{ text: 'Return tickets on the island ferry will cost a fifth more from April.', why: 'no source and no cue: the article’s own statement' }],
  },
  {
    file: 'according-to',
    construction: 'according to X, CLAUSE / CLAUSE, according to X / X, according to Y, is … (two parts) / a source with no determiner',
    count: 4,
    quotes: [
      indirect('the channel has lost almost a metre of depth since 2022', person('Colm Redpath'), 'According to'),
      indirect('The work will cost about 4 million euros', org('the port authority'), 'according to'),
      {
        type: 'indirect',
        parts: ['The new schedule', 'is the result of an unusually mild winter'],
        speaker: person('Colm Redpath', 'Redpath'),
        cue: 'according to',
      },
      // a source with no determiner: a document
      indirect('visiting yachts rose by a fifth last year', { name: 'early figures from the harbour office', kind: 'document' }, 'According to'),
    ],
    nearMisses: [
      { text: 'Moored boats will be moved to the outer pier according to their size and draught.', why: '"according to their size": a manner, not a source' },
    ],
  },
  {
    file: 'belief-verbs',
    construction: 'X believes … / warns that … / acknowledged that … / has said repeatedly that … / X, who says …',
    count: 6,
    quotes: [
      indirect('the tax will push shipping companies to the rival port of Wyle', person('Ines Kalder'), 'believes'),
      indirect('that freight prices in the region could rise by a tenth within a year', person('Bruno Ashe'), 'warns'),
      indirect('that the council had not studied the effect on fishermen', person('Mara Tolliver'), 'acknowledged'),
      indirect('that the money will go to repairing the sea wall', person('Mara Tolliver', 'Tolliver'), /^(?:has )?said$/u),
      // a pronoun with its clitic ("She’s" = she has) is resolved as the pronoun
      indirect('that the old wall will not last another winter', person('Mara Tolliver', 'She’s'), 'warned'),
      // a relative "who" stands for the name before it
      indirect('the harbour needs a second pier', person('Kenji Abe', 'who'), 'says'),
    ],
    // known gap: the learned tagger adds "the council has the votes to keep it" (cue "believe in", speaker "Few")
    countGap: 'the learned tagger adds a quote at "believe in"',
    nearMisses: [
      {
        text: 'Few traders believe in the tax, but the council has the votes to keep it.',
        why: '"believe in": no reported clause',
        // known gap: content "the council has the votes to keep it", cue "believe in"
        gap: 'the learned tagger (PolNeAR counts any stance or object as an attribution) reads "the council has the votes…" after "believe in"',
      },
    ],
  },
  {
    file: 'complement-verbs',
    construction: 'X accused Y of … / X urged Y to … / X refused to … / X called Y "…"',
    count: 5,
    quotes: [
      indirect('the water board of ignoring three years of warnings about the aquifer', org(/^the farmers' union$/iu), 'accused'),
      indirect('the regional government to suspend the limits until the autumn', person('Petra Vosk'), 'urged'),
      indirect('to lift the limits before the end of the drought', person('Emil Strand'), 'refused'),
      { type: 'mixed', parts: ['the new rules "a death sentence for small farms."'], speaker: person('Petra Vosk', 'Vosk'), cue: 'called' },
      // what they were called in one word: a scare quote, so reported speech
      indirect('the union\'s figures "misleading."', person('Emil Strand', 'Strand'), 'called'),
    ],
    // known gap: the learned tagger adds "a meeting for Friday evening in the village hall" (cue "has called", speaker The union)
    countGap: 'the learned tagger adds a quote at "has called"',
    nearMisses: [
      {
        text: 'The union has called a meeting for Friday evening in the village hall.',
        why: '"called a meeting": calling as convening, no words reported',
        // known gap: content "a meeting for Friday evening in the village hall", cue "has called"
        gap: 'the learned tagger (trained on PolNeAR, where calling for things is an attribution) reads "a meeting…" after "has called"',
      },
    ],
  },
  {
    file: 'non-person-sources',
    construction: 'polls show / the report found that / court documents allege (document), officials said (anonymous), the ministry said (organization)',
    count: 5,
    quotes: [
      indirect('most residents of Alder Vale oppose closing their emergency ward', documentSource('Polls'), 'show'),
      indirect('that the merger would save less than half of the promised 20 million euros', documentSource('The audit report'), 'found'),
      indirect('that the hospital board signed the merger contract before the public consultation ended', documentSource('Court documents'), 'allege'),
      indirect('the emergency ward would stay open until a new ambulance station is built', anonymous('Officials'), 'said'),
      indirect('that no jobs would be lost', org(/^the health ministry$/iu), 'said'),
    ],
    nearMisses: [{ text: 'The plans were shown to nurses at a meeting on Monday.', why: '"were shown to": showing a thing, not a finding' }],
  },
  {
    file: 'headline-reported',
    construction: 'headline "Mayor says …", the mayor named fully in the body',
    count: 3,
    // known gap: the learned tagger adds "whether lorries may use the bridge again" (cue "will have the final say on", speaker The city council)
    countGap: 'the learned tagger adds a quote at "the final say"',
    quotes: [
      indirect('the Kellin bridge will reopen in May', person('Anna Kovacs', 'Mayor'), 'says'),
      indirect('the bridge would reopen to cars and buses in the first week of May', person('Anna Kovacs'), 'said'),
      indirect('Engineers have replaced two of the damaged piers, and a third will be finished next month', person('Anna Kovacs', 'Kovacs'), 'said'),
    ],
    nearMisses: [
      { text: 'Repairs ahead of schedule, with a new cycle lane planned', why: 'a subtitle that reports nothing' },
      {
        text: 'The city council will have the final say on whether lorries may use the bridge again.',
        why: '"the final say": a noun',
        // known gap: content "whether lorries may use the bridge again", cue "will have the final say on"
        gap: 'the learned tagger (trained on PolNeAR, where noun cues count) reads "whether lorries…" after "the final say on"',
      },
    ],
  },
  {
    file: 'mixed-quotes',
    construction: 'X said that the plan "…" / X stated that if … "…" (mixed: the whole clause)',
    count: 2,
    quotes: [
      { type: 'mixed', parts: ['that the plan "would cost far more than anyone admits."'], speaker: person('Marek Hollis'), cue: 'said' },
      {
        type: 'mixed',
        parts: ['that if the city and the club "had joined efforts some time ago, we could have avoided many problems."'],
        speaker: person('Sylvie Ostrand'),
        cue: 'stated',
      },
    ],
    nearMisses: [{ text: 'The club calls the stadium the "Harbour Bowl" in its brochures.', why: 'a name in quotation marks, not speech' }],
  },
  {
    file: 'mixed-reporters',
    construction: 'a mixed quote whose speaker is the subject of a coordinated verb, a participle, a relative clause or a progressive, or who closes the sentence',
    count: 7,
    quotes: [
      // the attribution closes the sentence: the clause ends before it
      { type: 'mixed', parts: ['The new fares will make the crossing "a luxury for island families" by the autumn'], speaker: person('Tomas Veldt'), cue: 'said' },
      { type: 'mixed', parts: ['the new timetable was "a gift to nobody who works nights."'], speaker: person('Ada Varga'), cue: 'said' },
      { type: 'direct', parts: ['We listened to the crews,'], speaker: person('Colm Redpath'), cue: 'said' },
      { type: 'mixed', parts: ['that the changes would "take some getting used to."'], speaker: person('Colm Redpath'), cue: 'adding' },
      // the cue's subject is the relative "who" (as PolNeAR marks it); it names Petra Lund
      { type: 'mixed', parts: ['the fares "daylight robbery for island families."'], speaker: person('Petra Lund', 'who'), cue: 'called' },
      {
        type: 'mixed',
        parts: ['its managers "utterly out of touch with the crews."'],
        speaker: person('Iwan Rees'),
        cue: 'calling',
        // known gap: speaker "West Harbour" (the sentence's subject, "union leader Iwan Rees", opens with lower-case words, which no
        // subject pattern takes; the learned tagger labels the place before it as the source)
        gap: 'speaker West Harbour: a subject opening with a lower-case descriptor after a fronted phrase is not found, and the tagger labels the place',
      },
      { type: 'mixed', parts: ['to "find the money for a night ferry" before the summer.'], speaker: person('Lena Doyle'), cue: 'promising' },
    ],
    nearMisses: [{ text: 'The row over ferry fares deepened on Tuesday, a day before the harbour board meets.', why: 'no reporting verb' }],
  },
  {
    file: 'shares-and-possessives',
    construction: '47 percent of voters said / more than 4 in 10 said (anonymous) / the mayor\u2019s spokesman said',
    count: 3,
    // known gap: the learned tagger adds "to close Quarry Street to traffic" in the headline (cue "divided over plan", speaker Voters)
    countGap: 'the learned tagger adds a quote in the headline',
    quotes: [
      indirect('the street should stay open to traffic', anonymous('47 percent of voters'), 'said'),
      indirect('they would visit the shops on Quarry Street more often without cars', anonymous('More than 4 in 10'), 'said'),
      // an unnamed spokesman: the office he speaks for (the project's convention) or an anonymous source
      indirect('the council would publish the full results next week', { name: "The mayor's spokesman", kind: ['organization', 'anonymous'] }, 'said'),
    ],
    nearMisses: [{ text: 'Residents will get the final say in a referendum in June.', why: '"the final say": a noun' }],
  },
  {
    file: 'coordinated-verbs',
    construction: 'X rejected the plan and said … (the subject of the first verb speaks)',
    count: 3,
    // known gap: the learned tagger adds "a prayer for the late mayor" (cue "said")
    countGap: 'the learned tagger adds a quote at "said a prayer"',
    quotes: [
      indirect('it would cost too much', org(/^the council$/iu), 'said'),
      indirect('that the town needed the spaces before the Christmas market', person('Jana Pohl'), 'argued'),
      // known gap: the quote is found with speaker Greyfield Homes, but of kind person (the appositive "The developer" does not say it is a company)
      indirect('it would now focus on building flats', org('Greyfield Homes'), 'said', 'kind person'),
    ],
    nearMisses: [
      {
        text: 'Before the vote, the councillors stood and said a prayer for the late mayor.',
        why: '"said a prayer": words recited, no reported clause',
        // known gap: content "a prayer for the late mayor", cue "said", speaker "the councillors stood"
        gap: 'the learned tagger (PolNeAR counts any stance or object as an attribution) reads "a prayer for the late mayor" after "said"',
      },
    ],
  },
  {
    file: 'precision-traps',
    construction: 'a condition, a question, a negation, reported speech inside a quotation, "the final say"',
    count: 2,
    // known gap: the learned tagger adds "the question three times" (cue "asked", speaker Reporters)
    countGap: 'the learned tagger adds a quote at "asked the question"',
    quotes: [
      { type: 'direct', parts: ['My colleagues told me that the numbers do not add up,'], speaker: person('Tomas Arnell'), cue: 'said' },
      indirect('the cabinet would meet again on Friday', person('Livia Brask', 'Brask'), 'said'),
    ],
    nearMisses: [
      { text: 'If the minister says the deal is off, hauliers plan to block the ring road.', why: 'a condition' },
      { text: 'What did she say about the tax?', why: 'a question' },
      {
        text: 'Reporters asked the question three times.',
        why: 'asking, with nothing reported',
        // known gap: content "the question three times", cue "asked"
        gap: 'the learned tagger (trained on PolNeAR, where what is asked is a content) reads "the question three times" after "asked"',
      },
      { text: 'Finance minister Livia Brask did not say whether the tax would rise in January.', why: 'a negation' },
      { text: 'that the numbers do not add up', why: 'reported speech inside a quotation is part of that quotation', insideDirect: true },
      { text: 'Parliament, not the cabinet, will have the final say on the budget.', why: '"the final say": a noun' },
    ],
  },
  {
    file: 'speaker-labels',
    construction: 'NAME: WHAT THEY SAID (a transcript\'s turn, a headline\'s claim), the label a name the article uses elsewhere',
    count: 3,
    quotes: [
      indirect('Port Must Grow or Fall Behind Its Rivals', person('Kenji Abe', 'Abe'), ':'),
      indirect('The channel has lost almost a metre of depth since 2022, and the dredgers cannot start before May.', person('Colm Redpath', 'REDPATH'), ':'),
      indirect('We will ask the council for the money again in the autumn, because the port cannot wait another year.', person('Kenji Abe', 'ABE'), ':'),
    ],
    nearMisses: [
      { text: 'Q: Will the ferry fares go up this year?', why: 'an interview\'s question: "Q" names nobody' },
      { text: 'UPDATE: The council will discuss the harbour budget on Monday evening.', why: 'a label word, not a speaker' },
    ],
  },
  {
    file: 'unlisted-cues',
    construction: 'cues no word list holds, read by the learned tagger: wants, is pushing for, endorsed, hope, fear (a stance with a short object is an attribution, as PolNeAR counts it)',
    count: 6,
    // known gap: 4 quotes; the two below marked as gaps are missed
    countGap: 'the learned tagger misses two of the six',
    quotes: [
      indirect('a second ferry route', org('Harbour board'), 'wants'),
      indirect('to open a second ferry route to the islands before next summer', org(/^The harbour board$/iu), 'wants'),
      // known gap: no quote (the tagger labels no cue in the sentence)
      indirect("a night crossing that would leave the mainland after ten o'clock", person('Ada Rennick'), /^(?:is )?pushing for$/u, 'missed'),
      // known gap: content "the plan on Monday, and its members hope to be offered the extra shifts" (the tagger, its weights
      // averaged over the last epochs, runs the clause on past ", and its members")
      indirect('the plan', org("The ferry workers' union"), 'endorsed', 'content runs on past ", and its members hope…"'),
      // known gap: no quote (the tagger labels no cue after "and its members")
      indirect('to be offered the extra shifts', anonymous('its members'), 'hope', 'missed'),
      // known gap: the speaker's kind is person, not anonymous (a group named by a common noun)
      indirect('the new route will draw visitors away from the old harbour', anonymous('Island shopkeepers'), 'fear', 'kind person'),
    ],
    nearMisses: [{ text: 'The board painted the waiting room blue last spring and repaired the ticket office roof.', why: 'things done, not said' }],
  },
];

interface Observed {
  type: QuoteType;
  parts: string[];
  speaker: { name: string | null; kind: SpeakerKind; mention?: string | null } | null;
  cue: string | null;
}

function observed(text: string, quote: Quote, expected: ExpectedQuote): Observed {
  const s = quote.speaker;
  const speaker: Observed['speaker'] = s ? { name: s.name, kind: s.kind } : null;
  if (speaker && expected.speaker?.mention !== undefined) speaker.mention = s!.mention?.text ?? null;
  return { type: quote.type, parts: quote.parts.map((p) => text.slice(p.start, p.end)), speaker, cue: quote.cue?.text ?? null };
}

function wanted(expected: ExpectedQuote): Observed {
  const e = expected.speaker;
  let speaker: Observed['speaker'] = null;
  if (e) {
    speaker = {
      name: e.name instanceof RegExp ? expect.stringMatching(e.name) : e.name,
      kind: Array.isArray(e.kind) ? expect.toBeOneOf(e.kind) : e.kind,
    };
    if (e.mention !== undefined) speaker.mention = e.mention;
  }
  const cue = expected.cue instanceof RegExp ? expect.stringMatching(expected.cue) : expected.cue;
  return { type: expected.type, parts: expected.parts, speaker, cue };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function listing(quotes: Quote[]): string {
  return quotes.map((q) => `  ${q.type} [${q.speaker?.name ?? '-'}|${q.cue?.text ?? '-'}] ${JSON.stringify(q.text)}`).join('\n');
}

describe('reported-speech fixtures', () => {
  it('cover the eleven constructions of issue 4 with distinct files', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(11);
    expect(new Set(CASES.map((c) => c.file)).size).toBe(CASES.length);
    for (const c of CASES) expect(c.nearMisses.length, c.file).toBeGreaterThan(0);
  });
});

for (const c of CASES) {
  describe(`${c.file}: ${c.construction}`, () => {
    const text = readFileSync(join(DIR, `${c.file}.txt`), 'utf8');
    let cached: ExtractResult | undefined;
    const run = (): ExtractResult => (cached ??= extractQuotes(text));

    it('the table agrees with itself', () => {
      expect(c.quotes.length).toBeLessThanOrEqual(c.count);
      for (const q of c.quotes) for (const part of q.parts) expect(text, `fixture text holds "${part}"`).toContain(part);
      for (const n of c.nearMisses) expect(text, `fixture text holds "${n.text}"`).toContain(n.text);
    });

    (c.countGap ? it.fails : it)(`finds exactly ${c.count} quote(s)`, () => {
      const quotes = run().quotes;
      expect(quotes.length, `quotes found:\n${listing(quotes)}`).toBe(c.count);
    });

    for (const q of c.quotes) {
      const where = text.indexOf(q.parts[0]!);
      const span = { start: where, end: where + q.parts[0]!.length };
      (q.gap ? it.fails : it)(`${q.type} "${q.parts.join(' ').slice(0, 40)}…" → ${q.speaker ? String(q.speaker.name) : 'no speaker'} (${String(q.cue)})`, () => {
        const quotes = run().quotes;
        // the quote at the place of the expected content: its differences show in the diff
        const found = quotes.find((x) => x.parts.some((p) => overlaps(p, span)));
        expect(found, `no quote at "${q.parts[0]}"; found:\n${listing(quotes)}`).toBeDefined();
        expect(observed(text, found!, q)).toEqual(wanted(q));
      });
    }

    for (const n of c.nearMisses) {
      const where = text.indexOf(n.text);
      const span = { start: where, end: where + n.text.length };
      (n.gap ? it.fails : it)(`near miss, no quote: "${n.text.slice(0, 50)}" (${n.why})`, () => {
        const quotes = run().quotes;
        const offending = quotes.filter((x) => {
          if (n.insideDirect && x.type === 'direct' && x.start <= span.start && span.end <= x.end) return false;
          return x.parts.some((p) => overlaps(p, span)) || (x.cue !== null && overlaps(x.cue, span));
        });
        expect(offending, `quotes on the near miss:\n${listing(offending)}`).toEqual([]);
      });
    }

    it('every quote’s offsets reproduce its text, mention and cue', () => {
      expectOffsetsReproduce(text, run());
    });
  });
}
