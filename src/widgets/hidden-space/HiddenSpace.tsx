import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { publishWidgetState } from '../../progress/widget-state.ts';
import { HIDDEN_SPACE_WIDGET } from '../../quiz/checks/hidden-space.ts';
import { NumberField } from '../shared/NumberField.tsx';
import { PlayControls } from '../shared/PlayControls.tsx';
import { SelectField } from '../shared/SelectField.tsx';
import { Slider } from '../shared/Slider.tsx';
import { useAnimationLoop, usePrefersReducedMotion } from '../shared/motion.ts';
import { HiddenSpacePanels } from './HiddenSpacePanels.tsx';
import { gridOf, pictureOf } from './picture.ts';
import type { HiddenView } from './geometry.ts';
import {
  CASES,
  MAX_UPDATES,
  canTrain,
  createRun,
  nextMorph,
  outputUnit,
  statusOf,
  taskState,
  train,
  updatesPerFrame,
  type CaseName,
  type HiddenRun,
} from './hidden-space.ts';
import {
  caseOptions,
  intro,
  labels,
  morphText,
  playingText,
  readout,
  statusText,
  title,
  viewHelp,
  viewOptions,
} from './strings.ts';

// Updates one press of Step runs: one update moves the picture too little to see.
const STEP_UPDATES = 10;

/** The input space beside the hidden space of a small network, morphing from one to the other as it trains. */
export default function HiddenSpace() {
  const [name, setName] = useState<CaseName>('xor');
  const [seed, setSeed] = useState(CASES.xor.seed);
  const [alpha, setAlpha] = useState(CASES.xor.alpha);
  const [alphaError, setAlphaError] = useState(false);
  const [view, setView] = useState<HiddenView>('edge-on');
  const [t, setT] = useState(1);
  const [running, setRunning] = useState(false);
  const [morphing, setMorphing] = useState(false);
  const [, setVersion] = useState(0);
  const reduce = usePrefersReducedMotion();
  const run = useRef<HiddenRun | null>(null);
  run.current ??= createRun(name, seed, alpha);
  const r = run.current;
  const grid = useMemo(gridOf, []);
  const c = CASES[name];

  const restart = (next: { name?: CaseName; seed?: number; alpha?: number }) => {
    setRunning(false);
    setMorphing(false);
    const n = next.name ?? name;
    run.current = createRun(n, next.seed ?? seed, next.alpha ?? alpha);
    setVersion((v) => v + 1);
  };

  // Training: a few updates a frame, with the morph moving on towards the hidden space meanwhile.
  useAnimationLoop(
    running,
    () => {
      const outcome = train(r, updatesPerFrame(r));
      setT(nextMorph(t));
      setVersion((v) => v + 1);
      return outcome.kind === 'going';
    },
    () => setRunning(false),
  );
  // The morph on its own, from input space to hidden space.
  useAnimationLoop(
    morphing,
    () => {
      const next = nextMorph(t);
      setT(next);
      return next < 1;
    },
    () => setMorphing(false),
  );

  const fieldErrors = alphaError ? [labels.alpha] : [];
  const status = statusOf(r);
  useEffect(
    () => publishWidgetState(HIDDEN_SPACE_WIDGET, taskState(r, fieldErrors)),
    [r, r.trainer.steps, alphaError],
  );

  const { w, b } = outputUnit(r);

  return (
    <section class="nn-widget hs" aria-labelledby="hs-title">
      <h3 id="hs-title" class="nn-widget-title">
        {title}
      </h3>
      <p>{intro}</p>
      <div class="nn-row">
        <SelectField
          label={labels.case}
          value={name}
          options={caseOptions}
          onChange={(next) => {
            setName(next);
            setSeed(CASES[next].seed);
            setAlpha(CASES[next].alpha);
            setView('edge-on');
            restart({ name: next, seed: CASES[next].seed, alpha: CASES[next].alpha });
          }}
        />
        {c.hidden === 3 && (
          <SelectField label={labels.view} value={view} options={viewOptions} onChange={setView} />
        )}
      </div>
      {c.hidden === 3 && <p class="hs-help">{viewHelp[view === 'edge-on' ? 'edge-on' : 'axes']}</p>}
      <HiddenSpacePanels
        run={r}
        grid={grid}
        picture={pictureOf(r, grid, view, t)}
        view={view}
        t={t}
      />
      <div class="hs-status">
        <LiveStatus>{running ? playingText : statusText(status)}</LiveStatus>
      </div>
      <PlayControls
        running={running}
        canPlay={canTrain(r)}
        stepLabel={labels.step(STEP_UPDATES)}
        onPlay={() => {
          // With less motion asked for, no animation: train until the run stops, and show the result.
          if (reduce) {
            setT(1);
            train(r, MAX_UPDATES);
            setVersion((v) => v + 1);
          } else setRunning(true);
        }}
        onPause={() => setRunning(false)}
        onStep={() => {
          train(r, STEP_UPDATES);
          setVersion((v) => v + 1);
        }}
        onReset={() => restart({})}
      />
      <div class="nn-row hs-morph">
        <Slider
          label={labels.morph}
          min={0}
          max={1}
          step={0.05}
          value={t}
          format={morphText}
          onChange={(v) => {
            setMorphing(false);
            setT(v);
          }}
        />
        <button
          type="button"
          class="nn-button"
          disabled={morphing}
          onClick={() => {
            // With less motion asked for, the morph goes straight to the hidden space.
            if (reduce) setT(1);
            else {
              setT(0);
              setMorphing(true);
            }
          }}
        >
          {labels.playMorph}
        </button>
      </div>
      <div class="nn-row">
        <NumberField
          label={labels.alpha}
          value={alpha}
          min={0.01}
          max={10}
          step={0.1}
          onChange={(a) => {
            setAlpha(a);
            restart({ alpha: a });
          }}
          onError={(message) => setAlphaError(message !== null)}
        />
        <button
          type="button"
          class="nn-button"
          onClick={() => {
            setSeed(seed + 1);
            restart({ seed: seed + 1 });
          }}
        >
          {labels.newStart}
        </button>
      </div>
      <dl class="hs-readout nn-result">
        <dt>{readout.seed}</dt>
        <dd data-testid="hs-seed">{seed}</dd>
        <dt>{readout.updates}</dt>
        <dd data-testid="hs-updates">{r.trainer.steps}</dd>
        <dt>{readout.output}</dt>
        <dd>{readout.equation(w, b)}</dd>
      </dl>
    </section>
  );
}
