import { NumberField } from '../shared/NumberField.tsx';
import { SelectField } from '../shared/SelectField.tsx';
import { Slider } from '../shared/Slider.tsx';
import { formatNumber as fmt } from '../shared/number.ts';
import { activationLabels } from '../shared/activation-labels.ts';
import { LIMIT, RATES, type Gate, type LabState, type Params } from './perceptron.ts';

const GATES = [
  { value: 'and', label: 'AND' },
  { value: 'or', label: 'OR' },
  { value: 'xor', label: 'XOR' },
] as const;
const ACTIVATIONS = ['step', 'sign', 'sigmoid', 'tanh'].map((a) => ({
  value: a,
  label: activationLabels[a] ?? a,
}));
const RATE_OPTIONS = RATES.map((r) => ({ value: r, label: r }));

/** The label of a parameter's typed field, e.g. "w1, typed" (a field in error is named by it). */
export const typedLabel = (key: keyof Params) => `${key}, typed`;

interface Props {
  s: LabState;
  /** The weighted sum and output at the reader's point. */
  here: { z: number; y: number };
  onParam: (key: keyof Params, v: number) => void;
  onParamError: (key: keyof Params) => (message: string | null) => void;
  onGate: (g: Gate) => void;
  onActivation: (a: string) => void;
  onRate: (r: string) => void;
  onPoint: (x1: number, x2: number) => void;
}

/** Everything the reader sets by hand: weights and bias, gate, activation, rate, and their own point. */
export function ParamFields({
  s,
  here,
  onParam,
  onParamError,
  onGate,
  onActivation,
  onRate,
  onPoint,
}: Props) {
  const param = (key: keyof Params, label: string) => (
    <div class="pl-param">
      <Slider
        label={label}
        value={s.p[key]}
        min={-LIMIT}
        max={LIMIT}
        step={0.1}
        onChange={(v) => onParam(key, v)}
      />
      <NumberField
        label={typedLabel(key)}
        value={s.p[key]}
        min={-LIMIT}
        max={LIMIT}
        onChange={(v) => onParam(key, v)}
        onError={onParamError(key)}
      />
    </div>
  );
  return (
    <>
      <fieldset class="pl-fieldset">
        <legend>Weights and bias</legend>
        {param('w1', 'weight w1')}
        {param('w2', 'weight w2')}
        {param('b', 'bias b')}
      </fieldset>
      <div class="nn-row">
        <SelectField label="gate" value={s.gate} options={GATES} onChange={onGate} />
        <SelectField
          label="activation f"
          value={s.activation}
          options={ACTIVATIONS}
          onChange={onActivation}
        />
        <SelectField
          label="learning rate α (η)"
          value={s.rate}
          options={RATE_OPTIONS}
          onChange={onRate}
        />
      </div>
      <fieldset class="nn-row pl-fieldset">
        <legend>Your point (or tap the plane)</legend>
        <NumberField
          label="x1"
          value={s.point[0]}
          min={-0.5}
          max={1.5}
          onChange={(v) => onPoint(v, s.point[1])}
        />
        <NumberField
          label="x2"
          value={s.point[1]}
          min={-0.5}
          max={1.5}
          onChange={(v) => onPoint(s.point[0], v)}
        />
        <p class="nn-result pl-here">
          z = <strong data-testid="pl-z">{fmt(here.z)}</strong>, y = f(z) ={' '}
          <strong data-testid="pl-y">{fmt(here.y)}</strong>
        </p>
      </fieldset>
    </>
  );
}
