// The histogram the projector draws, as plain numbers: one bar per option of a
// choice poll (in the poll's order, with its letter), one per bin of a numeric poll.
import type { ClientPoll } from '../quiz/client-poll.ts';
import { formatNumber } from '../course/number.ts';
import type { RunSnapshot } from './snapshot.ts';

/** One bar: what it stands for, how many, its length as a share of the longest bar. */
export interface Bar {
  key: string;
  /** A short name shown under the bar: "A", "B", … or "0 – 0.5". */
  label: string;
  /** The option's text as HTML, for a choice poll (the bin's range otherwise). */
  html?: string;
  count: number;
  /** count / largest count (0 when nobody answered), for the bar's length. */
  share: number;
  /** Set once revealed: this option is (or this bin holds) the right answer. */
  correct: boolean;
}

/** The bars of a run, and the answers that fit no bar (numeric text that is not a number). */
export interface Histogram {
  bars: Bar[];
  total: number;
  unparsed: number;
}

/** "A", "B", … "Z", then "27", …: the letter the projector shows beside an option. */
export function optionLetter(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : String(i + 1);
}

function isRight(id: string, correct: unknown): boolean {
  if (correct === null || correct === undefined) return false;
  return Array.isArray(correct) ? correct.includes(id) : correct === id;
}

function withShares(bars: Omit<Bar, 'share'>[]): Bar[] {
  const top = Math.max(0, ...bars.map((b) => b.count));
  return bars.map((b) => ({ ...b, share: top === 0 ? 0 : b.count / top }));
}

/** The histogram of a run of `poll`, or null while the run carries no tally. */
export function histogram(poll: ClientPoll, run: RunSnapshot): Histogram | null {
  const tally = run.tally;
  if (!tally) return null;
  const revealed = run.state === 'revealed';
  if (tally.kind === 'choice') {
    const options = poll.options ?? [];
    const bars = withShares(
      options.map((o, i) => ({
        key: o.id,
        label: optionLetter(i),
        html: o.text,
        count: tally.counts[o.id] ?? 0,
        correct: revealed && isRight(o.id, run.correct),
      })),
    );
    return { bars, total: bars.reduce((s, b) => s + b.count, 0), unparsed: 0 };
  }
  const answer = revealed && typeof run.correct === 'number' ? run.correct : null;
  const bins = tally.bins;
  const bars = withShares(
    bins.map((b, i) => ({
      key: `${b.from}`,
      label: `${formatNumber(b.from)} – ${formatNumber(b.to)}`,
      count: b.count,
      // The last bin is closed on the right, so the largest answer has a bar.
      correct:
        answer !== null &&
        answer >= b.from &&
        (answer < b.to || (i === bins.length - 1 && answer === b.to)),
    })),
  );
  const inBins = bars.reduce((s, b) => s + b.count, 0);
  return { bars, total: inBins + tally.unparsed, unparsed: tally.unparsed };
}
