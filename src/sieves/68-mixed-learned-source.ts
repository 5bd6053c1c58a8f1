/**
 * Sieve mixed-learned-source: a mixed quote no pattern attributes, with the
 * cue and source the learned tagger labels in its sentence (stage 5,
 * pipeline/05-learned-speech readMixedClauses).
 *   Trump groused to a crowd in Georgia that CNN “doesn’t treat me properly.”
 */
import { handOver } from './sieve.js';

export const mixedLearnedSource = handOver({
  id: 'mixed-learned-source',
  example: 'Trump groused to a crowd in Georgia that CNN “doesn’t treat me properly.”',
  precision: 0.65, // 211 of 323 right end to end on PolNeAR train, 5-fold cross-validation (npm run train, 2026-12-01)
  from: (quotation) => quotation.learnedReporter,
});
