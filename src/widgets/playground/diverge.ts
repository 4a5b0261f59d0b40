// The playground's warning when training blows up, as the descent lab gives
// one: the loss far above where it started means the steps overshoot.
import type { Warning } from './status.ts';

/** How far above its starting value the training loss may climb before the run is called diverging. */
export const DIVERGE_FACTOR = 2;

/**
 * A warning when the training loss (index 0 = before training, then one value
 * per epoch) has grown to more than DIVERGE_FACTOR times its start, or null
 * while it has not.
 */
export function divergence(trainLoss: readonly number[]): Warning | null {
  const n = trainLoss.length - 1;
  if (n < 1) return null;
  const start = trainLoss[0];
  const now = trainLoss[n];
  if (!(now > DIVERGE_FACTOR * start)) return null;
  return { kind: 'diverging', start, now, epoch: n };
}
