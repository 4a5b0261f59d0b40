import { NumberField } from '../shared/NumberField.tsx';
import { SelectField } from '../shared/SelectField.tsx';
import { Slider } from '../shared/Slider.tsx';
import { formatNumber } from '../shared/number.ts';
import type { Settings } from './url.ts';

interface Props {
  s: Settings;
  classes: number;
  /** Changes one setting (the caller rebuilds the run as needed). */
  set: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
}

const opts = <T extends string>(pairs: [T, string][]) =>
  pairs.map(([value, label]) => ({ value, label }));
const counts = (lo: number, hi: number) =>
  opts(
    Array.from(
      { length: hi - lo + 1 },
      (_, i) => [String(lo + i), String(lo + i)] as [string, string],
    ),
  );

function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <label class="tp-check">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      {label}
    </label>
  );
}

/** Every setting of the playground, in three labelled groups. */
export function PlaygroundControls({ s, classes, set }: Props) {
  const int = (key: 'seed' | 'batch' | 'epochs' | 'patience') => (v: number) =>
    set(key, Math.round(v));
  return (
    <div class="tp-controls">
      <fieldset>
        <legend>Data</legend>
        <SelectField
          label="Data set"
          value={s.dataset}
          onChange={(v) => set('dataset', v)}
          options={opts<Settings['dataset']>([
            ['xor', 'XOR'],
            ['circles', 'Circles'],
            ['spirals', 'Spirals'],
            ['blobs', 'Blobs'],
            ['moons', 'Moons'],
            ['custom', 'Your own data'],
          ])}
        />
        {(s.dataset === 'blobs' || s.dataset === 'custom') && (
          <SelectField
            label="Classes"
            value={String(s.classes)}
            onChange={(v) => set('classes', Number(v))}
            options={counts(2, 4)}
          />
        )}
        {s.dataset !== 'custom' && (
          <Slider
            label="Noise"
            value={s.noise}
            min={0}
            max={0.5}
            step={0.05}
            onChange={(v) => set('noise', Number(v.toFixed(2)))}
          />
        )}
        <NumberField
          label="Seed"
          value={s.seed}
          min={0}
          max={999999}
          step={1}
          onChange={int('seed')}
        />
      </fieldset>
      <fieldset>
        <legend>Network</legend>
        <SelectField
          label="Hidden layers"
          value={String(s.layers)}
          onChange={(v) => set('layers', Number(v))}
          options={counts(0, 3)}
        />
        <Slider
          label="Units per hidden layer"
          value={s.units}
          min={1}
          max={8}
          step={1}
          onChange={(v) => set('units', v)}
        />
        <SelectField
          label="Activation"
          value={s.activation}
          onChange={(v) => set('activation', v)}
          options={opts<Settings['activation']>([
            ['tanh', 'tanh'],
            ['relu', 'ReLU'],
            ['sigmoid', 'sigmoid'],
            ['leaky-relu', 'leaky ReLU'],
          ])}
        />
        <SelectField
          label="Output"
          value={s.output}
          onChange={(v) => set('output', v)}
          options={opts<Settings['output']>([
            ['sigmoid', 'one sigmoid unit (2 classes)'],
            ['softmax', 'softmax'],
          ])}
        />
        {classes > 2 && s.output === 'sigmoid' && (
          <p class="tp-note">{classes} classes need softmax, so softmax is used.</p>
        )}
        <SelectField
          label="Loss"
          value={s.loss}
          onChange={(v) => set('loss', v)}
          options={opts<Settings['loss']>([
            ['ce', 'cross-entropy'],
            ['mse', 'mean squared error'],
          ])}
        />
        <SelectField
          label="Initial weights"
          value={s.init}
          onChange={(v) => set('init', v)}
          options={opts<Settings['init']>([
            ['zeros', 'all zeros'],
            ['uniform', 'uniform ±0.5'],
            ['xavier', 'Xavier'],
            ['he', 'He'],
          ])}
        />
        <Check label="Batch normalization" checked={s.bn} onChange={(v) => set('bn', v)} />
        <Check label="Dropout" checked={s.dropout} onChange={(v) => set('dropout', v)} />
        {s.dropout && (
          <Slider
            label="Dropout rate"
            value={s.rate}
            // Dropout that is on drops something: rate 0 would be dropout off.
            min={0.05}
            max={0.9}
            step={0.05}
            onChange={(v) => set('rate', Number(v.toFixed(2)))}
          />
        )}
      </fieldset>
      <fieldset>
        <legend>Training</legend>
        <NumberField
          label="Learning rate α"
          value={s.lr}
          // The slider's range (10⁻³ to 10³), so every typed rate has a slider position.
          min={0.001}
          max={1000}
          step={0.01}
          onChange={(v) => set('lr', v)}
        />
        <Slider
          label="Learning rate α, log scale"
          value={Math.log10(s.lr)}
          min={-3}
          max={3}
          step={0.1}
          format={(v) => formatNumber(10 ** v, 3)}
          onChange={(v) => set('lr', Number((10 ** v).toPrecision(2)))}
        />
        <NumberField
          label="Batch size"
          value={s.batch}
          min={1}
          max={200}
          step={1}
          onChange={int('batch')}
        />
        <NumberField
          label="Stop after epochs"
          value={s.epochs}
          min={1}
          max={10000}
          step={10}
          onChange={int('epochs')}
        />
        <NumberField
          label="Stop when the test loss has not improved for (epochs, 0 = never)"
          value={s.patience}
          min={0}
          max={1000}
          step={1}
          onChange={int('patience')}
        />
      </fieldset>
    </div>
  );
}
