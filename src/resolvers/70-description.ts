/**
 * Resolver description: any other mention, as written, with the kind its
 * head noun says: an organisation ("the ministry"), a document ("the
 * report"), an anonymous source ("a source familiar with the talks"), or unknown.
 *   the report found… → "the report", document
 */
import { ANONYMOUS_NOUNS, DOCUMENT_NOUNS, INDEFINITE_DETERMINERS, ORGANIZATION_NOUNS, PERSON_ROLE_NOUNS, SPOKESPERSON_NOUNS } from '../lexicon/mentions.js';
import { headNoun } from '../sieves/grammar.js';
import type { SpeakerKind } from '../types.js';
import type { Resolver } from './resolver.js';

export const description: Resolver = {
  id: 'description',
  example: 'the report found… → "the report", document',
  resolve(mention, context) {
    const head = headNoun(mention.text);
    const indefinite = INDEFINITE_DETERMINERS.has(mention.text.split(/\s+/u)[0]!.toLowerCase()) && /\s/u.test(mention.text);
    // "Romney's associates", "the mayor's spokesman": someone the text describes but does not name
    const kind: SpeakerKind =
      ORGANIZATION_NOUNS.has(head) || SPOKESPERSON_NOUNS.has(head)
        ? 'organization'
        : DOCUMENT_NOUNS.has(head)
          ? 'document'
          : ANONYMOUS_NOUNS.has(head) || (indefinite && PERSON_ROLE_NOUNS.has(head))
            ? 'anonymous'
            : 'unknown';
    // an organisation named by a description may be the one the text named ("the ministry" for "the Ministry of Health")
    if (kind === 'organization' && /^the\s/iu.test(mention.text)) {
      const named = context.entities.lookupOrganization(head, mention.start);
      if (named) return { name: named.name, kind, mention };
    }
    return { name: mention.text, kind, mention };
  },
};
