import { useState } from 'preact/hooks';
import { NumberField } from '../shared/NumberField.tsx';
import { Slider } from '../shared/Slider.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { formatMagnitude as fmt, formatPowerOfTen } from '../shared/number.ts';
import { chainGradient } from './activations.ts';

const UNITS = [
  { name: 'sigmoid', label: 'sigmoid' },
  { name: 'tanh', label: 'tanh' },
  { name: 'relu', label: 'ReLU' },
] as const;
const START = { n: 5, x: 1, w: 1, b: 0.5 };
/** The smallest gradient the bars tell apart; anything below sits at the left end. */
const FLOOR_EXP = -12;

/** "Stack n layers": the gradient backprop sends through n sigmoid, tanh and ReLU units, as bars on a log scale. */
export function StackPanel() {
  const [s, setS] = useState(START);
  const [generation, setGeneration] = useState(0);
  const results = UNITS.map((u) => ({ ...u, ...chainGradient(u.name, s.n, s.x, s.w, s.b) }));
  const finite = results.every((r) => Number.isFinite(r.gradient));
  const topExp = Math.max(
    0,
    ...results.map((r) => (r.gradient !== 0 ? Math.ceil(Math.log10(Math.abs(r.gradient))) : 0)),
  );
  const width = (g: number) => {
    if (!(g > 0)) return 0;
    const e = Math.min(topExp, Math.max(FLOOR_EXP, Math.log10(g)));
    return ((e - FLOOR_EXP) / (topExp - FLOOR_EXP)) * 100;
  };
  const summary = finite
    ? `after ${s.n} layer${s.n === 1 ? '' : 's'}: ${results.map((r) => `${r.label} ${fmt(r.gradient)}`).join(', ')}`
    : 'the gradient overflowed: it is too large to show; use smaller weights';
  const set = (key: keyof typeof START) => (v: number) => setS((old) => ({ ...old, [key]: v }));
  const ticks = [FLOOR_EXP, ...[-8, -4, 0].filter((k) => k > FLOOR_EXP && k < topExp), topExp];

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
        <Slider label="layers n" value={s.n} min={1} max={10} step={1} onChange={set('n')} />
        <NumberField label="input x" value={s.x} min={-5} max={5} onChange={set('x')} />
        <NumberField label="weight w" value={s.w} min={-3} max={3} onChange={set('w')} />
        <NumberField label="bias b" value={s.b} min={-3} max={3} onChange={set('b')} />
      </div>
      <p class="ae-stack-summary nn-result" data-testid="ae-stack-summary">
        {summary}
      </p>
      <ul class="ae-bars" aria-label={`Gradient bars on a log scale, ${summary}`}>
        {results.map((r) => (
          <li key={r.name}>
            <span class="ae-bar-name">{r.label}</span>
            {/* An SVG bar, not an inline style: the site's CSP allows no style attributes. */}
            <svg
              class="ae-bar-track"
              viewBox="0 0 100 10"
              preserveAspectRatio="none"
              aria-hidden="true"
            >
              <rect
                class={`ae-bar ae-bar-${r.name}`}
                width={Math.max(0.5, width(Math.abs(r.gradient)))}
                height={10}
              />
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
          setS(START);
          setGeneration((g) => g + 1);
        }}
      >
        Reset the stack
      </button>
      <LiveStatus>Gradient {summary}.</LiveStatus>
    </fieldset>
  );
}
