/**
 * Compiling the large patterns for the characters a text holds.
 *
 * V8 builds each Unicode property escape (\p{L}, \p{Lu}, …) anew where it
 * occurs, from ICU's tables, over the whole of Unicode; the grammar's largest
 * patterns hold a hundred or more, and building them was most of the patterns'
 * compile time (about 250 ms of a one-article run) and half of their machine
 * code. Most news text holds only COMMON characters (Latin-1 and Latin
 * Extended-A, the combining diacritics, General Punctuation…: all 840 of
 * PolNeAR train's articles). A
 * pattern only ever tests a class against characters of the string it runs
 * on, so on such a text a class matches just what its COMMON members match:
 * each pattern has a second form, its property escapes written out as their
 * COMMON members (a few ranges), used while an extraction reads a text of
 * COMMON characters only. The matches are the same; the form compiles several
 * times faster.
 *
 * Once a text of other characters has needed a pattern's first form, that
 * form serves every text after, and the second is let go, so that a batch
 * holds the code of one form of each pattern, not both.
 *
 * Left in their first form: case-insensitive patterns (case folding reaches
 * outside COMMON), and patterns whose second form would pass V8's 20 KB limit
 * (past it V8 stops optimising a pattern, and it runs several times slower).
 */

/**
 * The COMMON characters, as [first, last] code points: Latin-1 and Latin
 * Extended-A ("Erdoğan", "Łukaszenka"; less "µ", "ÿ", "Ÿ" and "ŉ", whose other
 * case lies outside, so that the set is closed under case mapping), the
 * combining diacritical marks (less U+0345, whose capital is Greek), General
 * Punctuation, the currency signs, CJK symbols and punctuation (the corner
 * brackets 「」『』 are quotation marks) and the byte-order mark.
 */
const COMMON: readonly (readonly [number, number])[] = [
  [0x00, 0xb4],
  [0xb6, 0xfe],
  [0x100, 0x148],
  [0x14a, 0x177],
  [0x179, 0x17f],
  [0x300, 0x344],
  [0x346, 0x36f],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x3000, 0x303f],
  [0xfeff, 0xfeff],
];

/** A code point as it can stand in a character class (the class's own syntax and control characters escaped). */
function classChar(c: number): string {
  return c < 0x20 || c === 0x2d || c === 0x5b || c === 0x5c || c === 0x5d || c === 0x5e || c === 0x7f
    ? `\\u${c.toString(16).padStart(4, '0')}`
    : String.fromCharCode(c);
}

/** Ranges of code points as the inside of a character class. */
function classRanges(ranges: readonly (readonly [number, number])[]): string {
  return ranges.map(([a, b]) => (a === b ? classChar(a) : b === a + 1 ? classChar(a) + classChar(b) : `${classChar(a)}-${classChar(b)}`)).join('');
}

/** Any character outside COMMON. */
const UNCOMMON = new RegExp(`[^${classRanges(COMMON)}]`, 'u');

/** True when every character of `text` is COMMON. */
export function isCommonText(text: string): boolean {
  return !UNCOMMON.test(text);
}

const members = new Map<string, string>();

/** The COMMON members of \p{name}, as the inside of a character class. */
function commonMembers(name: string): string {
  let inside = members.get(name);
  if (inside === undefined) {
    const property = new RegExp(String.raw`^\p{${name}}$`, 'u');
    const ranges: [number, number][] = [];
    for (const [first, last] of COMMON) {
      for (let c = first; c <= last; c++) {
        if (!property.test(String.fromCharCode(c))) continue;
        const open = ranges.at(-1);
        if (open && open[1] === c - 1) open[1] = c;
        else ranges.push([c, c]);
      }
    }
    members.set(name, (inside = classRanges(ranges)));
  }
  return inside;
}

const PROPERTY = /\\p\{([A-Za-z_]+)\}/y;

/**
 * `source` with each property escape \p{…} written as its COMMON members:
 * inside a character class as more of its ranges, outside as a class of its
 * own. Everything else as written.
 */
export function commonSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      PROPERTY.lastIndex = i;
      const m = PROPERTY.exec(source);
      if (m) {
        const inside = commonMembers(m[1]!);
        out += inClass ? inside : `[${inside}]`;
        i += m[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/** V8 optimises a pattern whose source is at most this long (RegExp::kRegExpTooLargeToOptimize, 20 KB). */
const OPTIMISED_SOURCE = 20 * 1024;

/** Whether the extraction running reads a text of COMMON characters only (see readingText). */
let commonText = false;

/**
 * Runs `read` with the patterns in the form for `text`'s characters: every
 * string a pattern runs on meanwhile must be `text`, a part of it, or made of
 * its characters (changed in case at most). Back to the first form after.
 */
export function readingText<T>(text: string, read: () => T): T {
  const outer = commonText;
  commonText = isCommonText(text);
  try {
    return read();
  } finally {
    commonText = outer;
  }
}

/**
 * A pattern compiled on first use (flags 'du' unless told: case-sensitive,
 * Unicode, group offsets), in the form for the text being read (see
 * readingText). Parsing one of the large patterns takes milliseconds, and a
 * run needs only some of them (a text with no "according to" never runs
 * those): built at start-up, they were a sixth of a one-article run.
 */
export function lazyPattern(source: string, flags = 'du'): () => RegExp {
  let full: RegExp | undefined;
  let common: RegExp | undefined | null;
  return () => {
    // once a text needed the first form it serves every text, and the second is let go: a batch holds one form's code
    if (full) return full;
    if (commonText) {
      if (common === undefined) {
        const written = flags.includes('i') || !source.includes('\\p{') ? null : commonSource(source);
        common = written !== null && written.length <= OPTIMISED_SOURCE ? new RegExp(written, flags) : null;
      }
      if (common) return common;
    }
    common = null;
    return (full = new RegExp(source, flags));
  };
}

/** Characters with a meaning in a pattern, escaped when a word holds them. */
const SYNTAX = /[.*+?^${}()|[\]\\]/g;

/**
 * A pattern matching any of `words`, longest first: what the alternation of
 * the words sorted by length (longest first) matches, written as a trie
 * ("acknowledg(?:e(?:d|s)?|ing)" for "acknowledged|acknowledges|acknowledging|acknowledge").
 * The words that match at one place are all prefixes of the text there, so
 * they lie on one path of the trie, which tries each longer one first, as
 * the sorted alternation does; so both find the same matches, with the same
 * backtracking order. That holds case-insensitively too while no two letters
 * branching from one node are one letter in two cases ("ab|Abc" under the 'i'
 * flag would try "ab" first); for such words the sorted alternation is
 * written instead, and also when it is the shorter source. V8 compiles each
 * alternative of an alternation on its own, so the trie of words that share
 * their beginnings compiles to less code.
 */
export function wordAlternation(list: Iterable<string>): string {
  const words = [...new Set(list)];
  const flat = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(SYNTAX, '\\$&')).join('|');
  // the trie is written from the words in code-unit order: the words below a node are a run of them,
  // its shortest (the one ending there, if any) first; null when two branches are one letter in two cases
  const sorted = [...words].sort();
  const written = (from: number, to: number, depth: number): string | null => {
    let end = false;
    if (sorted[from]!.length === depth) {
      end = true;
      from++;
    }
    const branches: string[] = [];
    const cases = new Set<string>();
    for (let i = from; i < to; ) {
      const code = sorted[i]!.codePointAt(depth)!;
      const c = String.fromCodePoint(code);
      // "ſ" and "S", "K" (Kelvin) and "k" count as one letter too: over-cautious is safe
      const fold = c.toUpperCase().toLowerCase();
      if (cases.has(fold)) return null;
      cases.add(fold);
      let j = i + 1;
      while (j < to && sorted[j]!.codePointAt(depth) === code) j++;
      const rest = written(i, j, depth + c.length);
      if (rest === null) return null;
      branches.push(c.replace(SYNTAX, '\\$&') + rest);
      i = j;
    }
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    if (!end) return body;
    // a word ends here and longer ones go on: the longer first (a greedy "?")
    if (branches.length > 1) return `${body}?`;
    return body.length === 1 ? `${body}?` : `(?:${body})?`;
  };
  const trie = words.length === 0 ? '' : written(0, sorted.length, 0);
  // short words share little (116 abbreviations: 486 characters as a trie, 478 sorted), and then the sorted
  // alternation compiles to less code; many forms of verbs share much (655 cue verbs: 3,732 against 5,512)
  return trie !== null && trie.length < flat.length ? trie : flat;
}
