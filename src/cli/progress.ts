/**
 * What a batch says on stderr besides diagnostics: a progress line, redrawn
 * in place (`\r`) while the batch runs, only when stderr is a terminal; and
 * one summary line at the end.
 */
import { clearStatus, showStatus } from './output.js';

/** Counts of a run, kept by the batch as documents come back. */
export interface Tally {
  processed: number;
  failed: number;
  skipped: number;
  quotes: number;
  speakers: Set<string>;
}

export const newTally = (): Tally => ({ processed: 0, failed: 0, skipped: 0, quotes: 0, speakers: new Set() });

/** How often the progress line is redrawn, at most. */
const REDRAW_MS = 100;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function clock(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The last line of a batch: `2000 processed, 20 failed, 0 skipped, 9120 quotes, 812 speakers, 41.3 s`. */
export function summaryLine(tally: Tally, elapsedMs: number): string {
  return `${tally.processed} processed, ${tally.failed} failed, ${tally.skipped} skipped, ${count(tally.quotes, 'quote')}, ${count(tally.speakers.size, 'speaker')}, ${seconds(elapsedMs)}`;
}

/** The progress line: inputs done of the total (when known), quotes found, rate and time left. */
export class Progress {
  private last = 0;
  /** When the first input was done, and how many were done then. */
  private first: { at: number; done: number } | null = null;

  constructor(
    private readonly enabled: boolean,
    private readonly total: number | null,
  ) {}

  update(tally: Tally, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < REDRAW_MS) return;
    this.last = now;
    const done = tally.processed + tally.failed + tally.skipped;
    // the rate counts from the first input done: before it, the workers were starting
    this.first ??= { at: now, done };
    const elapsed = (now - this.first.at) / 1000;
    const rate = elapsed > 0 ? (done - this.first.done) / elapsed : 0;
    const parts = [this.total === null ? `${done} inputs` : `${done}/${this.total} inputs`, count(tally.quotes, 'quote'), `${rate.toFixed(1)}/s`];
    if (this.total !== null && rate > 0) parts.push(`${clock((this.total - done) / rate)} left`);
    showStatus(parts.join(', '));
  }

  end(): void {
    if (this.enabled) clearStatus();
  }
}
