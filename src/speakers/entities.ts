/**
 * The people and organisations a document names, as entities: a full name,
 * its aliases (surname, first name, "Mr. X"), titles and roles, gender when
 * the text or the name says so, and kind. Speaker resolvers (resolvers/) look
 * mentions up here.
 *
 * Names are found outside quotations and non-body lines. A name of two or
 * more words is an entity of its own (so "Betty Rowbotham" and "Beverly
 * Rowbotham" stay two people); a one-word name ("Rowbotham", "Dr Yaacob",
 * "Ole") is an alias, resolved at its place to the nearest entity it can name
 * (the closest earlier full name with that surname or first name, else the
 * first later one); one with none is an entity of its own. A capitalised word
 * is a name only with evidence: a second capitalised word, a title, a tag of
 * compromise's lexicon, or a capital where no sentence starts.
 */
import {
  GENDERED_PRONOUNS,
  GENDERED_TITLES,
  NAME_SUFFIXES,
  NAME_TAGS,
  NAME_TITLES,
  NON_NAME_CAPITALS,
  NOT_NAME_TAGS,
  ORGANIZATION_NOUNS,
  PERSON_ROLE_NOUNS,
  TITLE_MODIFIERS,
} from '../lexicon/mentions.js';
import { REPORTING_VERB_FORMS } from '../lexicon/reporting-verbs.js';
import { tagsOf, wordClasses } from '../nlp.js';
import { NAME, eachMatch, lazyPattern } from '../sieves/grammar.js';
import { countBefore, indexAt, overlapsAny } from '../spans.js';
import type { Paragraph, Quotation, Sentence, Span } from '../types.js';

export type Gender = 'male' | 'female';
/** What a name names; a place ("Saudi Arabia") may speak as an organisation but is never "he" or "she". */
export type EntityKind = 'person' | 'organization' | 'place' | 'unknown';

export interface Entity {
  /** The longest form of the name the document uses, titles aside. */
  name: string;
  /** Lower-case words of the name. */
  words: string[];
  /** Lower-case surname: the last word that is not a suffix ("sotto" of "Vicente Sotto III"). */
  surname: string;
  /** Lower-case first word, when the name has two or more. */
  first?: string;
  title?: string;
  /** Lower-case role words the text gives the entity (titles, words before its name, appositives). */
  roles: Set<string>;
  kind: EntityKind;
  /** Gender from a title, else from the first name, else from pronouns after the name; undefined when unknown. */
  gender?: Gender;
  /** Votes of pronouns after the name in its sentence: [male, female]. */
  votes: [number, number];
  /** The gender was given by a title: the strongest evidence. */
  titled?: boolean;
  /** The kind was decided (the tagger is asked on first need). */
  kindKnown?: boolean;
}

/** The places where the document names an entity, in text order. */
export interface Occurrence extends Span {
  entity: Entity;
  /** Lower-case role words right before the name ("former secretary of state"). */
  context: string;
}

/** How far before a name its role may stand ("former Secretary of State Victor Hale"). */
const ROLE_CONTEXT = 40;
/** Words that may make up a role before a name, besides the title words: "former Secretary of State". */
const ROLE_GLUE = new Set(['of', 'the', 'former', 'ex', 'then', 'elect', 'for', 'and']);
const SPACE = /\s/u;

/** The role words standing right before a name, as written ("former Secretary of" before "State Victor Hale"). */
export function roleWordsBefore(text: string, offset: number): string[] {
  const start = Math.max(0, offset - ROLE_CONTEXT);
  const role: string[] = [];
  let end = offset;
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

/** Words of a name with a possessive, a parenthetical and a quoted nickname removed ("Putin’s", "Cruz (R-Texas)", "Francis ‘Chiz’ Escudero"). */
export function nameWords(words: string): string[] {
  return words
    .replace(/\s*\([^)]*\)/gu, '')
    .split(/\s+/u)
    .map((w) => w.replace(/['’]s$/u, '').replace(/['’]$/u, ''))
    .filter((w) => w.length > 0);
}

export interface NameParts {
  title: string[];
  name: string[];
}

/** How many words before a name may make up its title ("Senate Majority Leader Mitch McConnell"). */
const MAX_TITLE_WORDS = 3;

/** A title word: "President", "Sen.", "Senator-elect". */
const isTitleWord = (w: string): boolean => NAME_TITLES.has(w.toLowerCase().replace(/\.$/, '').replace(/-elect$/u, ''));

/** A reporting verb in the past opening a name, as in an inverted attribution: "Stated Stone", "Added Hale". */
const isInvertedCue = (word: string): boolean => word.endsWith('ed') && REPORTING_VERB_FORMS.has(word.toLowerCase());

/**
 * Splits "President Vladimir Putin" into title ["President"] and name
 * ["Vladimir", "Putin"]. An organisation keeps its words: "The White House"
 * is "White House", "The Garda Press Office" is "Garda Press Office".
 */
export function splitTitle(words: string[]): NameParts {
  let lead = 0;
  while (lead < words.length - 1 && (NON_NAME_CAPITALS.has(words[lead]!.toLowerCase()) || isInvertedCue(words[lead]!))) lead++;
  const rest = words.slice(lead);
  if (rest.length > 1 && ORGANIZATION_NOUNS.has(rest.at(-1)!.toLowerCase())) return { title: [], name: rest };
  let i = 0;
  while (i < rest.length - 1 && (isTitleWord(rest[i]!) || NON_NAME_CAPITALS.has(rest[i]!.toLowerCase()))) i++;
  // "Deputy Superintendent Imran Malik": the word a modifier modifies is a title too
  if (i > 0 && i < rest.length - 2 && TITLE_MODIFIERS.has(rest[i - 1]!.toLowerCase())) i++;
  // "Finance Minister Gustav Rehn", "Defense Secretary Ash Carter": a modifier before a title word
  for (let j = Math.min(MAX_TITLE_WORDS, rest.length - 2); j > i; j--) {
    if (isTitleWord(rest[j]!)) {
      i = j + 1;
      break;
    }
  }
  const title = rest.slice(0, i).filter((w) => !NON_NAME_CAPITALS.has(w.toLowerCase()));
  return { title, name: rest.slice(i) };
}

/** The surname: the last word that is not a suffix ("Sotto" of "Vicente Sotto III"). */
function surnameOf(lower: string[]): string {
  for (let i = lower.length - 1; i > 0; i--) if (!NAME_SUFFIXES.has(lower[i]!.replace(/\.$/, ''))) return lower[i]!;
  return lower[0] ?? '';
}

function genderOfTitle(title: readonly string[]): Gender | undefined {
  for (const word of title) {
    const gender = GENDERED_TITLES.get(word.toLowerCase());
    if (gender) return gender;
  }
  return undefined;
}

/** Gender from a first name compromise knows. */
function genderOfFirstName(first: string): Gender | undefined {
  const tags = tagsOf(first);
  if (tags.has('FemaleName') && !tags.has('MaleName')) return 'female';
  if (tags.has('MaleName') && !tags.has('FemaleName')) return 'male';
  return undefined;
}

/** Organisation when a word says so ("Committee", "MSNBC") or the tagger knows it; a place when the tagger says so; else a person. */
export function nameKind(words: readonly string[]): EntityKind {
  if (words.some((w) => ORGANIZATION_NOUNS.has(w.toLowerCase()))) return 'organization';
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0]!)) return 'organization';
  const tagged = tagsOf(words.join(' '));
  if (tagged.has('Person') || (words.length > 1 && tagsOf(words[0]!).has('FirstName'))) return 'person';
  if (tagged.has('Organization')) return 'organization';
  if (tagged.has('Place')) return 'place';
  return 'person';
}

/** The entity's kind, decided on first need (the tagger is not run for names nobody asks about). */
export function entityKind(entity: Entity): EntityKind {
  if (!entity.kindKnown) {
    if (entity.kind === 'unknown') entity.kind = nameKind(entity.name.split(' '));
    entity.kindKnown = true;
  }
  return entity.kind;
}

/** The entity's gender: a title's, else the first name's, else the pronouns' after its name. */
export function entityGender(entity: Entity): Gender | undefined {
  if (entity.gender) return entity.gender;
  const [male, female] = entity.votes;
  if (male !== female) return male > female ? 'male' : 'female';
  return undefined;
}

/** True when the entity can be "he" or "she" (of that gender when given). */
export function canBePerson(entity: Entity, gender?: Gender): boolean {
  const kind = entityKind(entity);
  if (kind !== 'person' && kind !== 'unknown') return false;
  if (!gender) return true;
  const known = entityGender(entity);
  return !known || known === gender;
}

/** "Parents said…", "Teachers warn…": a capitalised word that is a common plural noun, not a name. */
export function isCommonPlural(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word)) return false;
  const tagged = tagsOf(word.toLowerCase());
  return tagged.has('Plural') && !tagged.has('Person') && !tagged.has('ProperNoun');
}

/** A first name, a nickname in quotation marks (any style, doubled marks too), a last name. */
const NICKNAMED = /(\p{Lu}[\p{L}’'\-]+)\s+(?:["“‘'’]{1,2})[^"”’'\n]{1,30}(?:["”’']{1,2})\s+(\p{Lu}[\p{L}’'\-]+)/gu;
/** Every name in a text. */
const NAMES = lazyPattern(NAME, 'gu');

/** A raw name found in the text, before it is given an entity. */
interface Found extends Span {
  name: string[];
  title: string[];
  context: string;
}

/**
 * What a one-word capitalised name is: a `name` (a title before it, an
 * acronym, a tag of compromise's that names, or a capital where none is
 * needed, or a word the lexicon does not know); `not` a name at all (a verb,
 * an adjective, a pronoun: "Claims", "Irish", "Interesting"); or a `common`
 * noun capitalised only because a sentence (or a title-case headline) opens
 * with it ("Victim", "Poll"), unless the text capitalises it elsewhere too.
 */
export function nameEvidence(word: string, title: readonly string[], capitalisedInside: ReadonlySet<string>, atStart: boolean): 'name' | 'not' | 'common' {
  if (title.length > 0 && !isTitleWord(word)) return 'name';
  if (/^\p{Lu}{2,}$/u.test(word) || /^(?:\p{Lu}\.)+$/u.test(word)) return 'name';
  const tags = tagsOf(word);
  if (NAME_TAGS.some((t) => tags.has(t))) return 'name';
  if (NOT_NAME_TAGS.some((t) => tags.has(t))) return 'not';
  if (isCommonPlural(word)) return 'common';
  if (!atStart || capitalisedInside.has(word)) return 'name';
  return wordClasses().has(word.toLowerCase()) ? 'common' : 'name';
}

export interface EntityIndex {
  /** Entities in order of first occurrence. */
  entities: Entity[];
  /** Occurrences in text order. */
  occurrences: Occurrence[];
  /** Occurrence starts, ascending (for binary search). */
  starts: number[];
  /** The entity of the name occurring inside `span` (the name a mention holds), if any. */
  inside(span: Span): Occurrence | undefined;
  /** The entity a name of these words names at `offset` (full name, surname or first name), if any. */
  lookup(name: readonly string[], offset: number, gender?: Gender): Entity | undefined;
  /** Words the text capitalises where no sentence starts (evidence that a word is a name). */
  capitalisedInside: ReadonlySet<string>;
  /** The organisation whose name holds this head noun ("board" of "Transportation Safety Board"), named nearest before `offset`. */
  lookupOrganization(head: string, offset: number): Entity | undefined;
}

/** Is this paragraph a headline: the document's first, with no sentence end, before a body. */
export function headlineOf(text: string, paragraphs: readonly Paragraph[]): Paragraph | null {
  const first = paragraphs[0];
  if (!first || paragraphs.length < 3) return null;
  const words = text.slice(first.start, first.end).trim();
  if (words.length > 200 || /[.!?]$/u.test(words)) return null;
  return first;
}

/** Title case: most words of four or more letters are capitalised. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.7;
}

/**
 * Every name the document uses outside quotations and non-body lines, made
 * into entities (see the module's comment).
 */
export function collectEntities(
  text: string,
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
  quotations: readonly Quotation[],
  nonBody: readonly Span[],
): EntityIndex {
  const hidden = [...quotations.flatMap((q) => q.parts), ...nonBody].sort((a, b) => a.start - b.start);
  const headline = headlineOf(text, paragraphs);
  const titleCase = headline !== null && isTitleCase(text.slice(headline.start, headline.end));
  const sentenceStarts = new Set<number>(sentences.map((s) => s.start));
  paragraphs.forEach((p) => sentenceStarts.add(p.start));
  /** Where a capital says nothing: a sentence's start, after an opening quotation mark or a colon, in a title-case headline. */
  const atStart = (offset: number): boolean => {
    if (titleCase && headline && offset >= headline.start && offset < headline.end) return true;
    if (sentenceStarts.has(offset)) return true;
    const before = text.slice(Math.max(0, offset - 3), offset);
    return /(?:^|[:"“‘'«—–-]\s*|[.!?]["”’']?\s+)$/u.test(before);
  };
  const found: Found[] = [];
  const capitalisedInside = new Set<string>();
  /** Nicknamed names by where their last name starts. */
  const nicknames = new Map<number, string[]>();
  for (const m of eachMatch(NICKNAMED, text)) nicknames.set(m.index + m[0].length - m[2]!.length, [m[1]!, m[2]!]);
  const nicknamedBefore = (f: Found): string[] | undefined => nicknames.get(f.end - (f.name[0]?.length ?? 0));
  for (const m of eachMatch(NAMES(), text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlapsAny(hidden, span)) continue;
    const parts = splitTitle(nameWords(m[0]));
    if (parts.name.length === 0) continue;
    if (parts.name.length === 1) {
      const lower = parts.name[0]!.toLowerCase();
      if (NON_NAME_CAPITALS.has(lower) || isTitleWord(lower)) continue;
    }
    const nameStart = m.index + m[0].indexOf(parts.name[0]!);
    if (!atStart(nameStart)) for (const w of parts.name) capitalisedInside.add(w);
    found.push({ ...span, name: parts.name, title: [...roleWordsBefore(text, m.index), ...parts.title], context: '' });
  }
  // a nickname in quotation marks parts a name the pattern reads as two: "Francis", "Escudero"
  for (const [i, f] of found.entries()) {
    const nick = f.name.length === 1 ? nicknames.get(f.start) ?? nicknamedBefore(f) : undefined;
    if (nick && nick[1] === f.name[0]) found[i] = { ...f, name: [nick[0]!, nick[1]!] };
  }

  joinOfNames(text, found);
  const entities: Entity[] = [];
  const byFullName = new Map<string, Entity>();
  /** Each found name with its entity (null for a one-word name until it is resolved). */
  const placed: { found: Found; entity: Entity | null; atStart?: boolean }[] = [];
  const newEntity = (name: string[]): Entity => {
    const words = name.map((w) => w.toLowerCase());
    const entity: Entity = { name: name.join(' '), words, surname: surnameOf(words), roles: new Set(), kind: 'unknown', votes: [0, 0] };
    if (words.length > 1) entity.first = words[0];
    entities.push(entity);
    return entity;
  };
  found.sort((a, b) => a.start - b.start);
  const inHeadline = (f: Found): boolean => headline !== null && f.start < headline.end;
  /** Full names the body uses: a title-case headline's capitals make names of anything else. */
  const bodyNames = new Set(found.filter((f) => !inHeadline(f)).map((f) => f.name.join(' ').toLowerCase()));
  for (const f of found) {
    if (titleCase && inHeadline(f) && f.name.length > 1 && !bodyNames.has(f.name.join(' ').toLowerCase())) continue;
    if (f.name.length === 1) {
      const nameAt = f.start + Math.max(0, text.slice(f.start, f.end).indexOf(f.name[0]!));
      placed.push({ found: f, entity: null, atStart: atStart(nameAt) });
      continue;
    }
    const key = f.name.join(' ').toLowerCase();
    let entity = byFullName.get(key);
    if (!entity) byFullName.set(key, (entity = newEntity(f.name)));
    placed.push({ found: f, entity });
  }
  // two-word forms of a longer name ("Hardeep Puri" of "Hardeep Singh Puri") are that name
  const full = new Map<Entity, Entity>();
  for (const entity of entities) {
    const longer = entities.find((e) => e !== entity && e.words.length > entity.words.length && e.first === entity.first && e.surname === entity.surname);
    if (longer) full.set(entity, longer);
  }
  for (const p of placed) if (p.entity) p.entity = full.get(p.entity) ?? p.entity;
  /** Where each entity of a full name occurs, ascending. */
  const places = new Map<Entity, number[]>();
  for (const p of placed) if (p.entity) push(places, p.entity, p.found.start);
  const bySurname = new Map<string, Entity[]>();
  const byFirst = new Map<string, Entity[]>();
  for (const e of places.keys()) {
    push(bySurname, e.surname, e);
    if (e.first) push(byFirst, e.first, e);
  }
  const singles = new Map<string, Entity>();
  const candidatesOf = (word: string): Entity[] => {
    const lower = word.toLowerCase();
    return bySurname.get(lower) ?? byFirst.get(lower) ?? [];
  };
  /** The candidate whose full name occurs nearest before `offset`, else first after it. */
  const nearest = (candidates: readonly Entity[], offset: number): Entity | undefined => {
    if (candidates.length <= 1) return candidates[0];
    let best: Entity | undefined;
    let bestAt = -1;
    let after: Entity | undefined;
    let afterAt = Infinity;
    for (const c of candidates) {
      const at = places.get(c) ?? [];
      const n = countBefore(at, offset);
      if (n > 0 && at[n - 1]! > bestAt) [best, bestAt] = [c, at[n - 1]!];
      if (n < at.length && at[n]! < afterAt) [after, afterAt] = [c, at[n]!];
    }
    return best ?? after;
  };
  const agreeing = (candidates: Entity[], gender: Gender | undefined): Entity[] => {
    if (!gender) return candidates;
    const fit = candidates.filter((c) => {
      const g = c.gender ?? genderOfTitleWords(c) ?? (c.first ? genderOfFirstName(c.first) : undefined);
      return !g || g === gender;
    });
    return fit.length > 0 ? fit : candidates;
  };
  for (const p of placed) {
    if (p.entity) continue;
    const f = p.found;
    let entity = nearest(agreeing(candidatesOf(f.name[0]!), genderOfTitle(f.title)), f.start);
    // a word that is no full name's part is a name of its own only with evidence
    if (!entity && nameEvidence(f.name[0]!, f.title, capitalisedInside, p.atStart ?? false) !== 'name') continue;
    if (!entity) {
      const key = f.name[0]!.toLowerCase();
      entity = singles.get(key);
      if (!entity) singles.set(key, (entity = newEntity(f.name)));
    }
    p.entity = entity;
  }
  const occurrences: Occurrence[] = [];
  // titles, roles and gender evidence, in text order
  for (const p of placed) {
    const { found: f } = p;
    if (!p.entity) continue;
    const entity = p.entity!;
    occurrences.push({ start: f.start, end: f.end, entity, context: f.title.join(' ').toLowerCase() });
    if (!entity.title && f.title.length > 0) entity.title = f.title.join(' ');
    for (const w of f.title) entity.roles.add(w.toLowerCase().replace(/\.$/, ''));
    const gender = genderOfTitle(f.title);
    if (gender && !entity.titled) {
      entity.gender = gender;
      entity.titled = true;
    }
    // "Greenfield Rovers, the town's football club,": an appositive that names an organisation
    const appositive = ORGANIZATION_APPOSITIVE.exec(text.slice(f.end, f.end + 80));
    if (appositive && ORGANIZATION_NOUNS.has(appositive[1]!.toLowerCase())) {
      entity.kind = 'organization';
      entity.kindKnown = true;
    }
  }
  for (const entity of places.keys()) {
    if (!entity.gender && entity.first) entity.gender = genderOfFirstName(entity.first);
  }
  // a headline's capitals say little ("Victim of Florida Roller Coaster Derailment Reveals Her Pain"): its names count when the body uses them too
  if (headline) {
    const inBody = new Set(occurrences.filter((o) => o.start >= headline.end).map((o) => o.entity));
    const kept = occurrences.filter((o) => o.start >= headline.end || inBody.has(o.entity));
    occurrences.length = 0;
    occurrences.push(...kept);
  }
  voteGenders(text, sentences, occurrences, hidden);
  const starts = occurrences.map((o) => o.start);
  return {
    entities,
    occurrences,
    starts,
    capitalisedInside,
    inside(span) {
      const i = countBefore(starts, span.start);
      for (let j = i; j < occurrences.length && occurrences[j]!.start < span.end; j++) if (occurrences[j]!.end <= span.end + 2) return occurrences[j];
      // the mention may start inside a name's title ("Senator Stuart Syvret" of "Former Senator Stuart Syvret")
      const before = occurrences[i - 1];
      return before && before.end > span.start ? before : undefined;
    },
    lookup(name, offset, gender) {
      const hit = byFullName.get(name.join(' ').toLowerCase());
      if (hit) return full.get(hit) ?? hit;
      if (name.length === 1) {
        const candidates = candidatesOf(name[0]!).filter((c) => canBePerson(c, gender) || !gender);
        return nearest(candidates, offset) ?? singles.get(name[0]!.toLowerCase());
      }
      // "Hardeep Puri" for "Hardeep Singh Puri"
      const words = name.map((w) => w.toLowerCase());
      return bySurname.get(surnameOf(words))?.find((e) => e.first === words[0]);
    },
    lookupOrganization(head, offset) {
      const before = countBefore(starts, offset);
      for (let i = before - 1; i >= Math.max(0, before - 100); i--) {
        const entity = occurrences[i]!.entity;
        if (entity.words.length > 1 && entity.words.includes(head) && entityKind(entity) === 'organization') return entity;
      }
      return undefined;
    },
  };
}

/**
 * "Ministry of Health", "Transportation Safety Board of Canada": a name
 * ending in an organisation word, "of" (perhaps "the"), and another name are
 * one name (the name pattern stops at "of").
 */
function joinOfNames(text: string, found: Found[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const a = found[i]!;
    const b = found[i + 1]!;
    if (!ORGANIZATION_NOUNS.has(a.name.at(-1)!.toLowerCase()) || !/^\s+of\s+(?:the\s+)?$/u.test(text.slice(a.end, b.start))) continue;
    if (b.title.length > 0) continue;
    found.splice(i, 2, { start: a.start, end: b.end, name: [...a.name, 'of', ...b.name], title: a.title, context: a.context });
  }
}

function genderOfTitleWords(entity: Entity): Gender | undefined {
  return entity.title ? genderOfTitle(entity.title.split(/\s+/u)) : undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** An appositive right after a name whose head noun may be an organisation word: ", the town's football club,". */
const ORGANIZATION_APPOSITIVE = /^,\s+(?:the|a|an)\s[^,.;]{0,50}?(\p{L}+),/u;

const PRONOUN_WORD = /\p{L}+/gu;

/**
 * After each name, the first gendered pronoun in the rest of its sentence
 * (before another name) votes for that person's gender: "Cat added that when
 * she found the pair" says Cat is a woman. Quotations are skipped (a
 * speaker's "he" there is someone else).
 */
function voteGenders(text: string, sentences: readonly Sentence[], occurrences: readonly Occurrence[], hidden: readonly Span[]): void {
  for (const [i, o] of occurrences.entries()) {
    const s = indexAt(sentences, o.start);
    if (s < 0) continue;
    const next = occurrences[i + 1];
    const end = Math.min(sentences[s]!.end, next ? next.start : Infinity, o.end + 200);
    PRONOUN_WORD.lastIndex = o.end;
    for (let m = PRONOUN_WORD.exec(text); m && m.index < end; m = PRONOUN_WORD.exec(text)) {
      const gender = GENDERED_PRONOUNS.get(m[0].toLowerCase());
      if (!gender || overlapsAny(hidden, { start: m.index, end: m.index + m[0].length })) continue;
      o.entity.votes[gender === 'male' ? 0 : 1]++;
      break;
    }
  }
}
