/**
 * Sieve reported-clause: reported speech found by its own pattern (stage 5)
 * comes with its speaker and cue; this sieve hands them over.
 *   Putin said that Russia supports the intentions of Trump.   …, Putin said.
 */
import type { Sieve } from './sieve.js';

export const reportedClause: Sieve = {
  id: 'reported-clause',
  example: 'Putin said that Russia is ready.',
  precision: 0.76, // 2933 of 3880 right end to end on PolNeAR train, smoothed (npm run eval, 2026-11-28)
  match({ quotation }) {
    const attribution = quotation.attribution;
    if (!attribution) return null;
    return { mention: attribution.mention, cue: attribution.cue, ...(attribution.title ? { title: attribution.title } : {}) };
  },
};
