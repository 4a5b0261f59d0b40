import { useMemo, useRef, useState } from 'preact/hooks';
import { Heatmap } from '../shared/Heatmap.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { usePrefersReducedMotion, useAnimationLoop } from '../shared/motion.ts';
import {
  SETUP,
  advance,
  createRun,
  hiddenMaps,
  largestDifference,
  runAccuracy,
  type InitRun,
  type Start,
} from './init-experiment.ts';

const EPOCHS_PER_FRAME = 25;
const LABELS: Record<Start, { title: string; short: string }> = {
  zeros: { title: 'All weights 0 (biases 0)', short: 'all-zero weights' },
  random: { title: 'Random weights, biases 0', short: 'random weights, zero biases' },
};

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

interface View {
  epochs: number;
  accuracy: number;
  maps: Float64Array[];
  difference: number;
}

function look(run: InitRun): View {
  const maps = hiddenMaps(run);
  return {
    epochs: run.trainer.epochs,
    accuracy: runAccuracy(run),
    maps,
    difference: largestDifference(maps),
  };
}

function sameText(v: View): string {
  return v.difference < 1e-12 ? 'identical' : `different (largest gap ${v.difference.toFixed(2)})`;
}

function Panel({ start, view }: { start: Start; view: View }) {
  const id = `ie-${start}`;
  return (
    <section class="ie-panel" aria-labelledby={id}>
      <h4 id={id}>{LABELS[start].title}</h4>
      <div class="ie-maps">
        {view.maps.map((m, u) => (
          <figure key={u}>
            <Heatmap
              values={m}
              n={SETUP.grid}
              label={`Hidden unit ${u + 1} of ${LABELS[start].short}: its output over the plane after ${view.epochs} epochs`}
              class={`ie-map ie-map-${start}`}
            />
            <figcaption>unit {u + 1}</figcaption>
          </figure>
        ))}
      </div>
      <dl class="ie-results nn-result">
        <dt>hidden units</dt>
        <dd data-testid={`same-${start}`}>{sameText(view)}</dd>
        <dt>accuracy on the training points</dt>
        <dd data-testid={`acc-${start}`}>{pct(view.accuracy)}</dd>
      </dl>
    </section>
  );
}

/** Initialization, side by side: all-zero weights keep the hidden units identical; random weights let them differ and learn XOR. */
export default function InitExperiment() {
  const runs = useRef<Record<Start, InitRun> | null>(null);
  runs.current ??= { zeros: createRun('zeros'), random: createRun('random') };
  const [views, setViews] = useState(() => ({
    zeros: look(runs.current!.zeros),
    random: look(runs.current!.random),
  }));
  const [running, setRunning] = useState(false);
  const reduce = usePrefersReducedMotion();

  const step = (epochs: number) => {
    const r = runs.current!;
    advance(r.zeros, epochs);
    advance(r.random, epochs);
    setViews({ zeros: look(r.zeros), random: look(r.random) });
    return r.zeros.trainer.epochs < SETUP.epochs;
  };

  useAnimationLoop(
    running,
    () => step(EPOCHS_PER_FRAME),
    () => setRunning(false),
  );

  function run() {
    if (reduce) step(SETUP.epochs);
    else setRunning(true);
  }

  function reset() {
    setRunning(false);
    runs.current = { zeros: createRun('zeros'), random: createRun('random') };
    setViews({ zeros: look(runs.current.zeros), random: look(runs.current.random) });
  }

  const done = views.zeros.epochs >= SETUP.epochs;
  const status = useMemo(
    () =>
      `After ${views.zeros.epochs} of ${SETUP.epochs} epochs: with all-zero weights the ${SETUP.hidden} hidden units are ${sameText(views.zeros)} and the accuracy is ${pct(views.zeros.accuracy)}; with random weights and zero biases they are ${sameText(views.random)} and the accuracy is ${pct(views.random.accuracy)}.`,
    [views],
  );

  return (
    <section class="nn-widget ie" aria-labelledby="ie-title" id="init-experiment">
      <h3 id="ie-title" class="nn-widget-title">
        Initialization experiment
      </h3>
      <p>
        The same 2-{SETUP.hidden}-1 network (sigmoid units) learns XOR on {SETUP.points} points,
        twice: once starting from all-zero weights, once from random weights with zero biases (seed{' '}
        {SETUP.seed}, learning rate {SETUP.alpha}, {SETUP.epochs} epochs). Each square shows one
        hidden unit's output over the plane, from blue (0) to orange (1).
      </p>
      <p class="ie-why">
        With all-zero weights the hidden units stay identical. They do learn, since σ(0) = 0.5 is
        not 0 and gradients reach them, but all in the same way, so together they draw just one
        straight boundary: about three of XOR's four quadrants right (72.5% here). Random weights
        let each unit learn its own feature.
      </p>
      <div class="nn-row ie-buttons">
        <button type="button" class="nn-button" onClick={run} disabled={running || done}>
          Run {SETUP.epochs} epochs
        </button>
        <button type="button" class="nn-button" onClick={reset}>
          Reset
        </button>
      </div>
      <div class="ie-panels">
        <Panel start="zeros" view={views.zeros} />
        <Panel start="random" view={views.random} />
      </div>
      <LiveStatus>{running ? 'Training…' : status}</LiveStatus>
    </section>
  );
}
