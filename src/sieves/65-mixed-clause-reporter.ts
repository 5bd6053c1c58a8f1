/**
 * Sieve mixed-clause-reporter: a mixed quote whose speaker no quotation
 * sieve found, read as the reported clause it is (stage 5 runs the patterns
 * of reported speech on its sentence): the subject of a coordinated verb, of
 * a participle, or of a verb past an appositive.
 *   Wilson praised Rubio and said the senator can “bring positive change.”
 *   “…,” Anderson said, adding that Sanders is “the most trustworthy.”
 */
import { handOver } from './sieve.js';

export const mixedClauseReporter = handOver({
  id: 'mixed-clause-reporter',
  example: 'Wilson praised Rubio and said the senator can “bring positive change.”',
  precision: 0.84, // 154 of 183 right end to end on PolNeAR train, 5-fold cross-validation (npm run train, 2026-12-01)
  from: (quotation) => quotation.reporter,
});
