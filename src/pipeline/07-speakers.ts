/**
 * Stage 7, speakers: turn each attribution's mention into a speaker with a
 * canonical name, a kind and a title, so that "Putin", "President Vladimir
 * Putin", "he" and "the Russian president" all come out as "Vladimir Putin".
 *
 * Names are matched to the longest full form the document uses outside
 * quotations ("Putin" → "Vladimir Putin"), with title words set apart
 * ("President"). Pronouns and role nominals take the most recent person
 * speaker, preferring one whose title has the nominal's role noun.
 */
import {
  ANONYMOUS_NOUNS,
  ANONYMOUS_PLURALS,
  SPOKESPERSON_NOUNS,
  DOCUMENT_NOUNS,
  MENTION_DETERMINERS,
  NAME_TITLES,
  NON_NAME_CAPITALS,
  ORGANIZATION_NOUNS,
  PERSON_ROLE_NOUNS,
  SUBJECT_PRONOUNS,
  sameRole,
} from '../lexicon/mentions.js';
import { tagsOf } from '../nlp.js';
import { NAME, eachMatch, headNoun, lazyPattern } from '../sieves/grammar.js';
import { countBefore, overlapsAny } from '../spans.js';
import type { Mention, Quotation, Span, Speaker, SpeakerKind, SpeakerSummary } from '../types.js';
import type { Attribution } from './06-attribution.js';
import { recordKind } from '../objects.js';

/** Speakers, records of their own kind (see objects.ts). */
const { defined, extend } = recordKind();

/** A person or organisation named in the document, under its longest name. */
interface Entity {
  name: string;
  /** Lower-case last word of the name, the key short mentions use. */
  key: string;
  title?: string;
  kind: SpeakerKind;
  /** From a title (Mr., Ms., congresswoman) or a first name; undefined when unknown. */
  gender?: Gender;
  /**
   * The first name the gender is to be read from, when no title gave it: the
   * tagger is asked on first need (most names never need a gender).
   */
  firstName?: string;
  /** The gender was looked for with a first name at hand: do not look again. */
  genderKnown?: boolean;
}

type Gender = 'male' | 'female';

/** How many names back a pronoun or role nominal looks for its antecedent. */
const ANTECEDENT_LOOKBACK = 100;

/**
 * The places where the document names an entity, outside quotations, in
 * text order: side by side, the i-th place's offset, entity, and the words
 * just before the name, lower case ("former secretary of state"), where a
 * role may stand. (Three arrays, not an object per place: a long document
 * names a hundred thousand.)
 */
interface Occurrences {
  starts: number[];
  entities: Entity[];
  contexts: string[];
}

/** How far before a name its role may stand ("former Secretary of State Victor Hale"). */
const ROLE_CONTEXT = 40;

/** An appositive right after a name whose head noun may be an organisation word: ", the town's football club,". */
const ORGANIZATION_APPOSITIVE = /^,\s+(?:the|a|an)\s[^,.;]{0,50}?(\p{L}+),/u;

/** Every name in a text. */
const NAMES = lazyPattern(NAME, 'gu');

/** A first name, a nickname in quotation marks, a last name. */
const NICKNAMED = /(\p{Lu}[\p{L}’'\-]+)\s+["“‘][^"”’\n]{1,30}["”’]\s+(\p{Lu}[\p{L}’'\-]+)/gu;

/** Words that may make up a role before a name, besides the title words: "former Secretary of State". */
const ROLE_GLUE = new Set(['of', 'the', 'former', 'ex', 'then', 'elect', 'for', 'and']);

/** A whitespace character, as \s has it. */
const SPACE = /\s/u;

/**
 * The role words standing right before a name, as written, back to the
 * first word that is not part of a role: "former Secretary of" before
 * "State Victor Hale", "US president elect" before "Donald J. Trump".
 * The words of the ROLE_CONTEXT characters before the name are read from
 * the name backwards, so that no more is split than the role holds (most
 * names have none).
 */
function roleWordsBefore(text: string, offset: number): string[] {
  const start = Math.max(0, offset - ROLE_CONTEXT);
  const role: string[] = [];
  let end = offset;
  // a word glued to the name ("(Putin", "“Putin") is not one of them
  while (end > start && !SPACE.test(text[end - 1]!)) end--;
  for (;;) {
    while (end > start && SPACE.test(text[end - 1]!)) end--;
    if (end === start) break;
    let begin = end;
    while (begin > start && !SPACE.test(text[begin - 1]!)) begin--;
    const word = text.slice(begin, end);
    const lower = word.toLowerCase();
    // a sentence or clause ends here ("…the mayor. Mayor Ines Ortiz"); "Sen." is an abbreviation, not an end
    if (/[,;:!?]$/u.test(lower) || (/\.$/u.test(lower) && lower.length > 5)) break;
    if (!(NAME_TITLES.has(lower.replace(/\.$/, '')) || PERSON_ROLE_NOUNS.has(lower) || ROLE_GLUE.has(lower))) break;
    role.unshift(word);
    end = begin;
  }
  while (role.length > 0 && ROLE_GLUE.has(role[0]!.toLowerCase()) && role[0] !== 'former') role.shift();
  return role;
}

/** Title words that say a person's gender. */
const GENDERED_TITLES: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'], ['mr.', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'],
  ['congressman', 'male'], ['spokesman', 'male'], ['chairman', 'male'], ['councilman', 'male'], ['father', 'male'],
  ['mrs', 'female'], ['mrs.', 'female'], ['ms', 'female'], ['ms.', 'female'], ['miss', 'female'], ['lady', 'female'],
  ['queen', 'female'], ['princess', 'female'], ['congresswoman', 'female'], ['spokeswoman', 'female'],
  ['chairwoman', 'female'], ['councilwoman', 'female'], ['businesswoman', 'female'],
]);

/** The pronoun's gender, for the pronouns that have one. */
const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);

/** Gender from title words. */
function genderOfTitle(title: string[]): Gender | undefined {
  for (const word of title) {
    const gender = GENDERED_TITLES.get(word.toLowerCase());
    if (gender) return gender;
  }
  return undefined;
}

/** Gender from a first name the tagger knows. */
function genderOfFirstName(first: string): Gender | undefined {
  const tags = tagsOf(first);
  if (tags.has('FemaleName') && !tags.has('MaleName')) return 'female';
  if (tags.has('MaleName') && !tags.has('FemaleName')) return 'male';
  return undefined;
}

/** The entity's gender, from its title, else from its first name (asked of the tagger once, on first need). */
function entityGender(entity: Entity): Gender | undefined {
  if (entity.firstName !== undefined) {
    entity.gender = genderOfFirstName(entity.firstName);
    delete entity.firstName;
  }
  return entity.gender;
}

interface NameParts {
  title: string[];
  name: string[];
}

/** Words of a name with a possessive and a parenthetical removed ("Putin’s", "Cruz (R-Texas)"). */
function nameWords(words: string): string[] {
  return words
    .replace(/\s*\([^)]*\)/gu, '')
    .split(/\s+/u)
    .map((w) => w.replace(/['’]s$/u, ''))
    .filter((w) => w.length > 0);
}

/** Splits "President Vladimir Putin" into title ["President"] and name ["Vladimir", "Putin"]. */
function splitTitle(words: string[]): NameParts {
  const isTitle = (w: string): boolean => NAME_TITLES.has(w.toLowerCase().replace(/\.$/, ''));
  let i = 0;
  while (i < words.length - 1 && (isTitle(words[i]!) || NON_NAME_CAPITALS.has(words[i]!.toLowerCase()))) i++;
  // "Finance Minister Gustav Rehn", "Defense Secretary Ash Carter": a modifier before a title word
  for (let j = Math.min(MAX_TITLE_WORDS, words.length - 2); j > i; j--) {
    if (isTitle(words[j]!)) {
      i = j + 1;
      break;
    }
  }
  const title = words.slice(0, i).filter((w) => !NON_NAME_CAPITALS.has(w.toLowerCase()));
  return { title, name: words.slice(i) };
}

/** How many words before a name may make up its title ("Senate Majority Leader Mitch McConnell"). */
const MAX_TITLE_WORDS = 3;

function lastWordKey(name: string[]): string {
  return (name.at(-1) ?? '').toLowerCase();
}

/** Organisation when a word says so ("Committee", "MSNBC") or the tagger knows it; else a person. */
function nameKind(name: string[]): SpeakerKind {
  if (name.some((w) => ORGANIZATION_NOUNS.has(w.toLowerCase()))) return 'organization';
  if (name.length === 1 && /^\p{Lu}{2,}$/u.test(name[0]!)) return 'organization';
  const tagged = tagsOf(name.join(' '));
  return tagged.has('Organization') && !tagged.has('Person') ? 'organization' : 'person';
}

/** The entity's kind, decided on first need (the tagger is not run for names nobody asks about). */
function entityKind(entity: Entity): SpeakerKind {
  if (entity.kind === 'unknown') entity.kind = nameKind(entity.name.split(' '));
  return entity.kind;
}

/**
 * Every name the document uses outside quotations, keyed by its last word and
 * kept under its longest form, with every place it occurs.
 */
function collectEntities(text: string, quotations: Quotation[], nonBody: Span[]): { entities: Map<string, Entity>; occurrences: Occurrences } {
  const entities = new Map<string, Entity>();
  const occurrences: Occurrences = { starts: [], entities: [], contexts: [] };
  // quotations and non-body lines (a byline, a caption) name no speaker
  const parts = [...quotations.flatMap((q) => q.parts), ...nonBody].sort((a, b) => a.start - b.start);
  // Jim "The Hammer" Kowal: the name around a quoted nickname
  for (const m of eachMatch(NICKNAMED, text)) {
    const name = `${m[1]} ${m[2]}`;
    const key = m[2]!.toLowerCase();
    if (!entities.has(key)) entities.set(key, { name, key, kind: 'person' });
  }
  for (const m of eachMatch(NAMES(), text)) {
    if (overlapsAny(parts, { start: m.index, end: m.index + m[0].length })) continue;
    const words = splitTitle(nameWords(m[0]));
    const name = words.name;
    // "The", "Secretary" alone are not names (about a fifth of the matches: no role is looked for before them)
    if (name.length === 0 || (name.length === 1 && (NON_NAME_CAPITALS.has(name[0]!.toLowerCase()) || NAME_TITLES.has(name[0]!.toLowerCase().replace(/\.$/, ''))))) continue;
    const title = [...roleWordsBefore(text, m.index), ...words.title];
    const key = lastWordKey(name);
    let entity = entities.get(key);
    if (!entity) {
      entity = { name: name.join(' '), key, kind: 'unknown' };
      entities.set(key, entity);
    } else if (name.join(' ').length > entity.name.length) {
      entity.name = name.join(' ');
    }
    if (!entity.title && title.length > 0) entity.title = title.join(' ');
    // "Greenfield Rovers, the town's football club,": an appositive that names an organisation
    const appositive = ORGANIZATION_APPOSITIVE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
    if (appositive && ORGANIZATION_NOUNS.has(appositive[1]!.toLowerCase())) entity.kind = 'organization';
    // the first occurrence with a gendered title or a first name decides the gender
    if (!entity.genderKnown) {
      entity.gender = genderOfTitle(title);
      if (entity.gender === undefined && name.length > 1) entity.firstName = name[0]!;
      entity.genderKnown = entity.gender !== undefined || name.length > 1;
    }
    occurrences.starts.push(m.index);
    occurrences.entities.push(entity);
    occurrences.contexts.push(title.join(' ').toLowerCase());
  }
  return { entities, occurrences };
}

/** True when a title ("Rep.", "Russian President") or the words before a name hold the role noun or one naming the same office. */
function hasRole(words: string | undefined, role: string): boolean {
  if (!words) return false;
  const roles = sameRole(role);
  return words.toLowerCase().split(/[^\p{L}]+/u).some((w) => roles.has(w));
}

/** "Parents said…", "Teachers warn…": one capitalised word opening a sentence that is a common plural noun, not a name. */
function isCommonPlural(mention: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(mention)) return false;
  const tagged = tagsOf(mention.toLowerCase());
  return tagged.has('Plural') && !tagged.has('Person') && !tagged.has('ProperNoun');
}

/** How far before a relative "who" the name it stands for may start ("Lindsey Graham (R-S.C.), a senator, who…"). */
const RELATIVE_REACH = 120;

/** Determiners that introduce someone new ("a spokesman", "two officials"), never an earlier person. */
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'other']);

function isNominal(mention: string): boolean {
  return MENTION_DETERMINERS.has(mention.split(/\s+/u)[0]!.toLowerCase());
}

/** A share of the people polled: "47 percent", "Six in 10 voters". */
const SHARE_OF_PEOPLE = /^(?:(?:more|fewer|less) than |nearly |about |almost |over |just |only )?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)(?: percent| per cent|%| in )/iu;
/** A name's possession, then lower-case words: "Romney's associates". */
const POSSESSIVE_NOMINAL = /^\p{Lu}[^']*?['’]s?\s\p{Ll}[\p{Ll}\s\-]*$/u;

/** A description in lower case, then a name of two or more capitalised words. */
const NAME_AFTER_DESCRIPTION = /^(.*\p{Ll}[\p{L}'’]*\s)(\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s\p{Lu}[\p{L}\p{M}'’.\-]*)+)$/u;

/** A relative pronoun between a mention and its cue: "Graham, who says", "the report, which found". */
const RELATIVE_PRONOUN = /^,\s+(who|which)\s+(?:\p{Ll}+\s+){0,2}$/u;

/**
 * "Graham, who says the allies should send troops": the cue's subject, the
 * words at the quote naming the speaker, is "who" (as PolNeAR marks the
 * source); the name it stands for is the mention before it. Null when the
 * mention is the cue's subject itself.
 */
function relativeSubject(text: string, mention: Mention, cue: Span): Mention | null {
  if (cue.start <= mention.end) return null;
  const m = RELATIVE_PRONOUN.exec(text.slice(mention.end, cue.start));
  if (!m) return null;
  const start = mention.end + m[0].indexOf(m[1]!, 1);
  return { text: m[1]!, start, end: start + m[1]!.length };
}

/** One speaker (or null) per attribution, in the same order. */
export function resolveSpeakers(text: string, quotations: Quotation[], attributions: Attribution[], nonBody: Span[] = []): (Speaker | null)[] {
  const { entities, occurrences } = collectEntities(text, quotations, nonBody);
  const { starts, entities: occurring, contexts } = occurrences;
  const speakers: (Speaker | null)[] = [];
  /** Person speakers so far, most recent last. */
  const recentPeople: { name: string; title?: string; entity?: Entity }[] = [];

  const fromName = (mention: Mention): Speaker => {
    const { title, name } = splitTitle(nameWords(mention.text));
    const entity = entities.get(lastWordKey(name));
    const canonical = entity?.name ?? name.join(' ');
    const kind = entity ? entityKind(entity) : nameKind(name);
    const speakerTitle = title.length > 0 ? title.join(' ') : entity?.title;
    return defined({ name: canonical, kind, title: speakerTitle || undefined, mention });
  };

  /**
   * "he", "the president": a person named before the mention whose title holds
   * the role, most recent first; else the most recent person speaker; else the
   * most recent person named.
   */
  /** The most recent name before `offset` that passes `test`, looking back a bounded way. */
  const lastNamed = (offset: number, test: (entity: Entity, context: string) => boolean): Entity | undefined => {
    const before = countBefore(starts, offset);
    for (let i = before - 1; i >= Math.max(0, before - ANTECEDENT_LOOKBACK); i--) {
      if (test(occurring[i]!, contexts[i]!)) return occurring[i];
    }
    return undefined;
  };

  /** The first name at or after `offset` that passes `test` (no copy of the rest of a long document's names). */
  const firstNamed = (offset: number, test: (entity: Entity, context: string) => boolean): Entity | undefined => {
    for (let i = countBefore(starts, offset); i < starts.length; i++) {
      if (test(occurring[i]!, contexts[i]!)) return occurring[i];
    }
    return undefined;
  };

  const fromAntecedent = (mention: Mention, role?: string, gender?: Gender): Speaker => {
    const fits = (candidate: Entity | undefined): boolean => {
      if (!gender || !candidate) return true;
      const known = entityGender(candidate);
      return !known || known === gender;
    };
    // "the president" is not the president-elect nor the former president
    const qualifiers = (words: string | undefined): string[] => (words?.toLowerCase().match(/\b(?:elect|former|designate|ex)\b/gu) ?? []).sort();
    const sameStanding = (words: string | undefined): boolean => qualifiers(words).every((q) => qualifiers(mention.text).includes(q));
    const holdsRole = (entity: Entity, context: string): boolean =>
      (hasRole(entity.title, role!) && sameStanding(entity.title)) || (hasRole(context, role!) && sameStanding(context));
    // a headline's "the president" may come before the name: then the first holder of the role after it
    const byRole = role ? (lastNamed(mention.start, holdsRole) ?? firstNamed(mention.start, holdsRole)) : undefined;
    const antecedent =
      byRole ??
      recentPeople.findLast((person) => fits(person.entity)) ??
      lastNamed(mention.start, (entity) => entityKind(entity) === 'person' && fits(entity));
    if (!antecedent) return { name: null, kind: 'person', mention };
    return defined({ name: antecedent.name, kind: 'person' as const, title: antecedent.title || undefined, mention });
  };

  const fromMention = (mention: Mention): Speaker => {
    // "He’s said…", "They'd argued…": the pronoun, its clitic aside
    const lower = mention.text.toLowerCase().replace(/^(\p{L}+)['’](?:s|d|ll|ve|re)$/u, (whole, word: string) => (SUBJECT_PRONOUNS.has(word) ? word : whole));
    const pronounKind = SUBJECT_PRONOUNS.get(lower);
    if (pronounKind === 'person') return fromAntecedent(mention, undefined, PRONOUN_GENDER.get(lower));
    if (lower === 'they' || lower === 'it') {
      // "they said in a statement": the organisation named last, if one was
      const organization = lastNamed(mention.start, (entity) => entityKind(entity) === 'organization');
      if (organization) return { name: organization.name, kind: 'organization', mention };
    }
    if (pronounKind) return { name: null, kind: 'unknown', mention };
    // "Graham, who says…": a relative pronoun stands for the name right before it, in its sentence
    if (lower === 'who') {
      const i = countBefore(starts, mention.start) - 1;
      const between = i >= 0 ? text.slice(starts[i], mention.start) : '';
      if (i >= 0 && between.length <= RELATIVE_REACH && !/[.!?;]\s/u.test(between)) {
        const before = occurring[i]!;
        return defined({ name: before.name, kind: entityKind(before), title: before.title || undefined, mention });
      }
      return { name: null, kind: 'person', mention };
    }
    const head = headNoun(mention.text);
    // "officials", "U.S. officials", "senior aides": an anonymous group
    const singular = head.replace(/ies$/u, 'y').replace(/s$/u, '');
    if (ANONYMOUS_PLURALS.includes(head) || isCommonPlural(mention.text)) {
      // "polls show…", "records indicate…": documents; "officials said…": anonymous people
      const kind = DOCUMENT_NOUNS.has(head) || DOCUMENT_NOUNS.has(singular) ? 'document' : 'anonymous';
      return { name: mention.text, kind, mention };
    }
    // a headline's "Mayor says…", "President vows…": a title alone stands for whoever holds it
    if (!/\s/u.test(mention.text) && PERSON_ROLE_NOUNS.has(lower) && NAME_TITLES.has(lower)) return fromAntecedent(mention, lower);
    // "47 percent", "more than 4 in 10": a share of those polled
    if (SHARE_OF_PEOPLE.test(mention.text)) return { name: mention.text, kind: 'anonymous', mention };
    // "Romney's associates", "Clinton's campaign manager": someone the text describes but does not name
    if (POSSESSIVE_NOMINAL.test(mention.text)) {
      // "the mayor's spokesman" speaks for an office; "Romney's associates" are an anonymous group
      const kind: SpeakerKind = ORGANIZATION_NOUNS.has(head) || SPOKESPERSON_NOUNS.has(head) ? 'organization' : head !== singular ? 'anonymous' : 'person';
      return { name: mention.text, kind, mention };
    }
    // a name has a capital; "early results", "state officials" without a determiner are nominals all the same
    if (!isNominal(mention.text) && /\p{Lu}/u.test(mention.text)) return fromName(mention);
    // "Her colleague Bruno Ashe", "the company's chief executive Tim Cook": the name at the end speaks, described by the rest
    const named = NAME_AFTER_DESCRIPTION.exec(mention.text);
    if (named) {
      const offset = named.index + named[1]!.length;
      const speaker = fromName({ text: named[2]!, start: mention.start + offset, end: mention.end });
      return extend(speaker, { mention, title: speaker.title ?? named[1]!.trim() });
    }
    const indefinite = INDEFINITE.has(mention.text.split(/\s+/u)[0]!.toLowerCase());
    // "a spokesman for the ministry" speaks for the organisation
    if (SPOKESPERSON_NOUNS.has(head) && /\s(?:for|of)\s/u.test(mention.text)) return { name: mention.text, kind: 'organization', mention };
    if (PERSON_ROLE_NOUNS.has(head) && !ANONYMOUS_NOUNS.has(head) && !indefinite) return fromAntecedent(mention, head);
    const kind: SpeakerKind = ORGANIZATION_NOUNS.has(head)
      ? 'organization'
      : DOCUMENT_NOUNS.has(head)
        ? 'document'
        : ANONYMOUS_NOUNS.has(head) || (indefinite && PERSON_ROLE_NOUNS.has(head))
          ? 'anonymous'
          : 'unknown';
    return { name: mention.text, kind, mention };
  };

  /** An appositive's title goes on the speaker and on their entity, so a later "the doctor" finds them. */
  const withTitle = (speaker: Speaker, title: string): Speaker => {
    const entity = speaker.name ? entities.get(lastWordKey(speaker.name.split(' '))) : undefined;
    if (entity && !entity.title) entity.title = title;
    return extend(speaker, { title });
  };

  for (const attribution of attributions) {
    let speaker: Speaker | null = null;
    if (attribution.continues !== null) {
      const inherited = speakers[attribution.continues];
      speaker = inherited ? extend(inherited, { mention: null }) : null;
    } else if (attribution.mention) {
      speaker = fromMention(attribution.mention);
      if (attribution.title) speaker = withTitle(speaker, attribution.title);
      const relative = attribution.cue ? relativeSubject(text, attribution.mention, attribution.cue) : null;
      if (relative) speaker = extend(speaker, { mention: relative });
    }
    if (speaker?.name && speaker.kind === 'person') {
      const entity = entities.get(lastWordKey(speaker.name.split(' ')));
      recentPeople.push({ name: speaker.name, ...(speaker.title ? { title: speaker.title } : {}), ...(entity ? { entity } : {}) });
    }
    speakers.push(speaker);
  }
  return speakers;
}

/** One summary per named speaker, in order of first quote. */
export function summarizeSpeakers(speakers: (Speaker | null)[]): SpeakerSummary[] {
  const byName = new Map<string, SpeakerSummary>();
  for (const speaker of speakers) {
    if (!speaker?.name) continue;
    let summary = byName.get(speaker.name);
    if (!summary) {
      summary = { name: speaker.name, kind: speaker.kind, ...(speaker.title ? { title: speaker.title } : {}), quotes: 0, mentions: [] };
      byName.set(speaker.name, summary);
    }
    summary.quotes++;
    if (speaker.mention && !summary.mentions.includes(speaker.mention.text)) summary.mentions.push(speaker.mention.text);
  }
  return [...byName.values()];
}
