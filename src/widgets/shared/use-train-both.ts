import { useState } from 'preact/hooks';
import { advanceCurveRun, type CurveRun } from './curve-run.ts';
import { useAnimationLoop, usePrefersReducedMotion } from './motion.ts';
import type { RunPair } from './train-both.ts';
import { useModel } from './use-model.ts';

const going = (r: CurveRun) => r.trainer.epochs < r.setup.epochs && r.trainer.state === 'running';

/**
 * The runner of a "train with and without" comparison: holds the pair made by
 * `make`, trains both runs `perFrame` epochs per animation frame once the
 * reader presses "Train both" (with reduced motion, all at once), and resets
 * to a fresh pair (from `make`, or from a new maker when a setting changed).
 */
export function useTrainBoth(make: () => RunPair, perFrame: number) {
  const { model: pair, version, touch, reset } = useModel(make);
  const [running, setRunning] = useState(false);
  const reduce = usePrefersReducedMotion();
  const runs = () => [pair.plain, pair.other];

  useAnimationLoop(
    running,
    () => {
      for (const r of runs()) advanceCurveRun(r, perFrame);
      touch();
      return runs().some(going);
    },
    () => setRunning(false),
  );

  return {
    pair,
    version,
    running,
    trainBoth() {
      if (!reduce) return setRunning(true);
      for (const r of runs()) advanceCurveRun(r, r.setup.epochs);
      touch();
    },
    reset(next?: () => RunPair) {
      setRunning(false);
      reset(next);
    },
  };
}
