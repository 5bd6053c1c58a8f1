/**
 * Libraries loaded on first use, so that a run that never needs them (plain
 * UTF-8 text: most runs) does not pay their start-up cost: linkedom alone
 * takes about 200 ms to load, cli-table3 (tables for a terminal) about 8 ms,
 * marked (Markdown input) about 12 ms. marked is an ES module only: Node
 * 20.19 and later require() one without a warning (the engines field asks
 * for 20.19).
 */
import { createRequire } from 'node:module';
import type Table from 'cli-table3';
import type * as Marked from 'marked';

const require = createRequire(import.meta.url);
const loaded = new Map<string, unknown>();

function load<T>(name: string): T {
  if (!loaded.has(name)) loaded.set(name, require(name));
  return loaded.get(name) as T;
}

export const linkedom = (): typeof import('linkedom') => load('linkedom');
export const readability = (): typeof import('@mozilla/readability') => load('@mozilla/readability');
export const chardet = (): typeof import('chardet') => load('chardet');
export const iconv = (): typeof import('iconv-lite') => load('iconv-lite');
export const cliTable = (): typeof Table => load('cli-table3');
export const marked = (): typeof Marked => load('marked');
