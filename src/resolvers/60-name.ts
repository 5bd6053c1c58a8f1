/**
 * Resolver name: a capitalised name is the entity it names (entities.ts): its
 * full name ("Vladimir Putin" for "Putin", "President Vladimir Putin"), an
 * alias resolved to the nearest entity it can name, titles set apart. A
 * capitalised word with no evidence of being a name names nobody ("Irish",
 * "Claims", "Interesting").
 *   President Vladimir Putin said… → Vladimir Putin, title "President"
 */
import { MENTION_DETERMINERS } from '../lexicon/mentions.js';
import { nameEvidence, nameKind, nameWords, splitTitle } from '../speakers/entities.js';
import type { Mention } from '../types.js';
import { type Resolution, type Resolver, type ResolverContext, defined, entitySpeaker, extend } from './resolver.js';

/** The speaker a capitalised name is, or null when it is not a name; undefined when the mention is not a name at all. */
export function nameSpeaker(mention: Mention, context: ResolverContext): Resolution {
  const { title, name } = splitTitle(nameWords(mention.text));
  if (name.length === 0) return undefined;
  const titled = title.length > 0 ? title.join(' ') : undefined;
  const occurrence = context.entities.inside(mention);
  const entity = occurrence?.entity ?? context.entities.lookup(name, mention.start);
  if (entity) return entitySpeaker(entity, mention, titled);
  // not among the document's names: a one-word capital is a name only with evidence
  if (name.length === 1) {
    const evidence = nameEvidence(name[0]!, title, context.entities.capitalisedInside, true);
    // "Irish", "Claims": no speaker; "Poll": a common noun, for the description resolver
    if (evidence === 'not') return null;
    if (evidence === 'common') return undefined;
  }
  const kind = nameKind(name) === 'person' ? ('person' as const) : ('organization' as const);
  return defined({ name: name.join(' '), kind, title: titled, mention });
}

export const name: Resolver = {
  id: 'name',
  example: 'President Vladimir Putin said… → Vladimir Putin',
  resolve(mention, context) {
    // "The Guardian", "the White House": a name with its article
    const article = /^[Tt]he\s+(?=\p{Lu})/u.exec(mention.text);
    if (article && !/\s\p{Ll}/u.test(mention.text.slice(article[0].length))) {
      const start = mention.start + article[0].length;
      const named = nameSpeaker({ text: mention.text.slice(article[0].length), start, end: mention.end }, context);
      return named ? extend(named, { mention }) : named;
    }
    if (!/^\p{Lu}/u.test(mention.text) || MENTION_DETERMINERS.has(mention.text.split(/\s+/u)[0]!.toLowerCase())) return undefined;
    // "Island shopkeepers": a capital, then a common noun, is a description
    if (/\s\p{Ll}[\p{L}\-]*$/u.test(mention.text)) return undefined;
    return nameSpeaker(mention, context);
  },
};
