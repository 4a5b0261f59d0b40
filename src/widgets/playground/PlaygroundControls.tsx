import { NumberField } from '../shared/NumberField.tsx';
import { SelectField } from '../shared/SelectField.tsx';
import { Slider } from '../shared/Slider.tsx';
import { formatNumber } from '../shared/number.ts';
import { FIELDS, type Settings } from './url.ts';
import { Heatmap } from '../shared/Heatmap.tsx';
import {
  ACTIVATIONS,
  DATASETS,
  FEATURES,
  INITS,
  LOSSES,
  REGULARISATIONS,
  namesOf,
  optionsOf,
} from './registry.ts';
import { UNIT_GRID } from './playground.ts';
import { words } from './strings.ts';

interface Props {
  s: Settings;
  classes: number;
  /** Changes one setting (the caller rebuilds the run as needed). */
  set: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
  /** Settings a locked link hides: their controls are not shown. */
  hidden?: readonly (keyof Settings)[];
  /** Told when a typed field goes into error (its label and message) and out of it (null). */
  onFieldError?: (label: string, message: string | null) => void;
  /** Each chosen feature's values over the plane (in the order of s.features), for its small map. */
  featureMaps?: Float64Array[];
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
export function PlaygroundControls({
  s,
  classes,
  set,
  hidden = [],
  onFieldError,
  featureMaps = [],
}: Props) {
  const int = (key: 'seed' | 'batch' | 'epochs' | 'patience') => (v: number) =>
    set(key, Math.round(v));
  const shown = (key: keyof Settings) => !hidden.includes(key);
  const errors = (label: string) => (m: string | null) => onFieldError?.(label, m);
  return (
    <div class="tp-controls">
      <fieldset>
        <legend>Data</legend>
        {shown('dataset') && (
          <SelectField
            label="Data set"
            value={s.dataset}
            onChange={(v) => set('dataset', v)}
            options={optionsOf(DATASETS)}
          />
        )}
        {DATASETS[s.dataset].classes && shown('classes') && (
          <SelectField
            label="Classes"
            value={String(s.classes)}
            onChange={(v) => set('classes', Number(v))}
            options={counts(2, 4)}
          />
        )}
        {s.dataset !== 'custom' && shown('noise') && (
          <Slider
            label="Noise"
            value={s.noise}
            min={0}
            max={0.5}
            step={0.05}
            onChange={(v) => set('noise', Number(v.toFixed(2)))}
          />
        )}
        {shown('seed') && (
          <NumberField
            label="Seed"
            value={s.seed}
            min={0}
            max={999999}
            step={1}
            onChange={int('seed')}
            onError={errors('Seed')}
          />
        )}
      </fieldset>
      {shown('features') && (
        <fieldset class="tp-features">
          <legend>{words.features}</legend>
          <p class="tp-note">{words.featureHelp}</p>
          {namesOf(FEATURES).map((f) => {
            const k = s.features.indexOf(f);
            const m = featureMaps[k];
            return (
              <div key={f} class="tp-feature">
                <Check
                  label={FEATURES[f].label}
                  checked={k >= 0}
                  onChange={(on) =>
                    set('features', on ? [...s.features, f] : s.features.filter((x) => x !== f))
                  }
                />
                {m && (
                  <Heatmap
                    values={m}
                    n={UNIT_GRID}
                    lo={Math.min(...m)}
                    hi={Math.max(...m)}
                    class="tp-feature-map"
                    label={words.featureMap(FEATURES[f].label)}
                  />
                )}
              </div>
            );
          })}
        </fieldset>
      )}
      <fieldset>
        <legend>Network</legend>
        {shown('layers') && (
          <SelectField
            label="Hidden layers"
            value={String(s.layers)}
            onChange={(v) => set('layers', Number(v))}
            options={counts(FIELDS.layers.min, FIELDS.layers.max)}
          />
        )}
        {shown('units') && (
          <Slider
            label="Units per hidden layer"
            value={s.units}
            min={FIELDS.units.min}
            max={FIELDS.units.max}
            step={1}
            onChange={(v) => set('units', v)}
          />
        )}
        {shown('activation') && (
          <SelectField
            label="Activation"
            value={s.activation}
            onChange={(v) => set('activation', v)}
            options={optionsOf(ACTIVATIONS)}
          />
        )}
        {shown('output') && (
          <SelectField
            label="Output"
            value={s.output}
            onChange={(v) => set('output', v)}
            options={opts<Settings['output']>([
              ['sigmoid', 'one sigmoid unit (2 classes)'],
              ['softmax', 'softmax'],
            ])}
          />
        )}
        {classes > 2 && s.output === 'sigmoid' && (
          <p class="tp-note">{classes} classes need softmax, so softmax is used.</p>
        )}
        {shown('loss') && (
          <SelectField
            label="Loss"
            value={s.loss}
            onChange={(v) => set('loss', v)}
            options={optionsOf(LOSSES)}
          />
        )}
        {shown('init') && (
          <SelectField
            label="Initial weights"
            value={s.init}
            onChange={(v) => set('init', v)}
            options={optionsOf(INITS)}
          />
        )}
        {shown('bn') && (
          <Check label="Batch normalization" checked={s.bn} onChange={(v) => set('bn', v)} />
        )}
        {shown('dropout') && (
          <Check label="Dropout" checked={s.dropout} onChange={(v) => set('dropout', v)} />
        )}
        {s.dropout && shown('rate') && (
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
        {shown('lr') && (
          <>
            <NumberField
              label="Learning rate α"
              value={s.lr}
              // The slider's range (10⁻³ to 10³), so every typed rate has a slider position.
              min={0.001}
              max={1000}
              step={0.01}
              onChange={(v) => set('lr', v)}
              onError={errors('Learning rate α')}
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
          </>
        )}
        {shown('batch') && (
          <NumberField
            label="Batch size"
            value={s.batch}
            min={1}
            max={200}
            step={1}
            onChange={int('batch')}
            onError={errors('Batch size')}
          />
        )}
        {shown('reg') && (
          <SelectField
            label="Regularization"
            value={s.reg}
            onChange={(v) => set('reg', v)}
            options={optionsOf(REGULARISATIONS)}
          />
        )}
        {s.reg !== 'none' && shown('regRate') && (
          <NumberField
            label="Regularization rate λ"
            value={s.regRate}
            min={0}
            max={1}
            step={0.001}
            onChange={(v) => set('regRate', v)}
            onError={errors('Regularization rate λ')}
          />
        )}
        {shown('speed') && (
          <Slider
            label="Speed (epochs per frame)"
            value={s.speed}
            min={FIELDS.speed.min}
            max={FIELDS.speed.max}
            step={1}
            onChange={(v) => set('speed', v)}
          />
        )}
        {shown('epochs') && (
          <NumberField
            label="Stop after epochs"
            value={s.epochs}
            min={1}
            max={10000}
            step={10}
            onChange={int('epochs')}
            onError={errors('Stop after epochs')}
          />
        )}
        {shown('patience') && (
          <NumberField
            label="Stop when the test loss has not improved for (epochs, 0 = never)"
            value={s.patience}
            min={0}
            max={1000}
            step={1}
            onChange={int('patience')}
            onError={errors('Patience')}
          />
        )}
      </fieldset>
    </div>
  );
}
