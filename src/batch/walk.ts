/**
 * From the inputs as named (files, folders, globs, '-') to the list of
 * articles to read, in a deterministic order: operands in the order given;
 * inside a folder, entries sorted by name (code-unit order, the same on every
 * machine and locale), depth first. Hidden entries (a name starting with '.')
 * are skipped; in folders only files with a text-like extension are taken;
 * symbolic links are followed when they lead to a place inside the folder
 * walked (anywhere with `follow`; else one leading outside is reported and
 * skipped), and one that leads back to a folder above it (a loop) is
 * reported, not walked. What cannot be walked is yielded as a
 * failure in its place, so that it is reported in order, once.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { globToRegExp, hasMagic, splitGlob } from './glob.js';
import { describeSystemError } from './read.js';

/** Extensions taken from folders unless --ext says otherwise: plain text, Markdown and web pages. */
export const TEXT_EXTENSIONS: readonly string[] = ['.txt', '.text', '.md', '.markdown', '.rst', '.html', '.htm', '.xhtml'];

/** How an input was named: a file (or '-') given as is, found in a folder, or matched by a glob. */
export type InputSource = 'file' | 'stdin' | 'folder' | 'glob';

export interface FoundInput {
  /** The path as the output names it: the operand, or the operand joined with the path below it. */
  file: string;
  /** The path below the folder or glob base (the file name for an operand): what --out-dir mirrors. */
  relative: string;
  source: InputSource;
  /** Why it cannot be read (a symbolic link loop, a broken link, no match); absent for an input to read. */
  failure?: string;
}

export interface WalkOptions {
  /** Extensions (with the dot, lower case) of the files taken from folders. */
  extensions?: readonly string[];
  /** Folders never walked (real paths), such as the output folder. */
  exclude?: readonly string[];
  /** Follow symbolic links that lead outside the folder walked (by default they are reported and skipped). */
  follow?: boolean;
}

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function joinPath(base: string, name: string): string {
  if (base === '' || base === '.') return name;
  return base.endsWith('/') ? base + name : `${base}/${name}`;
}

interface Walk {
  /** Whether a file (relative path below the root) is taken. */
  accept(relative: string): boolean;
  /** How many folders deep to go below the root. */
  depth: number;
  source: InputSource;
  exclude: ReadonlySet<string>;
  /** The real path of the folder walked, and whether links leading outside it are followed. */
  root: string;
  follow: boolean;
}

async function* walkFolder(folder: string, display: string, relative: string, ancestors: string[], walk: Walk, level: number): AsyncGenerator<FoundInput> {
  let entries: Dirent[];
  try {
    entries = (await readdir(folder, { withFileTypes: true })).sort(byName);
  } catch (error) {
    yield { file: display, relative, source: walk.source, failure: `cannot read the folder: ${describeSystemError(error)}` };
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = joinPath(folder, entry.name);
    const file = joinPath(display, entry.name);
    const below = relative === '' ? entry.name : `${relative}/${entry.name}`;
    let kind: 'folder' | 'file' | 'other' = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        kind = target.isDirectory() ? 'folder' : target.isFile() ? 'file' : 'other';
        if (!walk.follow && (kind === 'folder' || walk.accept(below))) {
          const real = await realpath(path);
          if (real !== walk.root && !real.startsWith(walk.root.endsWith('/') ? walk.root : `${walk.root}/`)) {
            yield { file, relative: below, source: walk.source, failure: `symbolic link leading outside ${walk.root} (to ${real}); not followed without --follow` };
            continue;
          }
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (walk.accept(below) || (code === 'ELOOP' && level < walk.depth)) {
          const failure = code === 'ENOENT' ? 'broken symbolic link (its target does not exist)' : describeSystemError(error);
          yield { file, relative: below, source: walk.source, failure };
        }
        continue;
      }
    }
    if (kind === 'folder') {
      if (level >= walk.depth) continue;
      let real: string;
      try {
        real = await realpath(path);
      } catch (error) {
        yield { file, relative: below, source: walk.source, failure: `cannot read the folder: ${describeSystemError(error)}` };
        continue;
      }
      if (walk.exclude.has(real)) continue;
      if (ancestors.includes(real)) {
        yield { file, relative: below, source: walk.source, failure: `symbolic link loop (leads back to ${real}); not walked` };
        continue;
      }
      yield* walkFolder(path, file, below, [...ancestors, real], walk, level + 1);
    } else if (walk.accept(below)) {
      yield kind === 'file'
        ? { file, relative: below, source: walk.source }
        : { file, relative: below, source: walk.source, failure: 'not a regular file (a pipe, socket or device); skipped' };
    }
  }
}

async function isFolder(path: string): Promise<boolean | null> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return null;
  }
}

/**
 * The articles named by the operands, in order. A folder is walked; an
 * operand that does not exist but holds glob syntax is expanded (files
 * only); anything else is an input as named, read later (and reported
 * then if it cannot be).
 */
export async function* findInputs(operands: Iterable<string>, options: WalkOptions = {}): AsyncGenerator<FoundInput> {
  const extensions = new Set((options.extensions ?? TEXT_EXTENSIONS).map((e) => e.toLowerCase()));
  const exclude = new Set(options.exclude ?? []);
  const follow = options.follow === true;
  for (const operand of operands) {
    if (operand === '-') {
      yield { file: '-', relative: '-', source: 'stdin' };
      continue;
    }
    const folder = await isFolder(operand);
    if (folder) {
      const real = await realpath(operand);
      const walk: Walk = { accept: (relative) => extensions.has(extname(relative).toLowerCase()), depth: Infinity, source: 'folder', exclude, root: real, follow };
      yield* walkFolder(operand, operand.replace(/(.)\/+$/, '$1'), '', [real], walk, 0);
    } else if (folder === null && hasMagic(operand)) {
      yield* expandGlob(operand, exclude, follow);
    } else {
      yield { file: operand, relative: operand.split('/').pop() ?? operand, source: 'file' };
    }
  }
}

async function* expandGlob(glob: string, exclude: ReadonlySet<string>, follow: boolean): AsyncGenerator<FoundInput> {
  const { base, pattern, depth } = splitGlob(glob);
  const matcher = globToRegExp(pattern);
  let found = false;
  const root = base === '' ? '.' : base;
  let real: string;
  try {
    real = await realpath(root);
  } catch {
    yield { file: glob, relative: glob, source: 'glob', failure: 'no such file or directory, and no file matches it as a pattern' };
    return;
  }
  const walk: Walk = { accept: (relative) => matcher.test(relative), depth, source: 'glob', exclude, root: real, follow };
  for await (const input of walkFolder(root, base, '', [real], walk, 0)) {
    found = true;
    yield input;
  }
  if (!found) yield { file: glob, relative: glob, source: 'glob', failure: 'no such file or directory, and no file matches it as a pattern' };
}
