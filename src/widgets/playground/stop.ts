// Stop conditions for the training playground: after N epochs, or when the
// test loss has not improved for k epochs in a row (early stopping).

/** The best test loss so far and when it was reached. */
export interface StopState {
  best: number;
  bestEpoch: number;
}

/** Nothing seen yet. */
export function createStopState(): StopState {
  return { best: Infinity, bestEpoch: 0 };
}

const fmt = (x: number) => String(Number(x.toPrecision(3)));

/**
 * Records the test loss after `epoch` and says in words why training should
 * stop now, or returns '' to go on. `patience` 0 turns early stopping off.
 * Mutates `state`.
 */
export function updateStop(
  state: StopState,
  epoch: number,
  testLoss: number,
  maxEpochs: number,
  patience: number,
): string {
  if (testLoss < state.best) {
    state.best = testLoss;
    state.bestEpoch = epoch;
  }
  if (patience > 0 && epoch - state.bestEpoch >= patience) {
    return `stopped at epoch ${epoch}: the test loss has not improved for ${patience} epochs (best ${fmt(state.best)} at epoch ${state.bestEpoch})`;
  }
  if (epoch >= maxEpochs) return `stopped after ${maxEpochs} epochs, the limit you set`;
  return '';
}
