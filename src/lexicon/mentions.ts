/**
 * Words that make up speaker mentions: pronouns, titles and role nouns,
 * organisation words, document words and anonymous-source words. Data only.
 */
import type { SpeakerKind } from '../types.js';

/** Subject pronouns that can name a speaker, with the kind they imply. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, SpeakerKind> = new Map<string, SpeakerKind>([
  ['he', 'person'],
  ['she', 'person'],
  ['i', 'person'],
  ['we', 'unknown'],
  ['they', 'unknown'],
  ['it', 'unknown'],
  ['you', 'unknown'],
]);

/** Determiners and possessives that open a nominal mention ("the Russian president"). */
export const MENTION_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'another', 'two', 'three',
  'several', 'some', 'many', 'other', 'both',
]);

/**
 * Titles and role nouns of people. Before a name they are a title
 * ("President Vladimir Putin"); after a determiner they name a person
 * ("the president", "a spokeswoman").
 */
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'vice', 'leader', 'minister', 'premier', 'chancellor', 'king', 'queen', 'prince',
  'princess', 'senator', 'sen', 'congressman', 'congresswoman', 'representative', 'rep',
  'governor', 'gov', 'mayor', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson',
  'director', 'chairman', 'chairwoman', 'chair', 'chief', 'ceo', 'founder', 'judge', 'justice',
  'attorney', 'lawyer', 'ambassador', 'diplomat', 'general', 'gen', 'admiral', 'colonel',
  'captain', 'officer', 'commissioner', 'candidate', 'nominee', 'frontrunner', 'speaker',
  'official', 'aide', 'adviser', 'advisor', 'strategist', 'analyst', 'economist', 'expert',
  'professor', 'prof', 'dr', 'doctor', 'researcher', 'scientist', 'author', 'writer',
  'reporter', 'journalist', 'correspondent', 'editor', 'columnist', 'host', 'anchor',
  'pollster', 'manager', 'chairperson', 'councilman', 'councilwoman', 'councillor', 'councilor',
  'alderman', 'alderwoman', 'sheriff', 'chief',
  'prosecutor', 'mr', 'mrs', 'ms', 'miss', 'sir', 'lord', 'lady', 'pope', 'rev', 'reverend',
  'father', 'rabbi', 'imam', 'bishop', 'cardinal', 'businessman', 'businesswoman', 'billionaire',
  'mogul', 'activist', 'organizer', 'voter', 'resident', 'woman', 'man', 'student', 'teacher',
  'witness', 'victim', 'owner', 'worker', 'employee', 'member', 'lawmaker', 'legislator',
  'politician', 'democrat', 'republican', 'incumbent', 'challenger', 'contender', 'rival',
  'opponent', 'supporter', 'critic', 'commentator', 'chairman', 'head', 'boss', 'coach',
  'lt', 'sgt', 'maj', 'col', 'capt', 'amb', 'sec', 'atty', 'pres', 'emir', 'sheikh', 'ayatollah',
  'elect', 'former', 'first', 'lady', 'deputy', 'assistant', 'acting', 'senior', 'junior',
  'press', 'campaign', 'prime', 'foreign', 'state', 'defense', 'defence', 'white', 'house',
]);

/** Words that name a title before a name; a subset of role nouns that take a capital. */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'chancellor', 'king', 'queen', 'prince', 'princess',
  'senator', 'sen', 'congressman', 'congresswoman', 'representative', 'rep', 'governor', 'gov',
  'mayor', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chairman',
  'chairwoman', 'chief', 'judge', 'justice', 'attorney', 'ambassador', 'general', 'gen', 'admiral',
  'colonel', 'captain', 'commissioner', 'speaker', 'professor', 'prof', 'dr', 'mr', 'mrs', 'ms',
  'miss', 'sir', 'lord', 'lady', 'pope', 'rev', 'reverend', 'father', 'rabbi', 'imam', 'bishop',
  'cardinal', 'sheriff', 'lt', 'sgt', 'maj', 'col', 'capt', 'amb', 'sec', 'atty', 'pres', 'emir',
  'sheikh', 'ayatollah', 'elect', 'former', 'first', 'deputy', 'assistant', 'acting', 'senior',
  'candidate', 'nominee', 'leader', 'foreign', 'state', 'defense', 'defence', 'press', 'campaign',
  'white', 'house', 'house', 'majority', 'minority', 'democratic', 'republican', 'gop', 'u.s',
  'us', 'russian', 'american', 'british', 'french', 'german', 'chinese', 'japanese', 'israeli',
  'iranian', 'syrian', 'ukrainian', 'turkish', 'mexican', 'canadian', 'australian', 'indian',
  'jr', 'sr', 'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman', 'alderwoman',
  'spokesperson', 'mp', 'premier', 'ceo', 'manager', 'coach',
]);

/**
 * Title words that modify the title after them: "Deputy Superintendent",
 * "Acting Commissioner". The word after one is a title too, whatever it is,
 * when a name of two words or more follows it.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['deputy', 'assistant', 'acting', 'vice', 'associate', 'interim', 'senior']);

/** Head nouns of organisation mentions ("the campaign", "the State Department"). */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  'campaign', 'committee', 'department', 'ministry', 'agency', 'administration', 'government',
  'party', 'office', 'white house', 'kremlin', 'pentagon', 'council', 'commission', 'court',
  'company', 'corporation', 'firm', 'bank', 'group', 'organization', 'organisation', 'union',
  'association', 'institute', 'foundation', 'university', 'college', 'school', 'network',
  'newspaper', 'magazine', 'news', 'times', 'post', 'journal', 'press', 'reuters', 'tass',
  'police', 'army', 'military', 'navy', 'senate', 'congress', 'parliament', 'board', 'team',
  'fund', 'center', 'centre', 'coalition', 'alliance', 'movement', 'house', 'fbi', 'cia', 'nsa',
  'dnc', 'rnc', 'gop', 'nato', 'un', 'eu', 'ap', 'cnn', 'nbc', 'abc', 'cbs', 'msnbc', 'bbc',
  'service', 'bureau', 'authority', 'embassy', 'state', 'city', 'county', 'country', 'nation',
  'inc', 'corp', 'co', 'ltd', 'llc', 'club', 'fc', 'rail', 'railway', 'railways', 'airline', 'airlines',
  'group', 'holdings', 'partners', 'institute', 'ministry', 'foundation',
]);

/** Head nouns of documents and other non-person sources ("the report", "a statement"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'report', 'statement', 'study', 'survey', 'poll', 'polls', 'memo', 'letter', 'document',
  'documents', 'filing', 'lawsuit', 'complaint', 'indictment', 'ruling', 'decision', 'analysis',
  'release', 'announcement', 'email', 'tweet', 'post', 'article', 'book', 'ad', 'advertisement',
  'video', 'website', 'data', 'figures', 'records', 'transcript', 'affidavit', 'bill', 'law',
  'proposal', 'plan', 'budget', 'estimate', 'forecast', 'research', 'findings', 'paper',
  'results', 'count', 'tally', 'statistics', 'numbers', 'polling', 'index', 'calculations',
]);

/** Head nouns of anonymous sources ("officials", "a source familiar with"). */
export const ANONYMOUS_NOUNS: ReadonlySet<string> = new Set([
  'source', 'sources', 'official', 'officials', 'aide', 'aides', 'person', 'people', 'insider',
  'insiders', 'observer', 'observers', 'critics', 'experts', 'analysts', 'witnesses', 'residents',
  'advisers', 'advisors', 'staffers', 'diplomats', 'lawmakers', 'members', 'supporters',
  'someone', 'others', 'many', 'some',
]);

/**
 * Capitalised words that open sentences or clauses without being part of a
 * name ("On Tuesday Clinton said", "But Putin said"). Lower case.
 */
export const NON_NAME_CAPITALS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'so', 'yet', 'on', 'in', 'at', 'by', 'for', 'from', 'with',
  'as', 'after', 'before', 'when', 'while', 'since', 'if', 'then', 'now', 'later', 'also', 'still',
  'earlier', 'meanwhile', 'however', 'instead', 'there', 'here', 'this', 'that', 'these', 'those',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tonight', 'last', 'next', 'during', 'speaking', 'asked', 'according', 'to', 'of',
  'in', 'said', 'says', 'he', 'she', 'they', 'we', 'i', 'it', 'his', 'her', 'their',
]);

/**
 * Role nouns that name the same office, so that "the congressman" finds
 * "Rep. Tom Anders" and "the senator" finds "Sen. Laura Bright".
 */
export const ROLE_SYNONYMS: readonly (readonly string[])[] = [
  ['congressman', 'congresswoman', 'representative', 'rep', 'lawmaker'],
  ['senator', 'sen', 'lawmaker'],
  ['governor', 'gov'],
  ['president', 'pres'],
  ['secretary', 'sec'],
  ['general', 'gen'],
  ['professor', 'prof'],
  ['doctor', 'dr'],
  ['ambassador', 'amb'],
  ['attorney', 'atty', 'lawyer'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
  ['chairman', 'chairwoman', 'chair', 'chairperson'],
];

/** The role nouns that name the same office as `role` (itself included). */
export function sameRole(role: string): Set<string> {
  const names = new Set([role]);
  for (const group of ROLE_SYNONYMS) if (group.includes(role)) for (const r of group) names.add(r);
  return names;
}

/** Plural nouns that name an anonymous group of sources on their own ("officials said"). */
export const ANONYMOUS_PLURALS: readonly string[] = [
  'officials', 'sources', 'aides', 'advisers', 'advisors', 'analysts', 'experts', 'critics', 'observers',
  'insiders', 'diplomats', 'lawmakers', 'investigators', 'prosecutors', 'police', 'authorities',
  'witnesses', 'residents', 'organizers', 'organisers', 'supporters', 'opponents', 'economists',
  'strategists', 'staffers', 'people', 'republicans', 'democrats', 'voters', 'scientists', 'researchers',
  // the commonest plural sources of PolNeAR train besides those (its gold Source spans' last words)
  'candidates', 'leaders', 'allies', 'groups', 'americans', 'others', 'senators', 'members', 'rivals', 'politicians',
  'conservatives', 'liberals', 'progressives', 'advocates', 'activists', 'donors', 'delegates', 'superdelegates',
  'executives', 'friends', 'attendees', 'protesters', 'lawyers', 'employees', 'operatives', 'backers', 'workers',
  // documents in the plural stand alone too ("polls show", "records indicate")
  'polls', 'surveys', 'studies', 'reports', 'records', 'documents', 'data', 'figures', 'estimates', 'statistics', 'filings', 'emails',
];

/** People who speak for an organisation: "a spokesman for the ministry" is the ministry speaking. */
export const SPOKESPERSON_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'spokesmen', 'spokeswomen', 'spokespeople',
]);

/**
 * Capitalised words that label a paragraph rather than name its speaker
 * ("UPDATE: …", "Twitter: …"), lower case; an interview's "Q:" and "A:"
 * (single letters) are left out by rule.
 */
export const PARAGRAPH_LABELS: ReadonlySet<string> = new Set([
  'update', 'updated', 'updates', 'correction', 'corrections', 'clarification', 'note', 'notes', 'contributing',
  'related', 'source', 'sources', 'photo', 'photos', 'video', 'videos', 'watch', 'read', 'listen', 'breaking',
  'exclusive', 'analysis', 'opinion', 'editorial', 'commentary', 'live', 'twitter', 'facebook', 'instagram',
  'transcript', 'warning', 'disclosure', 'caption', 'credit', 'credits', 'more', 'also', 'advertisement',
  'sponsored', 'background', 'context', 'summary', 'highlights', 'timeline', 'results', 'total', 'totals',
  'question', 'answer', 'example', 'examples', 'bottom line', 'the bottom line', 'location', 'date', 'time',
  'when', 'where', 'what', 'who', 'why', 'how', 'tip', 'tips', 'vote', 'votes',
]);

/** Title words that say a person's gender ("Mr.", "congresswoman"). Lower case. */
export const GENDERED_TITLES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'], ['mr.', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'],
  ['congressman', 'male'], ['spokesman', 'male'], ['chairman', 'male'], ['councilman', 'male'], ['father', 'male'],
  ['businessman', 'male'], ['brother', 'male'], ['uncle', 'male'],
  ['mrs', 'female'], ['mrs.', 'female'], ['ms', 'female'], ['ms.', 'female'], ['miss', 'female'], ['lady', 'female'],
  ['queen', 'female'], ['princess', 'female'], ['congresswoman', 'female'], ['spokeswoman', 'female'],
  ['chairwoman', 'female'], ['councilwoman', 'female'], ['businesswoman', 'female'], ['sister', 'female'], ['aunt', 'female'],
  ['dame', 'female'], ['madam', 'female'],
]);

/**
 * Third-person singular pronouns that refer back to a subject, by gender:
 * after a name in its sentence they are evidence of that person's gender
 * ("Cat added that when she found…"). Not "him" and "her", which are as
 * often someone else ("a stranger held onto her").
 */
export const GENDERED_PRONOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'], ['his', 'male'], ['himself', 'male'],
  ['she', 'female'], ['herself', 'female'],
]);

/** Words after a name that are part of it but not its surname: "Vicente Sotto III", "Martin Luther King Jr.". Lower case, no full stop. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'snr', 'jnr']);

/**
 * Role nouns of an office that a definite description may use for the person
 * the article is about though no name was given that title ("the Russian
 * leader" for President Putin): only these fall back to the last person
 * quoted. Any other role ("the lawyer", "her attorney", "the father of one
 * of the victims") is a speaker of its own unless someone was given it.
 */
export const OFFICE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'leader', 'premier', 'chancellor', 'minister', 'senator', 'congressman', 'congresswoman',
  'governor', 'mayor', 'candidate', 'nominee', 'frontrunner', 'king', 'queen', 'prince', 'princess', 'chairman',
  'chairwoman', 'ceo', 'incumbent', 'challenger', 'billionaire', 'mogul', 'businessman', 'businesswoman', 'lawmaker',
  'legislator', 'politician', 'democrat', 'republican', 'pope', 'emir', 'sheikh', 'ayatollah', 'boss', 'star',
]);

/**
 * compromise tags that say a capitalised word is not a name on its own
 * ("Claims" a verb, "Irish" and "Interesting" adjectives, "Nobody" a pronoun).
 */
export const NOT_NAME_TAGS: readonly string[] = [
  'Verb', 'Adjective', 'Adverb', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord', 'Value',
  'Date', 'Expression', 'Demonym',
];

/** compromise tags that are evidence of a name. */
export const NAME_TAGS: readonly string[] = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Organization', 'Honorific'];

/** Determiners that introduce someone new ("a spokesman", "two officials"), never an earlier person. */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'other']);

/** Lower-case particles inside names: "Ursula von der Leyen", "Bashar al-Assad". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'der', 'van', 'von', 'bin', 'al', 'la', 'le', 'da', 'di', 'du', 'dos', 'ibn']);

/** Words that may stand between a subject and its reporting verb ("Putin also said", "she has said"); -ly adverbs too. */
export const CUE_AUXILIARIES: ReadonlySet<string> = new Set(['also', 'later', 'then', 'again', 'further', 'once', 'recently', 'previously', 'earlier', 'has', 'had', 'have', 'would', 'will']);

/** Relative pronouns that are the subject of their clause ("Mike Lee, who declared…"). */
export const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/** Prepositions: a name right after one is its object, not a subject ("Victim of Florida Roller Coaster Derailment Reveals…"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'into', 'about', 'after', 'before', 'against',
  'during', 'over', 'under', 'between', 'among', 'through', 'without', 'toward', 'towards', 'near', 'via',
]);

/**
 * Words that open a relative clause about a noun before them ("the remarks,
 * which he called…", "Clinton, whom he called…"): a subject after one belongs
 * to that clause. ("That" is left out: it as often opens a reported clause.)
 */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'what', 'where']);

/** Nouns of something said or written that, ending an introduction, hand over to the quotation ("Trump issued a statement, “…”"). */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'tweet', 'post', 'message', 'letter', 'email', 'note', 'reply', 'response']);
