/**
 * Sieve heading-label: a line of its own that names a speaker and ends with a
 * colon introduces the quote paragraphs after it, each a quote of its own, up
 * to the next attribution (match reports, press-conference round-ups).
 *   HEAD COACH, MILAN KOVAČ: ¶ "…" ¶ "…"     Manager Grace Okonjo: ¶ "…"     Grace Okonjo, Ashby manager: ¶ "…"
 * The heading holds a name alone, a title and a name, a role and then the
 * name after a comma, or the name and then its role. A paragraph with
 * anything more (a sentence, a reporting verb) is an introduction, read by
 * previous-paragraph-intro.
 */
import { NAME_TITLES, NON_NAME_CAPITALS, PARAGRAPH_LABELS, PERSON_ROLE_NOUNS } from '../lexicon/mentions.js';
import { tokens, wordCount } from '../words.js';
import { REPORTING_VERB_FORMS } from '../lexicon/reporting-verbs.js';
import { standsElsewhere } from '../pipeline/05-reported-speech.js';
import { NAME, cueAt, lazyPattern, mentionAt } from './grammar.js';
import { continuesFromPreviousParagraph, hasOwnCue, type Sieve, type SieveInput, type SieveMatch } from './sieve.js';

/** More words than this, a line is a sentence or a heading of its own, not a speaker's label. */
const MAX_HEADING_WORDS = 9;
const WHOLE_NAME = lazyPattern(String.raw`^${NAME}$`);
/** Punctuation no speaker's label holds: a sentence's, a quotation's, a second colon. */
const NOT_LABEL = /[.!?;:"“”«»()\n]/u;

const isRoleWord = (word: string): boolean => PERSON_ROLE_NOUNS.has(word) || NAME_TITLES.has(word) || word === 'of' || word === 'the';
/** Every word a title or role word ("HEAD COACH", "Deputy Minister of State"). */
const isRole = (words: string): boolean => tokens(words.toLowerCase()).every((w) => isRoleWord(w.text));
/** Some word a role word: "Ashby Town manager", "chief executive of the consortium". */
const hasRole = (words: string): boolean => tokens(words.toLowerCase()).some((w) => PERSON_ROLE_NOUNS.has(w.text));

/**
 * A name that can be a speaker: not a label word ("Background:"), not a role
 * alone ("Head Coach:"); a name of one word only when the text uses it
 * elsewhere too ("Wait, it gets better:" names nobody).
 */
function isSpeakerName(text: string, name: string, at: number): boolean {
  const lower = name.toLowerCase();
  if (!WHOLE_NAME().test(name) || PARAGRAPH_LABELS.has(lower) || NON_NAME_CAPITALS.has(lower) || isRole(name)) return false;
  return /\s/u.test(name) || standsElsewhere(text, name, at, at + name.length);
}

/** The speaker a heading paragraph names, and the title it gives, if the paragraph is such a heading. */
function headingSpeaker(text: string, start: number, end: number): SieveMatch | null {
  const line = text.slice(start, end).trim();
  if (!line.endsWith(':')) return null;
  let at = start + text.slice(start, end).indexOf(line);
  let body = line.slice(0, -1).trimEnd();
  if (body.length < 2 || NOT_LABEL.test(body) || wordCount(body, MAX_HEADING_WORDS + 1) > MAX_HEADING_WORDS) return null;
  // "Stated Stone:", "Said the minister:": an inverted attribution, its verb the cue
  const verb = /^(\p{L}+)\s+/u.exec(body);
  const cue = verb && REPORTING_VERB_FORMS.has(verb[1]!.toLowerCase()) ? cueAt(at, verb[1]!) : null;
  if (cue) {
    at += verb![0].length;
    body = body.slice(verb![0].length);
  }
  const parts = body.split(/,\s+/u);
  if (parts.length > 2) return null;
  const [first, second] = parts as [string, string | undefined];
  let name: { offset: number; words: string; title?: string } | null = null;
  if (second === undefined) name = isSpeakerName(text, first, at) ? { offset: 0, words: first } : null;
  // "HEAD COACH, MILAN KOVAČ": the role, then the name; "Grace Okonjo, Ashby manager": the name, then the role
  else if (isRole(first) && isSpeakerName(text, second, at + body.length - second.length)) name = { offset: body.length - second.length, words: second, title: first };
  else if (isSpeakerName(text, first, at) && hasRole(second)) name = { offset: 0, words: first, title: second };
  const mention = name && mentionAt(text, at + name.offset, name.words);
  if (!mention) return null;
  return name!.title ? { mention, cue, title: name!.title } : { mention, cue };
}

function opensParagraph(input: SieveInput): boolean {
  const paragraph = input.paragraphs[input.quotation.paragraph - 1];
  return input.quotation.type === 'direct' && paragraph !== undefined && input.quotation.open === paragraph.start;
}

export const headingLabel: Sieve = {
  id: 'heading-label',
  example: 'HEAD COACH, MILAN KOVAČ: ¶ "…" ¶ "…"',
  precision: 0.5, // 1 of 2 right end to end on PolNeAR train (npm run eval, 2026-12-08): too few to smooth
  match(input) {
    if (!opensParagraph(input)) return null;
    // a further quote paragraph under the same heading: a quote of its own, the heading's speaker
    if (input.previous?.sieve === 'heading-label' && continuesFromPreviousParagraph(input)) return { mention: null, cue: null, inheritsPrevious: true };
    const heading = input.paragraphs[input.quotation.paragraph - 2];
    if (!heading || hasOwnCue(input)) return null;
    return headingSpeaker(input.text, heading.start, heading.end);
  },
};
