import { useMemo, useState } from 'preact/hooks';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { SelectField } from '../shared/SelectField.tsx';
import { Slider } from '../shared/Slider.tsx';
import { formatNumber as fmt } from '../shared/number.ts';
import { activationLabels } from '../shared/activation-labels.ts';
import { ActivationPlot, SAMPLES, Z_MAX, Z_MIN } from './ActivationPlot.tsx';
import { StackPanel } from './StackPanel.tsx';
import {
  curve,
  explorerNames,
  initialChoice,
  inUse,
  readAt,
  setOption,
  setPiece,
  snapCursor,
  type ExplorerState,
} from './activations.ts';

const LABELS: Record<string, string> = {
  ...activationLabels,
  'leaky-relu': 'leaky ReLU',
  elu: 'ELU',
  maxout: 'maxout',
};
const OPTIONS = explorerNames.map((n) => ({ value: n, label: LABELS[n] ?? n }));
const K_OPTIONS = [
  { value: '2', label: '2 pieces' },
  { value: '3', label: '3 pieces' },
];

/** The activation explorer: every activation of the lecture with its derivative, read off at a cursor. */
export default function ActivationExplorer() {
  const [c, setC] = useState<ExplorerState>(initialChoice);
  const [z, setZ] = useState(0);
  const [generation, setGeneration] = useState(0);
  const choice = inUse(c);
  const curves = useMemo(() => curve(choice, SAMPLES), [c]);
  const { f, df, winner } = readAt(c, z);
  const name = LABELS[c.name] ?? c.name;
  const pieceWord = c.name === 'maxout' && winner !== null ? `, piece ${winner + 1} on top` : '';
  const piece = (i: number, key: 'w' | 'b') => (v: number) =>
    setC((old) => setPiece(old, i, key, v));

  return (
    <section class="nn-widget ae" aria-labelledby="ae-title">
      <h3 id="ae-title" class="nn-widget-title">
        Activation explorer
      </h3>
      <p>
        Pick an activation and move the cursor: the widget reads off the function f(z) and its
        derivative f′(z), the factor that backpropagation multiplies by at this unit.
      </p>
      <div class="nn-row" key={generation}>
        <SelectField
          label="activation"
          value={c.name}
          options={OPTIONS}
          onChange={(n) => setC((o) => setOption(o, 'name', n))}
        />
        <Slider
          label="cursor z"
          value={z}
          min={Z_MIN}
          max={Z_MAX}
          step={0.1}
          onChange={(v) => setZ(snapCursor(v))}
        />
      </div>
      {c.name === 'leaky-relu' && (
        <div class="nn-row">
          <Slider
            label="slope for z < 0"
            value={c.slope}
            min={0}
            max={0.9}
            step={0.01}
            onChange={(slope) => setC((o) => setOption(o, 'slope', slope))}
          />
        </div>
      )}
      {c.name === 'elu' && (
        <div class="nn-row">
          <Slider
            label="ELU α"
            value={c.alpha}
            min={0.1}
            max={3}
            step={0.1}
            onChange={(alpha) => setC((o) => setOption(o, 'alpha', alpha))}
          />
        </div>
      )}
      {c.name === 'maxout' && (
        <fieldset class="ae-pieces" key={`m${generation}`}>
          <legend>Maxout pieces: f(z) = max of wᵢz + bᵢ</legend>
          <SelectField
            label="pieces k"
            value={String(c.k)}
            options={K_OPTIONS}
            onChange={(k) => setC((o) => setOption(o, 'k', Number(k)))}
          />
          {choice.pieces.map((p, i) => (
            <div class="nn-row" key={i}>
              <NumberField
                label={`w${i + 1}`}
                value={p.w}
                min={-3}
                max={3}
                onChange={piece(i, 'w')}
              />
              <NumberField
                label={`b${i + 1}`}
                value={p.b}
                min={-3}
                max={3}
                onChange={piece(i, 'b')}
              />
            </div>
          ))}
        </fieldset>
      )}
      <ActivationPlot name={name} zs={SAMPLES} c={curves} z={z} f={f} df={df} onZ={setZ} />
      <dl class="ae-readout nn-result">
        <div>
          <dt>z</dt>
          <dd data-testid="ae-z">{fmt(z)}</dd>
        </div>
        <div>
          <dt>f(z)</dt>
          <dd data-testid="ae-f">{fmt(f)}</dd>
        </div>
        <div>
          <dt>f′(z)</dt>
          <dd data-testid="ae-df">{fmt(df)}</dd>
        </div>
      </dl>
      <LiveStatus>
        {name} at z = {fmt(z)}: f(z) = {fmt(f)}, f′(z) = {fmt(df)}
        {pieceWord}
      </LiveStatus>
      <button
        type="button"
        class="nn-button"
        onClick={() => {
          setC(initialChoice());
          setZ(0);
          setGeneration((g) => g + 1);
        }}
      >
        Reset
      </button>
      <StackPanel />
    </section>
  );
}
