/**
 * Sieve learned-clause: reported speech found by the learned tagger (stage 5,
 * pipeline/05-learned-speech) comes with the source and cue it labelled; this
 * sieve hands them over. A clause whose source it did not label has none.
 *   Clinton wants to raise the minimum wage.
 */
import type { Sieve } from './sieve.js';

export const learnedClause: Sieve = {
  id: 'learned-clause',
  example: 'Clinton wants to raise the minimum wage.',
  precision: 0.37, // 2268 of 6098 right end to end on PolNeAR train, 5-fold cross-validation (npm run train, 2026-11-28)
  match({ quotation }) {
    const learned = quotation.learned;
    if (!learned) return null;
    return { mention: learned.mention, cue: learned.cue };
  },
};
