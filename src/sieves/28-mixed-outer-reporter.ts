/**
 * Sieve mixed-outer-reporter: a mixed quote whose subject and cue right
 * before the quotation (name-cue-quote's match) lie inside a clause that an
 * earlier reporter reports (stage 5 reads the mixed quote's sentence as
 * reported speech: quotation.reporter, or the learned tagger's reporter): the
 * outer reporter says it all ("Ryan told CNN that Ginsburg's comments “show
 * bias”", "Bolton said he would advise Trump on “the threats”"). A subject
 * that opens a relative clause is its own speaker ("Clinton, whom he called
 * “divisive”").
 *   Bolton said he would advise Trump on “the strategic threats.”
 */
import { RELATIVE_WORDS } from '../lexicon/mentions.js';
import { tokens } from '../words.js';
import { nameCueQuote } from './30-name-cue-quote.js';
import type { Sieve } from './sieve.js';

/** How far before the inner subject its relative word is looked for. */
const RELATIVE_REACH = 20;

export const mixedOuterReporter: Sieve = {
  id: 'mixed-outer-reporter',
  example: 'Bolton said he would advise Trump on “the strategic threats.”',
  precision: 0.63, // 33 of 52 right end to end on PolNeAR train (npm run eval, 2026-12-08)
  match(input) {
    const { quotation, text } = input;
    if (quotation.type !== 'mixed') return null;
    const outer = quotation.reporter ?? quotation.learnedReporter;
    if (!outer) return null;
    const inner = nameCueQuote.match(input);
    // the outer reporter is another mention, before the inner one
    if (!inner?.mention || outer.mention.end > inner.mention.start) return null;
    const before = tokens(text.slice(Math.max(0, inner.mention.start - RELATIVE_REACH), inner.mention.start)).at(-1);
    if (before && RELATIVE_WORDS.has(before.text.toLowerCase())) return null;
    return { mention: outer.mention, cue: outer.cue };
  },
};
