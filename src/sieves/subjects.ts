/**
 * Subjects of reporting verbs, read over tokens: the words right before a
 * verb that can be its subject (a pronoun, a relative "who", a name), with
 * auxiliaries and a coordinated verb stepped over ("he laughed and said").
 */
import { TITLE_ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { CUE_AUXILIARIES, MENTION_DETERMINERS, NAME_PARTICLES, PREPOSITIONS, RELATIVE_SUBJECTS, SUBJECT_PRONOUNS } from '../lexicon/mentions.js';
import { REPORTING_VERB_FORMS } from '../lexicon/reporting-verbs.js';
import type { Mention } from '../types.js';
import type { Token } from '../words.js';
import { mentionAt } from './grammar.js';

/** How many auxiliaries may stand between a subject and its verb. */
const AUXILIARIES = 2;
/** The most words a name subject has. */
const NAME_WORDS = 6;

const lower = (token: Token): string => token.text.toLowerCase();
const isCapitalised = (token: Token): boolean => /^\p{Lu}/u.test(token.text);
/** Only spaces between two tokens (no comma, no quotation mark, no full stop except after a title). */
function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return /^\s+$/u.test(gap) || (gap.startsWith('.') && /^\.\s+$/u.test(gap) && TITLE_ABBREVIATIONS.has(lower(a)));
}

/** How many words a coordinated verb phrase ("shook her head") or a nominal ("one P&G employee") may have. */
const PHRASE_WORDS = 4;

/**
 * The subject of the verb phrase before "and" at `and`: the nearest pronoun
 * or name within PHRASE_WORDS words that a lower-case word (its verb)
 * follows; -1 when there is none.
 */
function coordinatedSubject(text: string, tokens: readonly Token[], and: number): number {
  for (let k = and - 2; k >= 0 && k >= and - 1 - PHRASE_WORDS; k--) {
    if (!adjacent(text, tokens[k]!, tokens[k + 1]!)) return -1;
    const word = tokens[k]!;
    if ((SUBJECT_PRONOUNS.has(lower(word)) || isCapitalised(word)) && /^\p{Ll}/u.test(tokens[k + 1]!.text)) return k;
  }
  return -1;
}

/** A nominal subject ending at `head`: a determiner and up to PHRASE_WORDS words ("one employee", "the crowd"); null when there is none. */
function nominalSubject(text: string, tokens: readonly Token[], head: number): Mention | null {
  for (let k = head; k >= 0 && k > head - PHRASE_WORDS; k--) {
    if (k < head && !adjacent(text, tokens[k]!, tokens[k + 1]!)) return null;
    const word = lower(tokens[k]!);
    if (MENTION_DETERMINERS.has(word)) return k === head ? null : mentionAt(text, tokens[k]!.start, text.slice(tokens[k]!.start, tokens[head]!.end));
    if (PREPOSITIONS.has(word) || CUE_AUXILIARIES.has(word)) return null;
  }
  return null;
}

/** The indices of reporting verbs among `tokens` (the first word of a two-word one). */
export function cueIndices(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (REPORTING_VERB_FORMS.has(lower(tokens[i]!)) || (next && REPORTING_VERB_FORMS.has(`${lower(tokens[i]!)} ${lower(next)}`))) out.push(i);
  }
  return out;
}

/**
 * The subject right before the verb at `verb`: "he", "who", "Mr. Trump",
 * "Nefzi"; null when the words before it are no subject ("the crowd
 * cheered, saying").
 */
export function subjectOf(text: string, tokens: readonly Token[], verb: number): Mention | null {
  let j = verb - 1;
  const step = (): boolean => j >= 0 && adjacent(text, tokens[j]!, tokens[j + 1]!);
  for (let skipped = 0; skipped < AUXILIARIES && step() && (CUE_AUXILIARIES.has(lower(tokens[j]!)) || /^\p{Ll}+ly$/u.test(tokens[j]!.text)); skipped++) j--;
  // a coordinated verb: "he laughed and said", "Mrs. Clinton shook her head and said"
  if (step() && lower(tokens[j]!) === 'and') {
    const subject = coordinatedSubject(text, tokens, j);
    if (subject < 0) return null;
    j = subject;
  }
  if (!step()) return null;
  const word = tokens[j]!;
  if (SUBJECT_PRONOUNS.has(lower(word)) || RELATIVE_SUBJECTS.has(lower(word))) return { text: word.text, start: word.start, end: word.end };
  if (!isCapitalised(word)) return nominalSubject(text, tokens, j);
  let first = j;
  while (first > 0 && j - first < NAME_WORDS - 1 && adjacent(text, tokens[first - 1]!, tokens[first]!) && (isCapitalised(tokens[first - 1]!) || NAME_PARTICLES.has(tokens[first - 1]!.text))) first--;
  if (NAME_PARTICLES.has(tokens[first]!.text)) first++;
  // the object of a preposition is no subject
  if (first > 0 && adjacent(text, tokens[first - 1]!, tokens[first]!) && PREPOSITIONS.has(tokens[first - 1]!.text)) return null;
  return mentionAt(text, tokens[first]!.start, text.slice(tokens[first]!.start, word.end));
}

/** A name after a sentence-opening reporting verb: "Said Comey, …", "Stated Stone:". */
export function invertedSubject(text: string, tokens: readonly Token[]): Mention | null {
  if (!isCapitalised(tokens[0]!)) return null;
  let last = 0;
  while (last + 1 < tokens.length && last < NAME_WORDS && adjacent(text, tokens[last]!, tokens[last + 1]!) && (isCapitalised(tokens[last + 1]!) || NAME_PARTICLES.has(tokens[last + 1]!.text))) last++;
  if (last === 0 || NAME_PARTICLES.has(tokens[last]!.text)) return null;
  const start = tokens[1]!.start;
  return mentionAt(text, start, text.slice(start, tokens[last]!.end));
}
