/**
 * Resolver relative-who: a relative "who" stands for the name right before
 * it in its sentence.
 *   Lindsey Graham (R-S.C.), a senator, who says… → Lindsey Graham
 */
import { countBefore } from '../spans.js';
import { type Resolver, entitySpeaker } from './resolver.js';

/** How far before a relative "who" the name it stands for may start. */
const RELATIVE_REACH = 120;

export const relativeWho: Resolver = {
  id: 'relative-who',
  example: 'Graham, who says… → Lindsey Graham',
  resolve(mention, { text, entities }) {
    if (mention.text.toLowerCase() !== 'who') return undefined;
    const i = countBefore(entities.starts, mention.start) - 1;
    const before = entities.occurrences[i];
    const between = before ? text.slice(before.start, mention.start) : '';
    if (!before || between.length > RELATIVE_REACH || /[.!?;]\s/u.test(between)) return { name: null, kind: 'person', mention };
    return entitySpeaker(before.entity, mention);
  },
};
