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
 * failure in its place, so that it is reported in order, once. Paths are
 * walked as bytes, so a name that is not UTF-8 is found and read too.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { globToRegExp, hasMagic, splitGlob } from './glob.js';
import { byteString, escapedPath, pathText } from './path-names.js';
import { describeSystemError } from './read.js';

/** Extensions taken from folders unless --ext says otherwise: plain text, Markdown and web pages. */
export const TEXT_EXTENSIONS: readonly string[] = ['.txt', '.text', '.md', '.markdown', '.rst', '.html', '.htm', '.xhtml'];

/** How an input was named: a file (or '-') given as is, found in a folder, or matched by a glob. */
export type InputSource = 'file' | 'stdin' | 'folder' | 'glob';

export interface FoundInput {
  /** The path as the output names it: the operand, or the operand joined with the path below it (each byte that is not UTF-8 as U+FFFD). */
  file: string;
  /** The path's exact bytes, when they are not UTF-8 (so `file` does not name it); what to read. */
  fileBytes?: Uint8Array;
  /** The path below the folder or glob base (the file name for an operand): what --out-dir mirrors. */
  relative: string;
  /** Its exact bytes, when they are not UTF-8. */
  relativeBytes?: Uint8Array;
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

/** An entry of a folder: its name as bytes, and as text (U+FFFD for a byte that is not UTF-8) for sorting and matching. */
interface Entry {
  name: Buffer;
  text: string;
  isDirectory(): boolean;
  isFile(): boolean;
  isSymbolicLink(): boolean;
}

/** Code-unit order of the names as text (the same on every machine and locale); their bytes decide between names that read alike. */
const byName = (a: Entry, b: Entry): number => (a.text < b.text ? -1 : a.text > b.text ? 1 : Buffer.compare(a.name, b.name));

const SLASH = Buffer.from('/');
const DOT = Buffer.from('.');

function joinPath(base: Buffer, name: Buffer): Buffer {
  if (base.length === 0 || base.equals(DOT)) return name;
  return base[base.length - 1] === SLASH[0] ? Buffer.concat([base, name]) : Buffer.concat([base, SLASH, name]);
}

/** What the walk yields for a path (shown as `file`, below the root as `relative`). */
function found(file: Buffer, relative: Buffer, source: InputSource, failure?: string): FoundInput {
  return {
    file: pathText(file),
    ...(isUtf8(file) ? {} : { fileBytes: file }),
    relative: pathText(relative),
    ...(isUtf8(relative) ? {} : { relativeBytes: relative }),
    source,
    ...(failure === undefined ? {} : { failure }),
  };
}

interface Walk {
  /** Whether a file (relative path below the root) is taken. */
  accept(relative: string): boolean;
  /** How many folders deep to go below the root. */
  depth: number;
  source: InputSource;
  /** The real paths of folders never walked, as byte strings. */
  exclude: ReadonlySet<string>;
  /** The real path of the folder walked, and whether links leading outside it are followed. */
  root: Buffer;
  follow: boolean;
}

/** Whether a real path is the root or below it. */
function inside(real: Buffer, root: Buffer): boolean {
  if (real.equals(root)) return true;
  const prefix = root[root.length - 1] === SLASH[0] ? root : Buffer.concat([root, SLASH]);
  return real.length > prefix.length && real.subarray(0, prefix.length).equals(prefix);
}

async function* walkFolder(folder: Buffer, display: Buffer, relative: Buffer, ancestors: string[], walk: Walk, level: number): AsyncGenerator<FoundInput> {
  let entries: Entry[];
  try {
    entries = (await readdir(folder, { withFileTypes: true, encoding: 'buffer' }))
      .map((dirent) => Object.assign(dirent, { text: pathText(dirent.name) }))
      .sort(byName);
  } catch (error) {
    yield found(display, relative, walk.source, `cannot read the folder: ${describeSystemError(error)}`);
    return;
  }
  for (const entry of entries) {
    if (entry.text.startsWith('.')) continue;
    const path = joinPath(folder, entry.name);
    const file = joinPath(display, entry.name);
    const below = joinPath(relative, entry.name);
    const belowText = pathText(below);
    let kind: 'folder' | 'file' | 'other' = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        kind = target.isDirectory() ? 'folder' : target.isFile() ? 'file' : 'other';
        if (!walk.follow && (kind === 'folder' || walk.accept(belowText))) {
          const real = await realpath(path, { encoding: 'buffer' });
          if (!inside(real, walk.root)) {
            yield found(file, below, walk.source, `symbolic link leading outside ${escapedPath(walk.root)} (to ${escapedPath(real)}); not followed without --follow`);
            continue;
          }
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (walk.accept(belowText) || (code === 'ELOOP' && level < walk.depth)) {
          const failure = code === 'ENOENT' ? 'broken symbolic link (its target does not exist)' : describeSystemError(error);
          yield found(file, below, walk.source, failure);
        }
        continue;
      }
    }
    if (kind === 'folder') {
      if (level >= walk.depth) continue;
      let real: Buffer;
      try {
        real = await realpath(path, { encoding: 'buffer' });
      } catch (error) {
        yield found(file, below, walk.source, `cannot read the folder: ${describeSystemError(error)}`);
        continue;
      }
      if (walk.exclude.has(byteString(real))) continue;
      if (ancestors.includes(byteString(real))) {
        yield found(file, below, walk.source, `symbolic link loop (leads back to ${escapedPath(real)}); not walked`);
        continue;
      }
      yield* walkFolder(path, file, below, [...ancestors, byteString(real)], walk, level + 1);
    } else if (walk.accept(belowText)) {
      yield kind === 'file' ? found(file, below, walk.source) : found(file, below, walk.source, 'not a regular file (a pipe, socket or device); skipped');
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
  const exclude = new Set((options.exclude ?? []).map(byteString));
  const follow = options.follow === true;
  for (const operand of operands) {
    if (operand === '-') {
      yield { file: '-', relative: '-', source: 'stdin' };
      continue;
    }
    const folder = await isFolder(operand);
    if (folder) {
      const real = await realpath(operand, { encoding: 'buffer' });
      const walk: Walk = { accept: (relative) => extensions.has(extname(relative).toLowerCase()), depth: Infinity, source: 'folder', exclude, root: real, follow };
      yield* walkFolder(Buffer.from(operand), Buffer.from(operand.replace(/(.)\/+$/, '$1')), Buffer.alloc(0), [byteString(real)], walk, 0);
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
  let real: Buffer;
  try {
    real = await realpath(root, { encoding: 'buffer' });
  } catch {
    yield { file: glob, relative: glob, source: 'glob', failure: 'no such file or directory, and no file matches it as a pattern' };
    return;
  }
  const walk: Walk = { accept: (relative) => matcher.test(relative), depth, source: 'glob', exclude, root: real, follow };
  for await (const input of walkFolder(Buffer.from(root), Buffer.from(base), Buffer.alloc(0), [byteString(real)], walk, 0)) {
    found = true;
    yield input;
  }
  if (!found) yield { file: glob, relative: glob, source: 'glob', failure: 'no such file or directory, and no file matches it as a pattern' };
}
