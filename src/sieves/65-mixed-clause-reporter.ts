/**
 * Sieve mixed-clause-reporter: a mixed quote whose speaker no quotation
 * sieve found, read as the reported clause it is (stage 5 runs the patterns
 * of reported speech on its sentence): the subject of a coordinated verb, of
 * a participle, or of a verb past an appositive.
 *   Wilson praised Rubio and said the senator can “bring positive change.”
 *   “…,” Anderson said, adding that Sanders is “the most trustworthy.”
 */
import type { Sieve } from './sieve.js';

export const mixedClauseReporter: Sieve = {
  id: 'mixed-clause-reporter',
  example: 'Wilson praised Rubio and said the senator can “bring positive change.”',
  precision: 0.84, // 158 of 188 right end to end on PolNeAR train (npm run eval and cross-validation, 2026-12-01)
  match({ quotation }) {
    const reporter = quotation.reporter;
    if (!reporter) return null;
    return { mention: reporter.mention, cue: reporter.cue, ...(reporter.title ? { title: reporter.title } : {}) };
  },
};
