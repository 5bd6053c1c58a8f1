/**
 * Reading gold attributions from one brat standoff (.ann) file, as PolNeAR
 * publishes them.
 *
 * Only two kinds of line matter:
 *   - `T` lines name a span: `T3<TAB>Content 115 290<TAB>the text`, where the
 *     span may be discontinuous (`Content 10 20;25 40`);
 *   - `E` lines tie the spans of one attribution together:
 *     `E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`.
 * Everything else is ignored: annotator notes (`#1<TAB>AnnotatorNotes …`),
 * continuation lines of a `T` line whose text field held a newline, blank
 * lines. `T` lines labelled `Discard`, `Discuss` or anything not referenced
 * by an attribution event are not attributions.
 *
 * An attribution's trigger role is `Attribution` or `Attribution-no-source`.
 * Repeated roles carry a numeric suffix in brat (`Content2` is more of the
 * same content), so a role is read by its name without trailing digits.
 * An event without any content span cannot be scored and is left out (and
 * reported as an issue by `parseBratDetailed`).
 */

import type { Span } from '../types.js';

/** One gold attribution: what was said (content), by whom (source), and the reporting cue. */
export interface GoldAttribution {
  /** Id of the brat event (`E12`). */
  id: string;
  /** The content's pieces (Content and Content2 roles), sorted by position. */
  content: Span[];
  /** First character of the content to its last one. */
  extent: Span;
  /** The source's pieces, or null when the attribution has no source. */
  source: Span[] | null;
  /** The cue's pieces, or null when none was annotated. */
  cue: Span[] | null;
}

/** Something in an .ann file that was skipped; `line` is 1-based. */
export interface BratIssue {
  line: number;
  message: string;
}

export interface BratParse {
  attributions: GoldAttribution[];
  issues: BratIssue[];
}

/** The trigger roles that make an event an attribution. */
const ATTRIBUTION_TRIGGERS = new Set(['Attribution', 'Attribution-no-source']);

const TEXT_BOUND_LINE = /^(T\d+)\t([^\t\n]*)/;
const EVENT_LINE = /^(E\d+)\t([^\n]*)/;
const LABEL_AND_SPANS = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)\s*$/;

interface TextBound {
  label: string;
  spans: Span[];
}

/** Parse one .ann file into gold attributions, sorted by content position. */
export function parseBrat(ann: string): GoldAttribution[] {
  return parseBratDetailed(ann).attributions;
}

/** Like `parseBrat`, also listing the lines that were skipped and why. */
export function parseBratDetailed(ann: string): BratParse {
  const lines = ann.split(/\r?\n/);
  const textBounds = new Map<string, TextBound>();
  const events: Array<{ id: string; args: string; line: number }> = [];
  const issues: BratIssue[] = [];

  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const tMatch = TEXT_BOUND_LINE.exec(line);
    if (tMatch) {
      const id = tMatch[1]!;
      const bound = parseLabelAndSpans(tMatch[2]!);
      if (bound === null) {
        issues.push({ line: lineNumber, message: `${id}: cannot read label and offsets "${tMatch[2]}"` });
      } else {
        textBounds.set(id, bound);
      }
      return;
    }
    const eMatch = EVENT_LINE.exec(line);
    if (eMatch) events.push({ id: eMatch[1]!, args: eMatch[2]!, line: lineNumber });
  });

  const attributions: GoldAttribution[] = [];
  for (const event of events) {
    const roles = event.args.split(/\s+/).filter((arg) => arg.length > 0);
    const trigger = roles[0]?.split(':')[0];
    if (trigger === undefined || !ATTRIBUTION_TRIGGERS.has(trigger)) continue;

    const content: Span[] = [];
    const source: Span[] = [];
    const cue: Span[] = [];
    for (const arg of roles.slice(1)) {
      const colon = arg.indexOf(':');
      if (colon < 0) {
        issues.push({ line: event.line, message: `${event.id}: argument without a role "${arg}"` });
        continue;
      }
      const role = arg.slice(0, colon).replace(/\d+$/, '');
      const ref = arg.slice(colon + 1);
      const bound = textBounds.get(ref);
      if (bound === undefined) {
        issues.push({ line: event.line, message: `${event.id}: ${arg} refers to no span` });
        continue;
      }
      if (role === 'Content') content.push(...bound.spans);
      else if (role === 'Source') source.push(...bound.spans);
      else if (role === 'Cue') cue.push(...bound.spans);
    }

    if (content.length === 0) {
      issues.push({ line: event.line, message: `${event.id}: attribution without content, skipped` });
      continue;
    }
    const pieces = sortSpans(content);
    attributions.push({
      id: event.id,
      content: pieces,
      extent: {
        start: pieces[0]!.start,
        end: Math.max(...pieces.map((piece) => piece.end)),
      },
      source: source.length > 0 ? sortSpans(source) : null,
      cue: cue.length > 0 ? sortSpans(cue) : null,
    });
  }

  attributions.sort(
    (a, b) =>
      a.extent.start - b.extent.start ||
      a.extent.end - b.extent.end ||
      idNumber(a.id) - idNumber(b.id),
  );
  return { attributions, issues };
}

function parseLabelAndSpans(field: string): TextBound | null {
  const match = LABEL_AND_SPANS.exec(field);
  if (!match) return null;
  const spans: Span[] = [];
  for (const piece of match[2]!.split(';')) {
    const [start, end] = piece.split(' ').map(Number) as [number, number];
    if (end < start) return null;
    spans.push({ start, end });
  }
  return { label: match[1]!, spans };
}

/** Sorted copy without exact duplicates. */
function sortSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter(
    (span, i) => i === 0 || span.start !== sorted[i - 1]!.start || span.end !== sorted[i - 1]!.end,
  );
}

function idNumber(id: string): number {
  return Number(id.slice(1));
}
