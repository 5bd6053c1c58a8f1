/**
 * Resolver pronoun: "he", "she" (and "I") name the person who agrees with
 * them (gender; a person, never a place or an organisation) and is the most
 * salient: the first such person named in the pronoun's sentence before it,
 * else in the sentences before, back to the start of the previous paragraph;
 * else the last person quoted; else the last person named.
 *   Fleck was expected to offer comforting words. Instead, he was left to say… → Fleck
 */
import { GENDERED_PRONOUNS } from '../lexicon/mentions.js';
import { type Entity, type Gender, canBePerson, entityGender } from '../speakers/entities.js';
import { countBefore, indexAt } from '../spans.js';
import { type Resolver, type ResolverContext, bareWord, entitySpeaker } from './resolver.js';

/** How many names back the last-named fallback looks. */
const LOOKBACK = 100;

/** A name after a determiner or a preposition ("in a Shake Shack", "leaving Melissa", "to Smith") is not a clause's subject. */
const NOT_SUBJECT = /(?:^|\s)(?:a|an|the|this|that|to|of|in|at|from|with|by|for|on|into|about|against|over|leaving|and)\s+(?:\p{Ll}[\p{L}\-]*\s+){0,2}$/u;

/**
 * The most salient person agreeing with `gender` near `offset`, nearest
 * sentence first (the pronoun's own sentence before it, then back to the
 * start of the previous paragraph). In a sentence, a person known to agree
 * (by a title, a first name, pronouns after the name, or speaking before)
 * comes first; else a name of unknown gender that stands as a subject.
 */
export function salientPerson(context: ResolverContext, offset: number, gender?: Gender): Entity | undefined {
  const { text, sentences, paragraphs, entities, spoken } = context;
  const { starts, occurrences } = entities;
  const s = indexAt(sentences, offset);
  const paragraph = indexAt(paragraphs, offset);
  const floor = paragraphs[Math.max(0, paragraph - 1)]?.start ?? 0;
  for (let k = s; k >= 0 && sentences[k]!.end > floor; k--) {
    const sentence = sentences[k]!;
    const end = k === s ? Math.min(offset, sentence.end) : sentence.end;
    let weak: Entity | undefined;
    for (let i = countBefore(starts, sentence.start); i < occurrences.length && occurrences[i]!.start < end; i++) {
      const { entity, start } = occurrences[i]!;
      if (!canBePerson(entity, gender)) continue;
      if ((gender && entityGender(entity) === gender) || spoken.has(entity)) return entity;
      if (!weak && !NOT_SUBJECT.test(text.slice(Math.max(sentence.start, start - 40), start))) weak = entity;
    }
    if (weak) return weak;
  }
  return undefined;
}

export const pronoun: Resolver = {
  id: 'pronoun',
  example: '"…," he said. → the nearest person who can be "he"',
  resolve(mention, context) {
    const word = bareWord(mention);
    if (word !== 'he' && word !== 'she' && word !== 'i') return undefined;
    const gender = GENDERED_PRONOUNS.get(word);
    const named = word === 'i' ? undefined : salientPerson(context, mention.start, gender);
    if (named) return entitySpeaker(named, mention);
    // the last person quoted, named ("Putin") or described ("the lawyer")
    const spoken = context.history.findLast(
      (r) => (r.speaker.kind === 'person' || r.speaker.kind === 'role') && r.speaker.name !== null && (!r.entity || canBePerson(r.entity, gender)),
    );
    if (spoken) return spoken.entity ? entitySpeaker(spoken.entity, mention) : { ...spoken.speaker, mention };
    const last = lastNamedPerson(context, mention.start, gender);
    return last ? entitySpeaker(last, mention) : { name: null, kind: 'person', mention };
  },
};

function lastNamedPerson({ entities }: ResolverContext, offset: number, gender?: Gender): Entity | undefined {
  const before = countBefore(entities.starts, offset);
  for (let i = before - 1; i >= Math.max(0, before - LOOKBACK); i--) {
    const entity = entities.occurrences[i]!.entity;
    if (canBePerson(entity, gender)) return entity;
  }
  return undefined;
}
