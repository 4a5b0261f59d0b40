import { useEffect, useState } from 'preact/hooks';
import { DescentPlot } from './DescentPlot.tsx';
import {
  ALPHA_MAX,
  ALPHA_MIN,
  START,
  SURFACE_NAMES,
  alphaFromLog,
  createDescent,
  defaults,
  describeRun,
  gradientAt,
  logFromAlpha,
  placedStart,
  playFrame,
  show,
  type Settings,
  surfaceOf,
} from './descent.ts';
import { SURFACE_TEXT, playingText, statusText } from './strings.ts';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { PlayControls } from '../shared/PlayControls.tsx';
import { SelectField } from '../shared/SelectField.tsx';
import { Slider } from '../shared/Slider.tsx';
import { useAnimationLoop } from '../shared/motion.ts';
import { useModel } from '../shared/use-model.ts';
import { publishWidgetState } from '../../progress/widget-state.ts';
import { DESCENT_WIDGET, type DescentTaskState } from '../../quiz/checks/descent.ts';

const SURFACE_OPTIONS = SURFACE_NAMES.map((value) => ({ value, label: SURFACE_TEXT[value].label }));

/** Gradient descent on a chosen 2-D surface: place the start, choose α, step or play, and read why it stopped. */
export default function GradientDescentLab() {
  const [s, setS] = useState<Settings>(START);
  // Bumped when the settings fields must show new values they did not type (a new surface, Default settings).
  const [fields, setFields] = useState(0);
  const [running, setRunning] = useState(false);
  const descent = useModel(() => createDescent(START));
  const run = descent.model;
  const surface = surfaceOf(s);
  const info = SURFACE_TEXT[s.name];

  useEffect(() => {
    const state: DescentTaskState = { ...s, start: [s.start[0], s.start[1]] };
    publishWidgetState(DESCENT_WIDGET, state);
  }, [s]);

  /** New settings start a new run. */
  const apply = (next: Settings, retype = false) => {
    setRunning(false);
    setS(next);
    descent.reset(() => createDescent(next));
    if (retype) setFields((k) => k + 1);
  };
  const change = (patch: Partial<Settings>) => apply({ ...s, ...patch });
  useAnimationLoop(
    running,
    () => {
      const more = playFrame(run);
      descent.touch();
      return more;
    },
    () => setRunning(false),
  );

  const state = describeRun(run);
  const { g, norm } = gradientAt(run);
  const stopped = run.status !== 'running';

  return (
    <section class="nn-widget gdl" aria-labelledby="gdl-title">
      <h3 id="gdl-title" class="nn-widget-title">
        Gradient descent lab
      </h3>
      <p>
        Each step moves against the gradient: (x, y) ← (x, y) − α·∇f(x, y). Choose a surface, place
        the start by clicking the plot or typing it, pick a learning rate α, and step or play.
      </p>
      <div class="nn-row">
        <SelectField
          label="loss surface"
          value={s.name}
          options={SURFACE_OPTIONS}
          onChange={(name) => apply(defaults(name), true)}
        />
        <p class="gdl-formula">{info.formula}</p>
      </div>
      <div class="gdl-layout">
        <div>
          <DescentPlot
            surface={surface}
            formula={info.formula}
            path={run.path}
            downhill={[-g[0], -g[1]]}
            onPlace={(x, y) => change({ start: placedStart(x, y) })}
          />
          <p class="gdl-legend">
            <span aria-hidden="true">■</span> start · <span aria-hidden="true">●</span> path ·{' '}
            <span aria-hidden="true">◯</span> current point · <span aria-hidden="true">→</span>{' '}
            downhill direction −∇f (arrow length not to scale)
            {surface.minimum ? ' · + minimum' : ''}
          </p>
        </div>
        <div>
          <dl class="gdl-readout nn-result">
            <dt>iteration</dt>
            <dd data-testid="gdl-iteration">{run.iterations}</dd>
            <dt>current point (x, y)</dt>
            <dd>
              (<span data-testid="gdl-x">{show(run.x, 6)}</span>,{' '}
              <span data-testid="gdl-y">{show(run.y, 6)}</span>)
            </dd>
            <dt>loss f(x, y)</dt>
            <dd data-testid="gdl-loss">{show(run.value, 6)}</dd>
            <dt>gradient ∇f (the arrow shows −∇f, downhill)</dt>
            <dd>
              ({show(g[0])}, {show(g[1])}), magnitude |∇f| ={' '}
              <span data-testid="gdl-grad-norm">{show(norm)}</span>
            </dd>
          </dl>
          <div class={`gdl-status gdl-${state.kind}`}>
            <LiveStatus>{running ? playingText(state) : statusText(state)}</LiveStatus>
          </div>
        </div>
      </div>
      <PlayControls
        running={running}
        canPlay={!stopped}
        onPlay={() => setRunning(true)}
        onPause={() => setRunning(false)}
        onStep={() => descent.update((d) => d.step())}
        onReset={() => apply(s, true)}
      />
      <div class="nn-row">
        <button
          type="button"
          class="nn-button"
          disabled={stopped || running}
          onClick={() => descent.update((d) => d.run())}
        >
          Run until it stops
        </button>
        <button type="button" class="nn-button" onClick={() => apply(defaults(s.name), true)}>
          Default settings
        </button>
      </div>
      <div key={fields} class="gdl-settings">
        <fieldset class="nn-row">
          <legend>Start point</legend>
          <NumberField
            label="start x"
            value={s.start[0]}
            min={surface.view.xMin}
            max={surface.view.xMax}
            onChange={(x) => change({ start: [x, s.start[1]] })}
          />
          <NumberField
            label="start y"
            value={s.start[1]}
            min={surface.view.yMin}
            max={surface.view.yMax}
            onChange={(y) => change({ start: [s.start[0], y] })}
          />
        </fieldset>
        <fieldset class="nn-row">
          <legend>Learning rate and stopping</legend>
          <Slider
            label="learning rate α (log scale)"
            min={logFromAlpha(ALPHA_MIN)}
            max={logFromAlpha(ALPHA_MAX)}
            // 0.05 in log10 is a factor 1.12: larger than the 2-digit rounding, so every arrow key moves α.
            step={0.05}
            value={logFromAlpha(s.alpha)}
            format={() => show(s.alpha)}
            onChange={(v) => change({ alpha: alphaFromLog(v) })}
          />
          <NumberField
            label="learning rate α"
            value={s.alpha}
            // The same range as the slider, so a typed α always has a slider position.
            min={ALPHA_MIN}
            max={ALPHA_MAX}
            step={0.01}
            onChange={(alpha) => change({ alpha })}
          />
          <NumberField
            label="patience (iterations)"
            value={s.patience}
            min={1}
            max={1000}
            step={1}
            onChange={(p) => change({ patience: Math.max(1, Math.round(p)) })}
          />
          <NumberField
            label="tolerance"
            value={s.tol}
            min={0}
            max={1}
            step={1e-6}
            onChange={(tol) => change({ tol })}
          />
        </fieldset>
      </div>
    </section>
  );
}
