/**
 * Reporting verbs: the cues that introduce speech ("said", "told", "added").
 * Data only, plus the small morphology that spells each lemma's forms.
 *
 * Irregular forms are listed; regular ones are derived by `inflect`.
 */

/** Lemma → irregular forms (3rd person singular, past, participle, gerund as needed). */
const IRREGULAR: Record<string, string[]> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  testify: ['testifies', 'testified', 'testifying'],
  reply: ['replies', 'replied', 'replying'],
  deny: ['denies', 'denied', 'denying'],
  quip: ['quips', 'quipped', 'quipping'],
  admit: ['admits', 'admitted', 'admitting'],
  rebut: ['rebuts', 'rebutted', 'rebutting'],
  signal: ['signals', 'signaled', 'signalled', 'signaling', 'signalling'],
  cry: ['cries', 'cried', 'crying'],
  retort: ['retorts', 'retorted', 'retorting'],
  plead: ['pleads', 'pleaded', 'pled', 'pleading'],
  prophesy: ['prophesies', 'prophesied', 'prophesying'],
  read: ['reads', 'read', 'reading'],
  blurt: ['blurts', 'blurted', 'blurting'],
  murmur: ['murmurs', 'murmured', 'murmuring'],
  stammer: ['stammers', 'stammered', 'stammering'],
  holler: ['hollers', 'hollered', 'hollering'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  query: ['queries', 'queried', 'querying'],
  rail: ['rails', 'railed', 'railing'],
  slam: ['slams', 'slammed', 'slamming'],
  offer: ['offers', 'offered', 'offering'],
  echo: ['echoes', 'echoed', 'echoing'],
  underscore: ['underscores', 'underscored', 'underscoring'],
  counter: ['counters', 'countered', 'countering'],
  answer: ['answers', 'answered', 'answering'],
  wonder: ['wonders', 'wondered', 'wondering'],
  question: ['questions', 'questioned', 'questioning'],
  mutter: ['mutters', 'muttered', 'muttering'],
  whisper: ['whispers', 'whispered', 'whispering'],
  remember: ['remembers', 'remembered', 'remembering'],
  thunder: ['thunders', 'thundered', 'thundering'],
  venture: ['ventures', 'ventured', 'venturing'],
  rant: ['rants', 'ranted', 'ranting'],
  riff: ['riffs', 'riffed', 'riffing'],
  reflect: ['reflects', 'reflected', 'reflecting'],
  boast: ['boasts', 'boasted', 'boasting'],
  blast: ['blasts', 'blasted', 'blasting'],
  tout: ['touts', 'touted', 'touting'],
  grumble: ['grumbles', 'grumbled', 'grumbling'],
  gush: ['gushes', 'gushed', 'gushing'],
  interject: ['interjects', 'interjected', 'interjecting'],
  report: ['reports', 'reported', 'reporting'],
  comment: ['comments', 'commented', 'commenting'],
  seek: ['seeks', 'sought', 'seeking'],
  criticize: ['criticizes', 'criticized', 'criticizing'],
  criticise: ['criticises', 'criticised', 'criticising'],
  think: ['thinks', 'thought', 'thinking'],
  feel: ['feels', 'felt', 'feeling'],
  find: ['finds', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  know: ['knows', 'knew', 'known', 'knowing'],
  understand: ['understands', 'understood', 'understanding'],
};

/**
 * Verbs that report speech, most frequent first. Kept to verbs that, next to a
 * quotation and a subject, almost always mean "said".
 */
export const REPORTING_VERB_LEMMAS: readonly string[] = [
  // the everyday ones
  'say', 'tell', 'add', 'note', 'ask', 'explain', 'state', 'write', 'tweet', 'post', 'continue',
  'reply', 'respond', 'answer', 'recall', 'remember', 'comment', 'remark', 'observe', 'mention',
  // claiming and arguing
  'argue', 'claim', 'insist', 'contend', 'maintain', 'assert', 'allege', 'charge', 'counter',
  'rebut', 'retort', 'reason', 'posit', 'opine', 'suggest', 'propose', 'speculate', 'estimate',
  'predict', 'warn', 'caution', 'advise', 'urge', 'implore', 'plead', 'demand', 'instruct',
  // conceding and confirming
  'acknowledge', 'admit', 'concede', 'confess', 'confirm', 'deny', 'agree', 'concur', 'disclose',
  'reveal', 'announce', 'declare', 'proclaim', 'report', 'testify', 'indicate', 'inform', 'assure',
  'reassure', 'promise', 'pledge', 'vow', 'swear', 'reiterate', 'repeat', 'echo', 'stress',
  'emphasize', 'emphasise', 'underscore', 'conclude', 'elaborate', 'summarize', 'describe', 'recount',
  // manner of speaking
  'joke', 'quip', 'tease', 'laugh', 'sigh', 'shout', 'yell', 'scream', 'cry', 'exclaim', 'whisper',
  'mutter', 'mumble', 'snap', 'scoff', 'boast', 'brag', 'gush', 'marvel', 'muse', 'wonder',
  'lament', 'complain', 'grumble', 'protest', 'object', 'interject', 'thunder', 'rail', 'rant',
  'riff', 'chide', 'scold', 'mock', 'blast', 'slam', 'decry', 'praise', 'tout', 'hint', 'reflect',
  'remind', 'inquire', 'query', 'question', 'speak', 'call', 'accuse', 'dismiss', 'offer', 'venture',
  'bark', 'growl', 'snarl', 'chant', 'holler', 'bellow', 'roar', 'murmur', 'stammer', 'blurt', 'gasp',
  'groan', 'hiss', 'intone', 'recite', 'read', 'cheer',
];

/**
 * Phrasal reporting verbs: the verb's forms are followed by the particle
 * ("points out", "went on", "fired back").
 */
export const PHRASAL_REPORTING_VERBS: readonly [verb: string, particle: string][] = [
  ['point', 'out'], ['go', 'on'], ['fire', 'back'], ['shoot', 'back'], ['push', 'back'],
  ['chime', 'in'], ['weigh', 'in'], ['spell', 'out'], ['sum', 'up'], ['lay', 'out'], ['cry', 'out'],
  ['put', 'it'], ['fire', 'off'], ['shoot', 'back'],
];

const IRREGULAR_PHRASAL_BASES: Record<string, string[]> = {
  go: ['goes', 'went', 'gone', 'going'],
  shoot: ['shoots', 'shot', 'shooting'],
  lay: ['lays', 'laid', 'laying'],
  sum: ['sums', 'summed', 'summing'],
  put: ['puts', 'put', 'putting'],
};

/** Regular forms of a lemma: -s, -ed, -ing, with the usual spelling rules. */
function inflect(lemma: string): string[] {
  const forms: string[] = [];
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ies`);
  else forms.push(`${lemma}s`);
  if (lemma.endsWith('ee')) {
    forms.push(`${lemma}d`, `${lemma}ing`); // agree → agreed, agreeing
  } else if (lemma.endsWith('e')) {
    forms.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.push(`${lemma.slice(0, -1)}ied`, `${lemma}ing`);
  } else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma)) {
    // one-syllable consonant-vowel-consonant: snap → snapped
    const doubled = lemma + lemma.slice(-1);
    forms.push(`${doubled}ed`, `${doubled}ing`);
  } else {
    forms.push(`${lemma}ed`, `${lemma}ing`);
  }
  return forms;
}

/** Every form of the lemmas (lower case; phrasal ones with one space) → its lemma. */
function formsOf(lemmas: readonly string[], phrasal: readonly (readonly [string, string])[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const lemma of lemmas) {
    forms.set(lemma, lemma);
    for (const form of IRREGULAR[lemma] ?? inflect(lemma)) forms.set(form, lemma);
  }
  for (const [verb, particle] of phrasal) {
    const lemma = `${verb} ${particle}`;
    for (const form of [verb, ...(IRREGULAR_PHRASAL_BASES[verb] ?? IRREGULAR[verb] ?? inflect(verb))]) {
      forms.set(`${form} ${particle}`, lemma);
    }
  }
  return forms;
}

/** Every form of every reporting verb → its lemma. */
export const REPORTING_VERB_FORMS: ReadonlyMap<string, string> = formsOf(REPORTING_VERB_LEMMAS, PHRASAL_REPORTING_VERBS);

/** The lemma of a reporting-verb form, or undefined when the word is not one. */
export function reportingVerbLemma(words: string): string | undefined {
  const key = words.toLowerCase().replace(/\s+/g, ' ');
  return REPORTING_VERB_FORMS.get(key) ?? CLAUSE_VERB_FORMS.get(key);
}

/**
 * Reporting verbs that introduce a reported clause ("said that…", "warned
 * the deal…"): the ones that take a clause, not just an object ("offered
 * jobs", "spoke to the mayor", "called him").
 */
export const CLAUSE_VERB_LEMMAS: readonly string[] = [
  'say', 'tell', 'add', 'note', 'explain', 'state', 'write', 'tweet', 'argue', 'claim', 'insist', 'contend',
  'maintain', 'assert', 'allege', 'suggest', 'propose', 'speculate', 'estimate', 'predict', 'warn', 'caution',
  'acknowledge', 'admit', 'concede', 'confess', 'confirm', 'deny', 'agree', 'disclose', 'reveal', 'announce',
  'declare', 'report', 'testify', 'indicate', 'assure', 'promise', 'pledge', 'vow', 'swear', 'reiterate',
  'stress', 'emphasize', 'emphasise', 'underscore', 'conclude', 'recall', 'remember', 'complain', 'boast',
  'lament', 'observe', 'remark', 'hint', 'point out', 'believe', 'think', 'hope', 'expect', 'fear', 'feel',
  'find', 'show', 'know', 'worry', 'doubt', 'recognize', 'recognise', 'understand',
];

/**
 * Clause verbs that take a clause without "that" ("Putin said Russia is
 * ready"); the others also take plain objects ("wrote it at night",
 * "remembered the first winter") and report a clause only with "that".
 */
export const BARE_CLAUSE_VERB_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'add', 'argue', 'claim', 'insist', 'contend', 'maintain', 'assert', 'allege', 'warn', 'predict',
  'suggest', 'believe', 'think', 'hope', 'expect', 'fear', 'estimate', 'speculate', 'concede', 'acknowledge',
  'admit', 'complain', 'boast', 'worry', 'doubt', 'vow', 'promise', 'pledge', 'swear', 'tell', 'note', 'stress',
  'emphasize', 'emphasise', 'explain', 'state', 'announce', 'report', 'confirm', 'deny', 'recall',
  'indicate', 'reveal', 'testify', 'tweet', 'write', 'declare', 'conclude', 'reiterate', 'agree', 'caution',
]);

/** Every form of the verbs that introduce a reported clause → its lemma. */
export const CLAUSE_VERB_FORMS: ReadonlyMap<string, string> = formsOf(
  CLAUSE_VERB_LEMMAS.filter((l) => !l.includes(' ')),
  PHRASAL_REPORTING_VERBS.filter(([verb, particle]) => CLAUSE_VERB_LEMMAS.includes(`${verb} ${particle}`)),
);
/**
 * Clause verbs that report reliably wherever their subject stands in the
 * sentence ("Aides to Clinton say she is shifting…"); measured on PolNeAR
 * train at precision 0.68 or more (state, maintain, pledge, report, declare,
 * think, know and feel fall below and are left to the sentence-initial rule).
 */
export const ANYWHERE_CLAUSE_VERB_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'tell', 'note', 'argue', 'claim', 'insist', 'warn', 'acknowledge', 'announce', 'reveal', 'point out',
  'promise', 'vow', 'agree', 'add', 'concede', 'conclude', 'believe', 'hope', 'fear', 'worry', 'expect', 'doubt',
]);

/**
 * Verbs of uttering: what follows them in quotation marks was said aloud,
 * however short (`said, "No."`, `chanting "Lock her up!"`). Verbs that also
 * name or describe (call, describe, read, mock, declare) are left out: what
 * follows them is as often a label (`calls it "troubling"`) as speech.
 */
export const UTTERANCE_VERB_LEMMAS: readonly string[] = [
  'say', 'ask', 'reply', 'answer', 'respond', 'add', 'shout', 'yell', 'scream', 'cry', 'exclaim', 'whisper',
  'mutter', 'mumble', 'chant', 'holler', 'bellow', 'roar', 'echo', 'interject', 'blurt', 'gasp', 'cheer',
];

/** Every form of the verbs of uttering → its lemma. */
export const UTTERANCE_VERB_FORMS: ReadonlyMap<string, string> = formsOf(UTTERANCE_VERB_LEMMAS, []);

/** Nouns of uttering that take "of" and a quotation: `chants of "Ted! Ted!"`. */
export const UTTERANCE_NOUNS: ReadonlySet<string> = new Set(['chant', 'chants', 'cry', 'cries', 'shout', 'shouts', 'scream', 'screams', 'chorus']);

/**
 * Reporting verbs whose report is an object and a complement ("accused Cruz of
 * lying", "urged voters to stay home") or an infinitive ("refused to say",
 * "vowed to fight"), with the word that opens the complement. Measured on
 * PolNeAR train at precision 0.69 to 0.87.
 */
export interface Complement {
  /** The word that opens the complement. */
  opener: 'of' | 'for' | 'to';
  /** An object stands between the verb and the complement ("urged voters to"), or none ("refused to"). */
  object: boolean;
}

const withObject = (opener: Complement['opener']): Complement => ({ opener, object: true });
const INFINITIVE: Complement = { opener: 'to', object: false };

export const COMPLEMENT_VERBS: ReadonlyMap<string, Complement> = new Map([
  ['accuse', withObject('of')], ['criticize', withObject('for')], ['criticise', withObject('for')],
  ['blame', withObject('for')], ['praise', withObject('for')],
  ['urge', withObject('to')], ['ask', withObject('to')], ['encourage', withObject('to')], ['implore', withObject('to')],
  ['seek', INFINITIVE], ['refuse', INFINITIVE], ['decline', INFINITIVE], ['vow', INFINITIVE], ['promise', INFINITIVE],
  ['agree', INFINITIVE], ['intend', INFINITIVE], ['pledge', INFINITIVE], ['threaten', INFINITIVE], ['offer', INFINITIVE],
]);

/** Every form of the complement verbs → its lemma. */
export const COMPLEMENT_VERB_FORMS: ReadonlyMap<string, string> = formsOf(
  [...COMPLEMENT_VERBS.keys()],
  [],
);

/** The forms of "call" that name what someone was called: "X called Y “unhinged.”" */
export const CALLING_VERB_FORMS: ReadonlySet<string> = new Set(['calling', 'called', 'calls', 'call']);

/** Verbs that report a question: "asked", "wondered" (in this order in the pattern that reads them). */
export const ASKING_VERB_FORMS: readonly string[] = ['asked', 'asks', 'ask', 'wondered', 'wonders', 'questioned'];

/**
 * Verbs of seeming: "Trump seemed to…", "the figures appear to be fabricated".
 * The writer reports how things look; the subject says nothing (PolNeAR gives
 * such reports no source).
 */
export const SEEMING_VERB_FORMS: ReadonlyMap<string, string> = formsOf(['seem', 'appear'], []);

/** The forms of "be" that make a passive ("is expected to", "was asked about", "has been told"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am']);

/** Words that stand between an auxiliary and its participle ("is not expected", "was also asked", "has been told"); any word in -ly too. */
export const AUXILIARY_ADVERBS: ReadonlySet<string> = new Set(['not', 'also', 'now', 'still', 'already', 'never', 'often', 'then', 'again', 'has', 'have', 'had']);

/**
 * Reporting verbs whose participle after "be" tells the subject's state, not
 * that someone reported to it: "she is worried that…", "Clinton is assured of
 * winning".
 */
export const STATE_PARTICIPLE_LEMMAS: ReadonlySet<string> = new Set(['worry', 'assure']);

/** Words that open a participle clause before the main one: "When asked whether…", "If asked…". */
export const PARTICIPLE_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'when', 'if', 'after', 'once', 'as', 'while', 'before', 'unless', 'until', 'though', 'although', 'whenever',
]);
