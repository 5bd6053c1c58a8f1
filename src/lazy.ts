/**
 * Libraries loaded on first use, so that a run that never needs them (plain
 * UTF-8 text: most runs) does not pay their start-up cost: linkedom alone
 * takes about 200 ms to load, cli-table3 (tables for a terminal) about 8 ms.
 * (marked, an ES module only, is imported as usual: require() of an ES module
 * warns on some Node 20 releases.)
 */
import { createRequire } from 'node:module';
import type Table from 'cli-table3';

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
