// The playground's warning when training blows up, as the descent lab gives
// one: the loss far above where it started means the steps overshoot.

/** How far above its starting value the training loss may climb before the run is called diverging. */
export const DIVERGE_FACTOR = 2;

const fmt = (x: number) => String(Number(x.toPrecision(3)));

/**
 * A warning in words when the training loss (index 0 = before training, then
 * one value per epoch) has grown to more than DIVERGE_FACTOR times its start,
 * or '' while it has not.
 */
export function divergence(trainLoss: readonly number[]): string {
  const n = trainLoss.length - 1;
  if (n < 1) return '';
  const start = trainLoss[0];
  const now = trainLoss[n];
  if (!(now > DIVERGE_FACTOR * start)) return '';
  return `diverging: the training loss grew from ${fmt(start)} before training to ${fmt(now)} at epoch ${n} — lower the learning rate`;
}
