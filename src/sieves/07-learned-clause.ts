/**
 * Sieve learned-clause: reported speech found by the learned tagger (stage 5,
 * pipeline/05-learned-speech) comes with the source and cue it labelled; this
 * sieve hands them over. A clause whose source it did not label has none.
 *   Clinton wants to raise the minimum wage.
 */
import { handOver } from './sieve.js';

export const learnedClause = handOver({
  id: 'learned-clause',
  example: 'Clinton wants to raise the minimum wage.',
  precision: 0.37, // 2283 of 6100 right end to end on PolNeAR train, 5-fold cross-validation (npm run train, 2026-12-01)
  from: (quotation) => quotation.learned,
});
