/**
 * What a resolver is: a small named rule that turns one kind of speaker
 * mention ("he", "the president", "Putin", "officials") into a speaker with a
 * canonical name. The runner in pipeline/07-speakers tries resolvers in
 * order; the first that takes the mention decides, and its id is the
 * speaker's `resolver` (shown by --explain and counted by `npm run eval`).
 */
import { recordKind } from '../objects.js';
import { type Entity, type EntityIndex, entityKind } from '../speakers/entities.js';
import type { Mention, Paragraph, Sentence, Speaker, SpeakerKind } from '../types.js';

/** Speakers, records of their own kind (see objects.ts). */
export const { defined, extend } = recordKind();

/** A speaker resolved before the mention at hand. */
export interface Resolved {
  speaker: Speaker;
  /** The entity it names, when it names one. */
  entity?: Entity;
  /** Where its mention starts (or its quote, for a speaker carried over). */
  at: number;
}

/** A speaker described but not named ("the young person's lawyer", "her attorney"), which later descriptions may name again. */
export interface RoleSpeaker {
  /** Lower-case head noun ("lawyer"). */
  head: string;
  speaker: Omit<Speaker, 'resolver'>;
  at: number;
}

export interface ResolverContext {
  text: string;
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  entities: EntityIndex;
  /** The document's headline (its first paragraph, when it is one). */
  headline: Paragraph | null;
  /** Speakers resolved so far, most recent last. */
  history: readonly Resolved[];
  /** The entities among them. */
  spoken: ReadonlySet<Entity>;
  /** Described speakers so far, most recent last. */
  roles: RoleSpeaker[];
}

/**
 * A resolver's answer: a speaker; `null` when the mention names no speaker
 * at all ("Irish", "It was reported"); undefined when the resolver does not
 * take this kind of mention (the next one is tried).
 */
export type Resolution = Omit<Speaker, 'resolver'> | null | undefined;

export interface Resolver {
  /** Stable id, used in output (`speaker.resolver`), --explain and tests. */
  id: string;
  /** One line showing what it resolves. */
  example: string;
  resolve(mention: Mention, context: ResolverContext): Resolution;
}

/** The speaker kind of an entity: a place speaks as an organisation ("Russia said"). */
export function speakerKind(entity: Entity): SpeakerKind {
  const kind = entityKind(entity);
  return kind === 'organization' || kind === 'place' ? 'organization' : 'person';
}

/** The speaker an entity is, named by `mention`, with a title when one is known. */
export function entitySpeaker(entity: Entity, mention: Mention, title?: string): Omit<Speaker, 'resolver'> {
  return defined({ name: entity.name, kind: speakerKind(entity), title: title || entity.title || undefined, mention });
}

/** The lower-case word a mention is, its clitic aside ("He’s" → "he", "They'd" → "they"). */
export function bareWord(mention: Mention): string {
  return mention.text.toLowerCase().replace(/^(\p{L}+)['’](?:s|d|ll|ve|re)$/u, '$1');
}

/** Lower-case words of a mention. */
export function wordsOf(mention: Mention): string[] {
  return mention.text.toLowerCase().split(/\s+/u).filter((w) => w.length > 0);
}
