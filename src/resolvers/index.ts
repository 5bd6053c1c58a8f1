/**
 * The speaker resolvers in the order they run: the first that takes a
 * mention decides. The order is configuration: change it here, nowhere else.
 */
import { relativeWho } from './10-relative-who.js';
import { pronoun } from './20-pronoun.js';
import { organizationPronoun } from './25-organization-pronoun.js';
import { groupNoun } from './30-group-noun.js';
import { roleNoun } from './40-role-noun.js';
import { describedName } from './50-described-name.js';
import { name } from './60-name.js';
import { description } from './70-description.js';
import type { Resolver } from './resolver.js';

export type { Resolver, ResolverContext, Resolution, Resolved, RoleSpeaker } from './resolver.js';

export const RESOLVERS: readonly Resolver[] = [relativeWho, pronoun, organizationPronoun, groupNoun, roleNoun, describedName, name, description];

/** The resolver with this id, or undefined. */
export function resolverById(id: string | null | undefined): Resolver | undefined {
  return RESOLVERS.find((r) => r.id === id);
}
