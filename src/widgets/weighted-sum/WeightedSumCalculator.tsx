import { useEffect, useMemo, useState } from 'preact/hooks';
import { Matrix, addBias, activationNames, getActivation, matmul } from '../../engine/index.ts';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { formatNumber as fmt, formatSum } from '../shared/number.ts';
import { activationLabels } from '../shared/activation-labels.ts';
import { publishWidgetState } from '../../progress/widget-state.ts';
import { WEIGHTED_SUM_WIDGET } from '../../quiz/widget-checks.ts';

interface State {
  x: number[];
  w: number[];
  b: number;
  activation: string;
}

// AND through a unit step: 1·1 + 1·1 − 1.5 = 0.5 > 0, so the output is 1.
const START: State = { x: [1, 1], w: [1, 1], b: -1.5, activation: 'step' };
const MAX_INPUTS = 4;

/** One unit's forward pass on the engine: Z = W·X + b (1×n times n×1), H = f(Z). */
function forward({ x, w, b, activation }: State) {
  const n = x.length;
  const W = new Matrix(1, n, Float64Array.from(w));
  const X = new Matrix(n, 1, Float64Array.from(x));
  const Z = addBias(matmul(W, X, new Matrix(1, 1)), new Matrix(1, 1, Float64Array.of(b)));
  const z = Z.get(0, 0);
  return { k: w.map((wi, i) => wi * x[i]), z, y: getActivation(activation).f(z) };
}

/** The weighted-sum calculator: y = f(Σ wᵢxᵢ + b), recomputed as you type. */
export default function WeightedSumCalculator() {
  const [s, setS] = useState<State>(START);
  // The key remounts the fields on reset, so half-typed text is cleared too.
  const [generation, setGeneration] = useState(0);
  // Fields whose text is not a valid number, by label: the model keeps their last good value,
  // but a check must not grade a state the page shows as wrong.
  const [errors, setErrors] = useState<Record<string, true>>({});
  const { k, z, y } = useMemo(() => forward(s), [s]);
  const n = s.x.length;
  const labels = [...s.x.flatMap((_, i) => [`x${i + 1}`, `weight w${i + 1}`]), 'bias b'];
  const fieldErrors = labels.filter((l) => errors[l]);
  // Widget-task polls grade this state (src/quiz/widget-checks.ts).
  useEffect(
    () => publishWidgetState(WEIGHTED_SUM_WIDGET, { ...s, fieldErrors }),
    [s, fieldErrors.join('|')],
  );
  const errorOf = (label: string) => (message: string | null) =>
    setErrors((old) => {
      const next = { ...old };
      if (message) next[label] = true;
      else delete next[label];
      return next;
    });

  const setAt = (key: 'x' | 'w', i: number) => (v: number) =>
    setS((prev) => ({ ...prev, [key]: prev[key].map((old, j) => (j === i ? v : old)) }));

  const sumText = formatSum([...k, s.b]);

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
              label={`x${i + 1}`}
              value={s.x[i]}
              onChange={setAt('x', i)}
              onError={errorOf(`x${i + 1}`)}
            />
            <NumberField
              label={`weight w${i + 1}`}
              value={s.w[i]}
              onChange={setAt('w', i)}
              onError={errorOf(`weight w${i + 1}`)}
            />
            <p class="wsc-product nn-result" aria-label={`product w${i + 1} times x${i + 1}`}>
              w{i + 1}·x{i + 1} = <strong>{fmt(k[i])}</strong>
            </p>
          </fieldset>
        ))}
        <div class="nn-row">
          <NumberField
            label="bias b"
            value={s.b}
            onChange={(b) => setS((p) => ({ ...p, b }))}
            onError={errorOf('bias b')}
          />
          <div class="nn-select">
            <label for="wsc-activation">activation f</label>
            <select
              id="wsc-activation"
              value={s.activation}
              onChange={(e) => setS((p) => ({ ...p, activation: e.currentTarget.value }))}
            >
              {activationNames.map((name) => (
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
          onClick={() => setS((p) => ({ ...p, x: [...p.x, 0], w: [...p.w, 0] }))}
        >
          Add an input
        </button>
        <button
          type="button"
          class="nn-button"
          disabled={n <= 1}
          onClick={() => {
            // The removed fields take their errors with them.
            errorOf(`x${n}`)(null);
            errorOf(`weight w${n}`)(null);
            setS((p) => ({ ...p, x: p.x.slice(0, -1), w: p.w.slice(0, -1) }));
          }}
        >
          Remove the last input
        </button>
        <button
          type="button"
          class="nn-button"
          onClick={() => {
            setS(START);
            setErrors({});
            setGeneration((g) => g + 1);
          }}
        >
          Reset
        </button>
      </div>
      <dl class="wsc-results nn-result">
        <dt>weighted sum z</dt>
        <dd>
          <span class="wsc-working">{sumText} = </span>
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
