/**
 * Resolver described-name: a description in lower case, then a name: the
 * name speaks, and the description is its title.
 *   Her colleague Bruno Ashe said… → Bruno Ashe, title "Her colleague"   the elder Okafor → the nearest Okafor
 */
import { type Resolver, extend } from './resolver.js';
import { nameSpeaker } from './60-name.js';

/** A description in lower case, then a name of capitalised words. */
const NAME_AFTER_DESCRIPTION = /^((?:\p{L}[\p{L}'’\-]*\s)(?:\p{Ll}[\p{L}'’\-]*\s)*)(\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s\p{Lu}[\p{L}\p{M}'’.\-]*)*)$/u;
/** A description that is only an article, or ends with a preposition ("the Ministry of"), describes nobody. */
const NOT_DESCRIPTION = /^(?:(?:the|a|an)\s)$|\s(?:of|for|at|in|on|to|from|with|and)\s$/iu;

export const describedName: Resolver = {
  id: 'described-name',
  example: 'Her colleague Bruno Ashe said… → Bruno Ashe',
  resolve(mention, context) {
    const named = NAME_AFTER_DESCRIPTION.exec(mention.text);
    if (!named || NOT_DESCRIPTION.test(named[1]!) || NOT_DESCRIPTION.test(` ${named[1]!}`)) return undefined;
    // a description has a word in lower case ("Her colleague"): "Petra Lorne" is one name
    if (!named[1]!.trim().split(/\s+/u).some((w) => /^\p{Ll}/u.test(w))) return undefined;
    const offset = named.index + named[1]!.length;
    const speaker = nameSpeaker({ text: named[2]!, start: mention.start + offset, end: mention.end }, context);
    if (!speaker) return undefined;
    return extend(speaker, { mention, title: speaker.title ?? named[1]!.trim() });
  },
};
