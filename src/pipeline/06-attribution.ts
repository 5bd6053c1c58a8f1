/**
 * Stage 6, attribution: find who said each quotation, by running the sieves
 * of sieves/index in order. The runner (not the sieves) enforces that the
 * first match wins, that a mention or cue never lies inside a quotation, that
 * no mention or cue comes from a non-body line (a byline, a caption), that
 * one cue serves one quote ("…," Brafman said, "…" is one quote in two parts,
 * whichever sieve found the cue for each), and records every sieve it tried,
 * for --explain.
 */
import { SIEVES, type Sieve, type SieveMatch } from '../sieves/index.js';
import { overlapsAny } from '../spans.js';
import type { Cue, Mention, Paragraph, Quotation, Sentence, Span } from '../types.js';
import type { QuoteSpan } from './05-quote-spans.js';

export interface SieveTrial {
  readonly sieve: string;
  readonly matched: boolean;
  /** Why a match was refused by the runner, when it was. */
  readonly refused?: string;
}

export interface Attribution {
  quotation: QuoteSpan;
  /** Id of the deciding sieve, or null when none matched. */
  sieve: string | null;
  mention: Mention | null;
  cue: Cue | null;
  /** A title the text gives with the mention (an appositive), if any. */
  title: string | null;
  /** Index (in the attribution list) of the attribution whose quote this quotation continues. */
  continues: number | null;
  /**
   * Index of the attribution whose speaker this quotation's own quote has
   * (a new quotation that carries the speaker over: a closed quote's next
   * paragraph, a quote paragraph after a paragraph that attributes speech).
   */
  inherits: number | null;
  /** The sieves tried, in order (shared and frozen: never changed). */
  trace: readonly SieveTrial[];
}

/** Why the runner refuses a match: what its mention or cue touches. */
const REFUSALS = { quoted: 'mention or cue inside a quotation', nonBody: 'mention or cue in a non-body line' } as const;

/** A sieve's four possible trials. */
interface Trials {
  no: SieveTrial;
  matched: SieveTrial;
  quoted: SieveTrial;
  nonBody: SieveTrial;
}

/**
 * The trials of each sieve, made once and shared by every trace: a long
 * document has hundreds of thousands of them (a sixth of the heap kept after
 * attribution on a 10 MB text, as one object each).
 */
const TRIALS = new WeakMap<Sieve, Trials>();

function trialsOf(sieve: Sieve): Trials {
  let trials = TRIALS.get(sieve);
  if (!trials) {
    const trial = (matched: boolean, refused?: string): SieveTrial => Object.freeze({ sieve: sieve.id, matched, ...(refused ? { refused } : {}) });
    trials = { no: trial(false), matched: trial(true), quoted: trial(false, REFUSALS.quoted), nonBody: trial(false, REFUSALS.nonBody) };
    TRIALS.set(sieve, trials);
  }
  return trials;
}

/**
 * Traces seen, by sieve list and then by their trials: the sieves are always
 * tried in the same order, so a document of any length has only a few
 * hundred different traces, and each attribution holds a shared one (as an
 * array of its own each, the traces were 9 MB on a 10 MB text).
 */
const TRACES = new WeakMap<readonly Sieve[], Map<string, readonly SieveTrial[]>>();

/** The shared, frozen trace with these trials. */
function sharedTrace(sieves: readonly Sieve[], trials: SieveTrial[]): readonly SieveTrial[] {
  let traces = TRACES.get(sieves);
  if (!traces) TRACES.set(sieves, (traces = new Map()));
  // the trials of one sieve list are told apart by what they say (each sieve's four are distinct objects)
  const key = trials.map((t) => (t.matched ? 'm' : t.refused === REFUSALS.quoted ? 'q' : t.refused === REFUSALS.nonBody ? 'b' : 'n')).join('');
  let trace = traces.get(key);
  if (!trace) traces.set(key, (trace = Object.freeze([...trials])));
  return trace;
}

/** The runner's check on every match: cues and mentions lie outside every quotation part (and every non-body span). */
function touches(match: SieveMatch, parts: Span[]): boolean {
  return [match.mention, match.cue].some((s) => s !== null && overlapsAny(parts, s));
}

/**
 * The match found the very cue the previous direct quotation was attributed
 * with: "…," Brafman said, "…" is one quote. A mixed clause after the cue
 * (`he said on "Meet the Press."`) is not a further part of it.
 */
function sharesCue(match: SieveMatch, quotation: QuoteSpan, previous: Attribution | undefined): boolean {
  return match.cue !== null && previous?.cue?.start === match.cue.start && quotation.type === 'direct' && previous.quotation.type === 'direct';
}

export function attribute(
  text: string,
  paragraphs: Paragraph[],
  sentences: Sentence[],
  spans: QuoteSpan[],
  sieves: readonly Sieve[] = SIEVES,
  quotations: Quotation[] = spans.flatMap((s) => s.quotations),
  nonBody: Span[] = [],
): Attribution[] {
  const attributions: Attribution[] = [];
  // what lies between quotation marks: quotes, scare quotes and titles alike
  const parts = quotations.flatMap((q) => q.parts);
  /** The last quote in quotation marks: reported speech between two quotations does not part them. */
  let lastQuoted = -1;
  for (const [i, quotation] of spans.entries()) {
    const previousIndex = quotation.type === 'indirect' ? i - 1 : lastQuoted;
    const last = attributions[previousIndex];
    const previous = last ? { quotation: last.quotation, decided: last.sieve !== null, sieve: last.sieve, cue: last.cue } : null;
    const before = attributions[i - 1];
    const recent = before ? { quotation: before.quotation, decided: before.sieve !== null, sieve: before.sieve } : null;
    const trace: SieveTrial[] = [];
    let decided: Attribution | null = null;
    for (const sieve of sieves) {
      const trials = trialsOf(sieve);
      const match = sieve.match({ text, quotation, paragraphs, sentences, previous, recent });
      if (!match) {
        trace.push(trials.no);
        continue;
      }
      if (touches(match, parts)) {
        trace.push(trials.quoted);
        continue;
      }
      if (touches(match, nonBody)) {
        trace.push(trials.nonBody);
        continue;
      }
      trace.push(trials.matched);
      decided = {
        quotation,
        sieve: sieve.id,
        mention: match.mention,
        cue: match.cue,
        title: match.title ?? null,
        continues: match.continuesPrevious || sharesCue(match, quotation, last) ? previousIndex : null,
        inherits: match.inheritsPrevious ? previousIndex : match.inheritsRecent ? i - 1 : null,
        trace: sharedTrace(sieves, trace),
      };
      break;
    }
    attributions.push(decided ?? { quotation, sieve: null, mention: null, cue: null, title: null, continues: null, inherits: null, trace: sharedTrace(sieves, trace) });
    if (quotation.type !== 'indirect') lastQuoted = i;
  }
  return attributions;
}
