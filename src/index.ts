/**
 * The `quotes` library: extract quotations and their speakers from news text.
 */
export { extractQuotes, extractWithTrace } from './extract.js';
export type { ExtractTrace } from './extract.js';
export type { Attribution, SieveTrial } from './pipeline/06-attribution.js';
export { SIEVES } from './sieves/index.js';
export type {
  Cue,
  ExtractOptions,
  ExtractResult,
  Mention,
  Paragraph,
  Quote,
  QuoteType,
  Sentence,
  Span,
  Speaker,
  SpeakerKind,
  SpeakerSummary,
  Warning,
} from './types.js';
