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
  DOCUMENT_NOUNS,
  MENTION_DETERMINERS,
  NAME_TITLES,
  NON_NAME_CAPITALS,
  ORGANIZATION_NOUNS,
  PERSON_ROLE_NOUNS,
  SUBJECT_PRONOUNS,
  sameRole,
} from '../lexicon/mentions.js';
import { nlp } from '../nlp.js';
import { NAME } from '../sieves/grammar.js';
import { countStartingBefore, overlapsAny } from '../spans.js';
import type { Mention, Quotation, Speaker, SpeakerKind, SpeakerSummary, Span } from '../types.js';
import type { Attribution } from './06-attribution.js';

/** A person or organisation named in the document, under its longest name. */
interface Entity {
  name: string;
  /** Lower-case last word of the name, the key short mentions use. */
  key: string;
  title?: string;
  kind: SpeakerKind;
}

/** How many names back a pronoun or role nominal looks for its antecedent. */
const ANTECEDENT_LOOKBACK = 100;

/** A place where the document names an entity, outside quotations. */
interface Occurrence {
  start: number;
  entity: Entity;
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
  let i = 0;
  while (i < words.length - 1 && (NAME_TITLES.has(words[i]!.toLowerCase().replace(/\.$/, '')) || NON_NAME_CAPITALS.has(words[i]!.toLowerCase()))) i++;
  const title = words.slice(0, i).filter((w) => !NON_NAME_CAPITALS.has(w.toLowerCase()));
  return { title, name: words.slice(i) };
}

function lastWordKey(name: string[]): string {
  return (name.at(-1) ?? '').toLowerCase();
}

/** Organisation when a word says so ("Committee", "MSNBC") or the tagger knows it; else a person. */
function nameKind(name: string[]): SpeakerKind {
  if (name.some((w) => ORGANIZATION_NOUNS.has(w.toLowerCase()))) return 'organization';
  if (name.length === 1 && /^\p{Lu}{2,}$/u.test(name[0]!)) return 'organization';
  const tagged = nlp()(name.join(' '));
  return tagged.has('#Organization') && !tagged.has('#Person') ? 'organization' : 'person';
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
function collectEntities(text: string, quotations: Quotation[]): { entities: Map<string, Entity>; occurrences: Occurrence[] } {
  const entities = new Map<string, Entity>();
  const occurrences: Occurrence[] = [];
  const parts = quotations.flatMap((q) => q.parts);
  for (const m of text.matchAll(new RegExp(NAME, 'gu'))) {
    if (overlapsAny(parts, { start: m.index, end: m.index + m[0].length })) continue;
    const { title, name } = splitTitle(nameWords(m[0]));
    if (name.length === 0 || (name.length === 1 && NON_NAME_CAPITALS.has(name[0]!.toLowerCase()))) continue;
    const key = lastWordKey(name);
    let entity = entities.get(key);
    if (!entity) {
      entity = { name: name.join(' '), key, kind: 'unknown' };
      entities.set(key, entity);
    } else if (name.join(' ').length > entity.name.length) {
      entity.name = name.join(' ');
    }
    if (!entity.title && title.length > 0) entity.title = title.join(' ');
    occurrences.push({ start: m.index, entity });
  }
  return { entities, occurrences };
}

/** True when a title ("Rep.", "Russian President") holds the role noun or one naming the same office. */
function titleHasRole(title: string | undefined, role: string): boolean {
  if (!title) return false;
  const roles = sameRole(role);
  return title.toLowerCase().split(/[\s.]+/u).some((w) => roles.has(w));
}

/** Words that end the head of a nominal: "a spokesman | for the ministry", "a source | familiar with the talks". */
const NOMINAL_TAIL_START = new Set(['for', 'of', 'with', 'from', 'close', 'familiar', 'involved', 'briefed']);

/** The head noun of a nominal mention ("the Russian president" → "president", "a spokesman for the ministry" → "spokesman"). */
function headNoun(mention: string): string {
  const words = mention.toLowerCase().split(/\s+/u);
  const tail = words.findIndex((w, i) => i > 0 && NOMINAL_TAIL_START.has(w));
  return (words[(tail > 0 ? tail : words.length) - 1] ?? '').replace(/['’]s$/u, '');
}

/** Determiners that introduce someone new ("a spokesman", "two officials"), never an earlier person. */
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'other']);

function isNominal(mention: string): boolean {
  return MENTION_DETERMINERS.has(mention.split(/\s+/u)[0]!.toLowerCase());
}

/** One speaker (or null) per attribution, in the same order. */
export function resolveSpeakers(text: string, quotations: Quotation[], attributions: Attribution[]): (Speaker | null)[] {
  const { entities, occurrences } = collectEntities(text, quotations);
  const speakers: (Speaker | null)[] = [];
  /** Person speakers so far, most recent last. */
  const recentPeople: { name: string; title?: string }[] = [];

  const fromName = (mention: Mention): Speaker => {
    const { title, name } = splitTitle(nameWords(mention.text));
    const entity = entities.get(lastWordKey(name));
    const canonical = entity?.name ?? name.join(' ');
    const kind = entity ? entityKind(entity) : nameKind(name);
    const speakerTitle = title.length > 0 ? title.join(' ') : entity?.title;
    return { name: canonical, kind, ...(speakerTitle ? { title: speakerTitle } : {}), mention };
  };

  /**
   * "he", "the president": a person named before the mention whose title holds
   * the role, most recent first; else the most recent person speaker; else the
   * most recent person named.
   */
  const fromAntecedent = (mention: Mention, role?: string): Speaker => {
    const named = countStartingBefore(occurrences, mention.start);
    /** The most recent name before the mention that passes `test`, looking back a bounded way. */
    const lastNamed = (test: (entity: Entity) => boolean): Entity | undefined => {
      for (let i = named - 1; i >= Math.max(0, named - ANTECEDENT_LOOKBACK); i--) {
        if (test(occurrences[i]!.entity)) return occurrences[i]!.entity;
      }
      return undefined;
    };
    const byRole = role ? lastNamed((e) => titleHasRole(e.title, role)) : undefined;
    const antecedent = byRole ?? recentPeople.at(-1) ?? lastNamed((e) => entityKind(e) === 'person');
    if (!antecedent) return { name: null, kind: 'person', mention };
    return { name: antecedent.name, kind: 'person', ...(antecedent.title ? { title: antecedent.title } : {}), mention };
  };

  const fromMention = (mention: Mention): Speaker => {
    const lower = mention.text.toLowerCase();
    const pronounKind = SUBJECT_PRONOUNS.get(lower);
    if (pronounKind === 'person') return fromAntecedent(mention);
    if (pronounKind) return { name: null, kind: 'unknown', mention };
    if (!isNominal(mention.text)) return fromName(mention);
    const head = headNoun(mention.text);
    const indefinite = INDEFINITE.has(mention.text.split(/\s+/u)[0]!.toLowerCase());
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
    return { ...speaker, title };
  };

  for (const attribution of attributions) {
    let speaker: Speaker | null = null;
    if (attribution.continues !== null) {
      const inherited = speakers[attribution.continues];
      speaker = inherited ? { ...inherited, mention: null } : null;
    } else if (attribution.mention) {
      speaker = fromMention(attribution.mention);
      if (attribution.title) speaker = withTitle(speaker, attribution.title);
    }
    if (speaker?.name && speaker.kind === 'person') recentPeople.push({ name: speaker.name, ...(speaker.title ? { title: speaker.title } : {}) });
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
