/**
 * Table tests per sieve: each sieve alone, on the quotation it is for, and on
 * near misses it must pass over. Known limitations stay in the tables, marked.
 */
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../src/pipeline/02-paragraphs.js';
import { splitSentences } from '../src/pipeline/03-sentences.js';
import { findQuotations } from '../src/pipeline/04-quotation-marks.js';
import { quoteSpans } from '../src/pipeline/05-quote-spans.js';
import { learnedSpans, readMixedClauses } from '../src/pipeline/05-learned-speech.js';
import { attribute } from '../src/pipeline/06-attribution.js';
import { SIEVES, sieveById } from '../src/sieves/index.js';

/** Runs one sieve alone over the text; returns, for the last quotation, "mention / cue", "(continues)" or null. */
function decide(sieveId: string, text: string): string | null {
  const sieve = sieveById(sieveId)!;
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const marks = findQuotations(text, paragraphs).quotations;
  const patterned = readMixedClauses(text, sentences, marks, quoteSpans(text, sentences, marks));
  // the learned reader takes what the patterns leave, as in the pipeline
  const learned = sieveId === 'learned-clause' || sieveId === 'sourceless-cue';
  const quotations = learned ? [...patterned, ...learnedSpans(text, sentences, marks, patterned)].sort((a, b) => a.start - b.start) : patterned;
  const reported = ['sourceless-cue', 'reported-clause', 'learned-clause', 'speaker-label'].includes(sieveId);
  // the sieve under test runs after a quote-comma-name-cue pass, so inheriting sieves have a decided previous quote
  const order =
    sieveId === 'quote-comma-name-cue' || reported
      ? [sieve]
      : sieveId === 'paragraph-after-attribution'
        ? [sieveById('reported-clause')!, sieveById('quote-comma-name-cue')!, sieve]
        : [sieveById('quote-comma-name-cue')!, sieve];
  // the last quotation in quotation marks (the reported-speech tables look at reported speech too)
  const last = attribute(text, paragraphs, sentences, quotations, order)
    .filter((a) => reported || a.quotation.type !== 'indirect')
    .at(-1);
  if (!last || last.sieve !== sieveId) return null;
  if (last.continues !== null) return '(continues)';
  if (last.inherits !== null) return '(inherits)';
  return `${last.mention?.text} / ${last.cue?.text}`;
}

type Row = [text: string, expected: string | null];

const TABLES: Record<string, Row[]> = {
  'mixed-according-to': [
    ['According to Trump, he was once part of the “establishment, but not any more.”', 'Trump / According to'],
    ['According to Trump, he was once part of the so-called “establishment, but not any more.”', null], // known limitation: "so-called" reads as a reporting verb
    ['The mayor has called the ferry “a disgrace to the whole island,” according to the harbour board.', 'the harbour board / according to'],
    // near misses: "according to" inside the quotation, a reporter of its own between, none at all
    ['According to the harbour board, the mayor said the ferry was “a disgrace to the whole island.”', null],
    ['The mayor has called the ferry “a disgrace, according to everyone on the island.”', null],
    ['The mayor has called the ferry “a disgrace to the whole island.”', null],
  ],
  'mixed-outer-reporter': [
    ['Bolton said he would advise the mayor on “the strategic threats that face the city.”', 'Bolton / said'],
    ['Ryan told CNN on Tuesday that Ginsburg’s comments “show bias to me and to the court.”', 'Ryan / told'],
    // near misses: no outer reporter, a relative clause with its own subject, a direct quote
    ['Bolton would advise the mayor on “the strategic threats that face the city.”', null],
    ['Cross said he would vote for Clinton, whom he called “the most divisive figure in years.”', null],
    ['Bolton said he told the mayor: “The threats are real and they are growing.”', null],
  ],
  'sourceless-cue': [
    ['The New York Times is expected to endorse the Democratic candidate.', 'undefined / is expected'],
    ['Trump was asked about the wall on Sunday.', 'undefined / was asked about'],
    ['The mayor has been asked to explain the delay.', 'undefined / has been asked to explain'],
    ['When asked whether the ferry would run, the mayor shrugged.', 'undefined / asked'],
    ['The governor seemed to blame the unions for the strike.', 'undefined / seemed'],
    // near misses: an agent, an active verb, a state, a subject before the participle
    ['The deal is expected by analysts to collapse.', null],
    ['The mayor asked whether the ferry would run.', null],
    ['The mayor expected the ferry to run.', null],
    ['The mayor is worried that the ferry will not run.', null],
    ['The mayor seemed to recognize the problem.', null], // the cue is the verb after "seemed"
    ['Asked whether the talks had failed, Ryan said he did not know.', null], // the main clause is Ryan's
  ],
  'quote-comma-name-cue': [
    ['"We are ready," Putin said.', 'Putin / said'],
    ['"We are ready," the Russian president said.', 'the Russian president / said'],
    ['"We are ready." Putin added.', 'Putin / added'],
    ['"Are we ready?" she asked.', 'she / asked'],
    ['"We are ready," he said.', 'he / said'],
    ['"We are ready," they said.', 'they / said'],
    ['"We are ready," Putin told reporters.', 'Putin / told'],
    ['"We are ready," Putin also said.', 'Putin / said'],
    ['"We are ready," President Vladimir Putin said on Tuesday.', 'President Vladimir Putin / said'],
    ['“We are ready,” Haley Morris says.', 'Haley Morris / says'],
    ['"We are ready," Sanders’ campaign manager said.', 'Sanders’ campaign manager / said'], // a possessive
    // near misses
    ['"We are ready," Putin wrote off the debt.', 'Putin / wrote'], // known limitation: "wrote off" is not speech
    // after a quotation that ends its sentence, an attribution going on to a clause or the next quotation says something new
    ['"We are ready." He said, twice, that he would stay.', null],
    ['"We are ready." He added, "We have waited long enough."', null],
    ['"We are ready." Putin added on Tuesday in Tokyo.', 'Putin / added'],
    ['"We are ready" was the headline.', null],
    ['"We are ready," and then he left.', null],
  ],
  'quote-name-appositive-cue': [
    ['"We are ready," Hill, who ran the clinic, said.', 'Hill / said'],
    ['"We are ready," Graham, a former candidate, told CBS News.', 'Graham / told'],
    // near misses
    ['"We are ready," Hill, Jones and Smith agreed.', null],
    ['"We are ready," Benjamin J. Rhodes, Mr. Obama\'s deputy, said.', 'Benjamin J. Rhodes / said'],
    ['"We are ready," he said, adding that talks went well.', null],
  ],
  'quote-subject-cue': [
    ['"We are ready," campaign manager Robby Mook wrote.', 'campaign manager Robby Mook / wrote'],
    ['"We are ready," Clinton campaign spokesman Brian Fallon said in a statement.', 'Clinton campaign spokesman Brian Fallon / said'],
    // near misses
    ['"We are ready." Political analyst David Bositis agreed that the plan works.', null],
    ['"We are ready," and then the mayor left.', null],
  ],
  // the trained tagger (its table records what the shipped model does; retraining may change a row)
  'learned-clause': [
    ['The union endorsed the plan to build a second ferry terminal.', 'The union / endorsed'], // a cue no word list holds
    ['Putin said that Russia is ready to talk.', null], // the patterns' own: the tagger takes only what they leave
    ['Clinton wants to raise the minimum wage for every worker.', 'Clinton / wants'],
    // a negated stance is an attribution, as PolNeAR counts it (issue #4, decided by cross-validation)
    ['The union never endorsed the plan to build a second ferry terminal.', 'The union / never endorsed'],
    // near misses: a condition, a refusal to say, a question (issue #4)
    ['If the union endorsed the plan to build a second ferry terminal, the port would grow.', null],
    ['The union would not say whether it endorsed the plan to build a second ferry terminal.', null],
    ['Did the union endorse the plan to build a second ferry terminal?', null],
  ],
  'speaker-label': [
    // a transcript's turn: the label names someone the article names in full
    ['Jake Tapper hosted the debate.\n\nTAPPER: Do you think the new harbour plan will pass this year?', 'TAPPER / :'],
    ['Mayor Ines Ortiz spoke first.\n\nOrtiz: We will open the new terminal in the spring of next year.', 'Ortiz / :'],
    // near misses: an interview's Q and A, a label word, a name the article uses nowhere else, a list item, a headline's label
    ['Jake Tapper hosted the debate.\n\nQ: Do you think the new harbour plan will pass this year?', null],
    ['The vote was delayed.\n\nUPDATE: The council will vote on the harbour plan on Monday.', null],
    ['TAPPER: Do you think the new harbour plan will pass this year?', null],
    ['Ines Ortiz won the vote.\n\nOrtiz: 1,501.', null],
    ['Ines Ortiz won the vote.\n\nThe Latest: Ortiz wins the harbour vote by a wide margin.', null],
  ],
  'reported-clause': [
    ['Putin said that Russia is ready to talk.', 'Putin / said'],
    ['Russia is ready to talk, President Vladimir Putin said in an interview.', 'President Vladimir Putin / said'],
    ['According to the report, prices will rise next year.', 'the report / According to'],
    ['Prices will rise next year, according to the report.', 'the report / according to'],
    ['Officials believe the deal will hold.', 'Officials / believe'],
    ['The mayor, who met the workers, said the plant would stay open.', 'The mayor / said'], // subject and cue anywhere
    ['Putin said Russia is ready, and Abe said Japan would wait for the talks.', 'Abe / said'], // two clauses in a sentence
    // near misses
    ['If Putin says Russia is ready, the talks will start.', null],
    ['Did Putin say Russia is ready?', null],
    ['Kowal wrote it at night after his shifts.', null],
    ['Lisk said in an interview:', null],
    ['Rubio said at a rally that he would win.', 'Rubio / said'],
    ['Recent polls show Clinton ahead in Ohio and Florida.', 'Recent polls / show'],
    // a subject a noun follows is no subject: the "verb" is that noun (a share is a subject; "he’s" is no possessive)
    ["Saturday's tweet was a reminder of the unrestrained side of the campaign.", null],
    ['Other estimates put the number of new workers far higher.', null],
    ['More than 4 in 10 say the plan will fail.', 'More than 4 in 10 / say'],
    ['He’s said the plan will fail.', 'He’s / said'],
    // X called Y "…", however short the quotation; not a name or title, nor "called for"
    ['Bush called Trump “unhinged.”', 'Bush / called'],
    ['The band called its new album “Harbour”.', null],
    ['The union called for a “fair” deal on Friday.', null],
    ["Romney's associates said he is not planning to endorse anyone.", "Romney's associates / said"], // a possessive subject
    ['Around that time, 47 percent said they would vote for Clinton.', '47 percent / said'], // a share of those polled
    ['More than 4 in 10 voters said the economy was their top worry.', 'More than 4 in 10 voters / said'],
    ['The court overruled the judge and said Ohio already offers early voting.', 'The court / said'], // the subject's second verb
    ['She cut her debt in five years, but said she could not afford to teach.', 'She / said'],
    ['Bush says it is even more important to defend gun rights now.', 'Bush / says'], // "it" opening a clause, not an object
    ['Trump told a town hall in Salem, New Hampshire on Monday that waterboarding works.', 'Trump / told'], // a long hearer before "that"
    ['Clinton attacked Trump, saying he would appoint judges who would overturn the ruling.', 'Clinton / saying'], // the sentence subject of a participle
    ['A reporter asked Sanders how he was feeling on caucus day.', 'A reporter / asked'], // a reported question
    ['The mayor asked whether the bridge could reopen before May.', 'The mayor / asked'],
    ['The library will open on Sundays from March, city librarian Tomas Veldt said.', 'city librarian Tomas Veldt / said'], // descriptors before a name (the speaker is Tomas Veldt)
    ['Visits fell by a third last year, said Rosa Imbert, a spokeswoman for the ministry.', 'Rosa Imbert / said'], // inverted
    ['According to harbour master Colm Redpath, the ferry will run twice a day.', 'harbour master Colm Redpath / According to'],
    ['Bush said it at the rally in Des Moines last night.', null],
    ['According to exit polls conducted for the networks by Edison Research, most voters were angry.', 'exit polls / According to'],
    ['At the heart of the trouble, according to Dennis Ross, another former envoy, was a decision by Obama.', 'Dennis Ross / according to'],
    ['Khalif criticized Clinton for supporting the crime bill.', 'Khalif / criticized'],
    ['Obama urged voters to stay at home on Tuesday.', 'Obama / urged'],
    ['Clinton refused to say whether she would run.', 'Clinton / refused'],
    ['Clinton asked for a recount in two counties.', null], // "asked for" is not "asked X to"
    ['The farmers found the road closed after the storm.', null], // a person's "found" takes an object, not a finding
    ['The governor would say nothing about the budget.', null],
    ['"We are ready," Putin told reporters, noting that the talks would start soon.', 'Putin / noting'],
  ],
  'quote-cue-name': [
    ['"We are ready," said Putin.', 'Putin / said'],
    ['"We are ready," said Hugh Hill, a doctor at the clinic.', 'Hugh Hill / said'],
    ['"We are ready," said the president.', 'the president / said'],
    ['"We are ready," said the Russian president in an interview.', 'the Russian president / said'],
    ['"We are ready," says Sen. Laura Bright.', 'Sen. Laura Bright / says'],
    ['"We are ready," said a spokesman for the ministry.', 'a spokesman for the ministry / said'],
    ['"We are ready," said Sen. Ted Cruz (R-Texas).', 'Sen. Ted Cruz (R-Texas) / said'],
    ['"We are ready," said former Wisconsin Gov. Jim Doyle.', 'former Wisconsin Gov. Jim Doyle / said'], // lower-case words before a name
    // near misses
    ['"We are ready," said nothing.', null],
    ['"We are ready," said nothing to Jim Doyle.', null],
    ['"I expect to be vetted," he said on "Meet the Press."', null], // the title after the cue is not a further part
    ['"We are ready" said to be true.', null],
  ],
  'name-cue-quote': [
    ['Putin said: "We are ready."', 'Putin / said'],
    ['In 2010 she said of the plan: "Nobody is stopping them."', 'she / said'], // "said of X"
    ['Putin said, "We are ready."', 'Putin / said'],
    ['Putin told reporters: "We are ready."', 'Putin / told'],
    ['On Tuesday, Gingrich said, "We are ready."', 'Gingrich / said'],
    ['But the spokeswoman added: "We are ready."', 'the spokeswoman / added'],
    ['He said in an interview: "We are ready."', 'He / said'],
    // near misses
    ['Putin said that the plan was "a good one for all of us."', 'Putin / said'], // a mixed quote: the clause after "said"
    ['The headline read: "We are ready."', 'The headline / read'], // a document speaks (PolNeAR annotates these)
  ],
  'previous-paragraph-subject-intro': [
    ['When Wallace died in 1998, President Clinton released the following statement:\n\n"Hillary and I offer our condolences to the family."', 'President Clinton / undefined'],
    ['Stated Stone:\n\n"I think that the stakes are so high."', 'Stone / Stated'],
    ['He told his Democratic audience, to rowdy applause:\n\n"There has never been a woman more qualified."', 'He / told'],
    // near misses: no colon, a paragraph between, the quotation does not open its paragraph
    ['President Clinton released the following statement.\n\n"Hillary and I offer our condolences to the family."', null],
    ['President Clinton released the following statement:\n\nIt was short.\n\n"Hillary and I offer our condolences to the family."', null],
  ],
  'quote-according-to': [
    ['"We are ready," according to the president.', 'the president / according to'],
    ['"Prices will rise," according to a report by the central bank.', 'a report / according to'],
    // near misses
    ['"We are ready," he said, according to witnesses.', null],
  ],
  'according-to-quote': [
    ['According to Lusk, "Every ticket was gone within four hours."', 'Lusk / According to'],
    ['The plan, according to officials, "will not survive the winter."', 'officials / according to'],
    ['According to Paul Sperry of Counter Jihad, "The firm has been moving detainees."', 'Paul Sperry of Counter Jihad / According to'],
    ['According to HuffPo: "Senator Tim Kaine has had a mixed record on abortion."', 'HuffPo / According to'],
    // near misses
    ['According to the plan, "Phase two" starts in May.', 'the plan / According to'], // known limitation: a document named as the plan
  ],
  'quote-dash-name': [
    ['"The best night out in years." — Lena Marsh', 'Lena Marsh / undefined'],
    ['"Too crowded for children" -- Arjun Mehta', 'Arjun Mehta / undefined'],
    ['"Americans are worried about the future of their kids."\n\n- Bernie Sanders.', 'Bernie Sanders / undefined'], // signed on the next line
    // near misses
    ['"We are ready" — and then nothing happened.', null],
    ['"Americans are worried about the future of their kids."\n\nThe senator is relying on an old statistic.', null],
  ],
  'mixed-clause-reporter': [
    ['Councillor Ada Varga toured the terminal and said the timetable was "a gift to nobody who works nights."', 'Councillor Ada Varga / said'],
    ['"We listened," Colm Redpath said, adding that the changes would "take some getting used to."', 'Colm Redpath / adding'],
    ['Opposition members included Petra Lund, who called the fares "daylight robbery for island families."', 'Petra Lund / called'],
    ['Ivo Marsh criticised the operator, calling its managers "utterly out of touch with the crews."', 'Ivo Marsh / calling'],
    ['Mayor Lena Doyle is promising to "find the money for a night ferry" before the summer.', 'Mayor Lena Doyle / promising'],
    // near misses
    ['If Mayor Lena Doyle is promising to "find the money for a night ferry" before the summer, nobody has heard it.', null],
    ['The ferry was late and the passengers were "cold, wet and very angry."', null],
  ],
  'mixed-learned-source': [
    // the tagger labels the cue (with its object: "hailed the vote as") and the source before it
    ['Brandt hailed the vote as "a great day for the island," and left.', 'Brandt / hailed the vote as'],
    ['The mayor hailed the deal as "a new start for the harbour."', 'The mayor / hailed'],
    // near misses
    ['The ferry was late again and the passengers were "cold, wet and angry."', null],
  ],
  'name-colon-quote': [
    ['Ada Renn: "Because the wood is worth more standing."', 'Ada Renn / undefined'],
    // near misses
    ['The headline read: "Because the wood is worth more."', null],
    ['Mayor Renn said many things. Renn: "Yes."', null],
  ],
  'previous-paragraph-intro': [
    ['Lisk said in an interview:\n\n"I wrote the first bars on a train."', 'Lisk / said'],
    ['Asked about the budget, Rehn said:\n\n"The revenue will come back."', 'Rehn / said'],
    // near misses
    ['Lisk said in an interview.\n\n"I wrote the first bars on a train."', null],
  ],
  'sentence-subject-intro': [
    ['Trump returned the compliment, telling Reuters, "Sheldon is a great man."', 'Trump / telling'],
    ['Hours later, Clinton posted a comment of her own, saying, "We are thrilled."', 'Clinton / saying'],
    ['President Clinton released the following statement: "He was a friend."', 'President Clinton / undefined'],
    ['It was painful to the families of the victims. Said Comey, "The thought that an error on our part is connected to this guts us."', 'Comey / Said'], // an inverted subject
    ['Immediately after the attacks, Trump issued a statement, "Last night, our nation was attacked."', 'Trump / undefined'], // a statement noun hands over with no reporting verb
    ['Signs of momentum shifts - Carl Bialik: "Keep on contacting voters as late as possible."', 'Carl Bialik / undefined'], // a source signed after a dash
    // the subject of the last verb, not the sentence's first: a clause, a coordinated verb, an -ing that continues a verb
    ['During an interview in April, Trump was talking about defence when he told Chris Wallace of Fox News, "So, North Korea has nukes."', 'he / told'],
    ['When Robby Mook was asked about a press conference, he laughed and said, "We will see about that."', 'he / said'],
    ['Mateen left as soon as prayers were finished, Nefzi said, adding, "He was not very religious."', 'Nefzi / said'],
    ['On Thursday, Cruz won an endorsement from Mike Lee, who declared in the spin room, "It is time to unite."', 'who / declared'],
    ['Asked whether he would serve, Mrs. Clinton shook her head and said, "No, he will not."', 'Mrs. Clinton / said'],
    ['Workers felt betrayed. As one employee told Palo Alto Weekly, "She wants to put fear in our hearts."', 'one employee / told'],
    // a long sentence: the subject is more than 160 characters before the quotation
    ['Olusegun Obasanjo, speaking at a passing-out parade of recruits held at the depot on the outskirts of the northern city of Zaria on Saturday afternoon, told the recruits: "You must be loyal to the nation."', 'Olusegun Obasanjo / told'],
    ['Victim of Roller Coaster Derailment Reveals Her Pain: "I thought I would die."', 'Victim / Reveals'], // a name after "of" is no subject: the sentence's is
    // near misses
    ['The crowd waited, and then, "Nobody came," a guard said.', null],
  ],
  'same-paragraph-previous': [
    ['"We are ready," Putin said. "We have waited long enough."', '(continues)'],
    ['"We are ready." "We have waited long enough."', '(continues)'], // joined even with no speaker, as PolNeAR does
    ['Teachers are "looking to see who runs," Lily Garcia said. "That has to scare an educator."', '(continues)'], // a mixed quote goes on
    // near misses
    ['"We are ready," Putin said. "We are not," officials at the ministry insisted.', null],
    // near misses
    ['"We are ready," Putin said.\n\nThe talks start today, and "nobody knows how long they will last."', null],
    // the next sentence after a long appositive is still only the attribution between them
    [
      '"She is an internationalist," said Edwin Truman, a fellow at the Peterson Institute for International Economics who worked with her in the Treasury and in two administrations over many years. "That is not popular these days."',
      '(continues)',
    ],
  ],
  'continued-paragraph': [
    ['Putin said: "We are ready."\n\n"We have waited long enough."', '(continues)'],
    ['"We are ready," Putin said.\n\n"We have waited long enough."', '(inherits)'], // a closed quotation attributed after it is complete
    // near misses
    ['"We are ready," Putin said.\n\nOthers disagreed. "Not at all," one said.', null],
    ['The talks start today.\n\n"We have waited long enough."', null],
    ['"We are ready." \n\n"We have waited long enough."', '(continues)'], // joined even with no speaker, as PolNeAR does
  ],
  'quote-trailing-attribution': [
    ['"We are shocked, he was a friend to us," one P&G Amiens employee told French television.', 'one P&G Amiens employee / told'],
    ['"Thanks for welcoming these refugees," said master of ceremonies Asab Al-Tabchi, a Syrian engineer.', 'master of ceremonies Asab Al-Tabchi / said'],
    ['"Who is the real con man here?" asked Murphy, using the senator\'s own words.', 'Murphy / asked'],
    ['"Very good reporter, this guy," Trump, the Republican frontrunner nationally and the polling leader in South Carolina by a wide margin after winning the New Hampshire primary, said when Boyle asked a question.', 'Trump / said'], // the verb far from the quotation
    // near misses: the quotation ends its sentence, no reporting verb, a clause rather than a subject
    ['"We are shocked." One P&G Amiens employee told French television the news.', null],
    ['"We are shocked, he was a friend to us," the statement ended, and the crowd replied.', null],
    ['"We are shocked, he was a friend to us," in the words of one employee who told the story.', null],
  ],
  'heading-label': [
    ['The coach spoke.\n\nHEAD COACH, MILAN KOVAC:\n\n"We were not good enough."', 'MILAN KOVAC / undefined'],
    ['Okonjo spoke.\n\nManager Grace Okonjo:\n\n"Three goals away from home."', 'Manager Grace Okonjo / undefined'],
    ['Okonjo spoke.\n\nGrace Okonjo, Ashby manager:\n\n"Three goals away from home."', 'Grace Okonjo / undefined'],
    ['Stone spoke.\n\nStated Stone:\n\n"The stakes are so high."', 'Stone / Stated'], // an inverted attribution
    ['Ruiz spoke.\n\nTomás Ruiz:\n\n"We let the manager down."\n\n"That is on us."', '(inherits)'], // each paragraph a quote of its own
    // near misses: a sentence, a label word, a role alone, a one-word name used nowhere else, an attribution between
    ['Wait, it gets better:\n\n"By law, the president sets the number."', null],
    ['Background:\n\n"By law, the president sets the number."', null],
    ['Head Coach:\n\n"We were not good enough."', null],
    ['Kovac spoke.\n\nTomás Ruiz:\n\n"We let the manager down."\n\nKovac said the team had tried.\n\n"That is on us."', null],
    ['The coach spoke to the press after the match:\n\n"We were not good enough."', null],
  ],
  'asked-intro': [
    ['Asked about the delay, Transport Minister Hemi Walker was blunt.\n\n"We got the ground conditions wrong."', 'Transport Minister Hemi Walker / Asked'],
    ['Asked if she would apologise, Dubois paused. "For the delay, yes."', 'Dubois / Asked'],
    ['The minister was questioned.\n\nWalker replied.\n\n"Nothing was hidden at all."', 'Walker / replied'],
    // near misses: a sentence that goes on to a clause, text between, no question put
    ['Asked about the delay, Walker was blunt about the tunnels and the engineers.\n\n"We got it wrong."', null],
    ['Asked about the delay, Walker was blunt. Then he left. "We got it wrong."', null],
    ['About the delay, Walker was blunt.\n\n"We got the ground conditions wrong."', null],
  ],
  'paragraph-after-attribution': [
    ['The minister said the city was only returning to its feet.\n\n"Christchurch is my city and it always will be."', '(inherits)'],
    // near misses: an attribution of its own, no attribution before, a paragraph between
    ['The minister said the city was recovering.\n\n"Christchurch is my city and it always will be," Pope said.', null],
    ['The city was quiet on Sunday.\n\n"Christchurch is my city and it always will be."', null],
    ['The minister said the city was recovering.\n\nThe rain stopped.\n\n"Christchurch is my city and it always will be."', null],
  ],
};

describe('sieves', () => {
  it('every sieve has a table, and every table a sieve', () => {
    expect(Object.keys(TABLES).sort()).toEqual(SIEVES.map((s) => s.id).sort());
  });

  it('ids are unique and every sieve has an example', () => {
    expect(new Set(SIEVES.map((s) => s.id)).size).toBe(SIEVES.length);
    for (const sieve of SIEVES) expect(sieve.example.length).toBeGreaterThan(0);
  });

  for (const [id, rows] of Object.entries(TABLES)) {
    describe(id, () => {
      it.each(rows)('%s → %s', (text, expected) => {
        expect(decide(id, text)).toBe(expected);
      });
    });
  }
});

describe('the runner', () => {
  it('lets the first matching sieve decide and records every sieve tried', () => {
    const text = '"We are ready," Putin said.';
    const paragraphs = splitParagraphs(text);
    const sentences = splitSentences(text, paragraphs);
    const [a] = attribute(text, paragraphs, sentences, quoteSpans(text, sentences, findQuotations(text, paragraphs).quotations));
    expect(a!.sieve).toBe('quote-comma-name-cue');
    expect(a!.trace).toEqual([
      { sieve: 'sourceless-cue', matched: false },
      { sieve: 'reported-clause', matched: false },
      { sieve: 'speaker-label', matched: false },
      { sieve: 'learned-clause', matched: false },
      { sieve: 'mixed-according-to', matched: false },
      { sieve: 'quote-cue-name', matched: false },
      { sieve: 'quote-name-appositive-cue', matched: false },
      { sieve: 'quote-comma-name-cue', matched: true },
    ]);
  });

  it('leaves a cue that introduces the next quotation with a colon to that quotation', () => {
    const text = '"We are refugees," Ms. Alawee said. "We are not terrorists." Mr. Zahed said: "It is the work of terrorists."';
    const paragraphs = splitParagraphs(text);
    const sentences = splitSentences(text, paragraphs);
    const [, second, third] = attribute(text, paragraphs, sentences, quoteSpans(text, sentences, findQuotations(text, paragraphs).quotations));
    expect([second!.sieve, second!.continues]).toEqual(['same-paragraph-previous', 0]);
    expect([third!.sieve, third!.mention?.text]).toEqual(['name-cue-quote', 'Mr. Zahed']);
  });

  it('has a sieve for a quotation opened mid-sentence too (a mixed quote)', () => {
    const text = 'Putin said that the plan was "a good one for all of us."';
    const paragraphs = splitParagraphs(text);
    const sentences = splitSentences(text, paragraphs);
    const [a] = attribute(text, paragraphs, sentences, quoteSpans(text, sentences, findQuotations(text, paragraphs).quotations));
    expect(a!.quotation.type).toBe('mixed');
    expect(text.slice(a!.quotation.start, a!.quotation.end)).toBe('that the plan was "a good one for all of us."');
    expect([a!.sieve, a!.mention?.text, a!.cue?.text]).toEqual(['name-cue-quote', 'Putin', 'said']);
  });

  it('refuses a match whose mention lies inside a quotation', () => {
    const text = 'Putin said: "Abe said: "We are ready.""';
    const paragraphs = splitParagraphs(text);
    const sentences = splitSentences(text, paragraphs);
    const quotations = quoteSpans(text, sentences, findQuotations(text, paragraphs).quotations);
    const sneaky = { id: 'sneaky', example: '', precision: 0, match: () => ({ mention: { text: 'Abe', start: 13, end: 16 }, cue: null }) };
    const [a] = attribute(text, paragraphs, sentences, quotations, [sneaky]);
    expect(a!.sieve).toBeNull();
    expect(a!.trace[0]!.refused).toMatch(/inside a quotation/);
  });
});
