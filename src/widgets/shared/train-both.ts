// The "train with and without" comparison as data: two curve runs from the
// same seed, one plain and one with the technique, and what is drawn and said
// about them. The dropout and batch-norm demos differ only in the runs they
// make and the names they give the two sides.
import type { Curve } from './TrainingCurves.tsx';
import { finalLosses, type CurveRun } from './curve-run.ts';
import { trainBothText } from './train-both-strings.ts';

/** The two runs of a comparison: without the technique, and with it. */
export interface RunPair {
  plain: CurveRun;
  other: CurveRun;
}

/** How one side of a comparison is named: in the curve legend, the results list, sentences and test ids. */
export interface SideNames {
  /** Legend stem, e.g. "no dropout" (", train" and ", test" are added). */
  curve: string;
  /** Results-list term, e.g. "without dropout". */
  term: string;
  /** Sentence subject, e.g. "Without dropout". */
  sentence: string;
  /** Test-id stem of the two loss read-outs, e.g. "dd-plain" (then "-train", "-test"). */
  testid: string;
}

/** The names of both sides. */
export interface PairNames {
  plain: SideNames;
  other: SideNames;
}

/** Epochs trained so far (both runs advance together). */
export const pairEpochs = (pair: RunPair): number => pair.plain.trainer.epochs;

/** True once the plain run has trained every epoch or diverged: nothing left to train. */
export function pairDone(pair: RunPair): boolean {
  const { trainer, setup } = pair.plain;
  return trainer.epochs >= setup.epochs || trainer.state === 'diverged';
}

/** The four loss curves: dashed for training, solid for test; side A circles, side B squares. */
export function pairCurves(pair: RunPair, names: PairNames): Curve[] {
  const side = (run: CurveRun, n: SideNames, cls: string, marker: Curve['marker']): Curve[] => [
    {
      label: trainBothText.trainCurve(n.curve),
      xs: run.epochs,
      ys: run.trainLoss,
      cls,
      dashed: true,
      marker,
    },
    {
      label: trainBothText.testCurve(n.curve),
      xs: run.epochs,
      ys: run.testLoss,
      cls,
      dashed: false,
      marker,
    },
  ];
  return [
    ...side(pair.plain, names.plain, 'tc-a', 'circle'),
    ...side(pair.other, names.other, 'tc-b', 'square'),
  ];
}

/** One run's state for the status line: diverged (with the trainer's reason) or its last losses. */
export type RunOutcome =
  { kind: 'diverged'; reason: string } | { kind: 'losses'; train: number; test: number };

/** What a run's curves say now. */
export function runOutcome(run: CurveRun): RunOutcome {
  if (run.trainer.state === 'diverged') return { kind: 'diverged', reason: run.trainer.reason };
  return { kind: 'losses', ...finalLosses(run) };
}
