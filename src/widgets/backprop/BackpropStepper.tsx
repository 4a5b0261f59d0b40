import { useRef, useState } from 'preact/hooks';
import { Optimizer } from '../../engine/index.ts';
import { Pseudocode } from './BackpropCode.tsx';
import { GradCheckTable, LossHistory, MatrixTable } from './BackpropTables.tsx';
import { LESSON, NAMES, STEPS, buildNetwork, trace, type WeightChoice } from './backprop.ts';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { SelectField } from '../shared/SelectField.tsx';
import { formatNumber as fmt } from '../shared/number.ts';

interface Setup {
  x: [number, number];
  y: number;
  choice: WeightChoice;
}

const START: Setup = { x: [LESSON.X[0], LESSON.X[1]], y: LESSON.Y, choice: { kind: 'lesson' } };
const LAST = STEPS.length - 1;
const fresh = (s: Setup) => {
  const net = buildNetwork(s.choice);
  return { net, t: trace(net, s.x, s.y) };
};
const inWords = (rows: number[][]) =>
  rows.length === 1 && rows[0].length === 1
    ? fmt(rows[0][0])
    : `[${rows.map((r) => r.map((v) => fmt(v)).join(', ')).join('; ')}]`;

/** Backpropagation on a 2-2-1 network, one line of the lecture's pseudocode at a time, with a gradient check and updates. */
export default function BackpropStepper() {
  const [setup, setSetup] = useState<Setup>(START);
  const [generation, setGeneration] = useState(0);
  const [step, setStep] = useState(0);
  const [alpha, setAlpha] = useState(0.5);
  const [history, setHistory] = useState<number[]>([]);
  const applyRef = useRef<HTMLButtonElement>(null);
  // At the last line Next disables itself; focus moves on to the update instead of falling to the page.
  const goTo = (k: number) => {
    setStep(k);
    if (k === LAST) requestAnimationFrame(() => applyRef.current?.focus());
  };
  // The engine's network (mutated by updates) and the trace of its last forward and backward pass.
  const [model, setModel] = useState(() => fresh(START));
  const { net, t } = model;
  const losses = history.length ? history : [t.q.loss[0][0]];

  const restart = (next: Setup) => {
    setSetup(next);
    setModel(fresh(next));
    setStep(0);
    setHistory([]);
  };

  function applyUpdate() {
    // trace() left DW and Db from the current weights in the layers; the engine's optimizer applies W ← W − α·DW.
    new Optimizer(net.params(), { alpha }).step();
    const next = trace(net, setup.x, setup.y);
    setModel({ net, t: next });
    setHistory([...losses, next.q.loss[0][0]]);
  }

  const cur = STEPS[step];
  const q = t.q;
  const updates = losses.length - 1;
  const status =
    `Step ${step + 1} of ${STEPS.length}: ${cur.line}` +
    (cur.result ? `; ${NAMES[cur.result]} = ${inWords(q[cur.result])}` : '') +
    (cur.check
      ? `; largest relative error against the finite difference ${fmt(t.checks[cur.check].worst, 2)}`
      : '') +
    (updates > 0
      ? `. After ${updates} update${updates > 1 ? 's' : ''} the loss is ${fmt(losses[updates])} (it started at ${fmt(losses[0])}).`
      : '');

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
            setAlpha(0.5);
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
            onClick={applyUpdate}
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
