/**
 * Resolver role-noun: a description whose head is a person's role ("the
 * president", "the lawyer", "her attorney", "a United spokesman", "the
 * father of one of the victims", a headline's "Victim") names:
 *  1. for "the …", the person the text gave that role (a title, the words
 *     before a name, an appositive), nearest before (in a headline, the first after);
 *  2. the speaker described with the same role before ("the young person's
 *     lawyer" … "the lawyer");
 *  3. for "the …" with an office noun ("the Russian leader"), the last person quoted;
 *  4. else a speaker of its own, described as written (kind `role`, or
 *     `anonymous` for "a source"-like nouns, `organization` for someone
 *     speaking for one: "a spokesman for the ministry").
 * A possessive description ("her attorney") is never the possessor.
 */
import {
  ANONYMOUS_NOUNS,
  INDEFINITE_DETERMINERS,
  MENTION_DETERMINERS,
  NAME_TITLES,
  OFFICE_NOUNS,
  ORGANIZATION_NOUNS,
  PERSON_ROLE_NOUNS,
  SPOKESPERSON_NOUNS,
  sameRole,
} from '../lexicon/mentions.js';
import { type Entity, canBePerson } from '../speakers/entities.js';
import { headNoun } from '../sieves/grammar.js';
import { countBefore } from '../spans.js';
import type { Mention, SpeakerKind } from '../types.js';
import { type Resolution, type Resolver, type ResolverContext, entitySpeaker, wordsOf } from './resolver.js';

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** A name's possession, then lower-case words: "Romney's associates", "the minister's press secretary". */
const POSSESSIVE = /^(?:[Tt]he\s+)?[\p{L}.\-]+(?:\s[\p{L}.\-]+)*['’]s?\s\p{Ll}/u;
/** How many names back a role holder is looked for. */
const LOOKBACK = 100;
/** Qualifiers a role holder must share: "the president" is not the president-elect nor the former president. */
const QUALIFIERS = /\b(?:elect|former|designate|ex)\b/gu;

const qualifiers = (words: string | undefined): string[] => (words?.toLowerCase().match(QUALIFIERS) ?? []).sort();

/** The role's words in a description, when it has one: its head noun is a person's role. */
function roleHead(mention: Mention, context: ResolverContext): string | undefined {
  const words = wordsOf(mention);
  const head = headNoun(mention.text);
  if (!PERSON_ROLE_NOUNS.has(head)) return undefined;
  if (words.length === 1) {
    // a headline's "Mayor says…", "Victim reveals…": a title or role alone stands for whoever has it
    const inHeadline = context.headline !== null && mention.start >= context.headline.start && mention.start < context.headline.end;
    return NAME_TITLES.has(head) || inHeadline ? head : undefined;
  }
  if (MENTION_DETERMINERS.has(words[0]!) || POSSESSIVE.test(mention.text)) return head;
  return undefined;
}

function holdsRole(entity: Entity, context: string, role: string, mention: Mention): boolean {
  const roles = sameRole(role);
  const wanted = qualifiers(mention.text).join(' ');
  const has = (words: Iterable<string>, source: string): boolean => [...words].some((w) => roles.has(w)) && qualifiers(source).join(' ') === wanted;
  return has(entity.roles, entity.title ?? '') || has(context.split(/[^\p{L}]+/u), context);
}

export const roleNoun: Resolver = {
  id: 'role-noun',
  example: 'the Russian president said… → Vladimir Putin',
  resolve(mention, context): Resolution {
    const head = roleHead(mention, context);
    if (!head) return undefined;
    const words = wordsOf(mention);
    const first = words[0]!;
    const possessive = POSSESSIVE_DETERMINERS.has(first) || /['’]s?\s/u.test(mention.text);
    const indefinite = INDEFINITE_DETERMINERS.has(first);
    const tail = /\s(?:of|for|at|with|from)\s/u.test(mention.text);
    if (!indefinite && !possessive) {
      const holder = roleHolder(context, mention, head);
      if (holder) return entitySpeaker(holder, mention);
    }
    if (!indefinite) {
      const roles = sameRole(head);
      const described = context.roles.findLast((r) => roles.has(r.head) && r.at < mention.start);
      if (described) return { ...described.speaker, mention };
    }
    if (!indefinite && !possessive && !tail && OFFICE_NOUNS.has(head)) {
      const spoken = context.history.findLast((r) => r.speaker.kind === 'person' && r.entity && canBePerson(r.entity));
      if (spoken?.entity) return entitySpeaker(spoken.entity, mention);
    }
    // "a spokesman for the ministry", "the mayor's spokesman" speak for an office; "a source", "one man" are anonymous
    const kind: SpeakerKind =
      SPOKESPERSON_NOUNS.has(head) && (/\s(?:for|of)\s/u.test(mention.text) || possessive)
        ? 'organization'
        : ANONYMOUS_NOUNS.has(head) || indefinite || ORGANIZATION_NOUNS.has(head)
          ? 'anonymous'
          : 'role';
    const speaker = { name: mention.text, kind, mention };
    context.roles.push({ head, speaker, at: mention.start });
    return speaker;
  },
};

/** The person given the role, named nearest before the mention (in a headline, first after it). */
function roleHolder(context: ResolverContext, mention: Mention, role: string): Entity | undefined {
  const { starts, occurrences } = context.entities;
  const before = countBefore(starts, mention.start);
  for (let i = before - 1; i >= Math.max(0, before - LOOKBACK); i--) {
    const o = occurrences[i]!;
    if (holdsRole(o.entity, o.context, role, mention)) return o.entity;
  }
  const inHeadline = context.headline !== null && mention.start < context.headline.end;
  if (!inHeadline && before > 0) return undefined;
  for (let i = before; i < Math.min(occurrences.length, before + LOOKBACK); i++) {
    const o = occurrences[i]!;
    if (holdsRole(o.entity, o.context, role, mention)) return o.entity;
  }
  return undefined;
}
