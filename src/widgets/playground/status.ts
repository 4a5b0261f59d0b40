// Where a playground run stands, as typed values: why it stopped (or that it
// waits for points), and the warning while the loss climbs. strings.ts turns
// them into words; logic compares kinds, never sentences.

/** The run's state: going on, waiting for own points, diverged, or stopped by a condition the reader set. */
export type RunStatus =
  | { kind: 'running' }
  | { kind: 'waiting' }
  | {
      kind: 'diverged';
      epoch: number;
      /** What became non-finite: the batch loss (its value), a gradient, or the measured loss. */
      cause: 'loss' | 'gradient' | 'unmeasurable';
      value?: number;
    }
  | { kind: 'limit'; epochs: number }
  | { kind: 'patience'; epoch: number; patience: number; best: number; bestEpoch: number };

/** A warning that the training loss has grown far above its start (training may still go on). */
export interface Warning {
  kind: 'diverging';
  start: number;
  now: number;
  epoch: number;
}

/** True once training may not go on (diverged, stopped, or waiting for points). */
export const hasEnded = (s: RunStatus) => s.kind !== 'running';

/** True when the reader's own stop condition ended the run, so changing that condition may resume it. */
export const stoppedByCondition = (s: RunStatus) => s.kind === 'limit' || s.kind === 'patience';
