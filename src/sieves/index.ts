/**
 * The attribution sieves in the order they run, most precise first. The
 * order is configuration: change it here, nowhere else.
 */
import { quoteCommaNameCue } from './10-quote-comma-name-cue.js';
import { quoteNameAppositiveCue } from './15-quote-name-appositive-cue.js';
import { quoteSubjectCue } from './18-quote-subject-cue.js';
import { quoteCueName } from './20-quote-cue-name.js';
import { quoteAccordingTo } from './25-quote-according-to.js';
import { nameCueQuote } from './30-name-cue-quote.js';
import { accordingToQuote } from './35-according-to-quote.js';
import { quoteDashName } from './40-quote-dash-name.js';
import { nameColonQuote } from './45-name-colon-quote.js';
import { previousParagraphIntro } from './50-previous-paragraph-intro.js';
import { sentenceSubjectIntro } from './60-sentence-subject-intro.js';
import { sameParagraphPrevious } from './80-same-paragraph-previous.js';
import { continuedParagraph } from './90-continued-paragraph.js';
import type { Sieve } from './sieve.js';

export type { Sieve, SieveInput, SieveMatch } from './sieve.js';

export const SIEVES: readonly Sieve[] = [
  quoteCommaNameCue,
  quoteNameAppositiveCue,
  quoteCueName,
  quoteAccordingTo,
  quoteSubjectCue,
  nameCueQuote,
  accordingToQuote,
  quoteDashName,
  nameColonQuote,
  previousParagraphIntro,
  sentenceSubjectIntro,
  sameParagraphPrevious,
  continuedParagraph,
];

/** The sieve with this id, or undefined. */
export function sieveById(id: string | null): Sieve | undefined {
  return SIEVES.find((s) => s.id === id);
}
