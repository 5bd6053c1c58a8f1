/**
 * Stage 7, speakers: turn each attribution's mention into a speaker with a
 * canonical name, a kind and a title, so that "Putin", "President Vladimir
 * Putin", "he" and "the Russian president" all come out as "Vladimir Putin".
 *
 * The document's names become entities (speakers/entities.ts); each mention
 * goes through the resolvers of resolvers/index in order, and the first that
 * takes it decides (its id is the speaker's `resolver`). A quotation that
 * continues another, or whose sieve carried the speaker over from an
 * earlier attribution, has that attribution's speaker. Quotes in a headline
 * are resolved last, against the body: the speaker of the same words there,
 * else the body's speaker the headline names or describes.
 */
import { RESOLVERS, type Resolved, type Resolver, type ResolverContext } from '../resolvers/index.js';
import { defined, extend } from '../resolvers/resolver.js';
import { type Entity, collectEntities, headlineOf } from '../speakers/entities.js';
import { sameRole } from '../lexicon/mentions.js';
import type { Mention, Paragraph, Quotation, Sentence, Span, Speaker, SpeakerSummary } from '../types.js';
import type { Attribution } from './06-attribution.js';

/** A relative pronoun between a mention and its cue: "Graham, who says", "the report, which found". */
const RELATIVE_PRONOUN = /^,\s+(who|which)\s+(?:\p{Ll}+\s+){0,2}$/u;

/**
 * "Graham, who says the allies should send troops": the cue's subject, the
 * words at the quote naming the speaker, is "who" (as PolNeAR marks the
 * source); the name it stands for is the mention before it. Null when the
 * mention is the cue's subject itself.
 */
function relativeSubject(text: string, mention: Mention, cue: Span): Mention | null {
  if (cue.start <= mention.end) return null;
  const m = RELATIVE_PRONOUN.exec(text.slice(mention.end, cue.start));
  if (!m) return null;
  const start = mention.end + m[0].indexOf(m[1]!, 1);
  return { text: m[1]!, start, end: start + m[1]!.length };
}

/** Runs the resolvers on one mention. */
function resolveMention(mention: Mention, context: ResolverContext, resolvers: readonly Resolver[]): Speaker | null {
  for (const resolver of resolvers) {
    const speaker = resolver.resolve(mention, context);
    if (speaker === undefined) continue;
    return speaker === null ? null : extend(speaker, { resolver: resolver.id });
  }
  return null;
}

export interface SpeakerInput {
  text: string;
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  quotations: readonly Quotation[];
  attributions: readonly Attribution[];
  nonBody?: readonly Span[];
  resolvers?: readonly Resolver[];
}

/** One speaker (or null) per attribution, in the same order. */
export function resolveSpeakers({ text, paragraphs, sentences, quotations, attributions, nonBody = [], resolvers = RESOLVERS }: SpeakerInput): (Speaker | null)[] {
  const entities = collectEntities(text, paragraphs, sentences, quotations, nonBody);
  const history: Resolved[] = [];
  const spoken = new Set<Entity>();
  const context: ResolverContext = { text, sentences, paragraphs, entities, headline: headlineOf(text, paragraphs), history, spoken, roles: [] };
  const byName = new Map(entities.entities.map((e) => [e.name, e]));
  const speakers: (Speaker | null)[] = [];
  for (const attribution of attributions) {
    let speaker: Speaker | null = null;
    const from = attribution.continues ?? attribution.inherits;
    if (from !== null) {
      const inherited = speakers[from];
      speaker = inherited ? extend(inherited, { mention: null }) : null;
    } else if (attribution.mention) {
      speaker = resolveMention(attribution.mention, context, resolvers);
      if (speaker && attribution.title) speaker = withTitle(speaker, attribution.title, byName);
      const relative = speaker && attribution.cue ? relativeSubject(text, attribution.mention, attribution.cue) : null;
      if (speaker && relative) speaker = extend(speaker, { mention: relative });
    }
    if (speaker?.name && from === null) {
      const entity = speaker.kind === 'person' || speaker.kind === 'organization' ? byName.get(speaker.name) : undefined;
      if (entity) spoken.add(entity);
      history.push({ speaker, ...(entity ? { entity } : {}), at: attribution.mention?.start ?? attribution.quotation.start });
    }
    speakers.push(speaker);
  }
  if (context.headline) resolveHeadline(context, attributions, speakers, byName);
  return speakers;
}

/** An appositive's title goes on the speaker and on their entity, so a later "the doctor" finds them. */
function withTitle(speaker: Speaker, title: string, byName: ReadonlyMap<string, Entity>): Speaker {
  const entity = speaker.name ? byName.get(speaker.name) : undefined;
  if (entity) {
    if (!entity.title) entity.title = title;
    for (const word of title.toLowerCase().split(/[^\p{L}]+/u)) if (word) entity.roles.add(word);
  }
  return extend(speaker, { title });
}

/** Lower-case words of letters and digits. */
const wordsIn = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of the headline quote's words a body quote must hold to be the same words. */
const SAME_WORDS = 0.8;

/**
 * Quotes in the headline: the speaker of the body quote with the same words;
 * else, when the headline's own speaker is unknown or only described, the
 * body speaker the headline names, or (for a role: "Victim reveals…") the
 * body's speaker given that role, else the person the body quotes most.
 */
function resolveHeadline(context: ResolverContext, attributions: readonly Attribution[], speakers: (Speaker | null)[], byName: ReadonlyMap<string, Entity>): void {
  const headline = context.headline!;
  const { text } = context;
  const quoted = (a: Attribution): string => a.quotation.quotations.flatMap((q) => q.parts).map((p) => text.slice(p.start, p.end)).join(' ');
  const body = attributions.map((a, i) => ({ a, i })).filter(({ a, i }) => a.quotation.start >= headline.end && speakers[i]?.name);
  const counts = new Map<string, { speaker: Speaker; quotes: number }>();
  for (const { a, i } of body) {
    if (a.quotation.type === 'indirect') continue;
    const s = speakers[i]!;
    const entry = counts.get(s.name!) ?? { speaker: s, quotes: 0 };
    entry.quotes++;
    counts.set(s.name!, entry);
  }
  const people = [...counts.values()].filter((c) => c.speaker.kind === 'person').sort((x, y) => y.quotes - x.quotes);
  for (const [i, a] of attributions.entries()) {
    if (a.quotation.start >= headline.end || a.quotation.type === 'indirect') continue;
    const own = speakers[i];
    const mention = own?.mention ?? null;
    const words = wordsIn(quoted(a));
    const same = words.length >= 3 ? body.find(({ a: b }) => b.quotation.type !== 'indirect' && share(words, new Set(wordsIn(quoted(b)))) >= SAME_WORDS) : undefined;
    if (same) {
      speakers[i] = extend(speakers[same.i]!, { mention, resolver: 'headline-same-words' });
      continue;
    }
    if (own && own.kind !== 'role' && own.kind !== 'unknown' && own.name) continue;
    if (!own && a.mention) continue; // a mention that names nobody ("– Irish rugby community…")
    const named = context.entities.occurrences.find((o) => o.start >= headline.start && o.end <= headline.end && counts.has(o.entity.name));
    let speaker: Speaker | undefined = named ? counts.get(named.entity.name)!.speaker : undefined;
    if (!speaker && own?.kind === 'role') {
      const roles = sameRole(own.name!.toLowerCase().split(/\s+/u).at(-1)!);
      speaker =
        [...counts.values()].find((c) => c.speaker.kind === 'role' && roles.has(c.speaker.name!.toLowerCase().split(/\s+/u).at(-1)!))?.speaker ??
        people.find((c) => [...(byName.get(c.speaker.name!)?.roles ?? [])].some((r) => roles.has(r)))?.speaker ??
        people[0]?.speaker;
    }
    if (speaker) speakers[i] = defined({ ...speaker, mention, resolver: 'headline-body-speaker' });
  }
}

function share(words: readonly string[], set: ReadonlySet<string>): number {
  return words.filter((w) => set.has(w)).length / words.length;
}

/** One summary per named speaker, in order of first quote. */
export function summarizeSpeakers(speakers: (Speaker | null)[]): SpeakerSummary[] {
  const byName = new Map<string, SpeakerSummary>();
  for (const speaker of speakers) {
    if (!speaker?.name) continue;
    let summary = byName.get(speaker.name);
    if (!summary) {
      summary = { name: speaker.name, kind: speaker.kind, ...(speaker.title ? { title: speaker.title } : {}), quotes: 0, mentions: [] };
      byName.set(speaker.name, summary);
    }
    summary.quotes++;
    if (speaker.mention && !summary.mentions.includes(speaker.mention.text)) summary.mentions.push(speaker.mention.text);
  }
  return [...byName.values()];
}
