import { useEffect, useState } from 'preact/hooks';
import { NumberField } from '../shared/NumberField.tsx';
import { Slider } from '../shared/Slider.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { formatMagnitude as fmt, formatPowerOfTen } from '../shared/number.ts';
import { errorsShown, useFieldErrors } from '../shared/field-errors.ts';
import { publishWidgetState } from '../../progress/widget-state.ts';
import { ACTIVATIONS_WIDGET, type ActivationsTaskState } from '../../quiz/checks/activations.ts';
import {
  FLOOR_EXP,
  MAX_LAYERS,
  initialStack,
  setStack,
  stackReadout,
  type StackState,
  type StackUnit,
} from './activations.ts';

const LABELS: Record<StackUnit, string> = { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU' };
/** The typed fields, by the key they set. */
const FIELDS = { x: 'input x', w: 'weight w', b: 'bias b' } as const;

/** "Stack n layers": the gradient backprop sends through n sigmoid, tanh and ReLU units, as bars on a log scale. */
export function StackPanel() {
  const [s, setS] = useState<StackState>(initialStack);
  const [generation, setGeneration] = useState(0);
  const fields = useFieldErrors();
  const { results, finite, ticks } = stackReadout(s);
  const fieldErrors = errorsShown(fields.errors, Object.values(FIELDS));
  // Widget-task polls grade this state (src/quiz/checks/activations.ts).
  useEffect(() => {
    const task: ActivationsTaskState = { ...s, fieldErrors };
    publishWidgetState(ACTIVATIONS_WIDGET, task);
  }, [s, fieldErrors.join('|')]);
  const summary = finite
    ? `after ${s.n} layer${s.n === 1 ? '' : 's'}: ${results.map((r) => `${LABELS[r.name]} ${fmt(r.gradient)}`).join(', ')}`
    : 'the gradient overflowed: it is too large to show; use smaller weights';
  const set = (key: keyof StackState) => (v: number) => setS((old) => setStack(old, key, v));
  const field = (key: keyof typeof FIELDS, min: number, max: number) => (
    <NumberField
      label={FIELDS[key]}
      value={s[key]}
      min={min}
      max={max}
      onChange={set(key)}
      onError={fields.errorOf(FIELDS[key])}
    />
  );

  return (
    <fieldset class="ae-stack">
      <legend>Stack n layers: does the gradient survive?</legend>
      <p>
        Each layer is one unit h = g(w·h + b) with weight w and bias b, the first fed x; the bars
        show the gradient ∂hₙ/∂x that backpropagation carries down to the input, the product of the
        n factors w·g′(z). With x = 1, w = 1 and b = 0.5 every z stays at 0.5 or above, where σ′ ≤
        0.235 and tanh′ ≤ 0.79, while ReLU′ = 1.
      </p>
      <div class="nn-row" key={generation}>
        <Slider
          label="layers n"
          value={s.n}
          min={1}
          max={MAX_LAYERS}
          step={1}
          onChange={set('n')}
        />
        {field('x', -5, 5)}
        {field('w', -3, 3)}
        {field('b', -3, 3)}
      </div>
      <p class="ae-stack-summary nn-result" data-testid="ae-stack-summary">
        {summary}
      </p>
      <ul class="ae-bars" aria-label={`Gradient bars on a log scale, ${summary}`}>
        {results.map((r) => (
          <li key={r.name}>
            <span class="ae-bar-name">{LABELS[r.name]}</span>
            {/* An SVG bar, not an inline style: the site's CSP allows no style attributes. */}
            <svg
              class="ae-bar-track"
              viewBox="0 0 100 10"
              preserveAspectRatio="none"
              aria-hidden="true"
            >
              <rect class={`ae-bar ae-bar-${r.name}`} width={Math.max(0.5, r.width)} height={10} />
            </svg>
            <span class="ae-bar-value" data-testid={`ae-stack-${r.name}`}>
              {Number.isFinite(r.gradient) ? fmt(r.gradient) : 'overflow'}
              {r.gradient === 0 ? ' (no gradient)' : ''}
            </span>
          </li>
        ))}
      </ul>
      <p class="ae-scale" aria-hidden="true">
        log scale: {ticks.map((k) => (k === 0 ? '1' : formatPowerOfTen(10 ** k))).join(' · ')} (left
        end: {formatPowerOfTen(10 ** FLOOR_EXP)} or less)
      </p>
      <button
        type="button"
        class="nn-button"
        onClick={() => {
          setS(initialStack());
          fields.clear();
          setGeneration((g) => g + 1);
        }}
      >
        Reset the stack
      </button>
      <LiveStatus>Gradient {summary}.</LiveStatus>
    </fieldset>
  );
}
