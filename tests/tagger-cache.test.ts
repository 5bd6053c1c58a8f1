/**
 * The tagger's code cache (TAGGER_CACHE in src/nlp.ts, written by the build):
 * a process with the launcher's flags takes it, and the tagger it gives tags
 * as the one compiled from source; a cache V8 refuses (another V8, other
 * flags, damaged) leaves the tagger compiled as usual, with the same tags.
 * Checked in child processes: V8 takes a cache only under the flags it was
 * made with, and vitest's workers run with others.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a script of the repository, without types
import { NODE_FLAGS } from '../scripts/node-command.mjs';

const NLP = new URL('../dist/nlp.js', import.meta.url).href;
const CACHE = fileURLToPath(new URL('../dist/tagger.cache', import.meta.url));

const PHRASES = ['Vladimir Putin', 'the Kremlin', 'Maria Zakharova said', 'officials denied it', 'Goldman Sachs'];

/** In a child with `flags`: whether the tagger came from `cache` ('none': compiled from source), and each phrase's tags. */
function load(flags: readonly string[], cache: 'built' | 'damaged' | 'none'): { fromCache: boolean; tags: string[][] } {
  const script = `
    const { readFileSync } = await import('node:fs');
    const { loadTagger, TAGGER_CACHE } = await import(${JSON.stringify(NLP)});
    const data = ${JSON.stringify(cache)} === 'built' ? readFileSync(TAGGER_CACHE) : ${JSON.stringify(cache)} === 'damaged' ? Buffer.from('not a code cache') : undefined;
    const { nlp, fromCache } = loadTagger(data);
    const tags = ${JSON.stringify(PHRASES)}.map((p) => [...new Set(nlp(p).docs.flat().flatMap((t) => [...t.tags]))].sort());
    console.log(JSON.stringify({ fromCache, tags }));
  `;
  return JSON.parse(execFileSync(process.execPath, [...flags, '--input-type=module', '-e', script], { encoding: 'utf8' }));
}

describe('the tagger code cache', () => {
  it('is written by the build', () => {
    expect(existsSync(CACHE)).toBe(true);
  });

  it('is taken under the launcher flags, and tags as the tagger compiled from source', () => {
    const cached = load(NODE_FLAGS, 'built');
    const compiled = load(NODE_FLAGS, 'none');
    expect(cached.fromCache).toBe(true);
    expect(compiled.fromCache).toBe(false);
    expect(cached.tags).toEqual(compiled.tags);
    expect(cached.tags[0]).toContain('Person');
  });

  it('is refused when damaged or under other flags, and the tagger still tags the same', () => {
    const compiled = load(NODE_FLAGS, 'none');
    const damaged = load(NODE_FLAGS, 'damaged');
    const otherFlags = load([], 'built');
    expect(damaged.fromCache).toBe(false);
    expect(otherFlags.fromCache).toBe(false);
    expect(damaged.tags).toEqual(compiled.tags);
    expect(otherFlags.tags).toEqual(compiled.tags);
  });
});
