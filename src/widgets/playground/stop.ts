// Stop conditions for the training playground: after N epochs, or when the
// test loss has not improved for k epochs in a row (early stopping).
import type { RunStatus } from './status.ts';

/** The best test loss so far and when it was reached. */
export interface StopState {
  best: number;
  bestEpoch: number;
}

/** Nothing seen yet. */
export function createStopState(): StopState {
  return { best: Infinity, bestEpoch: 0 };
}

/**
 * Records the test loss after `epoch` and says why training should stop now
 * (a typed status), or returns null to go on. `patience` 0 turns early
 * stopping off. Mutates `state`.
 */
export function updateStop(
  state: StopState,
  epoch: number,
  testLoss: number,
  maxEpochs: number,
  patience: number,
): RunStatus | null {
  if (testLoss < state.best) {
    state.best = testLoss;
    state.bestEpoch = epoch;
  }
  return checkStop(state, epoch, maxEpochs, patience);
}

/** The stop conditions at `epoch` without a new measurement (after the reader changed them). */
export function checkStop(
  state: StopState,
  epoch: number,
  maxEpochs: number,
  patience: number,
): RunStatus | null {
  if (patience > 0 && epoch - state.bestEpoch >= patience)
    return { kind: 'patience', epoch, patience, best: state.best, bestEpoch: state.bestEpoch };
  if (epoch >= maxEpochs) return { kind: 'limit', epochs: maxEpochs };
  return null;
}
