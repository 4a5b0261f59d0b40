import { useState } from 'preact/hooks';
import { advanceCurveRun, type CurveRun } from './curve-run.ts';
import { useAnimationLoop, usePrefersReducedMotion } from './motion.ts';

/**
 * Trains runs side by side, `perFrame` epochs per animation frame, only once
 * the reader presses "Train both"; with reduced motion, all at once.
 * `runs()` returns the current runs; `refresh()` redraws after other changes.
 */
export function useTrainBoth(runs: () => CurveRun[], perFrame: number) {
  const [, setTick] = useState(0);
  const [running, setRunning] = useState(false);
  const reduce = usePrefersReducedMotion();
  const refresh = () => setTick((t) => t + 1);
  const going = (r: CurveRun) => r.trainer.epochs < r.setup.epochs && r.trainer.state === 'running';

  useAnimationLoop(
    running,
    () => {
      const all = runs();
      for (const r of all) advanceCurveRun(r, perFrame);
      refresh();
      return all.some(going);
    },
    () => setRunning(false),
  );

  function trainBoth() {
    if (!reduce) return setRunning(true);
    for (const r of runs()) advanceCurveRun(r, r.setup.epochs);
    refresh();
  }

  return { running, trainBoth, stop: () => setRunning(false), refresh };
}
