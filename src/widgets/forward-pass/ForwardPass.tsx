import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { SelectField } from '../shared/SelectField.tsx';
import { MatrixView } from '../shared/MatrixView.tsx';
import { formatNumber as fmt } from '../shared/number.ts';
import { errorsShown, useFieldErrors } from '../shared/field-errors.ts';
import { publishWidgetState } from '../../progress/widget-state.ts';
import { FORWARD_PASS_WIDGET, type ForwardPassTaskState } from '../../quiz/checks/forward-pass.ts';
import { ForwardPassDiagram } from './ForwardPassDiagram.tsx';
import {
  LAST_STEP as LAST,
  activationSymbol,
  activationText,
  buildNetwork,
  dotProductText,
  forwardPass,
  goTo,
  hiddenOptions,
  initial,
  revealed,
  setHidden,
  setInput,
  setSeed,
  softmaxText,
  steps,
  unitName,
  type ForwardPassState,
} from './forward-pass.ts';

const INPUT_LABELS = ['x₁', 'x₂', 'x₃'];
const SEED_LABEL = 'seed';
const col = (v: readonly number[], known: number) => v.map((n, i) => [i < known ? n : null]);

/** The forward pass of a 3-4-2 network, unit by unit, as a drawing and as the matrices σ(W·a + b). */
export default function ForwardPass() {
  const id = useId();
  const [state, setState] = useState<ForwardPassState>(initial);
  const { seed, hidden, x, at } = state;
  const [generation, setGeneration] = useState(0);
  const fields = useFieldErrors();
  const fieldErrors = errorsShown(fields.errors, [...INPUT_LABELS, SEED_LABEL]);
  const net = useMemo(() => buildNetwork(seed, hidden), [seed, hidden]);
  const s = useMemo(() => forwardPass(net, x), [net, x]);
  // Widget-task polls grade this state (src/quiz/checks/forward-pass.ts): the input and
  // the first layer's parameters, from which the check computes Z¹ and H¹ itself.
  useEffect(() => {
    const task: ForwardPassTaskState = { seed, hidden, x, W1: s.W1, b1: s.b1, fieldErrors };
    publishWidgetState(FORWARD_PASS_WIDGET, task);
  }, [s, fieldErrors.join('|')]);
  const shown = revealed(at);
  const step = steps[at];
  const current = step.kind === 'unit' ? { layer: step.layer, unit: step.unit } : null;
  const row = (layer: 1 | 2) => (current?.layer === layer ? current.unit : null);
  const g = activationSymbol[hidden];

  let working: string;
  let status: string;
  if (step.kind === 'input') {
    working = `a = H⁰ = x = (${x.map((v) => fmt(v)).join(', ')}). Press “Next step” to compute the first hidden unit.`;
    status = `Start: input x = ${x.map((v) => fmt(v)).join(', ')}.`;
  } else if (step.kind === 'unit' && step.layer === 1) {
    working = `${dotProductText(s, 1, step.unit)}, then ${activationText(s, step.unit, hidden)}`;
    status = `Step ${at} of ${LAST}, hidden unit ${step.unit + 1}: ${unitName('z', 1, step.unit)} = ${fmt(s.Z1[step.unit])}, ${unitName('h', 1, step.unit)} = ${fmt(s.H1[step.unit])}.`;
  } else if (step.kind === 'unit') {
    working = `${dotProductText(s, 2, step.unit)} (a logit: the softmax comes after both)`;
    status = `Step ${at} of ${LAST}, output unit ${step.unit + 1}: logit ${unitName('z', 2, step.unit)} = ${fmt(s.Z2[step.unit])}.`;
  } else {
    working = softmaxText(s);
    status = `Step ${at} of ${LAST}, softmax: output probabilities ${fmt(s.P[0])} and ${fmt(s.P[1])}.`;
  }

  const go = (to: number) => setState((old) => goTo(old, to));
  const reset = () => {
    setState(initial());
    fields.clear();
    setGeneration((n) => n + 1);
  };

  return (
    <section class="nn-widget fp" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="nn-widget-title">
        Forward pass in matrices
      </h3>
      <p>
        A 3-4-2 network computes H¹ = g(W¹·a + b¹) and then P = softmax(W²·H¹ + b²), one unit at a
        time. Each unit is one row of W times the column a, plus its bias. The outputs are softmax
        probabilities.
      </p>
      <div key={generation} class="fp-controls">
        <fieldset class="nn-row fp-inputs">
          <legend>Input a = H⁰ = x</legend>
          {x.map((v, k) => (
            <NumberField
              key={k}
              label={INPUT_LABELS[k]}
              value={v}
              min={-10}
              max={10}
              onChange={(n) => setState((old) => setInput(old, k, n))}
              onError={fields.errorOf(INPUT_LABELS[k])}
            />
          ))}
        </fieldset>
        <div class="nn-row">
          <NumberField
            label={SEED_LABEL}
            value={seed}
            min={0}
            max={9999}
            step={1}
            onChange={(n) => setState((old) => setSeed(old, n))}
            onError={fields.errorOf(SEED_LABEL)}
          />
          <SelectField
            label="hidden activation g"
            value={hidden}
            options={hiddenOptions}
            onChange={(h) => setState((old) => setHidden(old, h))}
          />
        </div>
      </div>
      <ForwardPassDiagram s={s} shown={shown} current={current} />
      <div class="nn-row fp-nav" role="group" aria-label="Step through the pass">
        <button
          type="button"
          class="nn-button"
          aria-disabled={at === 0 ? 'true' : undefined}
          onClick={() => go(at - 1)}
        >
          Previous step
        </button>
        <button
          type="button"
          class="nn-button"
          aria-disabled={at === LAST ? 'true' : undefined}
          onClick={() => go(at + 1)}
        >
          Next step
        </button>
        <button type="button" class="nn-button" onClick={() => go(LAST)}>
          Show all steps
        </button>
        <button type="button" class="nn-button" onClick={reset}>
          Reset
        </button>
      </div>
      <p class="fp-step-count">
        Step {at} of {LAST}
      </p>
      <p class="fp-working nn-result" data-testid="fp-working">
        {working}
      </p>
      <div class="fp-matrices" role="group" aria-label="Layer 1 as matrices" tabIndex={0}>
        <p class="fp-eq-title">Layer 1: Z¹ = W¹·a + b¹, H¹ = {g}(Z¹)</p>
        <div class="fp-eq">
          <MatrixView name="W¹" rows={s.W1} row={row(1)} />
          <span class="fp-op">·</span>
          <MatrixView name="a = H⁰" rows={s.x.map((v) => [v])} active={current?.layer === 1} />
          <span class="fp-op">+</span>
          <MatrixView name="b¹" rows={s.b1.map((v) => [v])} row={row(1)} />
          <span class="fp-op">=</span>
          <MatrixView name="Z¹" rows={col(s.Z1, shown.hidden)} row={row(1)} />
          <span class="fp-op">→</span>
          <MatrixView name="H¹" rows={col(s.H1, shown.hidden)} row={row(1)} />
        </div>
      </div>
      <div class="fp-matrices" role="group" aria-label="Layer 2 as matrices" tabIndex={0}>
        <p class="fp-eq-title">Layer 2: Z² = W²·H¹ + b², P = softmax(Z²)</p>
        <div class="fp-eq">
          <MatrixView name="W²" rows={s.W2} row={row(2)} />
          <span class="fp-op">·</span>
          <MatrixView name="a = H¹" rows={col(s.H1, shown.hidden)} active={current?.layer === 2} />
          <span class="fp-op">+</span>
          <MatrixView name="b²" rows={s.b2.map((v) => [v])} row={row(2)} />
          <span class="fp-op">=</span>
          <MatrixView
            name="Z²"
            rows={col(s.Z2, shown.logits)}
            row={row(2)}
            active={step.kind === 'softmax'}
          />
          <span class="fp-op">→</span>
          <MatrixView
            name="P"
            rows={col(s.P, shown.output ? 2 : 0)}
            active={step.kind === 'softmax'}
          />
        </div>
      </div>
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
