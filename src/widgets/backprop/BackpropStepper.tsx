import { useEffect, useRef, useState } from 'preact/hooks';
import { Pseudocode } from './BackpropCode.tsx';
import { GradCheckTable, LossHistory, MatrixTable } from './BackpropTables.tsx';
import {
  LAST_STEP as LAST,
  NAMES,
  START,
  START_ALPHA,
  STEPS,
  applyUpdate,
  freshModel,
  type Setup,
} from './backprop.ts';
import { statusText } from './strings.ts';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { SelectField } from '../shared/SelectField.tsx';
import { publishWidgetState } from '../../progress/widget-state.ts';
import { BACKPROP_WIDGET, type BackpropTaskState } from '../../quiz/checks/backprop.ts';

/** Backpropagation on a 2-2-1 network, one line of the lecture's pseudocode at a time, with a gradient check and updates. */
export default function BackpropStepper() {
  const [setup, setSetup] = useState<Setup>(START);
  const [generation, setGeneration] = useState(0);
  const [step, setStep] = useState(0);
  const [alpha, setAlpha] = useState(START_ALPHA);
  // The learning rate of every update applied since the last restart, so a check can replay them.
  const [alphas, setAlphas] = useState<number[]>([]);
  const applyRef = useRef<HTMLButtonElement>(null);
  // At the last line Next disables itself; focus moves on to the update instead of falling to the page.
  const goTo = (k: number) => {
    setStep(k);
    if (k === LAST) requestAnimationFrame(() => applyRef.current?.focus());
  };
  const [model, setModel] = useState(() => freshModel(START));
  const { t, losses } = model;

  useEffect(() => {
    const state: BackpropTaskState = { ...setup, step, alphas };
    publishWidgetState(BACKPROP_WIDGET, state);
  }, [setup, step, alphas]);

  const restart = (next: Setup) => {
    setSetup(next);
    setModel(freshModel(next));
    setStep(0);
    setAlphas([]);
  };

  function update() {
    setModel(applyUpdate(model, setup, alpha));
    setAlphas([...alphas, alpha]);
  }

  const cur = STEPS[step];
  const q = t.q;
  const status = statusText(step, t, losses);

  return (
    <section class="nn-widget bp" aria-labelledby="bp-title">
      <h3 id="bp-title" class="nn-widget-title">
        Backpropagation step by step
      </h3>
      <p>
        A 2-2-1 network: two inputs, two sigmoid hidden units, one sigmoid output P with binary
        cross-entropy, so DZ² = P − Y. One example (m = 1). Every number below is read from the
        engine’s layers after its forward and backward pass.
      </p>
      <fieldset class="nn-row" key={generation}>
        <legend>Example and starting weights</legend>
        <NumberField
          label="input x₁"
          value={setup.x[0]}
          min={-10}
          max={10}
          onChange={(v) => restart({ ...setup, x: [v, setup.x[1]] })}
        />
        <NumberField
          label="input x₂"
          value={setup.x[1]}
          min={-10}
          max={10}
          onChange={(v) => restart({ ...setup, x: [setup.x[0], v] })}
        />
        <SelectField
          label="label Y"
          value={String(setup.y)}
          options={[
            { value: '1', label: '1' },
            { value: '0', label: '0' },
          ]}
          onChange={(v) => restart({ ...setup, y: Number(v) })}
        />
        <SelectField
          label="starting weights"
          value={setup.choice.kind}
          options={[
            { value: 'lesson', label: 'the lesson’s example' },
            { value: 'seed', label: 'random (Xavier) from a seed' },
          ]}
          onChange={(kind) =>
            restart({ ...setup, choice: kind === 'lesson' ? { kind } : { kind: 'seed', seed: 1 } })
          }
        />
        {setup.choice.kind === 'seed' && (
          <NumberField
            label="seed"
            value={setup.choice.seed}
            min={0}
            max={1e9}
            step={1}
            onChange={(v) => restart({ ...setup, choice: { kind: 'seed', seed: Math.round(v) } })}
          />
        )}
      </fieldset>
      <div class="bp-layout">
        <Pseudocode current={step} />
        <div class="bp-now">
          <h4>
            Step {step + 1} of {STEPS.length}: <code>{cur.line}</code>
          </h4>
          {cur.note && <p class="bp-note">{cur.note}</p>}
          <div class="bp-matrices">
            {cur.uses.map((n) => (
              <MatrixTable key={n} name={NAMES[n]} rows={q[n]} />
            ))}
            {cur.result && (
              <MatrixTable name={`→ ${NAMES[cur.result]}`} rows={q[cur.result]} emphasis />
            )}
          </div>
        </div>
      </div>
      {cur.check && <GradCheckTable name={NAMES[cur.check]} check={t.checks[cur.check]} />}
      <div class="nn-row nn-controls">
        <button
          type="button"
          class="nn-button"
          disabled={step === 0}
          onClick={() => setStep(step - 1)}
        >
          Previous step
        </button>
        <button
          type="button"
          class="nn-button"
          disabled={step === LAST}
          onClick={() => goTo(step + 1)}
        >
          Next step
        </button>
        <button type="button" class="nn-button" disabled={step === LAST} onClick={() => goTo(LAST)}>
          Jump to the end
        </button>
        <button
          type="button"
          class="nn-button"
          onClick={() => {
            setAlpha(START_ALPHA);
            restart(START);
            setGeneration((g) => g + 1);
          }}
        >
          Reset
        </button>
      </div>
      <fieldset class="bp-update">
        <legend>Update: one step of gradient descent on every W and b</legend>
        <div class="nn-row">
          <NumberField
            key={generation}
            label="learning rate α"
            value={alpha}
            min={0.001}
            max={10}
            step={0.1}
            onChange={setAlpha}
          />
          <button
            type="button"
            class="nn-button"
            ref={applyRef}
            disabled={step !== LAST}
            onClick={update}
          >
            Apply the update W ← W − α·DW (and b ← b − α·Db)
          </button>
        </div>
        {step !== LAST && (
          <p class="bp-note">
            Finish the backward pass first (Next step, or Jump to the end): the update needs every
            DW and Db.
          </p>
        )}
        <LossHistory losses={losses} />
      </fieldset>
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
