// The words of the "train with and without" comparison (train-both.ts, TrainBoth.tsx).
import { formatNumber } from './number.ts';
import type { RunOutcome } from './train-both.ts';

/** A loss for the read-outs with `digits` significant digits; "not a number" for NaN or ±∞. */
export const lossText = (x: number, digits: number): string =>
  Number.isFinite(x) ? formatNumber(x, digits) : 'not a number';

export const trainBothText = {
  train: 'Train both',
  reset: 'Reset',
  training: 'Training…',
  trainCurve: (side: string) => `${side}, train`,
  testCurve: (side: string) => `${side}, test`,
  trainWord: 'train',
  testWord: 'test',
  progress: (epochs: number, total: number) => `After ${epochs} of ${total} epochs.`,
  outcome: (subject: string, o: RunOutcome, digits: number) =>
    o.kind === 'diverged'
      ? `${subject}: training diverged (${o.reason}).`
      : `${subject}: train loss ${lossText(o.train, digits)}, test loss ${lossText(o.test, digits)}.`,
} as const;
