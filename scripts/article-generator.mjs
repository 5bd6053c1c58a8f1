/**
 * Generated articles for the property tests (tests/reliability) and the fuzz
 * script (scripts/fuzz.mjs): pieces of news text (quotation marks of every
 * style, names, reporting verbs, line breaks, bylines and datelines) mixed
 * with awkward Unicode (combining marks, emoji, right-to-left text and
 * controls, NUL, lone surrogates, terminal escapes). Plain data and a seeded
 * generator, so that a failure found by the fuzz script can be replayed.
 */
import { random } from './batch-corpus.mjs';

export { random };

/** Quotation marks of every style the extractor knows, and some it does not. */
export const MARKS = ['"', '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '「', '」', '『', '』', "'", "''", '``', '〝', '〞', '＂'];

/** News words: names, reporting verbs, furniture, punctuation and line breaks. */
export const WORDS = [
  ' ', ' ', ' ', ', ', '. ', '? ', '! ', ': ', '; ', '\n', '\n\n', '\r\n', '\r', '\t', '—', '-- ', '…', '(', ')',
  'said', 'says', 'told reporters', 'added', 'stated that', 'according to', 'urged', 'believes', 'warned',
  'Putin', 'Vladimir Putin', 'the president', 'the Russian leader', 'he', 'she', 'they', 'Hugh Hill', 'a doctor',
  'We are ready', 'this is no problem', 'Sen.', 'U.S.', 'J.', 'that', 'the plan was', 'rock ’n’ roll', 'officials',
  'a spokesman for the ministry', '(R-Texas)', 'By Jane Doe', 'WASHINGTON (AP) — ', 'TOKYO, December 13. /TASS/. ',
  'Read more: ', 'Photo: ', '(AP Photo/Evan Vucci)', 'All news',
];

/** Characters that break naive text handling. */
export const AWKWARD = [
  'é', 'e\u0301', 'a\u0301\u0302\u0303\u0304', '\u0301', '😀', '👩‍👩‍👧', '🇷🇺', '\uFE0F', 'עברית', 'العربية', '\u200F', '\u202E', '\u2066', '\u2069',
  '\u0000', '\uD800', '\uDFFF', '\uDBFF', '\uFFFD', '\uFEFF', '\u200B', '\u00A0', '\u2028', '\u2029', '\u0085', '\x1b[31m', '\x1b]0;title\x07', '\x07', '\x08',
  '\u0130', 'ß', 'ﬁ', 'İstanbul', '中文', '𝐁𝐨𝐥𝐝',
];

export const PIECES = [...MARKS, ...MARKS, ...WORDS, ...AWKWARD];

/** An article of up to maxPieces pieces, with now and then a random code unit (any of 0 to 0xFFFF). */
export function article(next, maxPieces = 120) {
  const count = Math.floor(next() * (maxPieces + 1));
  let text = '';
  for (let i = 0; i < count; i++) {
    text += next() < 0.05 ? String.fromCharCode(Math.floor(next() * 0x10000)) : PIECES[Math.floor(next() * PIECES.length)];
  }
  return text;
}

/** Random bytes (a file of anything), up to maxLength. */
export function bytes(next, maxLength = 600) {
  const out = new Uint8Array(Math.floor(next() * (maxLength + 1)));
  for (let i = 0; i < out.length; i++) out[i] = Math.floor(next() * 256);
  return out;
}

/**
 * The loose time bound of one extraction, in ms: a fixed cost plus a cost per
 * character, generous on a loaded machine (the fuzz script, in a plain Node
 * process). `slack` multiplies it: under the test runner, with its transforms
 * and its other test files running beside, calls pause for longer.
 */
export function timeBound(length, slack = 1) {
  return slack * (50 + 0.05 * length);
}

/**
 * What must hold of every result: offsets within the text, every quote's
 * text reproduced by its parts, spans in order, and a JSON round trip that
 * gives back the same value. Returns the first broken invariant, or null.
 */
export function brokenInvariant(result) {
  const { text } = result;
  if (typeof text !== 'string') return 'text is not a string';
  const inside = (s) => Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length;
  for (const p of result.paragraphs) if (!inside(p)) return `paragraph ${p.start}-${p.end} outside the text`;
  let last = 0;
  for (const [i, q] of result.quotes.entries()) {
    if (q.index !== i) return `quote ${i} has index ${q.index}`;
    if (!inside(q) || q.parts.length === 0 || !q.parts.every(inside)) return `quote ${i} outside the text`;
    if (q.start !== q.parts[0].start || q.end !== q.parts.at(-1).end) return `quote ${i}: start/end differ from its parts`;
    if (q.text !== q.parts.map((p) => text.slice(p.start, p.end)).join(' ')) return `quote ${i}: text is not its parts`;
    if (q.start < last) return `quote ${i} out of order`;
    last = q.start;
    for (const span of [q.speaker?.mention, q.cue]) {
      if (span && (!inside(span) || text.slice(span.start, span.end) !== span.text)) return `quote ${i}: a mention or cue does not reproduce its text`;
    }
  }
  const json = JSON.stringify(result);
  let back;
  try {
    back = JSON.parse(json);
  } catch (error) {
    return `output is not valid JSON: ${error.message}`;
  }
  if (JSON.stringify(back) !== json) return 'JSON round trip changed the result';
  return null;
}
