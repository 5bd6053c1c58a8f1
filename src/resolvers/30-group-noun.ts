/**
 * Resolver group-noun: a plural of people or documents that speaks as a
 * group ("officials", "U.S. officials", "Parents", "polls"), or a share of
 * those polled ("47 percent"): an anonymous source, or a document.
 *   Officials said… → "Officials" (anonymous)   Polls show… → "Polls" (document)
 */
import { ANONYMOUS_PLURALS, DOCUMENT_NOUNS } from '../lexicon/mentions.js';
import { tagsOf } from '../nlp.js';
import { isCommonPlural } from '../speakers/entities.js';
import { headNoun } from '../sieves/grammar.js';
import type { Resolver } from './resolver.js';

/** A share of the people polled: "47 percent", "Six in 10 voters". */
const SHARE_OF_PEOPLE = /^(?:(?:more|fewer|less) than |nearly |about |almost |over |just |only )?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)(?: percent| per cent|%| in )/iu;

export const groupNoun: Resolver = {
  id: 'group-noun',
  example: 'Officials said… → "Officials", anonymous',
  resolve(mention) {
    const head = headNoun(mention.text);
    const singular = head.replace(/ies$/u, 'y').replace(/s$/u, '');
    if (ANONYMOUS_PLURALS.includes(head) || isCommonPlural(mention.text)) {
      const kind = DOCUMENT_NOUNS.has(head) || DOCUMENT_NOUNS.has(singular) ? 'document' : 'anonymous';
      return { name: mention.text, kind, mention };
    }
    if (SHARE_OF_PEOPLE.test(mention.text)) return { name: mention.text, kind: 'anonymous', mention };
    // "The Russians", "the Saudis", "African-Americans": a people, in the plural
    const people = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}\-]+s)$/u.exec(mention.text);
    if (people) {
      const tags = tagsOf(people[1]!);
      if ((tags.has('Plural') || tags.has('Demonym')) && !tags.has('Person') && !tags.has('Organization') && !tags.has('Place')) return { name: mention.text, kind: 'anonymous', mention };
    }
    return undefined;
  },
};
