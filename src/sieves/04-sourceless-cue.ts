/**
 * Sieve sourceless-cue: reported speech (stage 5: a reported clause's
 * pattern, or the learned tagger) whose cue leaves the source unsaid, so its
 * subject is not who says it: a passive with no agent ("The Times is expected
 * to endorse…", "Trump was asked about…"), a participle that opens the
 * sentence ("Asked whether…, Ryan said", "When asked…"), or a verb of seeming
 * ("Trump seemed to…"). The cue stays; there is no speaker (PolNeAR gives such
 * reports no source).
 *   The New York Times is expected to endorse the Democratic candidate.
 */
import {
  AUXILIARY_ADVERBS,
  BE_FORMS,
  CLAUSE_VERB_FORMS,
  COMPLEMENT_VERB_FORMS,
  PARTICIPLE_CLAUSE_OPENERS,
  REPORTING_VERB_FORMS,
  SEEMING_VERB_FORMS,
  STATE_PARTICIPLE_LEMMAS,
} from '../lexicon/reporting-verbs.js';
import { spanAt } from '../spans.js';
import type { Cue } from '../types.js';
import { tokens } from '../words.js';
import type { Sieve, SieveInput } from './sieve.js';

/** How far before the cue its auxiliary is looked for ("is not widely expected"). */
const AUXILIARY_REACH = 60;

const lower = (text: string): string[] => tokens(text).map((t) => t.text.toLowerCase());

/** A word between an auxiliary and its participle: "not", "also", "widely". */
const isAdverb = (word: string): boolean => AUXILIARY_ADVERBS.has(word) || word.endsWith('ly');

/** The lemma of a reporting verb's past form ("asked", "told", "expected"), except the participles that tell a state ("worried"). */
function pastReportingLemma(word: string): string | undefined {
  const lemma = REPORTING_VERB_FORMS.get(word) ?? CLAUSE_VERB_FORMS.get(word) ?? COMPLEMENT_VERB_FORMS.get(word);
  if (!lemma || word === lemma || /(?:ing|s)$/u.test(word) || STATE_PARTICIPLE_LEMMAS.has(lemma)) return undefined;
  return lemma;
}

/** The words of the sentence before the cue, lower case (no further back than `reach`). */
function wordsBefore(input: SieveInput, cue: Cue, reach = Infinity): string[] {
  const sentence = spanAt(input.sentences, cue.start);
  const start = Math.max(sentence ? sentence.start : cue.start, cue.start - reach);
  return lower(input.text.slice(start, cue.start));
}

/** True when the cue names no source: a passive without "by", a participle opening the sentence, or "seem"/"appear". */
export function isSourcelessCue(input: SieveInput, cue: Cue): boolean {
  const words = lower(cue.text);
  if (words.length === 0) return false;
  if (SEEMING_VERB_FORMS.has(words.at(-1)!)) return true;
  // the cue's verb: its first word past any auxiliary and adverb ("has been asked", "is widely expected")
  const head = words.findIndex((w) => !BE_FORMS.has(w) && !isAdverb(w));
  if (head < 0 || !pastReportingLemma(words[head]!)) return false;
  if (lower(input.text.slice(cue.end, cue.end + 4))[0] === 'by') return false;
  if (words.slice(0, head).some((w) => BE_FORMS.has(w))) return true;
  if (head > 0) return false;
  const before = wordsBefore(input, cue, AUXILIARY_REACH);
  const auxiliary = before.findLast((w) => !isAdverb(w));
  if (auxiliary !== undefined && BE_FORMS.has(auxiliary)) return true;
  // "Asked whether…, Ryan said", "When asked…": the participle opens the sentence, or a clause after its opener
  const opening = wordsBefore(input, cue);
  return opening.length === 0 || PARTICIPLE_CLAUSE_OPENERS.has(opening.at(-1)!);
}

export const sourcelessCue: Sieve = {
  id: 'sourceless-cue',
  example: 'The New York Times is expected to endorse the Democratic candidate.',
  precision: 0.57, // 182 of 319 right end to end on PolNeAR train (npm run eval, 2026-12-08)
  match(input) {
    const found = input.quotation.attribution ?? input.quotation.learned;
    if (!found || !isSourcelessCue(input, found.cue)) return null;
    return { mention: null, cue: found.cue };
  },
};
