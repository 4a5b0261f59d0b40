// The backprop stepper's status line.
import { formatNumber as fmt } from '../shared/number.ts';
import { NAMES, STEPS, type Trace } from './backprop.ts';

/** A matrix in words: one number alone, else rows separated by semicolons. */
export const inWords = (rows: number[][]) =>
  rows.length === 1 && rows[0].length === 1
    ? fmt(rows[0][0])
    : `[${rows.map((r) => r.map((v) => fmt(v)).join(', ')).join('; ')}]`;

/** What the current line computed, its gradient check, and the losses after updates. */
export function statusText(step: number, t: Trace, losses: readonly number[]): string {
  const cur = STEPS[step];
  const updates = losses.length - 1;
  return (
    `Step ${step + 1} of ${STEPS.length}: ${cur.line}` +
    (cur.result ? `; ${NAMES[cur.result]} = ${inWords(t.q[cur.result])}` : '') +
    (cur.check
      ? `; largest relative error against the finite difference ${fmt(t.checks[cur.check].worst, 2)}`
      : '') +
    (updates > 0
      ? `. After ${updates} update${updates > 1 ? 's' : ''} the loss is ${fmt(losses[updates])} (it started at ${fmt(losses[0])}).`
      : '')
  );
}
