/**
 * The `quotes` library: extract quotations and their speakers from news text.
 */
export { extractQuotes, extractWithTrace } from './extract.js';
export type { ExtractTrace } from './extract.js';
export type { Attribution, SieveTrial } from './pipeline/06-attribution.js';
export { SIEVES } from './sieves/index.js';
export { BINARY_INPUT, decode, isSupportedEncoding } from './pipeline/01-decode.js';
export type { DecodeOptions, DecodedText } from './pipeline/01-decode.js';
export { INPUT_FORMATS, looksLikeHtml } from './pipeline/01-formats/index.js';
export type { InputFormat } from './pipeline/01-formats/index.js';
export type {
  Cue,
  ExtractOptions,
  ExtractResult,
  Mention,
  NonBodySpan,
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
export { extractMany, findFiles, findInputs, globToRegExp, DEFAULT_MAX_SIZE, TEXT_EXTENSIONS } from './batch/index.js';
export type { ArticleInput, ArticleOutcome, ExtractManyOptions, FoundInput, WalkOptions } from './batch/index.js';
