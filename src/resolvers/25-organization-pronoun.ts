/**
 * Resolver organization-pronoun: "it" and "they" name the organisation named
 * last ("The ministry said… It added"); "they" first the group quoted last
 * ("Her sisters said… They said"). An "it" that opens a passive report ("It
 * was reported that…") names nobody.
 *   The company said on Monday… It added that… → the company
 */
import { ANONYMOUS_PLURALS } from '../lexicon/mentions.js';
import { entityKind } from '../speakers/entities.js';
import { countBefore } from '../spans.js';
import { type Resolver, bareWord, entitySpeaker } from './resolver.js';

/** How many names back the organisation is looked for. */
const LOOKBACK = 100;

/** "It was reported", "It is understood": an expletive "it" before a passive report. */
const EXPLETIVE = /^\s+(?:is|was|has\s+been|had\s+been|will\s+be)\s+(?:\p{Ll}+ly\s+|also\s+|now\s+|widely\s+)?(?:reported|said|claimed|believed|understood|thought|alleged|known|expected|rumou?red|suggested|feared|argued)\b/u;

export const organizationPronoun: Resolver = {
  id: 'organization-pronoun',
  example: 'The ministry said… It added… → the ministry',
  resolve(mention, { text, entities, history }) {
    const word = bareWord(mention);
    if (word !== 'it' && word !== 'they' && word !== 'we' && word !== 'you') return undefined;
    if (word === 'it' && EXPLETIVE.test(text.slice(mention.end, mention.end + 60))) return null;
    if (word === 'they') {
      const group = history.findLast((r) => r.speaker.kind === 'anonymous' && r.speaker.name !== null && ANONYMOUS_PLURALS.includes(lastWord(r.speaker.name)));
      const recent = history.at(-1);
      if (group && group === recent) return { ...group.speaker, mention };
    }
    if (word === 'it' || word === 'they') {
      const before = countBefore(entities.starts, mention.start);
      for (let i = before - 1; i >= Math.max(0, before - LOOKBACK); i--) {
        const entity = entities.occurrences[i]!.entity;
        if (entityKind(entity) === 'organization') return entitySpeaker(entity, mention);
      }
    }
    return { name: null, kind: 'unknown', mention };
  },
};

function lastWord(name: string): string {
  return name.toLowerCase().split(/\s+/u).at(-1) ?? '';
}
