/**
 * Sieve speaker-label: a paragraph that opens with its speaker's label
 * (stage 5, labelledTurns) is that speaker's; this sieve hands the label over.
 *   TAPPER: Do you think he has campaigned as a racial healer?
 */
import { handOver } from './sieve.js';

export const speakerLabel = handOver({
  id: 'speaker-label',
  example: 'TAPPER: Do you think he has campaigned as a racial healer?',
  precision: 0.84, // 45 of 53 right end to end on PolNeAR train, smoothed (npm run eval, 2026-12-02)
  from: (quotation) => quotation.label,
});
