import { useMemo, useState } from 'preact/hooks';
import { Descent, getSurface } from '../../engine/index.ts';
import { DescentPlot } from './DescentPlot.tsx';
import { ALPHA_MAX, ALPHA_MIN, alphaFromLog, describeRun, logFromAlpha, show } from './descent.ts';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { PlayControls } from '../shared/PlayControls.tsx';
import { SelectField } from '../shared/SelectField.tsx';
import { Slider } from '../shared/Slider.tsx';
import { useAnimationLoop } from '../shared/motion.ts';

type Name = 'bowl' | 'valley' | 'banana' | 'saddle';

// How each engine surface is written for a reader, and a learning rate that shows its character.
const SURFACES: readonly { value: Name; label: string; formula: string; alpha: number }[] = [
  { value: 'bowl', label: 'Round bowl', formula: 'f(x, y) = x² + y²', alpha: 0.1 },
  { value: 'valley', label: 'Long narrow valley', formula: 'f(x, y) = 0.1x² + 5y²', alpha: 0.15 },
  {
    value: 'banana',
    label: 'Banana (Rosenbrock-like)',
    formula: 'f(x, y) = (1 − x)² + 10(y − x²)²',
    alpha: 0.005,
  },
  { value: 'saddle', label: 'Saddle', formula: 'f(x, y) = x² − y²', alpha: 0.1 },
];

interface Settings {
  name: Name;
  alpha: number;
  start: readonly [number, number];
  patience: number;
  tol: number;
}

function defaults(name: Name): Settings {
  const info = SURFACES.find((s) => s.value === name)!;
  return { name, alpha: info.alpha, start: getSurface(name).start, patience: 10, tol: 1e-6 };
}

const MAX_ITERATIONS = 5000;
const round2 = (v: number) => Math.round(v * 100) / 100;

/** Gradient descent on a chosen 2-D surface: place the start, choose α, step or play, and read why it stopped. */
export default function GradientDescentLab() {
  const [s, setS] = useState<Settings>(() => defaults('bowl'));
  const [generation, setGeneration] = useState(0);
  const [, setVersion] = useState(0);
  const [running, setRunning] = useState(false);
  const surface = getSurface(s.name);
  const info = SURFACES.find((x) => x.value === s.name)!;
  // The run is mutable (the engine's Descent steps in place); a new one whenever a setting changes or on Reset.
  const run = useMemo(
    () =>
      new Descent(surface, {
        alpha: s.alpha,
        start: s.start,
        tol: s.tol,
        patience: s.patience,
        maxIterations: MAX_ITERATIONS,
      }),
    [s, generation],
  );
  const change = (patch: Partial<Settings>) => {
    setRunning(false);
    setS((prev) => ({ ...prev, ...patch }));
  };
  const stepOnce = () => {
    run.step();
    setVersion((v) => v + 1);
  };
  useAnimationLoop(
    running,
    () => {
      for (let k = run.iterations < 60 ? 1 : 4; k > 0; k--) run.step();
      setVersion((v) => v + 1);
      return run.status === 'running';
    },
    () => setRunning(false),
  );

  const state = describeRun(run);
  const g = new Float64Array(2);
  surface.grad(run.x, run.y, g);
  const norm = Math.hypot(g[0], g[1]);
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
          options={SURFACES}
          onChange={(name) => {
            setRunning(false);
            setS(defaults(name));
            setGeneration((k) => k + 1);
          }}
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
            onPlace={(x, y) => change({ start: [round2(x), round2(y)] })}
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
            <LiveStatus>{running ? `playing: ${state.kind}` : state.text}</LiveStatus>
          </div>
        </div>
      </div>
      <PlayControls
        running={running}
        canPlay={!stopped}
        onPlay={() => setRunning(true)}
        onPause={() => setRunning(false)}
        onStep={stepOnce}
        onReset={() => {
          setRunning(false);
          setGeneration((k) => k + 1);
        }}
      />
      <div class="nn-row">
        <button
          type="button"
          class="nn-button"
          disabled={stopped || running}
          onClick={() => {
            run.run();
            setVersion((v) => v + 1);
          }}
        >
          Run until it stops
        </button>
        <button
          type="button"
          class="nn-button"
          onClick={() => {
            setRunning(false);
            setS(defaults(s.name));
            setGeneration((k) => k + 1);
          }}
        >
          Default settings
        </button>
      </div>
      <div key={generation} class="gdl-settings">
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
