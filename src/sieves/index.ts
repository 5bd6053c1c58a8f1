/**
 * The attribution sieves in the order they run, most precise first (the
 * precision of each is in its file, measured by `npm run eval`). The order is
 * configuration: change it here, nowhere else.
 */
import { sourcelessCue } from './04-sourceless-cue.js';
import { reportedClause } from './05-reported-clause.js';
import { speakerLabel } from './06-speaker-label.js';
import { learnedClause } from './07-learned-clause.js';
import { mixedAccordingTo } from './08-mixed-according-to.js';
import { quoteCueName } from './10-quote-cue-name.js';
import { quoteNameAppositiveCue } from './15-quote-name-appositive-cue.js';
import { quoteCommaNameCue } from './20-quote-comma-name-cue.js';
import { previousParagraphIntro } from './25-previous-paragraph-intro.js';
import { mixedOuterReporter } from './28-mixed-outer-reporter.js';
import { nameCueQuote } from './30-name-cue-quote.js';
import { quoteSubjectCue } from './35-quote-subject-cue.js';
import { nameColonQuote } from './40-name-colon-quote.js';
import { accordingToQuote } from './45-according-to-quote.js';
import { sentenceSubjectIntro } from './50-sentence-subject-intro.js';
import { previousParagraphSubjectIntro } from './52-previous-paragraph-subject-intro.js';
import { quoteAccordingTo } from './55-quote-according-to.js';
import { quoteDashName } from './60-quote-dash-name.js';
import { mixedClauseReporter } from './65-mixed-clause-reporter.js';
import { mixedLearnedSource } from './68-mixed-learned-source.js';
import { quoteTrailingAttribution } from './70-quote-trailing-attribution.js';
import { headingLabel } from './51-heading-label.js';
import { askedIntro } from './74-asked-intro.js';
import { sameParagraphPrevious } from './80-same-paragraph-previous.js';
import { continuedParagraph } from './90-continued-paragraph.js';
import { paragraphAfterAttribution } from './95-paragraph-after-attribution.js';
import type { Sieve } from './sieve.js';

export type { Sieve, SieveInput, SieveMatch } from './sieve.js';

export const SIEVES: readonly Sieve[] = [
  // attributions, by end-to-end precision measured on PolNeAR train (npm run eval)
  // first: it takes from the two stage-5 hand-overs below the reports whose cue names no source
  sourcelessCue,
  reportedClause,
  speakerLabel,
  learnedClause,
  mixedAccordingTo,
  quoteCueName,
  quoteNameAppositiveCue,
  quoteCommaNameCue,
  previousParagraphIntro,
  mixedOuterReporter,
  nameCueQuote,
  quoteSubjectCue,
  nameColonQuote,
  accordingToQuote,
  sentenceSubjectIntro,
  headingLabel,
  previousParagraphSubjectIntro,
  quoteAccordingTo,
  quoteDashName,
  mixedClauseReporter,
  mixedLearnedSource,
  quoteTrailingAttribution,
  askedIntro,
  // continuations: a quotation with no attribution of its own has the speaker of the quote before it (joining it within a paragraph)
  sameParagraphPrevious,
  continuedParagraph,
  paragraphAfterAttribution,
];

/** The sieve with this id, or undefined. */
export function sieveById(id: string | null): Sieve | undefined {
  return SIEVES.find((s) => s.id === id);
}
