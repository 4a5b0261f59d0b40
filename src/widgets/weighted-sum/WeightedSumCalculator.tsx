import { useEffect, useMemo, useState } from 'preact/hooks';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { formatNumber as fmt } from '../shared/number.ts';
import { activationLabels } from '../shared/activation-labels.ts';
import { errorsShown, useFieldErrors } from '../shared/field-errors.ts';
import { publishWidgetState } from '../../progress/widget-state.ts';
import { WEIGHTED_SUM_WIDGET, type WeightedSumTaskState } from '../../quiz/checks/weighted-sum.ts';
import {
  BIAS_LABEL,
  MAX_INPUTS,
  addInput,
  fieldLabels,
  forward,
  initial,
  inputLabels,
  removeInput,
  setActivation,
  setBias,
  setInput,
  setWeight,
  sumWorking,
  ACTIVATIONS,
} from './weighted-sum.ts';

/** The weighted-sum calculator: y = f(Σ wᵢxᵢ + b), recomputed as you type. */
export default function WeightedSumCalculator() {
  const [s, setS] = useState(initial);
  // The key remounts the fields on reset, so half-typed text is cleared too.
  const [generation, setGeneration] = useState(0);
  const fields = useFieldErrors();
  const { k, z, y } = useMemo(() => forward(s), [s]);
  const n = s.x.length;
  const fieldErrors = errorsShown(fields.errors, fieldLabels(s));
  // Widget-task polls grade this state (src/quiz/checks/weighted-sum.ts).
  useEffect(() => {
    const task: WeightedSumTaskState = { ...s, fieldErrors };
    publishWidgetState(WEIGHTED_SUM_WIDGET, task);
  }, [s, fieldErrors.join('|')]);

  return (
    <section class="nn-widget" aria-labelledby="wsc-title">
      <h3 id="wsc-title" class="nn-widget-title">
        Weighted-sum calculator
      </h3>
      <p>
        Each input is multiplied by its weight, the products are added, the bias is added, and the
        activation turns the sum into the output.
      </p>
      <div key={generation}>
        {s.x.map((_, i) => (
          <fieldset class="nn-row wsc-input" key={i}>
            <legend>Input {i + 1}</legend>
            <NumberField
              label={inputLabels(i).x}
              value={s.x[i]}
              onChange={(v) => setS((p) => setInput(p, i, v))}
              onError={fields.errorOf(inputLabels(i).x)}
            />
            <NumberField
              label={inputLabels(i).w}
              value={s.w[i]}
              onChange={(v) => setS((p) => setWeight(p, i, v))}
              onError={fields.errorOf(inputLabels(i).w)}
            />
            <p class="wsc-product nn-result" aria-label={`product w${i + 1} times x${i + 1}`}>
              w{i + 1}·x{i + 1} = <strong>{fmt(k[i])}</strong>
            </p>
          </fieldset>
        ))}
        <div class="nn-row">
          <NumberField
            label={BIAS_LABEL}
            value={s.b}
            onChange={(b) => setS((p) => setBias(p, b))}
            onError={fields.errorOf(BIAS_LABEL)}
          />
          <div class="nn-select">
            <label for="wsc-activation">activation f</label>
            <select
              id="wsc-activation"
              value={s.activation}
              onChange={(e) => {
                const name = e.currentTarget.value;
                setS((p) => setActivation(p, name));
              }}
            >
              {ACTIVATIONS.map((name) => (
                <option value={name} key={name}>
                  {activationLabels[name] ?? name}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <div class="nn-row wsc-buttons">
        <button
          type="button"
          class="nn-button"
          disabled={n >= MAX_INPUTS}
          onClick={() => setS(addInput)}
        >
          Add an input
        </button>
        <button
          type="button"
          class="nn-button"
          disabled={n <= 1}
          onClick={() => {
            // The removed fields take their errors with them.
            fields.errorOf(inputLabels(n - 1).x)(null);
            fields.errorOf(inputLabels(n - 1).w)(null);
            setS(removeInput);
          }}
        >
          Remove the last input
        </button>
        <button
          type="button"
          class="nn-button"
          onClick={() => {
            setS(initial());
            fields.clear();
            setGeneration((g) => g + 1);
          }}
        >
          Reset
        </button>
      </div>
      <dl class="wsc-results nn-result">
        <dt>weighted sum z</dt>
        <dd>
          <span class="wsc-working">{sumWorking(s)} = </span>
          <strong data-testid="wsc-z">{fmt(z)}</strong>
        </dd>
        <dt>output y = f(z)</dt>
        <dd>
          <strong data-testid="wsc-y">{fmt(y)}</strong>
        </dd>
      </dl>
      <LiveStatus>
        weighted sum {fmt(z)}, output {fmt(y)}
      </LiveStatus>
    </section>
  );
}
