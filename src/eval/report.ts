/**
 * Plain-text presentation of evaluation results: the score table (one row per
 * gold kind and one for all kinds) and an error listing (misses, false
 * alarms, wrong speakers) with the text involved, for reading by people.
 * Nothing here computes a score; see score.ts.
 */

import type { Span } from '../types.js';
import { REPORT_KINDS, type DocumentScore, type EvalReport, type PrecisionRecall } from './score.js';

const number3 = (value: number): string => value.toFixed(3);

interface Column {
  group: string;
  header: string;
  cells: string[];
  alignLeft?: boolean;
}

/** The score table: rows direct, mixed, indirect, all; rates to 3 decimals. */
export function formatReport(report: EvalReport): string {
  const rows = REPORT_KINDS.map((kind) => report.kinds[kind]);
  const prf = (group: string, pick: (row: (typeof rows)[number]) => PrecisionRecall): Column[] => [
    { group, header: 'P', cells: rows.map((row) => number3(pick(row).precision)) },
    { group, header: 'R', cells: rows.map((row) => number3(pick(row).recall)) },
    { group, header: 'F1', cells: rows.map((row) => number3(pick(row).f1)) },
  ];
  const columns: Column[] = [
    { group: '', header: 'kind', cells: [...REPORT_KINDS], alignLeft: true },
    { group: '', header: 'gold', cells: rows.map((row) => String(row.gold)) },
    { group: '', header: 'system', cells: rows.map((row) => String(row.system)) },
    ...prf('exact', (row) => row.exact),
    ...prf('partial', (row) => row.partial),
    { group: 'speaker', header: 'acc', cells: rows.map((row) => number3(row.speaker.accuracy)) },
    ...prf('end-to-end', (row) => row.endToEnd),
    { group: 'cue', header: 'acc', cells: rows.map((row) => number3(row.cue.accuracy)) },
  ];
  const widths = columns.map((column) =>
    Math.max(column.header.length, ...column.cells.map((cell) => cell.length)),
  );
  // A group label spans its run of columns; widen the run's last column when the label is longer.
  const startsGroup = (i: number): boolean => columns[i]!.group !== '' && columns[i - 1]?.group !== columns[i]!.group;
  columns.forEach((column, first) => {
    if (!startsGroup(first)) return;
    let last = first;
    while (columns[last + 1]?.group === column.group) last++;
    const span = widths.slice(first, last + 1).reduce((sum, width) => sum + width + 2, -2);
    if (span < column.group.length) widths[last]! += column.group.length - span;
  });
  const pad = (text: string, width: number, left: boolean): string =>
    left ? text.padEnd(width) : text.padStart(width);
  const line = (cells: string[], leftFirst: boolean): string =>
    cells
      .map((cell, i) => pad(cell, widths[i]!, leftFirst && columns[i]!.alignLeft === true))
      .join('  ')
      .trimEnd();

  // Group labels start over the first column of their group.
  let groupLine = '';
  columns.forEach((column, i) => {
    const at = widths.slice(0, i).reduce((sum, width) => sum + width + 2, 0);
    if (startsGroup(i)) groupLine = groupLine.padEnd(at) + column.group;
  });
  const lines = [
    groupLine,
    line(columns.map((column) => column.header), true),
    ...rows.map((_, r) => line(columns.map((column) => column.cells[r]!), true)),
  ];
  return `${lines.join('\n')}\n${report.documents} documents; system counts are under partial matching.\n`;
}

/** What an error listing needs of a document. */
export interface NamedText {
  name: string;
  text: string;
}

const EXCERPT_LENGTH = 160;
const CONTEXT_LENGTH = 40;

/** Collapse runs of whitespace (newlines included) to one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The text, on one line, shortened to about `max` characters with an ellipsis in the middle. */
export function shorten(text: string, max = EXCERPT_LENGTH): string {
  const flat = oneLine(text).trim();
  if (flat.length <= max) return flat;
  const head = Math.ceil((max - 1) * 0.6);
  const tail = max - 1 - head;
  return `${flat.slice(0, head).trimEnd()}…${flat.slice(flat.length - tail).trimStart()}`;
}

function piecesText(text: string, pieces: readonly Span[]): string {
  return pieces.map((piece) => text.slice(piece.start, piece.end)).join(' [...] ');
}

function offsets(pieces: readonly Span[]): string {
  return pieces.map((piece) => `${piece.start}-${piece.end}`).join(',');
}

function withContext(text: string, extent: Span, shown: string): string {
  const before = oneLine(text.slice(Math.max(0, extent.start - CONTEXT_LENGTH), extent.start)).trimStart();
  const after = oneLine(text.slice(extent.end, extent.end + CONTEXT_LENGTH)).trimEnd();
  return `…${before}⟦${shown}⟧${after}…`;
}

/**
 * Up to `n` examples of each kind of error, in document order: misses (gold
 * not partially matched), false alarms (system quotes matching no gold) and
 * wrong speakers (matched pairs whose speaker is wrong). `docs[i]` is the
 * document `scores[i]` was computed on.
 */
export function formatErrors(docs: readonly NamedText[], scores: readonly DocumentScore[], n: number): string {
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const wrongSpeakers: string[] = [];
  let missCount = 0;
  let falseAlarmCount = 0;
  let wrongSpeakerCount = 0;

  scores.forEach((score, d) => {
    const doc = docs[d];
    if (doc === undefined) return;
    const { text, name } = doc;

    for (const g of score.unmatchedGold) {
      missCount++;
      if (misses.length >= n) continue;
      const gold = score.gold[g]!;
      const content = gold.attribution.content;
      const source = gold.attribution.source ? shorten(piecesText(text, gold.attribution.source), 60) : '(no source)';
      misses.push(
        `${name} ${offsets(content)} ${gold.kind} ${gold.attribution.id}, source: ${source}\n` +
          `    ${withContext(text, gold.attribution.extent, shorten(piecesText(text, content)))}`,
      );
    }

    for (const s of score.unmatchedSystem) {
      falseAlarmCount++;
      if (falseAlarms.length >= n) continue;
      const quote = score.system[s]!;
      const mention = quote.speakerMention ? shorten(text.slice(quote.speakerMention.start, quote.speakerMention.end), 60) : '(none)';
      falseAlarms.push(
        `${name} ${offsets(quote.parts)} ${quote.type}, speaker: ${mention}\n` +
          `    ${withContext(text, quote, shorten(piecesText(text, quote.parts)))}`,
      );
    }

    for (const pair of score.partialPairs) {
      if (pair.speakerCorrect) continue;
      wrongSpeakerCount++;
      if (wrongSpeakers.length >= n) continue;
      const gold = score.gold[pair.gold]!;
      const quote = score.system[pair.system]!;
      const goldSource = gold.attribution.source
        ? `"${shorten(piecesText(text, gold.attribution.source), 60)}"`
        : '(no source)';
      const systemSpeaker = quote.speakerMention
        ? `"${shorten(text.slice(quote.speakerMention.start, quote.speakerMention.end), 60)}" ${quote.speakerMention.start}-${quote.speakerMention.end}`
        : quote.hasSpeaker
          ? '(a name without a mention)'
          : '(none)';
      wrongSpeakers.push(
        `${name} ${offsets(gold.attribution.content)} ${gold.kind}: gold ${goldSource} vs system ${systemSpeaker}\n` +
          `    ${withContext(text, gold.attribution.extent, shorten(piecesText(text, gold.attribution.content)))}`,
      );
    }
  });

  const section = (title: string, total: number, items: string[]): string =>
    `${title}: ${total}${total > items.length ? ` (first ${items.length})` : ''}\n` +
    items.map((item) => `  ${item}\n`).join('');
  return [
    section('Misses (gold not matched)', missCount, misses),
    section('False alarms (system not matched)', falseAlarmCount, falseAlarms),
    section('Wrong speakers (matched, speaker wrong)', wrongSpeakerCount, wrongSpeakers),
  ].join('\n');
}
