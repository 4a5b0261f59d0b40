import { useEffect, useMemo, useState } from 'preact/hooks';
import { Heatmap } from '../shared/Heatmap.tsx';
import { SelectField } from '../shared/SelectField.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { usePrefersReducedMotion, useAnimationLoop } from '../shared/motion.ts';
import { useModel } from '../shared/use-model.ts';
import { publishWidgetState } from '../../progress/widget-state.ts';
import {
  INIT_EXPERIMENT_WIDGET,
  type InitExperimentTaskState,
} from '../../quiz/checks/init-experiment.ts';
import {
  INIT_CHOICES,
  SETUP,
  advanceBoth,
  createRuns,
  panelView,
  type InitChoice,
  type PanelView,
  type Start,
} from './init-experiment.ts';
import { CHOICE_LABEL, CHOICE_TEXT, ZEROS_TEXT, pct, sameText, statusText } from './strings.ts';

const EPOCHS_PER_FRAME = 25;

function Panel({
  start,
  view,
  title,
  short,
}: {
  start: Start;
  view: PanelView;
  title: string;
  short: string;
}) {
  const id = `ie-${start}`;
  return (
    <section class="ie-panel" aria-labelledby={id}>
      <h4 id={id}>{title}</h4>
      <div class="ie-maps">
        {view.maps.map((m, u) => (
          <figure key={u}>
            <Heatmap
              values={m}
              n={SETUP.grid}
              label={`Hidden unit ${u + 1} of ${short}: its output over the plane after ${view.epochs} epochs`}
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

/** Initialization, side by side: all-zero weights keep the hidden units identical; the reader's choice on the right. */
export default function InitExperiment() {
  const [choice, setChoice] = useState<InitChoice>('xavier');
  const runs = useModel(() => createRuns('xavier'));
  const [running, setRunning] = useState(false);
  const reduce = usePrefersReducedMotion();
  const views = useMemo(
    () => ({ zeros: panelView(runs.model.zeros), random: panelView(runs.model.random) }),
    [runs.model, runs.version],
  );

  useAnimationLoop(
    running,
    () => {
      const more = advanceBoth(runs.model, EPOCHS_PER_FRAME);
      runs.touch();
      return more;
    },
    () => setRunning(false),
  );

  useEffect(() => {
    const state: InitExperimentTaskState = { choice, epochs: views.random.epochs };
    publishWidgetState(INIT_EXPERIMENT_WIDGET, state);
  }, [choice, views]);

  function run() {
    if (reduce) runs.update((r) => advanceBoth(r, SETUP.epochs));
    else setRunning(true);
  }

  function restart(next: InitChoice) {
    setRunning(false);
    setChoice(next);
    runs.reset(() => createRuns(next));
  }

  const done = views.zeros.epochs >= SETUP.epochs;
  const right = CHOICE_TEXT[choice];
  const status = statusText(SETUP.epochs, SETUP.hidden, views.zeros, views.random, right.short);

  return (
    <section class="nn-widget ie" aria-labelledby="ie-title" id="init-experiment">
      <h3 id="ie-title" class="nn-widget-title">
        Initialization experiment
      </h3>
      <p>
        The same 2-{SETUP.hidden}-1 network (sigmoid units) learns XOR on {SETUP.points} points,
        twice: once starting from all-zero weights, once from the weights you choose (random by
        default) with zero biases (seed {SETUP.seed}, learning rate {SETUP.alpha}, {SETUP.epochs}{' '}
        epochs). Each square shows one hidden unit's output over the plane, from blue (0) to orange
        (1).
      </p>
      <p class="ie-why">
        With all-zero weights the hidden units stay identical. They do learn, since σ(0) = 0.5 is
        not 0 and gradients reach them, but all in the same way, so together they draw just one
        straight boundary: about three of XOR's four quadrants right (72.5% here). Random weights
        let each unit learn its own feature.
      </p>
      <div class="nn-row">
        <SelectField
          label={CHOICE_LABEL}
          value={choice}
          options={INIT_CHOICES.map((c) => ({ value: c, label: CHOICE_TEXT[c].option }))}
          onChange={restart}
        />
      </div>
      <div class="nn-row ie-buttons">
        <button type="button" class="nn-button" onClick={run} disabled={running || done}>
          Run {SETUP.epochs} epochs
        </button>
        <button type="button" class="nn-button" onClick={() => restart(choice)}>
          Reset
        </button>
      </div>
      <div class="ie-panels">
        <Panel start="zeros" view={views.zeros} title={ZEROS_TEXT.title} short={ZEROS_TEXT.short} />
        <Panel start="random" view={views.random} title={right.title} short={right.short} />
      </div>
      <LiveStatus>{running ? 'Training…' : status}</LiveStatus>
    </section>
  );
}
