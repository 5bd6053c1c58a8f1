/**
 * The small grammar the sieves share: regular-expression pieces for speaker
 * mentions (names, pronouns, nominals) and cues, built once from the word
 * lists in lexicon/. Every sieve matches on the raw text, so the offsets of
 * what it finds are exact.
 */
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { ANONYMOUS_PLURALS, CUE_AUXILIARIES, MENTION_DETERMINERS, NAME_PARTICLES, NON_NAME_CAPITALS, SUBJECT_PRONOUNS } from '../lexicon/mentions.js';
import { CLAUSE_VERB_FORMS, COMPLEMENT_VERB_FORMS, REPORTING_VERB_FORMS, reportingVerbLemma } from '../lexicon/reporting-verbs.js';
import { lazyPattern, wordAlternation } from '../regex.js';
import type { Cue, Mention } from '../types.js';

export { lazyPattern };

/** Any of the words, the longest that fits first. */
const alternation = wordAlternation;

const capitalised = (words: Iterable<string>): string[] =>
  [...words].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);

/**
 * Any of `words`, each of letters only, followed by `end`, a pattern that
 * never matches at a letter (WORD_END, \s, \.): found by a lookahead, then
 * taken as the run of letters. Before such an `end` the only word that can
 * fit is the whole run of letters, so this matches what "(?:words)end"
 * matches, in the one way that can. But V8 compiles what follows an
 * alternation again for many of its alternatives, and what follows is the
 * rest of each large pattern holding it; inside a lookahead that is `end`
 * alone. Measured on the abbreviations of a name: NAME 132 -> 33 KB of code.
 */
export function wordBefore(words: Iterable<string>, end: string): string {
  const list = [...words];
  const others = list.filter((w) => !/^\p{L}+$/u.test(w));
  if (others.length > 0) throw new Error(`grammar: not words of letters: ${others.join(', ')}`);
  return String.raw`(?=(?:${alternation(list)})${end})\p{L}+${end}`;
}

/** Abbreviations of letters (none with a full stop inside) that take a full stop inside a name: "Sen.", "Dr.", "Jr.". */
const CAPITALISED_ABBREVIATIONS = [...ABBREVIATIONS].filter((a) => !a.includes('.')).map((a) => a[0]!.toUpperCase() + a.slice(1));
const NAME_ABBREVIATION = wordBefore(CAPITALISED_ABBREVIATIONS, String.raw`\.`);
/**
 * A capitalised word of a name: "Putin", "O’Malley", "al-Assad", an initial
 * "J." or "U.S.", a title abbreviation "Sen.". A full stop after any other
 * word ends the sentence, not the name.
 */
const NAME_WORD = String.raw`(?:(?:\p{Lu}\.)+|${NAME_ABBREVIATION}|\p{Lu}[\p{L}\p{M}'’\-]*)`;
/** Lower-case particles inside names: "Ursula von der Leyen", "Bashar al-Assad". */
const NAME_PARTICLE = `(?:${wordAlternation(NAME_PARTICLES)})`;
/** One to six words of a name. */
export const NAME = String.raw`${NAME_WORD}(?:\s(?:${NAME_PARTICLE}\s)?${NAME_WORD}){0,5}`;
/**
 * A letter, mark or digit, for the lookarounds at word boundaries. The three
 * alternatives match what the class [\p{L}\p{M}\p{N}] matches, but V8 builds
 * a class of several Unicode properties anew at each use, and the lookarounds
 * are all over the large patterns: as classes, a fifth of their compile time.
 */
const WORD_CHARACTER = String.raw`\p{L}|\p{M}|\p{N}`;
/** Case-insensitive word boundaries are explicit because \b is ASCII-only. */
export const WORD_END = String.raw`(?!${WORD_CHARACTER})`;
/** Where a word starts: no letter, mark or digit before. */
export const WORD_START = String.raw`(?<!${WORD_CHARACTER})`;
/** Where a mention starts: no letter, mark, digit or apostrophe before (not "Malley" of "O’Malley"). */
export const MENTION_START = String.raw`(?<![\p{L}'’]|\p{M}|\p{N})`;

/** A subject pronoun, lower case or opening a sentence. */
export const PRONOUN = wordBefore([...capitalised([...SUBJECT_PRONOUNS.keys()].filter((p) => p !== 'i')), 'I'], WORD_END);
/** The first word of each form ("said"; "pointed" of "pointed out"), as written. */
const firstWords = (forms: Iterable<string>): ReadonlySet<string> => new Set([...forms].map((form) => form.split(' ')[0]!));

/**
 * Any of `forms` ("said", "pointed out") as whole words: no letter, mark or
 * digit follows, as in every pattern that holds one (WORD_END, white space
 * or the end come next). The forms of several words come first: each is
 * longer than the one-word form that opens it, so that is the order of the
 * alternation sorted longest first. The one-word forms as wordBefore reads
 * them (before WORD_END only the whole run of letters fits).
 */
export function verbForms(forms: Iterable<string>): string {
  const list = [...forms];
  const several = list.filter((f) => f.includes(' '));
  const single = wordBefore(list.filter((f) => !f.includes(' ')), WORD_END);
  return several.length === 0 ? `(?:${single})` : String.raw`(?:${alternation(several).replace(/ /g, '\\s')}${WORD_END}|${single})`;
}

/** Any form of a reporting verb. */
export const CUE_VERB = verbForms(REPORTING_VERB_FORMS.keys());
/** Any form of a verb reported with an object and a complement, or an infinitive ("accused X of", "refused to"). */
export const COMPLEMENT_VERB = verbForms(COMPLEMENT_VERB_FORMS.keys());
/** Any form of a verb that introduces a reported clause ("said that…", "believes…"). */
export const CLAUSE_VERB = verbForms(CLAUSE_VERB_FORMS.keys());

/**
 * The words a text must hold for CUE_VERB or CLAUSE_VERB to match in it:
 * the patterns are case-sensitive and take a verb only as a whole word (after
 * white space, a comma or the start, and before WORD_END), so its first word
 * is one of the text's runs of letters as written.
 */
export const CUE_VERB_WORDS = firstWords(REPORTING_VERB_FORMS.keys());
export const CLAUSE_VERB_WORDS = firstWords(CLAUSE_VERB_FORMS.keys());

/**
 * A pattern that finds any of `words` as a whole run of letters, as written
 * (no letter before or after it): the cheap test before a costly pattern. One
 * scan of the text costs a third of looking up each of its runs of letters.
 * `before` is a pattern the word must follow.
 */
export function wordsPattern(words: Iterable<string>, flags = 'u', before = ''): () => RegExp {
  return lazyPattern(String.raw`${before}(?<!\p{L})(?:${alternation(words)})(?!\p{L})`, flags);
}

/** A word and up to so many more (white-space separated), by how many. */
const WORDS_FROM = new Map<number, RegExp>();

/**
 * How much of `text` a pattern that ends with a verb can see in a match,
 * when the last verb it can end with starts at `verb`: to the `words`th word
 * from the verb's (white-space separated), and one character more (what a
 * closing lookahead reads at the end of a word). A pattern whose verb follows
 * white space and which reads at most `words` words from it finds the same
 * matches in text.slice(0, reach) as in the whole text, and does not scan the
 * rest of a long sentence, where no match can start.
 */
export function matchReach(text: string, verb: number, words: number): number {
  let following = WORDS_FROM.get(words);
  if (!following) WORDS_FROM.set(words, (following = new RegExp(String.raw`\S*(?:\s+\S+){0,${words - 1}}`, 'uy')));
  following.lastIndex = verb;
  return Math.min(text.length, verb + following.exec(text)![0].length + 1);
}

const CUE_VERB_WORD = wordsPattern(CUE_VERB_WORDS);

/**
 * True when `text` is all ASCII. There a character matches a lower-case ASCII
 * letter of a case-insensitive pattern just when it is that letter in lower
 * case, so such a pattern of ASCII words finds what its words find in the
 * text in lower case: a cheap test first.
 */
export const isAscii = (text: string): boolean => /^[\x00-\x7f]*$/.test(text);

/** True when `text` holds a cue verb as a word (see CUE_VERB_WORDS). */
export const hasCueVerb = (text: string): boolean => CUE_VERB_WORD().test(text);

/** True when "according to" can match in `text`. */
export const hasAccordingTo = (text: string): boolean => text.includes('ccording');
/** Words that end a nominal mention rather than continue it ("the president in a statement"). */
const NOMINAL_STOP = String.raw`(?:in|on|at|to|for|during|after|before|as|when|while|who|whom|that|which|and|or|but|with|from|by|of|is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|should|may|might|must|not)${WORD_END}`;
const NOMINAL_WORD = String.raw`(?!${NOMINAL_STOP})[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*`;
/** A determiner and up to five words: "the Russian president", "a campaign spokeswoman". */
const DETERMINER = wordBefore(capitalised(MENTION_DETERMINERS), String.raw`\s`);
export const NOMINAL = String.raw`${DETERMINER}(?:${NOMINAL_WORD}\s){0,4}${NOMINAL_WORD}`;
/** A nominal as short as it can be: before a cue, "The president says Moscow hopes…" has the subject "The president". */
const SHORTEST_NOMINAL = String.raw`${DETERMINER}(?:${NOMINAL_WORD}\s){0,4}?${NOMINAL_WORD}`;
/**
 * What may follow a nominal inside its mention: "a spokesman for the ministry",
 * "a source familiar with the talks", "the head of the agency".
 */
const TAIL_WORD = String.raw`(?:${NOMINAL_WORD}|of(?=\s\p{Lu}))`;
const NOMINAL_TAIL = String.raw`(?:\s(?:for|of|with|from|close\sto|familiar\swith|involved\sin|briefed\son)\s(?:(?:the|a|an|his|her|its|their)\s)?(?:${TAIL_WORD}\s){0,4}${NOMINAL_WORD})?`;
/**
 * Up to four lower-case words with no determiner, and their tail: the source
 * of "according to early results of the exit poll, …", "according to federal
 * records, …" (only after "according to", where nothing but a source stands).
 */
export const BARE_NOMINAL = String.raw`(?:(?!${NOMINAL_STOP})\p{Ll}[\p{L}\-]*\s){0,3}(?!${NOMINAL_STOP})\p{Ll}[\p{L}\p{M}\p{N}'’\-]*${NOMINAL_TAIL}`;
/** A party and state after a name: "Ted Cruz (R-Texas)". */
const PARENTHETICAL = String.raw`(?:\s\([^()\n]{1,40}\))?`;
/** A bare plural of an anonymous source: "officials", "senior officials", "U.S. officials", "sources close to the talks" (not "and its members"). */
const BARE_PLURAL = String.raw`(?:(?:(?!${NOMINAL_STOP})[\p{L}.\-]+\s){0,2}${wordBefore(capitalised(ANONYMOUS_PLURALS), WORD_END)})`;
/** A name's possession: "Romney's associates", "Clinton’s campaign manager", "Sanders’ aides". */
const POSSESSIVE = String.raw`${NAME}['’]s?\s(?:${NOMINAL_WORD}\s){0,2}${NOMINAL_WORD}`;
const SHORTEST_POSSESSIVE = String.raw`${NAME}['’]s?\s(?:${NOMINAL_WORD}\s){0,2}?${NOMINAL_WORD}`;
/** A share of the people polled: "47 percent", "75 percent of Democrats", "more than 4 in 10", "Six in 10 voters". */
const SHARE = String.raw`(?:(?:[Mm]ore|[Ff]ewer|[Ll]ess)\sthan\s|(?:[Nn]early|[Aa]bout|[Aa]lmost|[Oo]ver|[Jj]ust|[Oo]nly)\s)?(?:\d[\d,.]*|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)(?:\s(?:percent|per\scent)|%|\sin\s(?:\d+|four|five|three|ten))(?:\s(?:of\s(?:the\s|all\s|those\s)?)?(?:${NOMINAL_WORD}\s)?(?:voters|respondents|Americans|Democrats|Republicans|independents|adults|people|those\spolled|women|men))?${WORD_END}`;
/**
 * Lower-case descriptors before a name, in an attribution after a comma or
 * "according to": "city librarian Tomas Veldt", "harbour master Colm Redpath".
 */
export const DESCRIBED_NAME = String.raw`(?:(?!${NOMINAL_STOP})\p{Ll}[\p{L}\-]+\s){1,3}${NAME}`;
/** Any speaker mention. */
export const MENTION = String.raw`(?:${NOMINAL}${NOMINAL_TAIL}|${PRONOUN}|${BARE_PLURAL}${NOMINAL_TAIL}|${POSSESSIVE}|${SHARE}|${NAME}${PARENTHETICAL})`;
/** A mention that is the subject of the verb right after it: its nominal ends at the first reporting verb. */
export const SUBJECT = String.raw`(?:${SHORTEST_NOMINAL}${NOMINAL_TAIL}|${PRONOUN}|${BARE_PLURAL}${NOMINAL_TAIL}|${SHORTEST_POSSESSIVE}|${SHARE}|${NAME}${PARENTHETICAL})`;
/** A full stop inside an appositive that ends an abbreviation, not the sentence: "Mr. Obama's deputy", "the U.S. envoy". */
const ABBREVIATION_DOT = String.raw`(?<=(?:^|[\s(])(?:\p{L}|${alternation(CAPITALISED_ABBREVIATIONS)}))\.(?=\s?\S)`;
/**
 * An appositive set off by commas, which becomes the speaker's title:
 * "Hugh Hill, a doctor at the clinic," / "Hill, who ran the clinic,".
 */
export const APPOSITIVE = String.raw`,\s((?:[^,.;:!?"“”()\n]|${ABBREVIATION_DOT}){2,90}?),`;
/** An appositive to step over, capturing nothing: "The mayor, who met the workers, said". */
export const APPOSITIVE_SKIP = String.raw`,\s(?:[^,.;:!?"“”()\n]|${ABBREVIATION_DOT}){2,90}?,`;
/** A closing appositive, up to the end of the sentence: "said Hugh Hill, a doctor at the clinic." */
export const TRAILING_APPOSITIVE = String.raw`(?:,\s((?:a|an|the|who|whose|his|her|its|their)\s(?:[^,.;:!?"“”()\n]|${ABBREVIATION_DOT}){2,90}?)(?=[,.;:!?]|$))?`;
/** Words allowed between a subject and its cue: "Putin also said", "she has said". */
export const AUXILIARY = String.raw`(?:(?:${wordAlternation(CUE_AUXILIARIES)}|\p{Ll}+ly)\s){0,2}`;

/** The cue of "According to Putin, …" and "…, according to the report." */
export const ACCORDING_TO = String.raw`[Aa]ccording\sto`;
/** What may stand between a cue and the quotation it introduces: "told reporters", "said in a statement", "said of the episode". */
export const HEARERS = String.raw`(?:\s(?:reporters|journalists|him|her|them|us|me|the\s[\p{L}\-]+|an?\s[\p{L}\-]+|in\s(?:an?|the|his|her)\s[\p{L}\-]+(?:\s[\p{L}\-]+)?|of\s(?:(?:an?|the|his|her|their)\s)?[\p{L}\-]+(?:\s[\p{L}\-]+)?))?`;
/** A mention, its cue, and whatever may follow the cue before a quotation it introduces: "Putin told reporters". */
const SUBJECT_CUE = String.raw`${MENTION_START}(${MENTION})\s+(${AUXILIARY})(${CUE_VERB})${WORD_END}${HEARERS}`;
/**
 * A mention and its cue ending the text before a quotation, then perhaps a
 * colon or a comma: "Putin said:". The one pattern of the sieves that read an
 * introduction (name-cue-quote, and previous-paragraph-intro, which wants the
 * colon: no part of SUBJECT_CUE can take a final colon, so on a text ending in
 * one it matches just as `${SUBJECT_CUE}\s*:\s*$` would).
 */
export const INTRODUCTION = lazyPattern(String.raw`${SUBJECT_CUE}\s*[:,]?\s*$`);

/** The cue, then the speaker, right after a quotation: ", said Putin" (sieve quote-cue-name, and hasAttributionAfter). */
export const CUE_NAME_AFTER = lazyPattern(String.raw`^\s*,?\s*(${CUE_VERB})\s+(${MENTION}|${DESCRIBED_NAME})${WORD_END}${TRAILING_APPOSITIVE}`);
const NAME_CUE_AFTER = lazyPattern(String.raw`^\s*,?\s*(?:${MENTION})\s+${AUXILIARY}${CUE_VERB}${WORD_END}`, 'u');
/**
 * True when an attribution opens `text`, right after a quotation: ", Putin
 * said" or ", said Putin". Two patterns, the second the sieve's own: one
 * pattern of both was the grammar's largest to compile.
 */
export const hasAttributionAfter = (text: string): boolean => NAME_CUE_AFTER().test(text) || CUE_NAME_AFTER().test(text);
/** Any reporting verb, as a word. */
export const ANY_CUE_VERB = String.raw`${WORD_START}${CUE_VERB}${WORD_END}`;

/**
 * After a cue: it does not go on to introduce the next quotation with a colon
 * (`"A." Mr. Zahed said: "B."` attributes B, not A).
 */
export const NOT_INTRODUCING = String.raw`(?![^.!?"“”«»]{0,60}:\s*["“'‘«])`;

/**
 * Every match of a global pattern in `text`, as String.prototype.matchAll
 * finds them, but run on the pattern itself: matchAll clones its pattern for
 * each call, and a clone of one of the grammar's large patterns may have to
 * be compiled again. The pattern's lastIndex is left at 0.
 */
export function allMatches(global: RegExp, text: string): RegExpExecArray[] {
  return [...eachMatch(global, text)];
}

/**
 * allMatches one match at a time, for a pattern run over a whole document:
 * a long one holds hundreds of thousands of names, and their matches held at
 * once were most of the memory of speaker resolution. The loop's body may
 * run the same pattern (the position is kept here, not in lastIndex).
 */
export function* eachMatch(global: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  let index = 0;
  try {
    for (;;) {
      global.lastIndex = index;
      const m = global.exec(text);
      if (!m) return;
      // an empty match moves on by one character (a whole code point under the u flag), as matchAll does
      index = m[0].length === 0 ? nextIndex(text, global.lastIndex, global.unicode) : global.lastIndex;
      yield m;
    }
  } finally {
    global.lastIndex = 0;
  }
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/** Offset in the text of capture group `group` of a match made on a window starting at `windowStart`. */
export function groupStart(m: RegExpExecArray, group: number, windowStart: number): number {
  return windowStart + m.indices![group]![0];
}

const WORDS_WITH_SPACE = /\S+\s+/gu;

/** Builds a mention from a match group, dropping capitalised words that open a clause ("But Putin"). */
export function mentionAt(text: string, start: number, words: string): Mention | null {
  let offset = 0;
  for (const m of allMatches(WORDS_WITH_SPACE, words)) {
    if (m.index !== offset) break;
    const word = m[0].trim().replace(/,$/, '').toLowerCase();
    if (MENTION_DETERMINERS.has(word) || !NON_NAME_CAPITALS.has(word)) break;
    offset += m[0].length;
  }
  const mentionStart = start + offset;
  const mentionEnd = start + words.length;
  if (mentionEnd <= mentionStart) return null;
  // "Monday", "Today", "Meanwhile" alone name nobody (pronouns do)
  const only = words.slice(offset).toLowerCase();
  if (NON_NAME_CAPITALS.has(only) && !SUBJECT_PRONOUNS.has(only)) return null;
  return { text: text.slice(mentionStart, mentionEnd), start: mentionStart, end: mentionEnd };
}

/** Builds a cue from a reporting-verb match. */
export function cueAt(start: number, verb: string): Cue {
  const lemma = reportingVerbLemma(verb) ?? COMPLEMENT_VERB_FORMS.get(verb.toLowerCase()) ?? verb.toLowerCase();
  return { text: verb, lemma, start, end: start + verb.length };
}

/** Words that end the head of a nominal: "a spokesman | for the ministry", "a source | familiar with the talks". */
const NOMINAL_TAIL_START = new Set(['for', 'of', 'by', 'with', 'from', 'close', 'familiar', 'involved', 'briefed']);

/** The head noun of a mention ("the Russian president" → "president", "a spokesman for the ministry" → "spokesman"). */
export function headNoun(mention: string): string {
  const words = mention.toLowerCase().split(/\s+/u);
  const tail = words.findIndex((w, i) => i > 0 && NOMINAL_TAIL_START.has(w));
  return (words[(tail > 0 ? tail : words.length) - 1] ?? '').replace(/['’]s$/u, '');
}
