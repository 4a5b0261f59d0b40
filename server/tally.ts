// Absolute tallies of one run's answers: counts per option, or a binned
// histogram for numeric polls. Rebuilt from the stored answers every time, so
// a resent answer or a resumed stream can never count twice.
import { parseNumber } from '../src/course/number.ts';
import type { Poll } from '../src/quiz/poll-schema.ts';

/** One bin of a numeric histogram: from ≤ x < to (the last bin includes `to`). */
export interface Bin {
  from: number;
  to: number;
  count: number;
}

/** What the presenter's histogram shows. */
export type Tally =
  | { kind: 'choice'; counts: Record<string, number> }
  | { kind: 'numeric'; bins: Bin[]; unparsed: number };

/** The most bins a numeric histogram has. */
export const MAX_BINS = 10;

const round = (x: number) => Number(x.toPrecision(12));

/** The smallest step of the form {1, 2, 2.5, 5} × 10^k that is at least `raw`. */
export function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= raw * (1 - 1e-12)) return round(m * p);
  return round(10 * p);
}

/** Up to MAX_BINS equal bins with round edges spanning `values`. */
export function binValues(values: number[]): Bin[] {
  if (values.length === 0) return [];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (lo === hi) return [{ from: lo, to: hi, count: values.length }];
  let step = niceStep((hi - lo) / MAX_BINS);
  let start = Math.floor(lo / step) * step;
  // A start below `lo` can need one bin too many: take the next round step then.
  while (Math.ceil(round((hi - start) / step)) > MAX_BINS) {
    step = niceStep(step * 1.01);
    start = Math.floor(lo / step) * step;
  }
  const n = Math.max(1, Math.ceil(round((hi - start) / step)));
  const bins = Array.from({ length: n }, (_, i) => ({
    from: round(start + i * step),
    to: round(start + (i + 1) * step),
    count: 0,
  }));
  for (const v of values) bins[Math.min(n - 1, Math.floor(round((v - start) / step)))].count++;
  return bins;
}

/** Reads a stored numeric answer (typed text, maybe with the poll's unit) as a number. */
export function numericValue(text: string, unit?: string): number | null {
  let t = text.trim();
  if (unit && t.toLowerCase().endsWith(unit.trim().toLowerCase()))
    t = t.slice(0, t.length - unit.trim().length).trim();
  const parsed = parseNumber(t);
  return parsed.ok ? parsed.value : null;
}

/** The tally of `answers` (each the response as given) to `poll`. */
export function tally(poll: Poll, answers: unknown[]): Tally {
  if (poll.type === 'single' || poll.type === 'multiple') {
    const counts: Record<string, number> = Object.fromEntries(poll.options.map((o) => [o.id, 0]));
    for (const a of answers) {
      for (const id of new Set(Array.isArray(a) ? a : [a])) {
        if (typeof id === 'string' && id in counts) counts[id]++;
      }
    }
    return { kind: 'choice', counts };
  }
  const unit = poll.type === 'numeric' ? poll.unit : undefined;
  const values: number[] = [];
  let unparsed = 0;
  for (const a of answers) {
    const v = typeof a === 'string' ? numericValue(a, unit) : null;
    if (v === null || !Number.isFinite(v)) unparsed++;
    else values.push(v);
  }
  return { kind: 'numeric', bins: binValues(values), unparsed };
}
