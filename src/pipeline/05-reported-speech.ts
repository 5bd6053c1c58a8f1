/**
 * Reported speech (part of stage 5, quote spans): sentences with no
 * quotation marks that report what someone said, believes or found.
 *
 *   Putin said (on Tuesday) (that) CLAUSE.      → content: (that) CLAUSE
 *   CLAUSE, President Vladimir Putin said (…).   → content: CLAUSE
 *   According to the report, CLAUSE.             → content: CLAUSE
 *   CLAUSE, according to the report.             → content: CLAUSE
 *
 * The pattern that finds the clause also finds who said it, so the span
 * carries its attribution; the `reported-clause` sieve hands it over.
 * Conditions ("if she says"), questions and negations are left out.
 */
import { ACCORDING_TO, APPOSITIVE_SKIP, BARE_NOMINAL, DESCRIBED_NAME, AUXILIARY, CLAUSE_VERB, COMPLEMENT_VERB, CUE_VERB, CLAUSE_VERB_WORDS, MENTION, MENTION_START, NAME, SUBJECT, WORD_END, allMatches, matchReach, wordsPattern, hasAccordingTo, hasCueVerb, cueAt, headNoun, mentionAt, lazyPattern } from '../sieves/grammar.js';
import {
  ANYWHERE_CLAUSE_VERB_LEMMAS,
  ASKING_VERB_FORMS,
  BARE_CLAUSE_VERB_LEMMAS,
  CALLING_VERB_FORMS,
  COMPLEMENT_VERBS,
  COMPLEMENT_VERB_FORMS,
  reportingVerbLemma,
} from '../lexicon/reporting-verbs.js';
import { DOCUMENT_NOUNS, NON_NAME_CAPITALS, PARAGRAPH_LABELS } from '../lexicon/mentions.js';
import { tagsOf } from '../nlp.js';
import { overlapsAny } from '../spans.js';
import { hasWords, wordCount } from '../words.js';
import type { Cue, Mention, Sentence, Span } from '../types.js';
import { trimSpan } from './02-paragraphs.js';
import type { QuoteSpan } from './05-quote-spans.js';
import { recordKind } from '../objects.js';

/** Quote spans, and the attributions of reported speech, records of two kinds (see objects.ts). */
const { extend } = recordKind();
const { defined } = recordKind();

/** A reported clause this short is not worth a record ("he said so"). */
const MIN_CLAUSE_WORDS = 3;

/** Subject and cue, opening the sentence (after an optional fronted phrase) or after a comma. */
const SUBJECT_CUE_OPENING = lazyPattern(
  String.raw`^(?:(?:[^,;"“”]{1,60}),\s+)?(${SUBJECT})\s+(${AUXILIARY})(${CLAUSE_VERB})${WORD_END}`,
);
/** A closing attribution: ", Putin said (in an interview with Japan’s Nippon TV channel).", after a closing mark too ('was "heartbreaking," she said'). */
const SUBJECT_CUE_CLOSING = lazyPattern(String.raw`,["”’»]?\s+(${DESCRIBED_NAME}|${SUBJECT})\s+(${AUXILIARY})(${CLAUSE_VERB})${WORD_END}([^,;:]{0,80})?[.!]?\s*$`);
/** An appositive after the source: "according to Dennis Ross, another former envoy,". */
const SOURCE_APPOSITIVE = String.raw`(?:,\s(?:a|an|the|who|whose|his|her|its|their|another|one)\s[^,;"“”]{2,90}?)?`;
/** An inverted closing attribution: ", said Rosa Imbert, a spokeswoman for the ministry." */
const CUE_SUBJECT_CLOSING = lazyPattern(String.raw`,["”’»]?\s+(${CLAUSE_VERB})\s+(${MENTION})${WORD_END}(?:,\s[^,;:"“”]{2,90})?[.!]?\s*$`);
/** What CUE_SUBJECT_CLOSING needs, and costs little to look for: a comma and a clause verb's word. */
const CLAUSE_VERB_AFTER_COMMA = wordsPattern(CLAUSE_VERB_WORDS, 'u', String.raw`,["”’»]?\s+`);
const ACCORDING_OPENING = lazyPattern(String.raw`^(${ACCORDING_TO})\s+(${DESCRIBED_NAME}|${MENTION}|${BARE_NOMINAL})${WORD_END}[^,;"“”]{0,120}?${SOURCE_APPOSITIVE},\s+`);
const ACCORDING_CLOSING = lazyPattern(String.raw`,\s+(${ACCORDING_TO})\s+(${MENTION}|${BARE_NOMINAL})${WORD_END}[^,;"“”]{0,120}[.!]?\s*$`);
/** "At the heart of it, according to Ross, was a decision…": the sentence around the source is the report. */
const ACCORDING_MIDDLE = lazyPattern(String.raw`(?:,\s+|\s+[\u2014\u2013-]\s+)(${ACCORDING_TO})\s+(${MENTION}|${BARE_NOMINAL})${WORD_END}[^,;"“”\u2014\u2013]{0,120}?(?:${SOURCE_APPOSITIVE},|\s[\u2014\u2013-])\s+`);
/**
 * Words between a cue and a "that" opening its clause: "told reporters that",
 * "said on Tuesday that", "said in a statement that", "said, twice, that".
 */
const ADJUNCTS_BEFORE_THAT = /^(?:,\s[^,"“”]{1,30},|\s+(?:reporters|journalists|him|her|them|us|me|CNN|[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*)*|on\s\S+|in\s(?:an?|the|his|her|its|their)\s[^,]{1,40}?|last\s\w+|this\s\w+|earlier|later|repeatedly|again|also|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))*?(?=\s+that\b)/u;
/** Whom someone told, however described, up to "that": "told a town hall in Salem, New Hampshire on Monday that". */
const HEARER_BEFORE_THAT = /^\s+(?:(?!,\s+\p{Ll}+ing\b)[^.;:!?"“”()]){1,100}?(?=\s+that\b)/u;
/** A time right after the cue, with no "that" after it ("said Monday the bridge…"): not part of the clause. */
const TIME_AFTER_CUE = /^,?\s+(?:on\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|(?:last|this)\s(?:week|month|year|weekend)|earlier|later)(?:\s(?:night|morning|afternoon|evening))?,?(?=\s)/u;
/** Conditions are not reports: "if he says", "whether she said", "he would say". */
const HYPOTHETICAL_BEFORE = /(?:^|\s)(?:if|whether|unless|once|when)\s*$/iu;
const HYPOTHETICAL_AUXILIARY = /\b(?:would|could|might|should|will)\b/iu;

interface ReportedSpan {
  content: Span;
  /** The speaker's title when the pattern gives one ("The ferry's captain, Ivo Sandquist, said…"). */
  title?: string;
  /** The content's pieces when the source interrupts it ("X, according to Y, is…"); the content alone otherwise. */
  parts?: Span[];
  mention: Mention;
  cue: Cue;
}

/**
 * Where a reported clause may end at the latest: the sentence's end, before
 * its final stop (and, where the sentence may hold quotations, a closing mark after it).
 */
function clauseLimit(text: string, body: Span, words: string, closingMark = false): number {
  const stop = (closingMark ? /[.!]["”’»]?$/u : /[.!]$/u).exec(words);
  return trimSpan(text, body.start, stop ? body.end - stop[0].length : body.end).end;
}

/**
 * The attribution that closes a sentence (`…, X said.`, `…, said X, a
 * spokeswoman.`, `…, according to X.`), and where the clause before it ends.
 */
function closingIn(text: string, body: Span, words: string, chances: Chances): { end: number; mention: Mention | null; cue: Cue } | null {
  const subjectFirst = chances.clause ? SUBJECT_CUE_CLOSING().exec(words) : null;
  const closing = subjectFirst ?? (chances.clause && CLAUSE_VERB_AFTER_COMMA().test(words) ? CUE_SUBJECT_CLOSING().exec(words) : null) ?? (chances.according ? ACCORDING_CLOSING().exec(words) : null);
  if (!closing) return null;
  // "…, X said." has the speaker first; "…, said X, a spokeswoman." and "…, according to X." the cue first
  const mentionGroup = subjectFirst ? 1 : 2;
  const cueGroup = subjectFirst ? 3 : 1;
  // a comma inside a closing quotation mark ('was "heartbreaking," she said') ends the clause after the mark
  const markAfterComma = /^,["”’»]/u.test(closing[0]) ? 2 : 0;
  const mention = (subjectFirst ? subjectAt : mentionAt)(text, body.start + closing.indices![mentionGroup]![0], closing[mentionGroup]!);
  return { end: body.start + closing.index + markAfterComma, mention, cue: cueAt(body.start + closing.indices![cueGroup]![0], closing[cueGroup]!) };
}

/** A clause its attribution interrupts ("X, according to Y, is …", "X, Y said, is …"): one report of two parts, null when they hold too few words. */
function interruptedReport(text: string, before: Span, after: Span, mention: Mention, cue: Cue): ReportedSpan | null {
  if (wordCount(text.slice(before.start, before.end), MIN_CLAUSE_WORDS) + wordCount(text.slice(after.start, after.end), MIN_CLAUSE_WORDS) < MIN_CLAUSE_WORDS) return null;
  return { content: { start: before.start, end: after.end }, parts: [before, after], mention, cue };
}

function reportIn(text: string, sentence: Sentence, chances: Chances): ReportedSpan | null {
  const body = trimSpan(text, sentence.start, sentence.end);
  const words = text.slice(body.start, body.end);
  // a question reports nothing; a colon hands over to a quotation that follows
  if (/[?:]\s*$/u.test(words)) return null;
  const at = (offset: number): number => body.start + offset;
  const end = clauseLimit(text, body, words);

  const middle = chances.according ? ACCORDING_MIDDLE().exec(words) : null;
  if (middle && middle.index > 0) {
    const before = trimSpan(text, body.start, at(middle.index));
    const after = trimSpan(text, at(middle.index + middle[0].length), end);
    const mention = mentionAt(text, at(middle.indices![2]![0]), middle[2]!);
    return mention ? interruptedReport(text, before, after, mention, cueAt(at(middle.indices![1]![0]), middle[1]!)) : null;
  }

  const closing = closingIn(text, body, words, chances);
  if (closing) {
    const content = trimSpan(text, body.start, closing.end);
    if (!closing.mention || !hasWords(text.slice(content.start, content.end), MIN_CLAUSE_WORDS)) return null;
    return { content, mention: closing.mention, cue: closing.cue };
  }

  const according = chances.according ? ACCORDING_OPENING().exec(words) : null;
  if (according) {
    const content = trimSpan(text, at(according[0].length), end);
    const mention = mentionAt(text, at(according.indices![2]![0]), according[2]!);
    if (!mention || !hasWords(text.slice(content.start, content.end), MIN_CLAUSE_WORDS)) return null;
    return { content, mention, cue: cueAt(at(according.indices![1]![0]), according[1]!) };
  }

  const opening = chances.clause ? SUBJECT_CUE_OPENING().exec(words) : null;
  if (!opening || HYPOTHETICAL_AUXILIARY.test(opening[2]!)) return null;
  const cueEnd = opening.indices![3]![1];
  // "wrote it at night", "remembered the first winter": without "that", only some verbs report a clause
  const lemma = reportingVerbLemma(opening[3]!) ?? '';
  if (!BARE_CLAUSE_VERB_LEMMAS.has(lemma) && !ADJUNCTS_BEFORE_THAT.test(words.slice(cueEnd))) return null;
  const adjuncts = ADJUNCTS_BEFORE_THAT.exec(words.slice(cueEnd)) ?? TIME_AFTER_CUE.exec(words.slice(cueEnd));
  const contentStart = cueEnd + (adjuncts ? adjuncts[0].length : 0);
  const mention = subjectAt(text, at(opening.indices![1]![0]), opening[1]!);
  if (!mention || HYPOTHETICAL_BEFORE.test(text.slice(body.start, mention.start))) return null;
  const cue = cueAt(at(opening.indices![3]![0]), opening[3]!);
  // "CNN, Cruz said, called the announcement…": the clause is interrupted by its attribution, in two parts
  // (a fronted adjunct too, "In a statement, Redpath said, the timetable…": cutting it off lost 0.001 of exact F1 on PolNeAR train)
  const interrupted = /^,\s+/u.exec(words.slice(contentStart));
  if (interrupted && opening.indices![1]![0] > 0) {
    const after = trimSpan(text, at(contentStart + interrupted[0].length), end);
    const subjectStart = opening.indices![1]![0];
    const before = trimSpan(text, body.start, at(subjectStart - /,\s*$/u.exec(words.slice(0, subjectStart))![0].length));
    return interruptedReport(text, before, after, mention, cue);
  }
  // "said it", "said so", "said, …": no clause after the cue
  if (/^\s*(?:[,;:)]|(?:it|them|him|her|me|us|this|these|those|so|nothing|something)\b)/iu.test(words.slice(contentStart))) return null;
  const whole = trimSpan(text, at(contentStart), end);
  if (!hasWords(text.slice(whole.start, whole.end), MIN_CLAUSE_WORDS)) return null;
  return { content: whole, mention, cue };
}

/** A participle that goes on from an attribution to a reported clause: ", noting that …". */
const PARTICIPLE_CLAUSE = lazyPattern(
  String.raw`,\s+(?:(noting|adding|saying|arguing|warning|explaining|insisting|claiming|stressing|suggesting|acknowledging|admitting|predicting)\s+(?=that\s)|(saying|noting|arguing|citing|suggesting|urging|accusing|calling|describing)\s+(?!that\s)(?=[\p{L}\p{N}]))`,
);
/** The last subject and cue before a point: who the participle's clause belongs to. */
const SUBJECT_CUE_ANYWHERE = lazyPattern(String.raw`${MENTION_START}(${SUBJECT})\s+${AUXILIARY}${CUE_VERB}${WORD_END}`, 'gu');

/**
 * `"…," Putin told reporters, noting that CLAUSE.`: after an attribution, a
 * participle goes on to a reported clause by the same speaker, up to the end
 * of the sentence. Found in sentences with quotations too.
 */
function participleIn(text: string, sentence: Sentence, covered: Span[], reported: Span[]): ReportedSpan | null {
  // the quote spans (sorted), or one of the sentence's few reports
  const isCovered = (span: Span): boolean => overlapsAny(covered, span) || reported.some((r) => r.start < span.end && span.start < r.end);
  const body = trimSpan(text, sentence.start, sentence.end);
  const words = text.slice(body.start, body.end);
  const participle = PARTICIPLE_CLAUSE().exec(words);
  if (!participle) return null;
  const clauseStart = body.start + participle.index + participle[0].length;
  if (!participle[1] && NOT_A_CLAUSE_START.test(text.slice(clauseStart, body.end)) && !/^(?:calling|accusing|urging)$/u.test(participle[2]!)) return null;
  const end = clauseLimit(text, { start: clauseStart, end: body.end }, words);
  const content = trimSpan(text, clauseStart, end);
  if (isCovered(content) || !hasWords(text.slice(content.start, content.end), MIN_CLAUSE_WORDS)) return null;
  // the speaker: the last subject with a cue before the participle, outside every quotation
  let subject: Mention | null = null;
  const beforeParticiple = words.slice(0, participle.index);
  for (const m of hasCueVerb(beforeParticiple) ? allMatches(SUBJECT_CUE_ANYWHERE(), beforeParticiple) : []) {
    const candidate = mentionAt(text, body.start + m.index, m[1]!);
    if (candidate && !isCovered(candidate)) subject = candidate;
  }
  // "Clinton attacked Trump, saying…": else the subject of the sentence
  if (!subject) {
    const opening = SENTENCE_SUBJECT().exec(words);
    const candidate = opening && opening.index + opening[0].length <= participle.index ? speakerOf(text, body.start, opening).mention : null;
    if (candidate && !isCovered(candidate)) subject = candidate;
  }
  if (!subject) return null;
  const cueGroup = participle[1] ? 1 : 2;
  return { content, mention: subject, cue: cueAt(body.start + participle.indices![cueGroup]![0], participle[cueGroup]!) };
}

/** Any subject and cue, anywhere in a sentence. */
/** A cue word followed by a finding verb is a noun of the subject: "The audit report found…", "the police report says…". */
const NOT_NOUN_BEFORE_VERB = String.raw`(?!\s+(?:found|finds|find|shows|showed|show|shown|says|said|say|suggests|suggested|indicates|indicated|reveals|revealed|concluded|concludes)${WORD_END})`;
const SUBJECT_CLAUSE_CUE_ANYWHERE = lazyPattern(
  String.raw`${MENTION_START}(?<subject>${SUBJECT})(?:,\s(?<named>${NAME}),|${APPOSITIVE_SKIP})?\s+(?<aux>${AUXILIARY})(?<verb>${CLAUSE_VERB})${WORD_END}${NOT_NOUN_BEFORE_VERB}`,
  'gdu',
);

/**
 * Who a subject pattern names: the name in an appositive when there is one
 * ("The ferry's captain, Ivo Sandquist, said…" is Ivo Sandquist, titled
 * "The ferry's captain"), else the subject itself.
 */
function speakerOf(text: string, base: number, m: RegExpMatchArray): { mention: Mention | null; title?: string } {
  const groups = m.groups!;
  const spans = m.indices!.groups!;
  if (groups['named']) return { mention: mentionAt(text, base + spans['named']![0], groups['named']), title: groups['subject']! };
  return { mention: subjectAt(text, base + spans['subject']![0], groups['subject']!) };
}

/** Determiners that are no subject alone ("Other estimates put…"); "Some say…", "Many believe…" are. */
const LONE_DETERMINERS: ReadonlySet<string> = new Set(['other', 'another', 'every', 'each', 'no', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
/** A possessive, not a contraction ("he’s said"). */
const POSSESSIVE_WORD = /^(?!(?:he|she|it|that|there|here|who|what|where|let)['’]s$)\p{L}.*['’]s$/u;

/**
 * The mention of a pattern's subject, right before its verb: null where the
 * "subject" is a word that a noun follows, so the "verb" is that noun:
 * "That’s 30 | states with…", "Saturday's | tweet was…", "Other | estimates
 * put…" (a share, "4 in 10", is a subject).
 */
function subjectAt(text: string, start: number, words: string): Mention | null {
  const lower = words.trim().toLowerCase();
  const last = lower.split(/\s+/u).at(-1)!;
  if ((/^\d[\d,.]*$/u.test(last) && !/\bin\s+\d[\d,.]*$/u.test(lower)) || POSSESSIVE_WORD.test(last) || LONE_DETERMINERS.has(lower)) return null;
  return mentionAt(text, start, words);
}
/** Words a clause does not open with: a preposition, an object pronoun, a participle (`," X said at a rally`). */
const NOT_A_CLAUSE_START = /^\s*(?:[,.;:!?)]|(?:at|in|on|of|for|with|from|by|about|after|before|during|to|into|them|him|her|me|us|so|nothing|something)\b|(?:it|this|these|those)\b(?!['’]s\b|\s+(?:is|was|are|were|will|would|has|had|have|can|could|should|may|might|must|does|did|remains|seems)\b)|\p{Ll}+ing\b)/iu;
/** What ends a clause with no reporting verb: ";", ", adding". */
const PLAIN_BREAK = String.raw`;|,\s+(?:saying|noting|adding|arguing)\b`;
/** A following attribution that ends this clause: ", X said", "and said", ";". */
const CLAUSE_BREAK = lazyPattern(
  String.raw`${PLAIN_BREAK}|(?:,\s+(?:(?:and|but|while|whereas)\s+)?|\s+(?:and|but|while|whereas)\s+)(?:${SUBJECT})\s+${AUXILIARY}${CUE_VERB}${WORD_END}|\s(?:and|but)\s+(?:also\s)?${CUE_VERB}${WORD_END}`,
  'u',
);
const PLAIN_CLAUSE_BREAK = lazyPattern(PLAIN_BREAK, 'u');

/**
 * The first break of CLAUSE_BREAK in `text` (only its offset is read). Its
 * alternatives with a reporting verb match only where the text holds one of
 * its words (see CUE_VERB_WORDS); in a text without one, the small pattern of
 * the others finds the same first break, and the large one need not be compiled.
 */
function clauseBreak(text: string): RegExpExecArray | null {
  return (hasCueVerb(text) ? CLAUSE_BREAK() : PLAIN_CLAUSE_BREAK()).exec(text);
}

/**
 * "Aides to Clinton say she is shifting her tack", "Officials believe the
 * deal will hold", several to a sentence and in sentences with quotations too:
 * a subject and one of the reliable clause verbs anywhere, then the clause to
 * the next attribution or the end of the sentence.
 */
function clausesAnywhere(text: string, sentence: Sentence, covered: Span[], chances: Chances): ReportedSpan[] {
  const body = trimSpan(text, sentence.start, sentence.end);
  const words = text.slice(body.start, body.end);
  if (/[?:]\s*$/u.test(words)) return [];
  const reports: ReportedSpan[] = [];
  const sentenceEnd = clauseLimit(text, body, words, true);
  const add = (mention: Mention, verb: string, verbStart: number, title?: string): void => {
    const content = clauseAfter(text, body, words, verbStart + verb.length, reportingVerbLemma(verb) ?? '', sentenceEnd);
    if (!content || overlapsAny(covered, content)) return;
    if (reports.some((r) => r.content.start < content.end && content.start < r.content.end)) return;
    reports.push({ content, mention, cue: cueAt(body.start + verbStart, verb), ...(title ? { title } : {}) });
  };
  // the pattern reads the verb's two words at most, and one more (NOT_NOUN_BEFORE_VERB)
  const reach = matchReach(words, chances.lastClauseVerb - body.start, 3);
  for (const m of allMatches(SUBJECT_CLAUSE_CUE_ANYWHERE(), words.slice(0, reach))) {
    const verb = m.groups!['verb']!;
    const verbSpan = m.indices!.groups!['verb']!;
    const lemma = reportingVerbLemma(verb) ?? '';
    const { mention, title } = speakerOf(text, body.start, m);
    // "polls show…", "the report found that…": findings of documents, or any finding introduced by "that"
    const finding = FINDING_VERBS.has(lemma) && (isDocument(m.groups!['subject']!) || /^\s*that\b/u.test(words.slice(verbSpan[1])));
    if (!(ANYWHERE_CLAUSE_VERB_LEMMAS.has(lemma) || finding) || HYPOTHETICAL_AUXILIARY.test(m.groups!['aux']!)) continue;
    if (!mention || overlapsAny(covered, mention) || HYPOTHETICAL_BEFORE.test(text.slice(body.start, mention.start))) continue;
    add(mention, verb, verbSpan[0], title);
  }
  // "The court overruled the law and said Ohio already provides…": the sentence's subject says it too
  const coordinated = allMatches(COORDINATED_CUE(), words);
  const subject = coordinated.length > 0 ? SENTENCE_SUBJECT().exec(words) : null;
  if (subject) {
    const { mention, title } = speakerOf(text, body.start, subject);
    for (const m of coordinated) {
      if (!mention || overlapsAny(covered, mention) || m.index < subject[0].length) continue;
      if (!ANYWHERE_CLAUSE_VERB_LEMMAS.has(reportingVerbLemma(m[1]!) ?? '')) continue;
      // "stood and said a prayer": an object, not a clause; the tagger is asked only here, where no "that" decides it
      const after = words.slice(m.indices![1]![1]);
      if (!/^\s+that\b/u.test(after) && !tagsOf(after.split(/[,;]/u)[0]!.trim()).has('Verb')) continue;
      add(mention, m[1]!, m.indices![1]![0], title);
    }
  }
  return reports;
}

/**
 * The reported clause after a cue ending at `cueEnd` (an offset in `words`):
 * past "told reporters" or "on Tuesday" when "that" follows them, to the next
 * attribution or the end of the sentence; null when what follows is no clause.
 */
function clauseAfter(text: string, body: Span, words: string, cueEnd: number, lemma: string, sentenceEnd: number): Span | null {
  // adjuncts are skipped only when "that" follows them; else the clause starts right after the cue
  const toThat = ADJUNCTS_BEFORE_THAT.exec(words.slice(cueEnd)) ?? (lemma === 'tell' ? HEARER_BEFORE_THAT.exec(words.slice(cueEnd)) : null);
  if (lemma === 'tell' && !toThat) return null;
  const adjuncts = toThat ?? TIME_AFTER_CUE.exec(words.slice(cueEnd));
  const contentStart = cueEnd + (adjuncts ? adjuncts[0].length : 0);
  if (NOT_A_CLAUSE_START.test(words.slice(contentStart)) && !/^\s*that\b/u.test(words.slice(contentStart))) return null;
  const rest = words.slice(contentStart);
  const cut = clauseBreak(rest.slice(1));
  const end = cut ? body.start + contentStart + 1 + cut.index : sentenceEnd;
  const content = trimSpan(text, body.start + contentStart, Math.min(end, sentenceEnd));
  if (content.end <= content.start || !hasWords(text.slice(content.start, content.end), MIN_CLAUSE_WORDS)) return null;
  return content;
}

/** The subject opening a sentence (after a fronted phrase, which may hold a comma: "In Salem, New Hampshire, Trump…"), then a verb: who "and said…" later in it belongs to. */
const SENTENCE_SUBJECT = lazyPattern(String.raw`^(?:[^,;"“”]{1,60},\s+(?:[^,;"“”]{1,40},\s+)?)?(?<subject>${SUBJECT})(?:,\s(?<named>${NAME}),)?\s+(?:${AUXILIARY})\p{Ll}+${WORD_END}`, 'du');
/** A second verb of the sentence's subject: "… and said", "… but also said". */
const COORDINATED_CUE = lazyPattern(String.raw`\s(?:and|but)\s+(?:(?:also|then|later)\s)?(${CLAUSE_VERB})${WORD_END}`, 'gdu');

const REPORTING_WORD = wordsPattern(new Set(['according', ...CLAUSE_VERB_WORDS, ...COMPLEMENT_VERB_FORMS.keys()]));
const CALLING_WORD = wordsPattern(CALLING_VERB_FORMS);

/** A cheap test before the patterns: a word of the sentence, in lower case, is a clause or complement verb, or "according". */
function mayReport(sentence: string): boolean {
  return REPORTING_WORD().test(sentence.toLowerCase());
}

/** Which patterns can match in a sentence: each needs its verb (or "according to") in it. */
interface Chances {
  /** A clause verb ("said", "pointed out"), as written: the patterns are case-sensitive. */
  clause: boolean;
  /** A complement verb ("urged", "refused"). */
  complement: boolean;
  /** A verb of asking ("asked", "wondered"). */
  asking: boolean;
  /** A verb of calling ("called"), for "X called Y “…”". */
  calling: boolean;
  according: boolean;
  /** Where the last clause verb, and the last complement verb, start in the text (-1 for none): see matchReach. */
  lastClauseVerb: number;
  lastComplementVerb: number;
}

/**
 * The sentence's subject (after a fronted phrase, if any), a verb of calling,
 * who or what was called (one to eight words; not "called for", "called on"),
 * and the opening mark of what they were called.
 */
const SUBJECT_CALLED = lazyPattern(
  String.raw`^(?:[^,;"“”]{1,60},\s+)?(?<subject>${SUBJECT})(?:,\s(?<named>${NAME}),)?\s+(${AUXILIARY})(${[...CALLING_VERB_FORMS].join('|')})${WORD_END}\s+(?!(?:for|on|upon|out|off|back|up|in|into)\s)((?:[^\s,.;:!?"“”‘]+\s){0,7}[^\s,.;:!?"“”‘]+\s)["“‘]`,
  'du',
);
const CLOSING_MARK: Readonly<Record<string, string>> = { '"': '"', '“': '”', '‘': '’' };
/** Every word capitalised: a name or a title. */
const looksCapitalised = (quoted: string): boolean => (quoted.match(/\p{L}[\p{L}'’\-]*/gu) ?? []).every((w) => /^\p{Lu}/u.test(w));

/**
 * "Bush called Trump “unhinged.”", "Graham called both Trump and Clinton
 * “crazy”": the one called and what they were called, however short the
 * quotation (one of three words or more makes a mixed quote, read with the
 * quotation: mixedClauseReporter).
 */
function epithetIn(text: string, sentence: Sentence, covered: Span[]): ReportedSpan | null {
  const body = trimSpan(text, sentence.start, sentence.end);
  const words = text.slice(body.start, body.end);
  if (/\?\s*$/u.test(words)) return null;
  const m = SUBJECT_CALLED().exec(words);
  if (!m || HYPOTHETICAL_AUXILIARY.test(m[3]!)) return null;
  const { mention, title } = speakerOf(text, body.start, m);
  const open = body.start + m.index + m[0].length - 1;
  const close = text.indexOf(CLOSING_MARK[text[open]!]!, open + 1);
  // a name or a title in capitals ("called its new album “Harbour”") is no epithet
  if (!mention || close < 0 || close >= body.end || looksCapitalised(text.slice(open + 1, close))) return null;
  const content = trimSpan(text, body.start + m.indices![4]![1], close + 1);
  if (overlapsAny(covered, mention) || overlapsAny(covered, content)) return null;
  return { content, mention, cue: cueAt(body.start + m.indices![4]![0], m[4]!), ...(title ? { title } : {}) };
}

/** The verbs of the patterns chancesIn looks for, as words. */
const VERB_WORD = wordsPattern(new Set([...CLAUSE_VERB_WORDS, ...COMPLEMENT_VERB_FORMS.keys(), ...ASKING_VERB_FORMS, ...CALLING_VERB_FORMS]), 'gu');

/**
 * The patterns are costly, and most sentences give most of them no chance.
 * Every pattern's verb is a whole word after white space, in lower case, so
 * it is one of the sentence's runs of letters as written: a sentence without
 * that run cannot match, and no match ends far past the last such run (see
 * matchReach). `start` is the sentence's offset in the text.
 */
function chancesIn(sentence: string, start: number): Chances {
  const chances: Chances = { clause: false, complement: false, asking: false, calling: false, according: hasAccordingTo(sentence), lastClauseVerb: -1, lastComplementVerb: -1 };
  for (const m of allMatches(VERB_WORD(), sentence)) {
    const word = m[0];
    if (CLAUSE_VERB_WORDS.has(word)) {
      chances.clause = true;
      chances.lastClauseVerb = start + m.index;
    }
    if (COMPLEMENT_VERB_FORMS.has(word)) {
      chances.complement = true;
      chances.lastComplementVerb = start + m.index;
    }
    if (ASKING_VERB_FORMS.includes(word)) chances.asking = true;
    if (CALLING_VERB_FORMS.has(word)) chances.calling = true;
  }
  return chances;
}

/** Verbs that report what a document or a study found. */
const FINDING_VERBS: ReadonlySet<string> = new Set(['show', 'find', 'suggest', 'indicate', 'reveal', 'say']);

/** A subject whose head is a document noun: "polls", "the report", "a new survey by Gallup". */
function isDocument(subject: string): boolean {
  const head = headNoun(subject);
  return DOCUMENT_NOUNS.has(head) || DOCUMENT_NOUNS.has(head.replace(/s$/u, ''));
}

/** A subject, a complement verb, an object of up to six words, and the word that opens the complement. */
const SUBJECT_COMPLEMENT = lazyPattern(
  String.raw`${MENTION_START}(?<subject>${SUBJECT})(?:,\s(?<named>${NAME}),)?\s+(${AUXILIARY})(${COMPLEMENT_VERB})${WORD_END}\s+((?:[^\s,.;:!?"“”]+\s){0,6}?)(of|for|to)\s+(?=\S)`,
  'gdu',
);

/**
 * "Khalif criticized Clinton for supporting the bill", "Obama urged voters to
 * stay home", "Clinton refused to say": the report is the object and its
 * complement (or the infinitive), to the next attribution or the end of the sentence.
 */
function complementsIn(text: string, sentence: Sentence, covered: Span[], chances: Chances): ReportedSpan[] {
  const body = trimSpan(text, sentence.start, sentence.end);
  const words = text.slice(body.start, body.end);
  if (/\?\s*$/u.test(words)) return [];
  const sentenceEnd = clauseLimit(text, body, words);
  const reports: ReportedSpan[] = [];
  // the pattern reads the verb, six words of its object, the complement's opener and the first character after
  const reach = matchReach(words, chances.lastComplementVerb - body.start, 9);
  for (const m of allMatches(SUBJECT_COMPLEMENT(), words.slice(0, reach))) {
    const complement = COMPLEMENT_VERBS.get(COMPLEMENT_VERB_FORMS.get(m[4]!.toLowerCase()) ?? '');
    // an infinitive verb takes "to" straight away; the others need an object before their word
    const hasObject = m[5]!.trim() !== '';
    if (!complement || m[6] !== complement.opener || hasObject !== complement.object || HYPOTHETICAL_AUXILIARY.test(m[3]!)) continue;
    const { mention, title } = speakerOf(text, body.start, m);
    if (!mention || overlapsAny(covered, mention)) continue;
    const contentStart = body.start + m.indices![4]![1];
    const rest = text.slice(contentStart, sentenceEnd);
    const cut = clauseBreak(rest.slice(1));
    const content = trimSpan(text, contentStart, cut ? contentStart + 1 + cut.index : sentenceEnd);
    if (overlapsAny(covered, content) || !hasWords(text.slice(content.start, content.end), 2)) continue;
    reports.push({ content, mention, cue: cueAt(body.start + m.indices![4]![0], m[4]!), ...(title ? { title } : {}) });
  }
  return reports;
}


/** The words that open a reported question: "if", "whether", "how"… */
const QUESTION_WORDS = '(?:if|whether|how|what|why|who|when|where|which)';
const QUESTION_WORD = new RegExp(String.raw`${QUESTION_WORDS}\s`, 'u');
/** A subject, "asked" (or "wondered"), whom, and the question's word: "He asked workers if…". */
const SUBJECT_ASKED = lazyPattern(
  String.raw`${MENTION_START}(?<subject>${SUBJECT})(?:,\s(?<named>${NAME}),)?\s+(?:${AUXILIARY})(?<verb>${ASKING_VERB_FORMS.join('|')})${WORD_END}(?:\s(?:[^\s,.;:!?"“”]+\s){0,6}?)?\s?(?=${QUESTION_WORDS}\s)`,
  'gdu',
);

/** "He asked workers if they planned to attend", "She wondered whether…": the reported question, to the clause's end. */
function questionsIn(text: string, sentence: Sentence, covered: Span[]): ReportedSpan[] {
  const body = trimSpan(text, sentence.start, sentence.end);
  const words = text.slice(body.start, body.end);
  const sentenceEnd = clauseLimit(text, body, words);
  const reports: ReportedSpan[] = [];
  // the pattern needs the question's word, a cheap test
  if (!QUESTION_WORD.test(words)) return reports;
  for (const m of allMatches(SUBJECT_ASKED(), words)) {
    const { mention, title } = speakerOf(text, body.start, m);
    if (!mention || overlapsAny(covered, mention)) continue;
    const contentStart = body.start + m.index + m[0].length;
    const cut = clauseBreak(text.slice(contentStart + 1, sentenceEnd));
    const content = trimSpan(text, contentStart, cut ? contentStart + 1 + cut.index : sentenceEnd);
    if (overlapsAny(covered, content) || !hasWords(text.slice(content.start, content.end), MIN_CLAUSE_WORDS)) continue;
    const verb = m.indices!.groups!['verb']!;
    reports.push({ content, mention, cue: cueAt(body.start + verb[0], m.groups!['verb']!), ...(title ? { title } : {}) });
  }
  return reports;
}

/**
 * Who reports the clause a mixed quote spans: `Wilson praised Rubio and said
 * the senator can “bring positive change”`, `“…,” Anderson said, adding that
 * Sanders is “the most trustworthy”`, `Mr. Reid, who represents Nevada, said
 * he was “confident”`. The patterns of reported speech are run on its
 * sentence as if the span were not there (the other quote spans of the
 * sentence stay covered); a report whose content overlaps the span, with its cue before
 * the span's end and its speaker outside it, gives the speaker and cue. An
 * attribution that closes the sentence after the span's last quotation gives
 * them too, and `end`: where the clause ends, before it.
 */
export function mixedClauseReporter(text: string, sentence: Sentence, span: QuoteSpan, others: Span[]): { attribution: NonNullable<QuoteSpan['attribution']>; end?: number } | null {
  // no mayReport gate: a participle ("calling him…") may be the only cue
  const chances = chancesIn(text.slice(sentence.start, sentence.end), sentence.start);
  const reports = [...(chances.clause ? clausesAnywhere(text, sentence, others, chances) : []), ...(chances.complement ? complementsIn(text, sentence, others, chances) : [])];
  const participle = participleIn(text, sentence, others, reports.map((r) => r.content));
  if (participle) reports.push(participle);
  const inside = (s: Span): boolean => s.start < span.end && span.start < s.end;
  const report = reports.find((r) => inside(r.content) && r.cue.end <= span.end && !inside(r.mention) && !inside(r.cue));
  if (report) return { attribution: defined({ mention: report.mention, cue: report.cue, title: report.title || undefined }) };
  const before = subjectOfCueBefore(text, sentence, span.start, others);
  if (before) return { attribution: before };
  // "…“great again” appeals to older voters, said Alan Abramowitz, a demographer.": the attribution closes the
  // sentence after the last quotation, and the clause ends before it
  const body = trimSpan(text, sentence.start, sentence.end);
  const words = text.slice(body.start, body.end);
  const closing = /[?:]\s*$/u.test(words) ? null : closingIn(text, body, words, chances);
  const last = span.quotations.at(-1);
  if (!closing?.mention || !last || closing.end < last.close - 1 || closing.end > span.end) return null;
  return { attribution: { mention: closing.mention, cue: closing.cue }, end: trimSpan(text, span.start, closing.end).end };
}

/** A reporting verb ending right where a clause starts. */
const CUE_BEFORE = lazyPattern(String.raw`(?<![\p{L}\p{M}\p{N}])(${CUE_VERB})\s*$`);
/** A second verb of the sentence's subject, whatever its kind: "… and called", "… but also told". */
const COORDINATED_BEFORE = /(?:^|[\s,])(?:and|but)\s+(?:(?:also|then|later)\s+)?$/u;
/** A relative clause on the speaker: "Indiana Gov. Mike Pence, who called". */
const RELATIVE_BEFORE = lazyPattern(String.raw`(?<![\p{L}\p{M}\p{N}'’])(${MENTION}),\s+who\s+${AUXILIARY}$`);
/** A progressive or perfect with "be": "Bernie Sanders is pledging", "Clinton has been telling". */
const PROGRESSIVE_BEFORE = lazyPattern(String.raw`(?<![\p{L}\p{M}\p{N}'’])(${SUBJECT})\s+(?:is|are|was|were|(?:has|have|had)\sbeen)\s+${AUXILIARY}$`);

/**
 * The subject of the reporting verb that ends right before `clauseStart`,
 * where the patterns of reported speech (made for clause verbs) find none:
 * a coordinated verb's is the sentence's subject, a relative clause's is the
 * mention it hangs on, a progressive's stands before its "is".
 */
function subjectOfCueBefore(text: string, sentence: Sentence, clauseStart: number, covered: Span[]): QuoteSpan['attribution'] | null {
  const before = text.slice(sentence.start, clauseStart);
  const verb = CUE_BEFORE().exec(before);
  if (!verb) return null;
  const cue = cueAt(sentence.start + verb.index, verb[1]!);
  const lead = before.slice(0, verb.index);
  let found: { mention: Mention | null; title?: string } | null = null;
  if (COORDINATED_BEFORE.test(lead)) {
    const subject = SENTENCE_SUBJECT().exec(lead);
    if (subject) found = speakerOf(text, sentence.start, subject);
  } else {
    const m = RELATIVE_BEFORE().exec(lead) ?? PROGRESSIVE_BEFORE().exec(lead);
    if (m) found = { mention: mentionAt(text, sentence.start + m.index, m[1]!) };
  }
  const mention = found?.mention;
  if (!mention || overlapsAny(covered, mention) || HYPOTHETICAL_BEFORE.test(text.slice(sentence.start, mention.start))) return null;
  return defined({ mention, cue, title: found!.title || undefined });
}

/**
 * A speaker's label opening a paragraph: a name of one to four words, in
 * capitals or capitalised, then a colon ("TAPPER:", "Bernie Sanders:").
 */
const SPEAKER_LABEL = lazyPattern(String.raw`^(${NAME})${WORD_END}\s*(:)\s+(?=\S)`);
/** More words than this, a label is a sentence's opening ("The bill did something Republicans wanted:"), not a name. */
const MAX_LABEL_WORDS = 4;

/** Fewer words than this after a label make a list's item ("Sanders: Win in a walk."), not a turn. */
const MIN_TURN_WORDS = 5;

const LETTER = /[\p{L}\p{M}]/u;

/** True when `word` stands in `text` as a word, capitalised or as written, outside text[from, to). */
export function standsElsewhere(text: string, word: string, from: number, to: number): boolean {
  const capitalised = word[0]!.toUpperCase() + word.slice(1).toLowerCase();
  for (const form of new Set([word, capitalised])) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      if (at >= from && at < to) continue;
      if (!LETTER.test(text[at - 1] ?? ' ') && !LETTER.test(text[at + form.length] ?? ' ')) return true;
    }
  }
  return false;
}

/**
 * True when a paragraph's label names who speaks in it: a name the article
 * uses elsewhere too ("TAPPER:" after "Jake Tapper"), not a single letter
 * ("Q:"), a label word ("UPDATE:", "The Latest:", "Wow:") or a place.
 */
function labelsSpeaker(text: string, label: string, at: number): boolean {
  const lower = label.toLowerCase();
  if (label.length < 2 || wordCount(label, MAX_LABEL_WORDS + 1) > MAX_LABEL_WORDS || PARAGRAPH_LABELS.has(lower) || NON_NAME_CAPITALS.has(lower)) return false;
  const words = label.split(/\s+/u);
  // "The Latest", "Big Win For Bernie", "Monday’s Morning Email": a headline's label, not a name
  if (words.some((w) => NON_NAME_CAPITALS.has(w.toLowerCase().replace(/['’]s$/u, '')))) return false;
  if (!standsElsewhere(text, words.at(-1)!, at, at + label.length)) return false;
  const tags = tagsOf(label);
  return !(tags.has('Place') && !tags.has('Person'));
}

/**
 * Paragraphs that open with their speaker's label, the rest of the paragraph
 * what the speaker said: a transcript's turn ("TAPPER: Do you think he has
 * campaigned as a racial healer?"), a headline's claim ("Graham: Trump’s
 * Rhetoric Is Destroying the Party"). Outside the quote spans already found
 * (a quotation after the label is a direct quote: sieve name-colon-quote).
 */
export function labelledTurns(text: string, sentences: Sentence[], covered: Span[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const first = sentences[i]!;
    if (i > 0 && sentences[i - 1]!.paragraph === first.paragraph) continue;
    let last = first;
    for (let j = i + 1; j < sentences.length && sentences[j]!.paragraph === first.paragraph; j++) last = sentences[j]!;
    const opening = text.slice(first.start, Math.min(last.end, first.start + 120));
    // the colon, a cheap test before the pattern
    if (!opening.includes(':')) continue;
    const m = SPEAKER_LABEL().exec(opening);
    if (!m || !labelsSpeaker(text, m[1]!, first.start)) continue;
    const content = trimSpan(text, first.start + m[0].length, last.end);
    if (!hasWords(text.slice(content.start, content.end), MIN_TURN_WORDS) || overlapsAny(covered, content)) continue;
    const mention = { text: m[1]!, start: first.start, end: first.start + m[1]!.length };
    const colon = first.start + m.indices![2]![0];
    spans.push(extend(indirectSpan(content, first.paragraph), { label: { mention, cue: { text: ':', lemma: ':', start: colon, end: colon + 1 } } }));
  }
  return spans;
}

/** The quote span of a reported clause (in one or more parts), attribution aside. */
export function indirectSpan(content: Span, paragraph: number, parts: Span[] = [content]): QuoteSpan {
  return extend(content, { parts, open: content.start, close: content.end, closed: true, paragraph, type: 'indirect' as const, quotations: [] });
}

/** Reported clauses in every sentence, outside the quote spans already found. */
export function reportedSpans(text: string, sentences: Sentence[], covered: Span[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const sentence of sentences) {
    // the patterns are costly; most sentences hold no clause verb and no "according to" at all
    const words = text.slice(sentence.start, sentence.end);
    if (!mayReport(words)) {
      // "X called Y “…”" is the one report a sentence with no other reporting word can hold
      const epithet = CALLING_WORD().test(words) ? epithetIn(text, sentence, covered) : null;
      if (epithet) spans.push(reportedSpan(epithet, sentence));
      continue;
    }
    // a sentence a quote span already covers is the quote's; one whose only quotation marks are scare
    // quotes ('The failure was "heartbreaking," she said.') is a reported clause like any other
    const quoted = overlapsAny(covered, sentence);
    const chances = chancesIn(words, sentence.start);
    const reports = chances.clause ? clausesAnywhere(text, sentence, covered, chances) : [];
    const complements = chances.complement ? complementsIn(text, sentence, covered, chances) : [];
    const epithet = chances.calling ? epithetIn(text, sentence, covered) : null;
    for (const complement of [...complements, ...(chances.asking ? questionsIn(text, sentence, covered) : []), ...(epithet ? [epithet] : [])]) {
      if (!reports.some((r) => r.content.start < complement.content.end && complement.content.start < r.content.end)) reports.push(complement);
    }
    const participle = participleIn(text, sentence, covered, reports.map((r) => r.content));
    if (participle) reports.push(participle);
    const single = reports.length > 0 || quoted || !(chances.clause || chances.according) ? null : reportIn(text, sentence, chances);
    if (single) reports.push(single);
    for (const report of reports.sort((a, b) => a.content.start - b.content.start)) spans.push(reportedSpan(report, sentence));
  }
  return spans;
}

/** The quote span of a report its pattern found, with its attribution. */
function reportedSpan(report: ReportedSpan, sentence: Sentence): QuoteSpan {
  return extend(indirectSpan(report.content, sentence.paragraph, report.parts), {
    attribution: defined({ mention: report.mention, cue: report.cue, title: report.title || undefined }),
  });
}
