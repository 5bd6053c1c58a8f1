/**
 * Sieve mixed-learned-source: a mixed quote no pattern attributes, with the
 * cue and source the learned tagger labels in its sentence (stage 5,
 * pipeline/05-learned-speech readMixedClauses).
 *   Trump groused to a crowd in Georgia that CNN “doesn’t treat me properly.”
 */
import type { Sieve } from './sieve.js';

export const mixedLearnedSource: Sieve = {
  id: 'mixed-learned-source',
  example: 'Trump groused to a crowd in Georgia that CNN “doesn’t treat me properly.”',
  precision: 0.70, // 253 of 360 right end to end on PolNeAR train, in sample: the tagger was trained on it (npm run eval, 2026-12-01)
  match({ quotation }) {
    const learned = quotation.learnedReporter;
    return learned ? { mention: learned.mention, cue: learned.cue } : null;
  },
};
