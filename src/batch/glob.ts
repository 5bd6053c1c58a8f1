/**
 * Glob patterns, for inputs the shell did not expand (`quotes 'news/**\/*.txt'`):
 * `*` (any run of characters but `/`), `**` (as a whole segment: any number of
 * folders, none included), `?` (one character but `/`), `[abc]`, `[a-z]`,
 * `[!abc]` (one of, none of), `{a,b}` (either, nested allowed) and `\x` (x
 * itself). A pattern is split into a literal base folder, where the walk
 * starts, and the rest, matched against paths relative to that base.
 */

const MAGIC = /[*?[{]/;

/** Whether a path holds glob syntax (`*`, `?`, `[`, `{`). */
export function hasMagic(path: string): boolean {
  return MAGIC.test(path);
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;

function escape(text: string): string {
  return text.replace(REGEX_SPECIAL, '\\$&');
}

/** The index of the `]` closing a class opened at `open`, or -1. A `]` right after `[` or `[!` is literal. */
function classEnd(pattern: string, open: number): number {
  let i = open + 1;
  if (pattern[i] === '!' || pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  for (; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']') return i;
    else if (pattern[i] === '/') return -1;
  }
  return -1;
}

/** The index of the `}` closing a brace opened at `open` and the top-level alternatives, or null when it is not a list. */
function braceAlternatives(pattern: string, open: number): { end: number; alternatives: string[] } | null {
  let depth = 0;
  let start = open + 1;
  const alternatives: string[] = [];
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[') {
      const end = classEnd(pattern, i);
      if (end > 0) i = end;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      alternatives.push(pattern.slice(start, i));
      return alternatives.length > 1 ? { end: i, alternatives } : null;
    } else if (c === ',' && depth === 1) {
      alternatives.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  return null;
}

/** The regular-expression source of a pattern (no anchors). `atSegmentStart`: whether a `**` here would start a segment. */
function translate(pattern: string, atSegmentStart: boolean): string {
  let source = '';
  let segmentStart = atSegmentStart;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const wasSegmentStart = segmentStart;
    segmentStart = false;
    if (c === '*' && pattern[i + 1] === '*' && wasSegmentStart && (pattern[i + 2] === '/' || i + 2 === pattern.length)) {
      // "**/" is any number of folders (none included); a final "**" is anything below
      if (pattern[i + 2] === '/') {
        source += '(?:[^/]+/)*';
        i += 2;
        segmentStart = true;
      } else {
        source += '.*';
        i += 1;
      }
    } else if (c === '*') {
      while (pattern[i + 1] === '*') i++;
      source += '[^/]*';
    } else if (c === '?') {
      source += '[^/]';
    } else if (c === '[' && classEnd(pattern, i) > 0) {
      const end = classEnd(pattern, i);
      let body = pattern.slice(i + 1, end);
      const negated = body[0] === '!' || body[0] === '^';
      if (negated) body = body.slice(1);
      body = body.replace(/\\(.)/g, '$1').replace(/[\\\]^]/g, '\\$&');
      source += negated ? `(?!/)[^${body}]` : `[${body}]`;
      i = end;
    } else if (c === '{' && braceAlternatives(pattern, i)) {
      const { end, alternatives } = braceAlternatives(pattern, i)!;
      source += `(?:${alternatives.map((a) => translate(a, wasSegmentStart)).join('|')})`;
      i = end;
    } else if (c === '\\' && i + 1 < pattern.length) {
      source += escape(pattern[++i]!);
    } else {
      source += escape(c);
      segmentStart = c === '/';
    }
  }
  return source;
}

/** A regular expression matching the whole of a relative path (`/`-separated) against the pattern. */
export function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${translate(pattern, true)}$`, 'u');
}

export interface SplitGlob {
  /** The literal folder the walk starts from, as spelled ('' for the current folder). */
  base: string;
  /** The rest of the pattern, relative to the base. */
  pattern: string;
  /** How many folders deep a match can lie below the base; Infinity with `**`. */
  depth: number;
}

/** Splits `news/2024/**\/*.txt` into the base `news/2024` and the pattern `**\/*.txt`. */
export function splitGlob(glob: string): SplitGlob {
  const segments = glob.split('/');
  let literal = 0;
  while (literal < segments.length - 1 && !hasMagic(segments[literal]!) && !segments[literal]!.includes('\\')) literal++;
  const rest = segments.slice(literal);
  const base = literal === 1 && segments[0] === '' ? '/' : segments.slice(0, literal).join('/');
  return {
    base,
    pattern: rest.join('/'),
    depth: rest.some((s) => s.includes('**')) ? Infinity : rest.length - 1,
  };
}
